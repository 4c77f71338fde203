"""Rule helper: the actor a person's name stands for, read by ``people`` once it has found
the name and the title before it.

A known person's country and sector come from the office held that day (``role``, read by
``offices``); out of office -> ``ELI`` unless a title in the text states an office; a
"former" title -> ``ELI``; a country in the title wins; an office a title stated earlier holds
for later mentions. A surname several known people share, none of whom can be chosen, gives
their shared country at most; a person no dictionary knows keeps the name and what the title
says.
"""

from __future__ import annotations

from datetime import date

from eventwire.actors.kb import Person
from eventwire.actors.mention import make_actor
from eventwire.actors.offices import person_role, sector_held, stated_role
from eventwire.actors.org_names import ARMED_GROUP_WHY, armed_group_name
from eventwire.actors.state import DocState, named_countries
from eventwire.actors.titles import Title
from eventwire.models import Actor

#: How a person no dictionary knows is named in ``Mention.reason`` (``private`` reads them).
UNKNOWN_PERSON_NOTE = "spaCy PERSON, not in the knowledge base"
TITLED_PERSON_NOTE = "unknown person with title"


def as_stated_before(
    state: DocState, person_id: str, title: Title, actor: Actor, notes: list[str]
) -> Actor:
    """'Rubio' after 'Sen. Marco Rubio': the office a title stated earlier in the article
    holds for the person's later mentions when the dated data give none for the day."""
    if title.words and title.sector:
        state.stated_offices.setdefault(person_id, (actor.country, actor.sector or title.sector))
    elif actor.sector in (None, "ELI") and person_id in state.stated_offices:
        country, sector = state.stated_offices[person_id]
        notes.append(f"as a title earlier in the article says: {sector}")
        return make_actor("", country or actor.country, sector, name=actor.name)
    return actor


def holds_no_office(person: Person, day: date) -> bool:
    """No dated office on the day, or only an open-ended 'elite' standing (PETRARCH-2's
    "USAELI 1948-01-01"), which a title in the text overrides ("FBI General Counsel James
    A. Baker" is not the former Secretary of State)."""
    role = person.role_at(day)
    return role is None or (role.sector == "ELI" and role.end is None)


def known_person_actor(state: DocState, person: Person, title: Title) -> tuple[Actor, list[str]]:
    """A known person's office on the article's date, or the one the title names."""
    country, sector, role_note, role_title = person_role(state, person)
    stated = None
    if holds_no_office(person, state.day) and not title.former:
        stated = stated_role(state, person, title.words) or sector_held(person, title.sector)
        if stated is None and title.sector and (sector == "ELI" or state.undated):
            sector, role_title = title.sector, None  # "opposition leader Yulia Tymoshenko";
            # with no date, "General Colin Powell" speaks of the office the title names
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
        if armed_group_name(written):  # "Jamaat Ansar Dine": a group, not a person
            return make_actor("", country, "REB"), [f"spaCy PERSON; {ARMED_GROUP_WHY}"]
        notes = [UNKNOWN_PERSON_NOTE]
        return make_actor("", country, sector, name=written), notes
    notes = [f"{TITLED_PERSON_NOTE} '{title.words}'"]
    return make_actor("", country, sector, name=written), notes  # context: context.py
