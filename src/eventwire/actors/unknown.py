"""Rule: the names spaCy finds (organisations, places, nationalities) that no dictionary
knows -- a place by the gazetteer's one cascade, a dateline in capitals, an organisation by
its owner before it ("NASA's ...") or its head word (org_words.yaml), else unresolved.
"""

from __future__ import annotations

from eventwire.actors.gazetteer import place_named
from eventwire.actors.mention import make_actor
from eventwire.actors.org_names import (
    ARMED_GROUP_WHY,
    armed_group_name,
    capitals_name,
    descriptor,
    head_words,
    named_by_head,
    organisation_sector,
    polity_before,
    possessor_group,
    residents_of,
)
from eventwire.actors.plausible_names import street_word
from eventwire.actors.state import POSSESSIVE_ENDINGS, DocState, split_lines
from eventwire.actors.words import WORDS


def unknown_entities(state: DocState) -> None:
    for ent in state.ents:
        if ent.label_ not in ("ORG", "GPE", "NORP"):
            continue
        for part in split_lines(ent, state.tokens):
            start, end = part.start, part.end
            while start < end and state.tokens[start].pos_ == "DET":
                start += 1
            if (
                start >= end
                or street_word(state.tokens[end - 1])
                or any(
                    i in state.used
                    or i in state.anchors
                    or (i in state.roles and not named_by_head(state, start, end))
                    for i in range(start, end)
                )
            ):
                continue
            written = state.doc[start:end].text
            if (
                written.isupper()
                and ent.label_ in ("GPE", "ORG")
                and capitals_name(state, start, end)
            ):
                continue
            if ent.label_ == "GPE" and (hit := place_named(written)):
                reason = f"spaCy GPE; {hit.why(written)}"
                if (polity := polity_before(state, start)) is not None:
                    reason += f"; after '{state.doc[polity:start].text}': its government -> GOV"
                    actor = make_actor("", hit.country, "GOV")
                    mention = state.emit(polity, end, actor, reason, "place")
                    mention.locative = polity > 0 and state.tokens[polity - 1].pos_ == "ADP"
                    continue
                mention = state.emit(start, end, make_actor("", hit.country, None), reason, "place")
                mention.locative = True
                continue
            while end - start > 1 and state.tokens[end - 1].lower_ in POSSESSIVE_ENDINGS:
                end -= 1
            if ent.label_ == "ORG" and (
                owned_name(state, start, end) or org_only_name(state, start, end)
            ):
                continue
            last = head_words(state, start, end)
            if ent.label_ == "ORG" and (sector := organisation_sector(state, start, end, last)):
                state.emit(
                    start,
                    end,
                    make_actor("", None, sector),
                    f"spaCy ORG, not in the knowledge base; '{last}' -> {sector} (org_words.yaml, "
                    "roles.yaml, or a legislative chamber alone); country unknown",
                    "unknown",
                )
                continue
            if townsfolk := residents_of(written):
                country, why = townsfolk
                state.emit(start, end, make_actor("", country, "CVL"), why, "role")
                continue
            if armed_group_name(written):
                reason = f"spaCy {ent.label_}, not in the knowledge base; {ARMED_GROUP_WHY}"
                state.emit(start, end, make_actor("", None, "REB"), reason, "unknown")
                continue
            if ent.label_ == "ORG" and (described := descriptor(state, start, end)):
                sector, words = described
                reason = f"spaCy ORG, not in the knowledge base, described as '{words}' -> {sector}"
                state.emit(start, end, make_actor("", None, sector), reason, "unknown")
                continue
            unresolved_name(state, start, end, ent.label_)


def unresolved_name(state: DocState, start: int, end: int, label: str) -> None:
    """A name no rule knows, kept unresolved, unless it says where the role after it serves."""
    if names_the_role_after(state, end):
        return
    state.emit(
        start,
        end,
        make_actor("", None, None),
        f"spaCy {label}, not in the knowledge base: unresolved",
        "unknown",
    )


def names_the_role_after(state: DocState, end: int) -> bool:
    """'West Mercia police', 'the Brookhaven sheriff': a name we do not know that modifies the
    role word after it is where that role serves; the role acts, not the name."""
    if end >= len(state.tokens) or end not in state.roles:
        return False
    role = state.roles[end]
    last = state.tokens[end - 1]
    return role.start == end and last.dep_ == "compound" and role.start <= last.head.i < role.end


def owned_name(state: DocState, start: int, end: int) -> bool:
    """'NASA's Goddard Space Flight Center' (``possessor_group``): emitted as its owner's."""
    owner = possessor_group(state, start)
    if owner is None:
        return False
    entry = owner.entries[0]
    state.emit(
        start, end, make_actor("", entry.country, entry.sector),
        f"spaCy ORG, not in the knowledge base, of '{owner.name}' before it "
        f"({entry.source}) -> {entry.country} {entry.sector}", "organisation",
    )  # fmt: skip
    return True


def org_only_name(state: DocState, start: int, end: int) -> bool:
    """'Nintendo and Apple shocked the world': a company or outlet whose name is also a
    common word or a place (words.yaml ``org_only_names``), tagged an organisation by spaCy and
    not modifying a noun, is emitted as that company."""
    written = state.doc[start:end].text
    known = WORDS.org_only_names.get(written.lower()) if written.istitle() else None
    if known is None or modifier(state, end):
        return False
    code, sector = known.split()
    state.emit(
        start, end, make_actor("", code, sector),
        f"spaCy ORG '{written}' -> {code} {sector} (words.yaml org_only_names: a company or "
        "outlet only where tagged an organisation)", "organisation",
    )  # fmt: skip
    return True


def modifier(state: DocState, end: int) -> bool:
    """A name ending at ``end`` that modifies the common noun after it ("the Amazon river",
    "the Delta variant"): a word of that thing, not an organisation acting."""
    if end >= len(state.tokens):
        return False
    following = state.tokens[end]
    return (
        following.is_lower and following.pos_ == "NOUN" and state.tokens[end - 1].dep_ == "compound"
    )
