"""A quote that goes on from an earlier attribution: the next sentence's quote after “A,” she
said (``continues_previous``), the quoted paragraph after "X reports:"
(``introduced_by_colon``), and a paragraph that is only a quote after a paragraph that
attributed something (``previous_paragraph_speaker``). Its own module because these rules
share one question, which earlier attribution a quote follows and whether only the rest of its
sentence or a paragraph break stands between."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventwire.nlp import sentence_of
from eventwire.quotes import marks
from eventwire.quotes.adjacent_cue import NEAR
from eventwire.quotes.attach_context import Context, Group
from eventwire.quotes.attribution import Attribution, extend, reach


def continues_previous(context: Context, group: Group) -> bool:
    """“A,” she said. “B.”: the next sentence's quote continues the same attribution."""
    previous = _previous(context, group[0])
    if previous is not None and not (previous.segments or previous.quotes):
        # “A,” Obama said at the dinner, where Clinton also spoke. “B.”: a bare cue in an
        # aside; the quote continues the attribution that holds a quote in that sentence
        previous = _quoting_in_same_sentence(context, previous, same_speaker=False)
    if (
        previous is not None
        and (previous.segments or previous.quotes)
        and _follows(context.doc, context.text, previous, group[0])
    ):
        if previous.negated and not previous.quotes:
            # “A,” Obama said. He did not suggest retaliation. “B.”: what was not said does
            # not go on; the quote continues the quotation before it in the paragraph
            quoting = _quoting_before(context, previous, group[0])
            if quoting is None:
                return False
            previous = quoting
        extend(_quoting_in_same_sentence(context, previous), group)
        return True
    return False


def _quoting_before(
    context: Context, negated: Attribution, quote: marks.Quoted
) -> Attribution | None:
    """The latest attribution holding a quote before ``negated``, in the same paragraph."""
    start = negated.cue[0] if negated.cue else reach(negated)
    before = [
        a
        for a in context.with_content + context.new
        if a.quotes
        and a is not negated
        and reach(a) <= start
        and "\n" not in context.text[reach(a) : quote.outer_start]
    ]
    return max(before, key=reach, default=None)


def _quoting_in_same_sentence(
    context: Context, previous: Attribution, *, same_speaker: bool = True
) -> Attribution:
    """“A,” said Caddell, speaking of X. “B.”: the next quote continues the attribution that
    holds a quote, not a reported aside after it in the same sentence."""
    if previous.quotes:
        return previous
    ends = reach(previous)
    sentence = _sentence_at(context.doc, ends - 1)
    quoting = [
        a
        for a in context.with_content + context.new
        if a.quotes
        and (a.speaker == previous.speaker or not same_speaker)
        and reach(a) <= ends
        and _sentence_at(context.doc, reach(a) - 1) == sentence
    ]
    return max(quoting, key=reach, default=previous)


def introduced_by_colon(context: Context, group: Group) -> bool:
    """ "McCrummen reports:" then the quoted paragraph."""
    first, text = group[0], context.text
    previous = _previous_paragraph(context, first)
    if (
        previous is None
        or previous.segments
        or previous.quotes
        or not text[: first.outer_start].rstrip().endswith(":")
    ):
        return False
    extend(previous, group)
    context.new.append(previous)
    return True


def previous_paragraph_speaker(context: Context, group: Group) -> bool:
    """A paragraph that is only a quote, after a paragraph that attributed something."""
    previous = _previous_paragraph(context, group[0])
    if previous is None or not (previous.segments or previous.quotes):
        return False
    context.new.append(
        Attribution(
            segments=[],
            cue=None,
            speaker=previous.speaker,
            speaker_head=previous.speaker_head,
            from_parse=False,
            quotes=list(group),
        )
    )
    return True


def _previous(context: Context, quote: marks.Quoted) -> Attribution | None:
    """The attribution that a quote follows: the one with a speaker whose text ends last
    before it."""
    candidates = context.with_content + context.new + context.bare_cues
    before = [a for a in candidates if a.speaker is not None and reach(a) <= quote.outer_start]
    return max(before, key=reach, default=None)


def _previous_paragraph(context: Context, quote: marks.Quoted) -> Attribution | None:
    """The previous attribution, when the quote opens a paragraph right after its own."""
    previous = _previous(context, quote)
    if previous is None or not _starts_paragraph(context.text, quote):
        return None
    between = context.text[reach(previous) : quote.outer_start]
    in_previous = between.strip().count("\n") == 0 and between.count("\n\n") <= 1
    return previous if in_previous and "\n" in between else None


def _follows(doc: Doc, text: str, previous: Attribution, quote: marks.Quoted) -> bool:
    """Does ``quote`` continue ``previous`` in the same paragraph (“A,” she said. “B.”), being
    in the sentence right after it or after only the tail of its speech tag?"""
    ends = reach(previous)
    between = text[ends : quote.outer_start]
    if "\n" in between:
        return False
    if len(between) <= NEAR and re.fullmatch(r"[^“\"]*[,.:!?]\s*", between):
        return True
    if _rest_of_sentence(between):
        return True  # “A,” said X, an economist who served as ... . “B.”
    if _only_conjunction(doc, ends, quote.outer_start):
        return True  # “A,” he said, but “B.”
    span = doc.char_span(max(0, ends - 1), ends, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sentence_end = sentence_of(span[0]).end_char
    return sentence_end <= quote.outer_start and not text[sentence_end : quote.outer_start].strip()


def _rest_of_sentence(between: str) -> bool:
    """Is ``between`` the rest of one sentence, with no quotation mark and no sentence end
    before its final stop?"""
    return re.fullmatch(r"[^“”\"'‘’.!?]*[.!?]\s*", between) is not None


def _only_conjunction(doc: Doc, start: int, end: int) -> bool:
    """Between ``start`` and ``end`` only punctuation and one coordinating conjunction."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    return len(words) == 1 and words[0].dep_ == "cc"


def _sentence_at(doc: Doc, offset: int) -> int:
    """The start (token index) of the sentence holding character ``offset``."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return sentence_of(span[0]).start if span is not None and len(span) else -1


def _starts_paragraph(text: str, quote: marks.Quoted) -> bool:
    line_start = text.rfind("\n", 0, quote.outer_start) + 1
    return not text[line_start : quote.outer_start].strip()
