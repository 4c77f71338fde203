"""Quotes: direct and reported speech with the speaker resolved to an actor.

Public surface: ``extract(document, mentions, events) -> list[Quote]``. The finding is in
``finder`` (``reported``: the parse; ``attach``: quotation marks, by ordered rules), the
speaker's actor in ``speakers`` (mentions in, actor out), the cue words and content rules in
``cues.yaml``; ``eventwire.evaluation.quotes`` and ``quotes_own`` score it.
"""

from __future__ import annotations

from typing import Any

from eventwire.actors import Mention
from eventwire.models import Actor, Event, Quote
from eventwire.nlp import Document
from eventwire.quotes import cues, finder
from eventwire.quotes.speakers import speaker_actor


def extract(document: Document, mentions: list[Mention], events: list[Event]) -> list[Quote]:
    """All attributions in the document, in text order."""
    body = document.article.body
    sentence_starts = [s.start_char for s in document.doc.sents]
    lexicon = cues.load()
    quotes = []
    known = list(mentions)  # grows with each resolved speaker, for "the spokesman" later on
    for number, found in enumerate(finder.find(document.doc, lexicon), start=1):
        segments = sorted(found.segments)
        span = (segments[0][0], segments[-1][1])
        speaker_text = body[found.speaker[0] : found.speaker[1]] if found.speaker else None
        speaker = None
        if found.speaker and speaker_text:
            speaker = speaker_actor(speaker_text, *found.speaker, found.speaker_head, known)
            if speaker is not None and speaker.code:
                known.append(_speaker_mention(found.speaker, speaker_text, speaker))
        cue = body[found.cue[0] : found.cue[1]] if found.cue else None
        # Not a declared field of models.Quote (not ours): an extra, kept by store and API.
        extra: dict[str, Any] = {"cue_polarity": _polarity(found, lexicon, document)}
        quotes.append(
            Quote(
                id=f"{document.article.id}-q{number}",
                text=" … ".join(body[s:e] for s, e in segments),
                kind=found.kind,
                speaker=speaker,
                speaker_text=speaker_text,
                speaker_span=found.speaker,
                cue=cue,
                span=span,
                segments=segments,
                sentence_index=finder.sentence_index(sentence_starts, span[0]),
                event_ids=[e.id for e in events if _inside(e.span, segments)],
                **extra,
            )
        )
    return quotes


def _polarity(found: finder.Attribution, lexicon: cues.Cues, document: Document) -> str | None:
    """ "denied" / "rejected" by the cue's lemma (``cues.yaml``), "negated" for "did not say"."""
    if found.negated:
        return "negated"
    if found.cue_token is None:
        return None
    return lexicon.polarity.get(lexicon.lemma(document.doc[found.cue_token]))


def _speaker_mention(span: tuple[int, int], words: str, actor: Actor) -> Mention:
    """A resolved speaker as one more mention, so that a later "the spokesman" can find it."""
    return Mention(
        start=span[0],
        end=span[1],
        text=words,
        actor=actor,
        reason="quote speaker",
        sentence_index=-1,
        token_start=-1,
        token_end=-1,
        kind="person" if actor.name else "role",
    )


def _inside(span: tuple[int, int], segments: list[tuple[int, int]]) -> bool:
    """Is the event's span within the quoted content (the content is itself an event)?"""
    return any(s <= span[0] and span[1] <= e for s, e in segments)
