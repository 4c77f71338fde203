"""Rule helper: whether a name says where things happen or whom an act is aimed at, not who
acts -- a locative ("talks in Iran", "in eastern Beirut", "the town of X"), a state acted
upon ("sanctions on Iran", "called on Russia"), the object of a doer's own verb ("the
Foreign Ministry condemned Ecuador"). Read by ``places``, ``role_where`` and ``context``;
``acted_upon`` is exported from ``eventwire.actors`` so the event stage reads the same.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from eventwire.actors.found_spans import Anchor
from eventwire.actors.state import DocState
from eventwire.actors.words import WORDS


def anchor_in(state: DocState, token: Token) -> Anchor | None:
    """The dictionary name at a phrase's head or among its compounds."""
    if token.i in state.anchors:
        return state.anchors[token.i]
    for child in token.children:
        if child.dep_ in ("compound", "amod", "poss") and child.i in state.anchors:
            return state.anchors[child.i]
    return None


def is_locative(state: DocState, token: Token, *, through_possessive: bool = False) -> bool:
    """The name says where, not who: after 'in', 'near'... or 'eastern Beirut', 'the town of X'
    (a direction word of the name itself places nothing: "North Korea", "South Sudan")."""
    name = anchor_in(state, token)
    if any(
        child.lower_ in WORDS.directions and not (name and name.start <= child.i < name.end)
        for child in token.children
        if child.dep_ in ("amod", "compound")
    ):
        return True
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "of"
        and token.head.head.lower_ in WORDS.place_nouns
    ):
        return True
    chain = (
        ("compound", "conj", "appos", "amod", "poss")
        if through_possessive
        else ("compound", "conj", "appos", "amod")
    )  # "to Moscow's demands": Moscow acts
    while token.dep_ in chain and token.head.i != token.i:
        if token.dep_ in ("compound", "amod") and not names_a_place(token.head):
            return False  # "on US choppers", "in the US Senate": a modifier, not a place
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in WORDS.locative_prepositions


def acted_upon(head: Token, kind: str) -> bool:
    """A state after 'on' is the one acted upon ("sanctions on Iran", "called on Russia"): one is
    in a country, not on it."""
    return (
        kind == "state"
        and head.dep_ == "pobj"
        and head.head.lower_ in WORDS.state_target_prepositions
    )


def object_of(target: Token, doer: Token) -> bool:
    """The target is what the doer's own verb acts on: its direct or indirect object ("the
    Foreign Ministry condemned Ecuador", "the army attacked Ukraine")."""
    return (
        doer.dep_ == "nsubj" and target.dep_ in ("dobj", "dative") and target.head.i == doer.head.i
    )


def names_where(
    state: DocState, token: Token, kinds: Iterable[str], *, through_possessive: bool = False
) -> bool:
    """A name of one of ``kinds`` that says where things happen: a locative that is not a
    state acted upon ("talks in Iran", not "sanctions on Iran")."""
    return is_locative(state, token, through_possessive=through_possessive) and not any(
        acted_upon(token, kind) for kind in kinds
    )


def names_a_place(token: Token) -> bool:
    """'Logar province', 'New York City', 'Hong Kong': a place noun or a proper name."""
    return token.lower_ in WORDS.place_nouns or token.pos_ == "PROPN"
