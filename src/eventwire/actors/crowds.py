"""Rule: a count standing alone for people ("Thousands took to the streets", "police arrested
dozens", "killed tens of thousands") is a crowd of civilians, CVL, whose country context gives."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.mention import make_actor
from eventwire.actors.state import DocState
from eventwire.actors.words import WORDS
from eventwire.nlp import SUBJECT_DEPS

#: Where a crowd acts or is acted on: a clause's subject or direct object.
CROWD_DEPS = (*SUBJECT_DEPS, "dobj")
#: Children that make the count something else's ("test scores", "his thousands", "the 300").
OWNED_DEPS = ("poss", "compound", "nummod", "det")


def counted_crowds(state: DocState) -> None:
    for token in state.doc:
        if token.i in state.used or token.dep_ not in CROWD_DEPS or not crowd_count(token):
            continue
        if any(c.dep_ in OWNED_DEPS for c in token.children) or counts_something(token):
            continue
        reason = (
            f"'{token.text}' standing alone: a crowd of people -> CVL (words.yaml crowd_counts)"
        )
        state.emit(token.i, token.i + 1, make_actor("", None, "CVL"), reason, "role", head=token.i)


def crowd_count(token: Token) -> bool:
    return token.tag_ == "NNS" and token.lemma_.lower() in WORDS.crowd_counts


def counts_something(token: Token) -> bool:
    """'hundreds of points', 'thousands of refugees': the count is of what its "of" names,
    unless that is a count too ("tens of thousands")."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            if not objects or not all(crowd_count(o) for o in objects):
                return True
    return False
