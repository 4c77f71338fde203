"""Rule helper: what an appositive after a name says about the person.

"Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded ..." and "Mark
Cuban, the billionaire owner of the Dallas Mavericks, said ...": the noun phrase set off
after the name describes the person's current job; its organisation or place gives the
country (an international organisation's code) and its role word the sector. Used by
``people`` for people named with no title before the name. An organisation named after the
appositive's head that no dictionary knows, or a role word names, is read by
``appositive_employers``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.actors.appositive_employers import (
    MAX_WORDS_BEFORE_NAME,
    organisation_led,
    preposition_before,
)
from eventwire.actors.found_spans import RoleSpan
from eventwire.actors.kb_types import PLACE_KINDS
from eventwire.actors.matching import BODY_KINDS, body_named_before
from eventwire.actors.state import POSSESSIVE_ENDINGS, DocState, entry_country, named_for_friendship
from eventwire.actors.where_based import origin_only
from eventwire.actors.words import WORDS

#: How a description read from an appositive begins in ``Mention.reason``.
APPOSITIVE_NOTE = "the appositive"


@dataclass(frozen=True)
class Described:
    """What an appositive says: a country (or organisation code), a sector, and why."""

    country: str | None
    sector: str | None
    why: str


def appositive_title(state: DocState, name_end: int) -> Described | None:
    """The country and sector an appositive after the name's last token gives, if any."""
    token = state.tokens[name_end]
    appositive = next((c for c in token.rights if c.dep_ == "appos"), None)
    if appositive is None:
        return None
    first = max(appositive.left_edge.i, name_end + 1)
    role, head = _appositive_role(state, first, appositive)
    if appositive.i in state.anchors and head is appositive:
        return None  # "Putin, Russia's president" is read by the role rules; a name is not
    sentence = state.sentence(name_end)
    last = min(appositive.right_edge.i, sentence.end - 1)
    country, group_sector, by_place = None, None, False
    for i in range(first, last + 1):
        anchor = state.anchors.get(i)
        if anchor is None or any(e.kind == "person" for e in anchor.entries):
            continue
        if origin_only(state, anchor.end):
            continue  # "a Russian-born, London-based American investor": not whom he serves
        if topic_only(state, anchor.start):
            continue  # "an expert on Syria at the Washington Institute": Syria is the topic
        if named_for_friendship(state, anchor.end):
            continue  # "the director of the Turkish Friendship Hospital" in Gaza
        country = entry_country(anchor.entries)
        if country:  # "president of the Front National" leads the party
            entry = anchor.entries[0]
            by_place = all(e.kind in PLACE_KINDS for e in anchor.entries)
            owned = (
                preposition_before(state, i, first)
                or staff_of_owner(state, anchor.end)
                or modifies_unknown_head(state, anchor, appositive)
            )
            if entry.kind == "igo" or (entry.kind == "group" and owned):
                group_sector = entry.sector  # "the United Nations ... Coordinator" -> IGO
            else:
                group_sector = owning_group(state, anchor.end, last)
            break
    generic = role is not None and state.doc[role.start : role.end].text.lower() in (
        WORDS.generic_heads
    )  # "the leader in Republican polls" holds no office
    if group_sector is None and role and generic and (body := body_before(state, role.start)):
        group_sector = body  # "Tony Fernandes, the Air Asia chief": its head
    if group_sector is None:
        country, group_sector = organisation_led(state, role, generic, appositive.i, last, country)
    sector = group_sector or (role.sector if role and not generic else None)
    office = role and state.doc[role.start : role.end].text.lower()
    if office in WORDS.place_offices and by_place and group_sector is None:
        sector = WORDS.place_offices[office]  # "the chief executive of Hong Kong" governs
    sector = _held_then(state, sector, range(first, head.i), appositive.i, last)
    if country is None and sector is None:
        return None
    words = state.doc[first : last + 1].text
    return Described(
        country, sector, f"{APPOSITIVE_NOTE} '{words}' -> {country or ''} {sector or ''}"
    )


def _appositive_role(
    state: DocState, first: int, appositive: Token
) -> tuple[RoleSpan | None, Token]:
    """The role word the appositive's head is or ends with, else the first of its conjuncts'
    ("a Democrat and former Oklahoma state senator"), with the head it belongs to."""
    for head in (appositive, *(c for c in appositive.rights if c.dep_ == "conj")):
        start = first if head is appositive else head.left_edge.i
        role = state.roles.get(head.i) or state.roles.get(
            next((i for i in range(start, head.i + 1) if i in state.roles), -1)
        )
        if role is not None:
            return role, head
    return None, appositive


def _held_then(
    state: DocState, sector: str | None, before_head: range, appositive: int, last: int
) -> str | None:
    """An office held no more is an elite's (``ELI``): "Chad Sweet, a former CIA official", "a
    national security official under Presidents Reagan and Bush"."""
    if any(state.tokens[i].lower_ in WORDS.former_role_words for i in before_head):
        return "ELI"
    if sector is not None and served_before(state, appositive, last):
        return "ELI"
    return sector


def body_before(state: DocState, start: int) -> str | None:
    """The sector of the known body named right before a generic head ("the Air Asia chief",
    "a Twitter spokesman"), which the head speaks for."""
    if not body_named_before(state, start):
        return None
    entries = state.anchors[start - 1].entries
    return next(e.sector for e in entries if e.kind in BODY_KINDS and e.sector)


def served_before(state: DocState, head: int, last: int) -> bool:
    """ "an official under Presidents Reagan and George W. Bush": an office held under leaders
    who no longer hold theirs (on the article's date) is a past office, as "former" says."""
    for k in range(head + 1, last):
        if state.tokens[k].lower_ != "under":
            continue
        leaders = [
            state.kb.people[e.person]
            for i in range(k + 1, last + 1)
            if (anchor := state.anchors.get(i)) is not None
            for e in anchor.entries
            if e.kind == "person" and e.person in state.kb.people
        ]
        return bool(leaders) and all(p.role_at(state.day) is None for p in leaders)
    return False


def modifies_unknown_head(state: DocState, anchor, head) -> bool:
    """'a longtime Democratic consultant', 'an NRA lobbyist', "Twitter's director of political
    advertising": a group named as the modifier or owner of an appositive's head that no role
    list knows is the one the person works for."""
    modifier = state.tokens[anchor.end - 1]
    return (
        modifier.head.i == head.i
        and modifier.dep_ in ("amod", "compound", "poss")
        and head.i not in state.roles
        and head.pos_ == "NOUN"
    )


def staff_of_owner(state: DocState, end: int) -> bool:
    """'the RNC's chief counsel', 'the NRA's spokesman': a body's staff, owned by its name."""
    if end >= len(state.tokens) or state.tokens[end].lower_ not in POSSESSIVE_ENDINGS:
        return False
    role = next((state.roles[k] for k in range(end + 1, end + 3) if k in state.roles), None)
    words = role and state.doc[role.start : role.end].text.lower()
    return bool(words) and (words in WORDS.generic_heads or words in WORDS.staff_nouns
                            or words in WORDS.staff_words)  # fmt: skip


def topic_only(state: DocState, start: int) -> bool:
    """'an expert on Syria', 'an adviser on Iran policy': the state is what one works on."""
    return start > 0 and state.tokens[start - 1].lower_ in WORDS.topic_prepositions


def owning_group(state: DocState, start: int, last: int) -> str | None:
    """'chair of the South Carolina Democratic Party': the place read first is the group's
    own; the group named right after it, within the appositive, gives the sector."""
    if not preposition_before(state, start, max(0, start - 2 * MAX_WORDS_BEFORE_NAME)):
        return None
    anchor = state.anchors.get(start)
    if anchor is not None and anchor.start == start and anchor.end <= last + 1:
        entries = anchor.entries
    else:  # a group name the matcher left inside the organisation's name
        ent = next((e for e in state.ents if e.start < start < e.end <= last + 1), None)
        entries = state.kb.names.get(state.doc[start : ent.end].text, []) if ent else []
    entry = next((e for e in entries if e.kind == "group" and e.sector), None)
    return entry.sector if entry else None
