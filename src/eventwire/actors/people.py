"""Rule: people, with the titles before their names, resolved by the article's date.

A known person's country and sector come from the office held that day (``role``); out of
office -> ``ELI``; a "former" title -> ``ELI``; a country in the title wins. Bare surnames
need evidence (spaCy sees a person, or a title precedes). See the README, "Actors".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.actors.appositive import appositive_title
from eventwire.actors.gazetteer import unknown_city
from eventwire.actors.kb import Person
from eventwire.actors.mention import make_actor
from eventwire.actors.offices import (
    anchor_person,
    choose_person,
    person_country,
    person_role,
    sector_held,
    stated_role,
)
from eventwire.actors.state import (
    DocState,
    entry_country,
    named_countries,
    split_lines,
)
from eventwire.actors.words import WORDS
from eventwire.models import Actor


def people(state: DocState) -> None:
    doc = state.doc
    candidates: list[tuple[int, int, str, list[str]]] = []  # start, end, written name, kb persons
    seen: set[int] = set()
    for _i, anchor in sorted(
        {id(a): a for a in state.anchors.values()}.items(), key=lambda kv: kv[1].start
    ):
        person_entries = [e for e in anchor.entries if e.kind == "person"]
        if not person_entries:
            continue
        follower = anchor.end if anchor.end < len(state.doc) else None
        if (
            follower in state.roles
            and not state.roles[follower].names_person
            and state.tokens[anchor.end - 1].dep_ in ("compound", "nmod")
        ):
            continue  # "the Obama administration": read as a role phrase
        if person_entries[0].person:
            candidates.append((anchor.start, anchor.end, anchor.name, [person_entries[0].person]))
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


def unknown_surnames(state: DocState) -> set[str]:
    """Surnames of the people named so far that we do not know, kept up to date as mentions
    are added (the rules only append to ``state.mentions`` until they are sorted)."""
    for mention in state.mentions[state.surnames_seen :]:
        if mention.kind == "person" and mention.person_id:
            if mention.person_id not in state.kb.people:
                state.unknown_surnames.add(mention.person_id.split()[-1])
    state.surnames_seen = len(state.mentions)
    return state.unknown_surnames


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
    role_words: list[str] = field(default_factory=list)
    institution_sector: str | None = None  # "Senate" in "Senate Majority Leader"

    @property
    def country(self) -> str | None:
        return self.countries[-1] if self.countries else None

    @property
    def sector(self) -> str | None:
        """The title's sector; a generic head ("leader", "spokesman") speaks for the
        institution named before it ("Senate Majority Leader" -> LEG)."""
        generic = all(word in WORDS.generic_heads for word in self.role_words)
        if self.institution_sector and generic:
            return self.institution_sector
        return self.sectors[-1] if self.sectors else None


def person_mention(state: DocState, start: int, end: int, written: str, persons: list[str]) -> None:
    """One person mention: a known person (by date), a surname of several, or unknown."""
    if persons and written in unknown_surnames(state):
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
    described = appositive_title(state, end - 1) if not title.words else None
    if described and (actor.sector in (None, "ELI") or described.country in state.kb.igo_codes):
        country = described.country or actor.country
        actor = make_actor("", country, described.sector or actor.sector, name=actor.name)
        notes.append(described.why)
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
        stated = stated_role(state, person, title.words) or sector_held(person, title.sector)
        if stated is None and title.sector and sector == "ELI":
            sector, role_title = title.sector, None  # "opposition leader Yulia Tymoshenko"
            role_note += f"; the title '{title.words}' says {title.sector} now"
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
    """A person we do not know: name and what the title says (a title with no country is
    given the dateline's or the article's by ``context.give_context_country``)."""
    country, sector = title.country, ("ELI" if title.former else title.sector)
    if not title.words:
        notes = ["spaCy PERSON, not in the knowledge base"]
        return make_actor("", country, sector, name=written), notes
    notes = [f"unknown person with title '{title.words}'"]
    return make_actor("", country, sector, name=written), notes  # context: context.py


def title_before(state: DocState, start: int) -> Title:
    """Walk left over titles: 'Former Socialist prime minister', 'French counterpart', 'Mr.'."""
    title = Title(start)
    i = start - 1
    sentence_start = state.sentence(start).start
    while i >= sentence_start:
        token = state.tokens[i]
        if token.is_space or "\n" in token.text:
            break
        step = title_role_or_name(state, title, i)
        if step is None:
            step = title_word(state, title, token, start)
        if step is None:
            break
        i = step
    if title.start < start and state.tokens[title.start].pos_ == "DET" and not title.sectors:
        title.start = start
    title.words = state.doc[title.start : start].text if title.start < start else ""
    return title


def title_role_or_name(state: DocState, title: Title, i: int) -> int | None:
    """A title word ("prime minister") or a country or person before it; the next token to
    read, or None when the token is neither."""
    role = state.roles.get(i)
    if role is not None and not role.names_person and state.tokens[role.end - 1].dep_ == "compound":
        title.institution_sector = title.institution_sector or role.sector  # "Senate" Leader
        title.start = role.start
        return role.start - 1
    if role is not None and (role.names_person or role.sector in ("GOV", "MIL")):
        if role.start in state.used:
            return None
        title.sectors.insert(0, role.sector)
        title.role_words.insert(0, state.doc[role.start : role.end].text.lower())
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
    institution = next((e.sector for e in anchor.entries if e.kind in ("group", "seat")), None)
    title.institution_sector = title.institution_sector or institution
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
