"""Quoted words that are no quoted sentence beside its cue: a title (“Face the Nation”),
often after a preposition; a short crosshead on a line of its own; a quote that opens its
sentence or not; and a phrase inside a sentence, attributed by the cue verb that governs it
(or a verb that names something "as" the phrase), else scare quotes unless it is a clause of its
own. Its own module because these read the quote's shape and the parse around it, not the
attributions found so far; the rules in ``attach`` ask them."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from eventwire.nlp import sentence_of
from eventwire.quotes import marks
from eventwire.quotes.attribution import Attribution, end_of, trim
from eventwire.quotes.cue_parse import EXPLETIVES, cue_span, is_cue_verb, phrase, subject
from eventwire.quotes.cues import Cues

NOT_COMPLEMENT_DEPS = {"punct", "cc", "conj", "advcl", "parataxis", "advmod", "npadvmod", "mark"}
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def after_preposition(doc: Doc, quote: marks.Quoted) -> bool:
    """Does a preposition stand before the quote, maybe with an owner between ("on “Face the
    Nation”", "on CBS's “Face the Nation”")?"""
    opening = _opening_token(doc, quote)
    if opening is None:
        return False
    at = opening.i - 1
    while at > 0 and opening.i - at <= 4 and (doc[at].tag_ == "POS" or doc[at].pos_ == "PROPN"):
        at -= 1
    return at >= 0 and doc[at].pos_ == "ADP"


def starts_sentence(doc: Doc, quote: marks.Quoted) -> bool:
    token = _opening_token(doc, quote)
    if token is None:
        return True
    return token.is_sent_start or token.i == sentence_of(token).start


def _opening_token(doc: Doc, quote: marks.Quoted) -> Token | None:
    """The token that holds the quote's opening mark."""
    span = doc.char_span(quote.outer_start, quote.outer_start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def fragment_attribution(
    doc: Doc, text: str, cues: Cues, quote: marks.Quoted
) -> Attribution | None:
    """A quoted phrase inside a sentence ("hailed as a “positive signal” talks in Paris").

    The nearest cue verb above the phrase attributes it; the content is that verb's
    complements, which hold the phrase. A quoted phrase that no cue governs is a title or
    scare quotes, not an attribution.
    """
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root
    for _ in range(8):
        if verb.head.i == verb.i:
            return None
        child, verb = verb, verb.head
        if is_cue_verb(verb, cues) or _names_as(verb, child):
            break
    else:
        return None
    complements = [
        c
        for c in verb.children
        if c.i > verb.i and (c.i == child.i or c.dep_ not in NOT_COMPLEMENT_DEPS)
    ]
    if child not in complements:
        complements = [child]
    start = min(c.left_edge.idx for c in complements)
    end = max(end_of(c.right_edge) for c in complements)
    speaker = subject(verb)
    if speaker is not None and (speaker.lower_ in EXPLETIVES or _inside(speaker, quote)):
        speaker = None
    return Attribution(
        segments=[trim(text, start, end)],
        cue=cue_span(verb),
        speaker=phrase(speaker) if speaker is not None else None,
        speaker_head=speaker.idx if speaker is not None else None,
        cue_token=verb.i,
        from_parse=False,
        quotes=[quote],
    )


def quoted_clause(doc: Doc, quote: marks.Quoted) -> bool:
    """Is the quotation a clause of its own: its head a verb whose subject is quoted too?"""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and _inside(c, quote) for c in root.children
    )


def _names_as(verb: Token, child: Token) -> bool:
    """ "admires Putin as a “strong leader”", "has gone after Trump as a “human leech”": any
    verb whose object (or the object of its preposition) is named in quotation marks after
    "as" characterises it; the verb's subject says so."""
    return (
        verb.pos_ == "VERB"
        and child.dep_ == "prep"
        and child.lower_ == "as"
        and any(
            c.i < child.i
            and (
                c.dep_ == "dobj" or (c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children))
            )
            for c in verb.children
        )
    )


def _inside(token: Token, quote: marks.Quoted) -> bool:
    return quote.outer_start <= token.idx < quote.outer_end


def looks_like_title(text: str, quote: marks.Quoted) -> bool:
    """A quoted name of a show, film or article ("“Face the Nation”"), not speech."""
    inner = text[quote.start : quote.end]
    words = [w for w in _TITLE_WORD.findall(inner) if len(w) > 3]
    return len(inner.split()) <= 6 and all(w[0].isupper() for w in words)


def is_heading(text: str, quote: marks.Quoted) -> bool:
    """A short quoted crosshead on a line of its own (‘Positive signal’), not speech."""
    inner = text[quote.start : quote.end]
    line_start = text.rfind("\n", 0, quote.outer_start) + 1
    line_end = text.find("\n", quote.outer_end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return (
        line == text[quote.outer_start : quote.outer_end].strip()
        and len(inner.split()) <= 6
        and not inner.rstrip().endswith((".", "!", "?"))
    )
