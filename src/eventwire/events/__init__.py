"""Events: CAMEO/PLOVER events from each sentence's dependency parse.

Public surface: ``code(document, mentions) -> list[Event]``. The knowledge is data:
``cameo.tsv`` (every CAMEO code, GDELT Goldstein value, QuadClass), ``plover.tsv`` (CAMEO ->
PLOVER) and ``patterns.yaml`` (trigger words and their argument frames).
"""

from __future__ import annotations

from eventwire.actors import Mention
from eventwire.models import Event
from eventwire.nlp import Document


def code(document: Document, mentions: list[Mention], *, imported: bool = True) -> list[Event]:
    """All events reported in the document, in text order (actors without a country included).

    ``imported=False`` codes with the hand-written patterns alone, without the frames converted
    from PETRARCH-2 (to measure what the imported dictionary adds)."""
    from eventwire.events.coder import code_document
    from eventwire.events.patterns import load

    return code_document(document, mentions, patterns=load(imported))
