"""PETRARCH-2's Phoenix dictionaries (``data/petrarch/``, MIT) as knowledge-base entries.

Converted once by ``scripts/convert_petrarch_actors.py``; read here into indexes keyed by the
lower-cased name (the resolver matches them case-insensitively and asks the text to
capitalise them). Our own files win: a name, person or role word we already know is not
replaced. ``data/petrarch_skip.yaml`` lists converted entries that misfire on real text.

Person data stops around 2014-2015 (the README of the dictionaries says so): an office still
open in these files is trusted up to ``RELIABLE_UNTIL`` and after that gives only a country.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from eventwire.actors.kb_types import Entry, KnowledgeBase, Person, Role, RoleWord
from eventwire.actors.words import WORDS

SOURCE = "PETRARCH-2 Phoenix"
#: The last day an open-ended PETRARCH-2 office is taken as still held.
RELIABLE_UNTIL = date(2015, 1, 1)
EARLIEST = date(1900, 1, 1)
#: The CAMEO code of an environmental group ("USAENV", "ENV"): its sector is ENV, not NGO.
ENVIRONMENTAL = "ENV"
#: The sector of elites, a person's: PETRARCH-2 gives it to some think tanks as well.
ELITES = "ELI"


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def add_petrarch(kb: KnowledgeBase, folder: Path, skip: dict[str, list[str]]) -> None:
    """Places, organisations, people and agent nouns from ``folder`` into ``kb``."""
    skipped = {name.lower() for name in skip.get("names", [])}
    _add_places(kb, folder, skipped)
    _add_organisations(kb, folder, skipped)
    _add_people(kb, folder, skipped)
    _add_agents(kb, folder, set(skip.get("agents", [])))
    for phrase in set(kb.folded) & set(kb.roles):
        del kb.folded[phrase]  # "secretary of state" is a title wherever it is written


def _add_places(kb: KnowledgeBase, folder: Path, skipped: set[str]) -> None:
    for row in _rows(folder / "places.tsv"):
        name = row["name"].strip(" '")
        if name in skipped or len(name) < 3 or row["country"] not in kb.country_names:
            continue
        label = kb.country_names[row["country"]]
        kind = "state" if row["kind"] == "state" else "place"
        source = f"{SOURCE} {row['kind']} of {label}"
        kb.add_folded(name, Entry(kind, row["country"], None, label, source))


def _add_organisations(kb: KnowledgeBase, folder: Path, skipped: set[str]) -> None:
    unprefixed: dict[str, list[Entry]] = {}
    for row in _rows(folder / "organisations.tsv"):
        name = row["name"]
        if name in skipped or not name[:1].isalpha() or len(name) < 3:
            continue
        country, sector = row["country"] or None, row["sector"] or None
        if sector in ("IGO", "NGO") and country and country[:3] in kb.country_names:
            country, kind = country[:3], "group"  # 'NGOUSAHRI': a US rights group
        elif sector in ("IGO", "NGO"):
            if country:
                kb.igo_codes.setdefault(country, sector)
            kind = "igo"
        else:
            if country and country not in kb.country_names:
                continue
            kind = "group"
        if sector == "NGO" and ENVIRONMENTAL in (row["country"] or ""):
            sector = ENVIRONMENTAL  # 'USAENV' NGO: the Sierra Club, an environmental group
        if sector == ELITES:
            sector = _organisation_word_sector(kb, name) or sector
        source = f"{SOURCE} {row['file'].split('.')[1]}"
        entry = Entry(kind, country, sector, name.title(), source)
        kb.add_folded(name, entry)
        national = kind == "group" and row["file"].startswith("Phoenix.Countries")
        rest = _without_own_country(kb, name, country) if national else None
        if rest:
            unprefixed.setdefault(rest, []).append(
                Entry(kind, country, sector, rest.title(), f"{source}, '{name}'")
            )
    for name, entries in unprefixed.items():
        if len({(e.country, e.sector) for e in entries}) == 1 and name not in kb.folded:
            kb.add_folded(name, entries[0])
    _add_without_legal_suffix(kb)


def _organisation_word_sector(kb: KnowledgeBase, name: str) -> str | None:
    """'center for strategic and international studies' coded ELI (a sector of people):
    an organisation named by an organisation word (org_words.yaml: "Center", "Institute")
    takes that word's sector, the head before 'for'/'of' or else the last word."""
    words = name.split()
    cut = next((i for i, w in enumerate(words) if w in ("for", "of", "on")), len(words))
    return kb.org_words.get(words[cut - 1].title()) if cut else None


def _add_without_legal_suffix(kb: KnowledgeBase) -> None:
    """'home depot inc' -> 'home depot': a company is written without its legal form
    (words.yaml ``legal_suffixes``); kept when two words or more remain ('apple inc' stays:
    one capitalised word is too often something else), no other name or role word has it,
    and every company of that short name has the same country."""
    short: dict[str, list[Entry]] = {}
    for name, entries in kb.folded.items():
        words = name.split()
        if len(words) < 3 or words[-1] not in WORDS.legal_suffixes:
            continue
        rest = " ".join(words[:-1]).rstrip(",")
        for entry in entries:
            if entry.sector == "BUS" and entry.kind == "group" and len(rest) >= 3:
                short.setdefault(rest, []).append(entry)
    for name, entries in short.items():
        if name in kb.folded or name in kb.roles or len({e.country for e in entries}) > 1:
            continue
        entry = entries[0]
        kb.add_folded(
            name,
            Entry(
                entry.kind, entry.country, entry.sector, name.title(), f"{entry.source}, '{name} …'"
            ),
        )


def _without_own_country(kb: KnowledgeBase, name: str, country: str | None) -> str | None:
    """'united states department of homeland security' -> 'department of homeland security':
    a national institution is written without its country at home. Only names of three
    words or more that start with an institution's head word ("department", "ministry") are
    kept, and (by the caller) only when no other country's institution shares them
    ('ministry of defence' is everyone's)."""
    words = name.split()
    for cut in (1, 2):
        prefix, rest = " ".join(words[:cut]), words[cut:]
        if len(rest) < 3 or rest[0] not in WORDS.institution_heads:
            continue
        entries = kb.names.get(prefix.title(), []) + kb.folded.get(prefix, [])
        entries += kb.names.get(prefix.upper(), [])
        if any(e.kind in ("state", "demonym") and e.country == country for e in entries):
            return " ".join(rest)
    return None


def _add_people(kb: KnowledgeBase, folder: Path, skipped: set[str]) -> None:
    known = {n.lower() for p in kb.people.values() for n in [p.name, *p.aliases]}
    for row in _rows(folder / "people.tsv"):
        names = [row["name"], *filter(None, row["aliases"].split(";"))]
        names = [n for n in names if len(n.split()) > 1 and n not in skipped]
        if not names or any(n in known for n in names):
            continue
        roles = [role for code in row["roles"].split(";") if (role := _role(kb, code))]
        if not roles:
            continue
        display = names[0].title()
        person = Person(name=display, surname=display.split()[-1], gender=None, source=SOURCE)
        person.roles = [r for r in roles if r.start != EARLIEST or r.end is not None]
        person.default = next((r for r in roles if r.start == EARLIEST and r.end is None), None)
        kb.people.setdefault(display, person)
        for name in names:
            kb.add_folded(name, Entry("person", None, None, display, SOURCE, person=display))


def _role(kb: KnowledgeBase, text: str) -> Role | None:
    """'AFGGOV 2004-10-01 2004-12-31' -> a dated Role; 'AFGELI' -> an undated default."""
    parts = text.split(" ")
    code = parts[0]
    country, rest = code[:3], code[3:]
    if country not in kb.country_names or not rest:
        return None
    sector = rest[:3]
    if rest[:6] == "GOVLEG":
        sector = "LEG"  # 'USAGOVLEG' a senator ('GOVBUS' is a trade minister: still GOV)
    if sector not in kb.sectors:
        return None
    start = date.fromisoformat(parts[1]) if len(parts) > 1 and parts[1] else EARLIEST
    end = date.fromisoformat(parts[2]) if len(parts) > 2 and parts[2] else None
    if end is not None and end <= start:
        return None
    title = kb.sectors[sector].split(",")[0].strip()
    return Role(country, title, sector, start, end, reliable_until=RELIABLE_UNTIL)


def _add_agents(kb: KnowledgeBase, folder: Path, skipped: set[str]) -> None:
    for row in _rows(folder / "agents.tsv"):
        phrase = row["phrase"]
        if phrase not in skipped and row["sector"] in kb.sectors:
            kb.roles.setdefault(phrase, RoleWord(row["sector"], False, f"{SOURCE} agents"))
