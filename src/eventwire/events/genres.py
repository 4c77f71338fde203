"""The genre of a document whose words of force are no events: sport and fiction.

A cricket report's "the Australian attack", a film review's "Cain murdering Abel", a game's
"battle" are told in the words of force; the trained confidence, learnt on news, cannot tell them
from the news. Event-data projects filter such stories; here their events are still given, but an
event of force (``genres.roots``) in a document of one of these genres keeps a low confidence
(``rule_confidence.GENRE_CEILING``). The cue words are data (``genres`` in ``patterns.yaml``).
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Doc

from eventwire.events import rule_confidence


def document_genre(doc: Doc, cues: Mapping[str, frozenset[str]]) -> str | None:
    """The genre whose cue words are at least ``GENRE_SHARE`` of the document's words, with at
    least ``GENRE_MIN_CUES`` of them and ``GENRE_MIN_DISTINCT`` different ones (the densest
    genre when two qualify), or None."""
    words = [t.lemma_.lower() for t in doc if t.is_alpha]
    if not words:
        return None
    best, best_share = None, 0.0
    for genre, lemmas in cues.items():
        found = [w for w in words if w in lemmas]
        share = len(found) / len(words)
        if (
            len(found) >= rule_confidence.GENRE_MIN_CUES
            and len(set(found)) >= rule_confidence.GENRE_MIN_DISTINCT
            and share >= rule_confidence.GENRE_SHARE
            and share > best_share
        ):
            best, best_share = genre, share
    return best
