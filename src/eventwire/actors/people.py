"""Rule: people, with the titles before their names, resolved by the article's date.

A known person's country and sector come from the office held that day (``role``); out of
office -> ``ELI``; a "former" title -> ``ELI``; a country in the title wins. Bare surnames
need evidence (spaCy sees a person, or a title precedes). See the README, "Actors".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from spacy.tokens import Token

from eventwire.actors.context import context_country
from eventwire.actors.gazetteer import unknown_city
from eventwire.actors.kb import TITLE_RANK, Person, Role, knowledge_base
from eventwire.actors.mention import make_actor
from eventwire.actors.state import (
    Anchor,
    DocState,
    entry_country,
    named_countries,
    split_lines,
)
from eventwire.actors.words import WORDS
from eventwire.models import Actor


def people(state: DocState) -> None:
    doc = state.doc
    candidates: list[
        tuple[int, int, str | None, list[str]]
    ] = []  # start, end, written name, kb persons
    seen: set[int] = set()
    for _i, anchor in sorted(
        {id(a): a for a in state.anchors.values()}.items(), key=lambda kv: kv[1].start
    ):
        persons = [e for e in anchor.entries if e.kind == "person"]
        if not persons:
            continue
        follower = anchor.end if anchor.end < len(state.doc) else None
        if (
            follower in state.roles
            and not state.roles[follower].names_person
            and state.doc[anchor.end - 1].dep_ in ("compound", "nmod")
        ):
            continue  # "the Obama administration": read as a role phrase
        if persons[0].person:
            candidates.append((anchor.start, anchor.end, anchor.name, [persons[0].person]))
        else:
            candidates.append(
                (anchor.start, anchor.end, anchor.name, list(state.kb.surnames[anchor.name]))
            )
        seen.update(range(anchor.start, anchor.end))
    for ent in state.ents:
        if ent.label_ != "PERSON":
            continue
        for part in split_lines(ent, state.tokens):
            tokens = list(part)
            while tokens and (
                tokens[0].lower_ in WORDS.honorifics
                or tokens[0].i in state.roles
                or tokens[0].lower_ in WORDS.former_words
            ):
                tokens.pop(0)  # "Archbishop Desmond Tutu": the title is read by _title_before
            if not tokens:
                continue
            start, end = tokens[0].i, tokens[-1].i + 1
            if seen.intersection(range(start, end)) or any(
                i in state.anchors for i in range(start, end)
            ):
                continue
            if not all(t.pos_ == "PROPN" or t.is_title for t in doc[start:end]):
                continue
            candidates.append((start, end, doc[start:end].text, []))
    for start, end, written, persons in sorted(candidates):
        person_mention(state, start, end, written, persons)
    later_surnames(state)


def later_surnames(state: DocState) -> None:
    """'Fischer' alone, after 'Oskar Fischer': spaCy often misses the bare surname."""
    first_seen: dict[str, int] = {}
    for mention in state.mentions:
        parts = (mention.actor.name or "").split()
        if mention.kind == "person" and len(parts) > 1 and mention.person_id not in state.kb.people:
            first_seen.setdefault(parts[-1], mention.token_end)
    for token in state.tokens:
        if (
            token.text in first_seen
            and token.i >= first_seen[token.text]
            and token.i not in state.used
            and token.pos_ == "PROPN"
            and token.i not in state.anchors
        ):
            person_mention(state, token.i, token.i + 1, token.text, [])


@dataclass
class Title:
    """The words before a name that say who the person is ("Former French prime minister")."""

    start: int  # token where the title starts (the name's start when there is none)
    countries: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    former: bool = False
    honorific: str | None = None
    words: str = ""

    @property
    def country(self) -> str | None:
        return self.countries[-1] if self.countries else None

    @property
    def sector(self) -> str | None:
        return self.sectors[-1] if self.sectors else None


def person_mention(state: DocState, start: int, end: int, written: str, persons: list[str]) -> None:
    """One person mention: a known person (by date), a surname of several, or unknown."""
    if persons and any(
        m.kind == "person"
        and m.person_id
        and m.person_id not in state.kb.people
        and m.person_id.split()[-1] == written
        for m in state.mentions
    ):
        persons = []  # the article named someone else of that surname first
    title = title_before(state, start)
    bare = written in state.kb.surnames and not title.sectors and not title.countries
    person = choose_person(state, persons, title.country, start, bare_surname=bare)
    if person is None and persons:
        surname_mention(state, title, end, written, persons, bare)
        return
    if person is not None:
        actor, notes = known_person_actor(state, person, title)
        person_id, gender = person.name, person.gender
    else:
        actor, notes = unknown_person_actor(state, title, start, written)
        person_id, gender = written, None
    if title.honorific in WORDS.male_words:
        gender = "m"
    elif title.honorific in WORDS.female_words:
        gender = "f"
    mention = state.emit(
        title.start, end, actor, "; ".join(n for n in notes if n), "person", head=end - 1,
        person_id=person_id,
    )  # fmt: skip
    mention.gender = gender


def known_person_actor(state: DocState, person: Person, title: Title) -> tuple[Actor, list[str]]:
    """A known person's office on the article's date, or the one the title names."""
    country, sector, role_note, role_title = person_role(state, person)
    stated = None
    if person.role_at(state.day) is None and not title.former:
        stated = stated_role(state, person, title.words)
    if stated is not None:
        country, sector, role_title = stated.country, stated.sector, stated.title
        role_note = (
            f"{person.source}: {person.name}, {stated.title} of {stated.country} "
            f"({stated.start.isoformat()}–{stated.end.isoformat() if stated.end else ''}), "
            f"as the title in the text says; the article date {state.day.isoformat()} is outside it"
        )
    notes = [role_note]
    if title.country and title.country != country:
        notes.append(f"title says {title.country}")
        country = title.country
    if title.former:
        sector = "ELI"
        notes.append("title says former")
    elif title.sector and title.sector != sector and role_title is None:
        sector = title.sector
        notes.append(f"title '{title.words}' -> {title.sector}")
    return make_actor("", country, sector, name=person.name, role=role_title), notes


def surname_mention(
    state: DocState, title: Title, end: int, written: str, persons: list[str], bare: bool
) -> None:
    """A surname of known people, none of whom can be chosen: their shared country at most."""
    shared = {r.country for p in persons for r in state.kb.people[p].roles}
    country = title.country or (shared.pop() if len(shared) == 1 else None)
    if bare and country not in named_countries(state):
        country = None  # "Taylor said": not enough to make him Liberia's Charles Taylor
    sector = "ELI" if title.former else title.sector
    reason = (
        f"surname '{written}' of {', '.join(persons)}: none named in full in the article or in "
        f"office on {state.day.isoformat()}"
    )
    if country and not title.country:
        reason += f"; all of them {country}"
    elif not country:
        reason += "; not enough evidence: unresolved"
    state.emit(title.start, end, make_actor("", country, sector), reason, "person", head=end - 1)


def unknown_person_actor(
    state: DocState, title: Title, start: int, written: str
) -> tuple[Actor, list[str]]:
    """A person we do not know: name and what the title says; a titled person with no
    country takes the one place named in the sentence or article."""
    country, sector = title.country, ("ELI" if title.former else title.sector)
    if not title.words:
        notes = ["spaCy PERSON, not in the knowledge base"]
        return make_actor("", country, sector, name=written), notes
    notes = [f"unknown person with title '{title.words}'"]
    if country is None and sector:
        country, where = context_country(state, start)
        if country:
            notes.append(
                f"title without a country: the only place named in the {where} is in {country}"
            )
    return make_actor("", country, sector, name=written), notes


def title_before(state: DocState, start: int) -> Title:
    """Walk left over titles: 'Former Socialist prime minister', 'French counterpart', 'Mr.'."""
    title = Title(start)
    i = start - 1
    sentence_start = state.sentence(start).start
    while i >= sentence_start:
        token = state.doc[i]
        if token.is_space or "\n" in token.text:
            break
        step = title_role_or_name(state, title, i)
        if step is None:
            step = title_word(state, title, token, start)
        if step is None:
            break
        i = step
    if title.start < start and state.doc[title.start].pos_ == "DET" and not title.sectors:
        title.start = start
    title.words = state.doc[title.start : start].text if title.start < start else ""
    return title


def title_role_or_name(state: DocState, title: Title, i: int) -> int | None:
    """A title word ("prime minister") or a country or person before it; the next token to
    read, or None when the token is neither."""
    role = state.roles.get(i)
    if role is not None and (role.names_person or role.sector in ("GOV", "MIL")):
        if role.start in state.used:
            return None
        title.sectors.insert(0, role.sector)
        title.former = title.former or role.sector == "ELI"  # "former prime minister"
        title.start = role.start
        return role.start - 1
    anchor = state.anchors.get(i)
    if anchor is None:
        return None
    country = entry_country(anchor.entries)
    person = anchor_person(state, anchor) if title.sectors else None
    if person is not None:  # "Trump campaign adviser George Papadopoulos"
        country = person_country(state, person)
    if country is None:
        return None
    title.countries.insert(0, country)
    title.start = anchor.start
    return anchor.start - 1


def title_word(state: DocState, title: Title, token: Token, name_start: int) -> int | None:
    """Other words a title may hold: a city, an honorific, "former", fillers ("acting"),
    nationality adjectives, determiners, compounds ("campaign" in "Trump campaign adviser")."""
    i, low = token.i, token.lower_
    if title.sectors and (city := unknown_city(state, token)):
        title.countries.insert(0, city["iso3"])
    elif low in WORDS.honorifics:
        title.honorific = title.honorific or low
        if low.rstrip(".") in WORDS.honorific_sectors:
            title.sectors.insert(0, WORDS.honorific_sectors[low.rstrip(".")])
    elif low in WORDS.former_words or low.startswith("ex-"):
        title.former = True
    elif low in ("'s", "’s") and i - 1 in state.anchors:
        return i - 1
    elif not title.sectors or not (
        low in WORDS.title_fillers
        or token.ent_type_ == "NORP"
        or (token.pos_ == "ADJ" and token.is_title)
        or token.pos_ == "DET"
        or token.dep_ in ("compound", "nmod")
        and token.pos_ in ("NOUN", "PROPN")
        and i < token.head.i < name_start
        and not token.is_upper
    ):
        return None
    title.start = i
    return i - 1


def anchor_person(state: DocState, anchor: Anchor) -> Person | None:
    """The known person a name or bare surname stands for, if one can be chosen."""
    for entry in anchor.entries:
        if entry.kind == "person":
            if entry.person:
                return state.kb.people[entry.person]
            return choose_person(
                state, state.kb.surnames[anchor.name], None, anchor.start, bare_surname=True
            )
    return None


def person_country(state: DocState, person: Person) -> str:
    """A known person's country on the article's date, else their latest, else first office."""
    role = (
        person.role_at(state.day)
        or person.last_role_before(state.day)
        or min(person.roles, key=lambda r: r.start)
    )
    return role.country


def stated_role(state: DocState, person: Person, title_words: str):
    """The office the text's title names ("Prime Minister Boris Johnson"), if the person held it."""
    words = f" {title_words.lower()} "
    matching = [r for r in person.roles if f" {r.title} " in words]
    return max(matching, key=lambda r: r.start) if matching else None


def choose_person(
    state: DocState,
    persons: list[str],
    text_country: str | None,
    start: int,
    *,
    bare_surname: bool = False,
) -> Person | None:
    if not persons:
        return None
    named = [
        m.person_id
        for m in state.mentions
        if m.person_id in persons and m.start < state.doc[start].idx
    ]
    if named:
        return state.kb.people[named[-1]]
    if bare_surname:  # too little evidence for anyone but an office holder or a former
        # leader whose country the article names ("Taylor" is not Liberia's Charles Taylor)
        countries_named = named_countries(state)
        persons = [
            p
            for p in persons
            if state.kb.people[p].role_at(state.day)
            or any(
                TITLE_RANK.get(r.title, 9) <= 1 and r.country in countries_named
                for r in state.kb.people[p].roles
            )
        ]
        if not persons:
            return None
    people = [state.kb.people[p] for p in persons]
    if text_country:  # "Jordan's King Abdullah" is not the Saudi king
        people = [p for p in people if any(r.country == text_country for r in p.roles)]
    in_office = sorted(
        (TITLE_RANK.get(p.role_at(state.day).title, 9), p.name)
        for p in people
        if p.role_at(state.day)
    )
    if in_office and (len(in_office) == 1 or in_office[0][0] < in_office[1][0]):
        return state.kb.people[
            in_office[0][1]
        ]  # the one in office, or the one in the highest office
    if len(people) == 1:
        return people[0]
    return None


def person_role(state: DocState, person: Person) -> tuple[str | None, str | None, str, str | None]:
    day = state.day.isoformat()
    role = person.role_at(state.day)
    if role and role.stale_on(state.day):
        return (
            role.country,
            None,
            f"{person.source}: {person.name}, {role.title} of {role.country} from "
            f"{role.start.isoformat()} with no end, but the source stops in "
            f"{role.reliable_until.isoformat() if role.reliable_until else ''}: the country, "
            "not the office",
            None,
        )
    if role:
        span = f"{role.start.isoformat()}–{role.end.isoformat() if role.end else ''}"
        sector = state.kb.igo_codes.get(role.country, role.sector)  # a UN or EU office: IGO
        return (
            role.country,
            sector,
            f"{person.source}: {person.name}, {role.title} of {role.country} on {day} ({span})",
            role.title,
        )
    past = person.last_role_before(state.day)
    if past:
        return (
            past.country,
            "ELI",
            f"{person.source}: {person.name}, former {past.title} of {past.country} "
            f"(until {past.end.isoformat()}), out of office on {day} -> ELI",
            f"former {past.title}",
        )
    if person.default is not None or not person.roles:
        default = person.default or Role("", "", "", state.day, None)
        return (
            default.country or None,
            default.sector or None,
            f"{person.source}: {person.name}, no dated office on {day}; undated code "
            f"{default.country}{default.sector}",
            None,
        )
    first = min(person.roles, key=lambda r: r.start)
    return (
        first.country,
        None,
        f"people.tsv: {person.name}, not yet in office on {day} "
        f"(first role {first.title} of {first.country} from {first.start.isoformat()})",
        None,
    )


# roles ------------------------------------------------------------


def holder(state: DocState, country: str, title: str) -> Person | None:
    holders = [
        p
        for p in office_holders().get((country, title), [])
        if (r := p.role_at(state.day)) and r.country == country and r.title == title
    ]
    return holders[0] if len(holders) == 1 else None


# names on their own ----------------------------------------------


@cache
def office_holders() -> dict[tuple[str, str], list[Person]]:
    """(country, title) -> everyone who ever held that office, for "the French president"."""
    index: dict[tuple[str, str], list[Person]] = {}
    for person in knowledge_base().people.values():
        for role in person.roles:
            holders = index.setdefault((role.country, role.title), [])
            if person not in holders:
                holders.append(person)
    return index
