"""Quotes: direct and reported speech with the speaker resolved to an actor.

Public surface: ``extract(document, mentions, events) -> list[Quote]``.
"""

from __future__ import annotations

from eventwire.actors import Mention
from eventwire.models import Event, Quote
from eventwire.nlp import Document


def extract(document: Document, mentions: list[Mention], events: list[Event]) -> list[Quote]:
    """All attributions in the document, in text order."""
    return []
