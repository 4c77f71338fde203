"""A speech cue beside a quote: just after it with only the speaker (and its appositions)
between (“...,” said Ms. Moore, the mayor), or just before it after a colon, a comma or "that"
(She said: “...”), the nearest within ``NEAR`` characters. Its own module because what may
stand between a quote and its cue is one question with its own text tests, asked by the
``cue_beside`` rule; ``continuation`` shares ``NEAR``."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventwire.nlp import doc_text
from eventwire.quotes import marks
from eventwire.quotes.attribution import Attribution, end_of

# What may stand between a quote and its cue: ", said Mr. Smith, the mayor, on Friday."
NEAR = 80


def adjacent_cue(
    doc: Doc, first: marks.Quoted, last: marks.Quoted, candidates: list[Attribution]
) -> Attribution | None:
    """A speech cue just after the quote (“...,” she said) or just before it (She said: “...”)."""
    text = doc_text(doc)
    best, best_distance = None, NEAR + 1
    for attribution in candidates:
        if attribution.cue is None or attribution.speaker is None:
            continue
        cue_start, cue_end = attribution.cue
        if cue_start >= last.outer_end:
            between = text[last.outer_end : cue_start]
            distance = len(between)
            speaker = _speaker_extent(doc, attribution, cue_start)
            ok = (
                "\n" not in between
                and not re.search(r"[.!?;“\"]", _outside(between, last.outer_end, speaker))
                and _only_speaker_between(text, last.outer_end, cue_start, speaker)
            )
        elif cue_end <= first.outer_start:
            between = text[cue_end : first.outer_start]
            distance = len(between)
            ok = (
                "\n" not in between
                and not re.search(r"[.!?;“\"]", between)
                and bool(re.search(r"[:,]\s*$|\bthat\s*$|^\s*$", between))
            )
            if ok and attribution.segments and attribution.start < first.outer_start:
                ok = False  # a cue that already has its own clause before the quote
        else:
            continue
        if ok and distance < best_distance:
            best, best_distance = attribution, distance
    return best


def _speaker_extent(doc: Doc, attribution: Attribution, limit: int) -> tuple[int, int]:
    """The speaker with its appositions (“...!” Scott's niece, state Del. Marcia “Cia” Price,
    shouted), when they end before the cue at ``limit``."""
    speaker = attribution.speaker
    assert speaker is not None
    if attribution.speaker_head is None:
        return speaker
    head_at = attribution.speaker_head
    span = doc.char_span(head_at, head_at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return speaker
    head = span[0]
    start, end = head.left_edge.idx, end_of(head.right_edge)
    return (min(start, speaker[0]), max(end, speaker[1])) if end <= limit else speaker


def _outside(between: str, offset: int, speaker: tuple[int, int]) -> str:
    """``between`` (starting at ``offset``) without the speaker phrase, whose abbreviations
    ("Ms. Moore") hold periods that end no sentence."""
    start, end = speaker[0] - offset, speaker[1] - offset
    if 0 <= start <= end <= len(between):
        return between[:start] + between[end:]
    return between


def _only_speaker_between(text: str, start: int, end: int, speaker: tuple[int, int]) -> bool:
    """“...,” she said: between a quote and the cue after it stands the speaker, or nothing
    but punctuation (“...,” said Jane Doe); never more words ("“Face the Nation” that he ...")."""
    if speaker[0] >= start and speaker[1] <= end:
        return not re.search(r"\w", text[start : speaker[0]])
    return not re.search(r"\w", text[start:end])
