"""The speaker of a verb of saying that the parse gave no subject: a name it ran into the
phrase before the cue, a name after a cue that opens its sentence ("Said Ellis: ..."), or a
name right after the closing mark of the quotation before the cue, which the parse hung inside
the quotation. Its own module because these are parse repairs for one question, who speaks
when the parse names no one, which ``reported.from_cue`` asks only of a verb of saying."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.quotes.attribution import end_of
from eventwire.quotes.cue_parse import CLOSING_MARKS

_NAME_REACH = 12  # tokens from a cue back to the quotation before its speaker's name


def name_before(verb: Token) -> Token | None:
    """ "In a meeting with the board of the Post Trump said that ...": a subject the parse ran
    into the phrase before the cue. A named person or organisation right before a finite verb
    of saying with no subject of its own is its speaker."""
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ == "PROPN" and before.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return before
    return None


def name_after(verb: Token) -> Token | None:
    """ "Said Ellis: “...”", "Added Smith, ...": a sentence opened by a verb of saying, the
    name after it its speaker (the parse often takes the verb for part of the name)."""
    if (
        not verb.is_sent_start
        or not verb.text[:1].isupper()
        or verb.tag_ not in ("VBD", "VBZ")
        or verb.i + 1 >= len(verb.doc)
    ):
        return None
    after = verb.doc[verb.i + 1]
    if after.pos_ == "PROPN" and after.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", ""):
        name = after
        while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
            name = name.head
        return name
    return None


def name_after_quotation(verb: Token, quoted: Callable[[int], bool]) -> Token | None:
    """ "“...,” Flynn, a top Trump surrogate, said ...": a named person or organisation right
    after the closing mark of a quotation before the cue, which the parse hung inside the
    quotation (its subject, if any, is a quoted title after the cue: “Fox and Friends”)."""
    doc = verb.doc
    for token in reversed(doc[max(0, verb.i - _NAME_REACH) : verb.i]):
        if token.text in CLOSING_MARKS and quoted(token.idx):
            name = doc[token.i + 1]
            if name.i < verb.i and name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", "ORG"):
                return name
            return None
        if token.pos_ in ("VERB", "AUX") or token.is_sent_start or "\n" in token.text:
            return None
    return None


def up_to(name: Token, verb: Token) -> tuple[int, int]:
    """The words from ``name`` to the verb, without the punctuation before the verb ("Flynn,
    a top Trump surrogate")."""
    last = verb.doc[verb.i - 1]
    while last.i > name.i and (last.is_punct or last.is_space):
        last = last.doc[last.i - 1]
    return name.idx, end_of(last)


def entity(token: Token) -> tuple[int, int]:
    """The named entity a token is part of, as a character span."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.start_char, ent.end_char
    return token.idx, end_of(token)
