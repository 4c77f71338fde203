"""Rule helper: the organisation an appositive's person leads or works for, named after the
appositive's head by a preposition, when no dictionary knows it ("executive director of the
Foo Institute", "president of Rock the Vote", "a political scientist at the University of New
Hampshire", "executive director of the advocacy group Progress Iowa"), or named by a role word
("the leader of the opposition"): its country and sector. Read by ``appositive``, which also
asks here whether an employer's preposition stands right before a known name ("president of
the Front National"). An employer named beside the name itself ("Alex Horton of the
Washington Post") is read by ``employers``.
"""

from __future__ import annotations

from eventwire.actors.kb_types import PLACE_KINDS
from eventwire.actors.org_names import descriptor_at, org_word_sector
from eventwire.actors.state import DocState
from eventwire.actors.where_based import origin_only
from eventwire.actors.words import WORDS


def organisation_led(
    state: DocState, role, generic: bool, head: int, last: int, country: str | None
) -> tuple[str | None, str | None]:
    """(country, sector) of the organisation a generic head or an officer leads, named after
    it and known to no dictionary ("executive director of the Foo Institute"), or the body a
    role word names ("the leader of the opposition")."""
    group_sector = None
    if role is None or generic or officer(state, role) or role.sector in PROFESSION_SECTORS:
        employer = employer_after(state, head, last)
        if employer is not None:
            country, group_sector = country or employer[0], employer[1]
        elif role is not None and officer(state, role):
            group_sector = unknown_organisation(state, role, head, last)
    if group_sector is None and generic:
        group_sector = body_after(state, head, last)
    return country, group_sector


#: Sectors of role words that name a trade, not an employer: "a political scientist at the
#: University of New Hampshire" works for the university (EDU).
PROFESSION_SECTORS = ("CVL",)


def body_after(state: DocState, head: int, last: int) -> str | None:
    """'the leader of the opposition', 'the head of the army': a generic head ("leader") of a
    body named by a role word right after 'of' takes that body's sector."""
    k = head + 1
    if k > last or state.tokens[k].lower_ != "of":
        return None
    k += 1
    while k <= last and state.tokens[k].pos_ == "DET":
        k += 1
    role = state.roles.get(k)
    return role.sector if role is not None and role.end - 1 <= last else None


def unknown_organisation(state: DocState, role, head: int, last: int) -> str | None:
    """'president of Rock the Vote', 'president of the Zionist Organization of America': an
    officer of an organisation no dictionary knows (a spaCy ORG holding no known group) is
    not a government's; ``unknown_organisation_officers`` (words.yaml) gives the sector."""
    office = state.doc[role.start : role.end].text.lower()
    sector = WORDS.unknown_organisation_officers.get(office)
    if sector is None:
        return None
    for k in range(head + 1, last):
        if state.tokens[k].lower_ not in ("of", "for", "at"):
            continue
        at = k + 1 + (state.tokens[k + 1].pos_ == "DET")
        ent = state.ent_at.get(at) if at <= last else None
        if ent is None or ent.label_ != "ORG":
            return None
        entries = [
            e
            for j in range(ent.start, ent.end)
            if j in state.anchors
            for e in state.anchors[j].entries
        ]
        if any(e.kind not in PLACE_KINDS for e in entries):
            return None  # a group we know: read by the rules above
        return sector
    return None


def officer(state: DocState, role) -> bool:
    """A role word that heads whichever organisation follows it ("president of ...")."""
    return state.doc[role.start : role.end].text.lower() in WORDS.organisation_officers


def employer_after(state: DocState, head: int, last: int) -> tuple[str | None, str] | None:
    """(country, sector) of an organisation no dictionary knows, after 'of'/'for' on the
    appositive's head ("executive director of the Foo Institute") or 'at' in the appositive
    ("chairman of the political science department at Troy University": the department
    is no organisation, the university employs him)."""
    for k in range(head + 1, last):
        word = state.tokens[k].lower_
        if word == "at" or (word in ("of", "for") and state.tokens[k].head.i == head):
            at = name_start(state, k + 1, last)
            found = org_word_sector(state, at) if at <= last else None
            if found:
                return found[0], found[1]
            if (described := named_descriptor(state, state.tokens[k])) is not None:
                return None, described
    return None


def named_descriptor(state: DocState, preposition) -> str | None:
    """'executive director of the advocacy group Progress Iowa': the sector of a noun that says
    what an organisation is (words.yaml ``org_descriptors``), after the preposition, with the
    organisation's name set beside it."""
    noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if noun is None or not noun.is_lower:
        return None
    named = any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in noun.rights)
    found = descriptor_at(state, noun.i) if named else None
    return found[0] if found else None


#: How many words may stand between a preposition and the name they describe ("leader of
#: the anti-immigration UK Independence Party": a determiner and descriptive words).
MAX_WORDS_BEFORE_NAME = 5


def preposition_before(state: DocState, i: int, first: int) -> bool:
    """Does an employer's preposition ('of', 'at') come right before the name at ``i``, past a
    determiner and descriptive words ("founder of the right-wing Dutch Party for Freedom")?"""
    for k in range(i - 1, max(first, i - 1 - MAX_WORDS_BEFORE_NAME) - 1, -1):
        token = state.tokens[k]
        if token.lower_ in WORDS.employer_prepositions:
            return True
        if not describes(token) and k not in state.ent_at:
            return False
    return False


def describes(token) -> bool:
    """A determiner or descriptive word before a name ("the", "right-wing", "anti-immigration"),
    or a common noun owning it ("the city's Department of Design and Construction")."""
    return (
        token.pos_ in ("DET", "ADJ", "PUNCT", "ADV")
        or token.dep_ in ("amod", "compound", "det")
        or (token.dep_ == "poss" and token.pos_ == "NOUN")
        or (token.dep_ == "case" and token.head.dep_ == "poss" and token.head.pos_ == "NOUN")
    )


def name_start(state: DocState, at: int, last: int) -> int:
    """The first token of the organisation's name after a preposition, past a determiner and
    descriptive words outside spaCy's name ("the right-wing Dutch Party for Freedom")."""
    k = at
    while k <= min(last, at + MAX_WORDS_BEFORE_NAME):
        ent = state.ent_at.get(k)
        if ent is not None and origin_only(state, ent.end):
            k = ent.end + 2  # "Mercer Island-based Dana F. Besecker Company": where it is
            continue
        if ent is not None:
            return k
        if not describes(state.tokens[k]):
            break
        k += 1
    return at + (state.tokens[at].pos_ == "DET")
