"""Who holds which office on a day: a known person's role by the article's date, choosing
among people who share a name, and the holder of an office ("the French president").
"""

from __future__ import annotations

from functools import cache

from eventwire.actors.found_spans import Anchor
from eventwire.actors.kb import BLOCS, TITLE_RANK, Person, Role, knowledge_base
from eventwire.actors.mention import extras, make_actor
from eventwire.actors.state import DocState, named_countries
from eventwire.actors.words import WORDS


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
    words = f" {title_words.lower().replace('-', ' ')} "  # "Secretary General", "-General"
    matching = [r for r in person.roles if f" {r.title.replace('-', ' ')} " in words]
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
    at = state.tokens[start].idx
    named = [m.person_id for m in state.mentions if m.person_id in persons and m.start < at]
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
        (TITLE_RANK.get(role.title, 9), p.name)
        for p in people
        if (role := p.role_at(state.day)) is not None
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
    if past and state.undated:
        return last_office(state, person, past)
    if past:
        sector = past.sector if (past.sector or "").lower() in WORDS.lifelong_sectors else "ELI"
        return (
            past.country,
            sector,
            f"{person.source}: {person.name}, former {past.title} of {past.country} "
            f"(until {past.end.isoformat() if past.end else ''}), out of office on {day} -> "
            f"{sector}",
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
        "ELI",
        f"people.tsv: {person.name}, not yet in office on {day} "
        f"(first role {first.title} of {first.country} from {first.start.isoformat()}) -> ELI",
        None,
    )


def last_office(
    state: DocState, person: Person, past: Role
) -> tuple[str | None, str | None, str, str | None]:
    """A text with no date speaks from the time of the people it names in office ("Chancellor
    Angela Merkel said" is no former chancellor's word): the last office held, not ELI;
    a title that says "former" still makes it ELI."""
    sector = state.kb.igo_codes.get(past.country, past.sector)
    return (
        past.country,
        sector,
        f"{person.source}: {person.name}, {past.title} of {past.country} until "
        f"{past.end.isoformat() if past.end else ''}; the text has no date: the last office held",
        past.title,
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


def sector_held(person: Person, sector: str | None) -> Role | None:
    """'Libyan leader Muammar Qadhafi' years later: the title states an office of the sector
    the person last held (not 'former'), so the text speaks of them in office."""
    held = [r for r in person.roles if sector and r.sector == sector]
    return max(held, key=lambda r: r.start) if held else None


def igo_offices(state: DocState) -> None:
    """An office of an international organisation is the organisation's, not a state's
    government: "the UN's high commissioner", "U.N. Secretary General Kofi Annan" take the
    organisation's sector (igos.yaml: IGO; a court's JUD), as its named bodies do. A bloc's
    officials ("European officials", "Asian leaders") are its states' governments."""
    for mention in state.mentions:
        actor = mention.actor
        sector = state.kb.igo_codes.get(actor.country or "")
        if actor.sector != "GOV" or sector in (None, "GOV") or actor.country in BLOCS:
            continue
        mention.actor = make_actor(
            actor.text, actor.country, sector, name=actor.name, **extras(actor)
        )
        mention.reason += f"; an office of {actor.country}, not of a state's government -> {sector}"
