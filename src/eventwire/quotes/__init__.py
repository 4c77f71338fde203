"""Quotes: direct and reported speech with the speaker resolved to an actor.

Public surface: ``extract(document, mentions, events) -> list[Quote]``. The finding is in
``finder`` (parse + quotation marks), the cue words in ``cues.yaml``.
"""

from __future__ import annotations

from eventwire.actors import Mention
from eventwire.models import Actor, Event, Quote
from eventwire.nlp import Document
from eventwire.quotes import cues, finder


def extract(document: Document, mentions: list[Mention], events: list[Event]) -> list[Quote]:
    """All attributions in the document, in text order."""
    body = document.article.body
    sentence_starts = [s.start_char for s in document.doc.sents]
    quotes = []
    for number, found in enumerate(finder.find(document.doc, cues.load()), start=1):
        segments = sorted(found.segments)
        span = (segments[0][0], segments[-1][1])
        speaker_text = body[found.speaker[0] : found.speaker[1]] if found.speaker else None
        quotes.append(
            Quote(
                id=f"{document.article.id}-q{number}",
                text=" … ".join(body[s:e] for s, e in segments),
                kind=found.kind,
                speaker=_speaker(found, mentions) if found.speaker else None,
                speaker_text=speaker_text,
                speaker_span=found.speaker,
                cue=body[found.cue[0] : found.cue[1]] if found.cue else None,
                span=span,
                segments=segments,
                sentence_index=finder.sentence_index(sentence_starts, span[0]),
                event_ids=[e.id for e in events if _inside(e.span, segments)],
            )
        )
    return quotes


def _speaker(found: finder.Attribution, mentions: list[Mention]) -> Actor | None:
    """The actor of the mention that overlaps the speaker phrase, preferring the one on its head."""
    start, end = found.speaker
    overlapping = [m for m in mentions if m.start < end and m.end > start]
    if not overlapping:
        return None
    head = found.speaker_head
    on_head = [m for m in overlapping if head is not None and m.start <= head < m.end]
    return (on_head or overlapping)[0].actor


def _inside(span: tuple[int, int], segments: list[tuple[int, int]]) -> bool:
    """Is the event's span within the quoted content (the content is itself an event)?"""
    return any(s <= span[0] and span[1] <= e for s, e in segments)
