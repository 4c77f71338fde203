"""Events: CAMEO/PLOVER events from each sentence's dependency parse.

Public surface: ``code(document, mentions) -> list[Event]``.
"""

from __future__ import annotations

from eventwire.actors import Mention
from eventwire.models import Event
from eventwire.nlp import Document


def code(document: Document, mentions: list[Mention]) -> list[Event]:
    """All events reported in the document, in text order."""
    return []
