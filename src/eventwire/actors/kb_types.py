"""The knowledge base's types: dated offices, people, name entries and the indexes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

#: Which office names a person when they hold two at once (lower wins).
TITLE_RANK = {
    title: 0
    for title in ("king", "queen", "emperor", "emir", "sultan", "supreme leader", "president")
}
TITLE_RANK.update({title: 1 for title in ("chancellor", "prime minister", "premier")})
TITLE_RANK.update({title: 2 for title in ("crown prince", "vice president")})


class RoleWord(NamedTuple):
    """What a role word means: its sector, whether it is a title naming one person (it
    attaches to a following name), and the file it comes from."""

    sector: str
    names_person: bool
    source: str = "roles.yaml"


@dataclass(frozen=True)
class Role:
    """One dated office: ``start <= day < end`` (``end`` None: still in office)."""

    country: str
    title: str
    sector: str
    start: date
    end: date | None
    #: For sources that stop being kept up to date: an office with no end is trusted up to
    #: this day; after it, it gives the person's country but not the office.
    reliable_until: date | None = None

    def holds(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    def stale_on(self, day: date) -> bool:
        """An open-ended office from a source that stopped before ``day``."""
        return self.end is None and self.reliable_until is not None and day > self.reliable_until


@dataclass
class Person:
    name: str
    surname: str
    gender: str | None
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    source: str = "people.tsv"
    #: PETRARCH-2's undated code: what the person is when no dated office applies.
    default: Role | None = None

    def role_at(self, day: date) -> Role | None:
        held = [role for role in self.roles if role.holds(day)]
        # Two offices at once (a crown prince who is prime minister): the higher, then the later.
        return (
            min(held, key=lambda role: (TITLE_RANK.get(role.title, 9), -role.start.toordinal()))
            if held
            else None
        )

    def last_role_before(self, day: date) -> Role | None:
        past = [role for role in self.roles if role.end is not None and role.end <= day]
        return max(past, key=lambda role: role.end or day) if past else None


@dataclass(frozen=True)
class Entry:
    """What a name stands for.

    ``kind``: state, region (a US state), demonym, capital, seat, place (a city or province),
    igo, group, person, ambiguous. ``source`` names the package or file the entry came from,
    for the explanation a user sees.
    """

    kind: str
    country: str | None
    sector: str | None
    label: str
    source: str
    person: str | None = None  # Person.name for kind "person"
    affiliation: str | None = None
    needs_the: bool = False
    #: For an acronym read by context (``context_names``): the full names it stands for.
    full_names: tuple[str, ...] = ()


#: Entry kinds that name a place: a state, a region (a US state), a capital, a demonym, a
#: place (a city or province).
PLACE_KINDS = frozenset({"state", "region", "capital", "demonym", "place"})


@dataclass
class KnowledgeBase:
    names: dict[str, list[Entry]]
    roles: dict[str, RoleWord]  # lower-case phrase -> meaning
    people: dict[str, Person]
    surnames: dict[str, list[str]]
    igo_codes: dict[str, str]  # code -> sector (IGO or NGO, JUD for courts)
    sectors: dict[str, str]
    cameo_to_iso: dict[str, str]
    ambiguous: dict[str, list[dict]]
    country_names: dict[str, str]  # ISO3 -> display name
    org_words: dict[str, str]  # last word of an unknown organisation's name -> sector
    #: lower-cased names from large converted sources (PETRARCH-2), matched case-insensitively
    #: where the text capitalises them; ``names`` (exact spelling) wins over these.
    folded: dict[str, list[Entry]] = field(default_factory=dict)
    #: dependency -> the state it belongs to (countries.yaml ``sovereign``: PRI -> USA)
    sovereigns: dict[str, str] = field(default_factory=dict)
    #: dependencies with their own government, police and courts (countries.yaml
    #: ``self_governing``: HKG): a story naming one more than its sovereign is about it
    self_governing: set[str] = field(default_factory=set)
    #: Factbook names that name a body only in context (``actors/bodies.py``): acronyms
    #: ("PDP": Nigeria's, Bhutan's, Malaysia's...; "ABC": Lesotho's, but mostly the network)
    #: and party names that are words ("Harmony") -> their readings, and whether the
    #: article's country may choose one (False: only the full name written may: "PP")
    context_names: dict[str, tuple[list[Entry], bool]] = field(default_factory=dict)

    def add_folded(self, name: str, entry: Entry) -> None:
        name = name.strip().lower()
        if name.startswith("the "):  # "the" is read as a determiner, as for our own names
            name = name[4:]
        if name and name not in self.names:
            bucket = self.folded.setdefault(name, [])
            if entry not in bucket and len(bucket) < 3:
                bucket.append(entry)

    def add(self, name: str, entry: Entry) -> None:
        name = name.strip()
        if not name:
            return
        bucket = self.names.setdefault(name, [])
        if entry not in bucket:
            bucket.append(entry)
