"""Paragraphs labelled with their speaker: transcripts ("PENCE: Well, look, ...") and
headline-style claims ("Sanders: Clinton needs to ...")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from eventwire.quotes.attribution import Attribution, trim
from eventwire.quotes.cues import Cues

_LABEL = re.compile(
    r"^[ \t]*[\"“]?(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})(?P<colon>:)[ \t]+"
    r"(?P<rest>\S[^\n]*)",
    re.MULTILINE,
)


def labelled(doc: Doc, text: str, cues: Cues) -> list[Attribution]:
    """Paragraphs labelled with their speaker: transcripts ("PENCE: Well, look, ...") and
    headline-style claims ("Sanders: Clinton needs to ..."). The label must be a name: in
    capitals, a person or organisation the entity recogniser found, or a capitalised word or
    two opening the headline (the recogniser often misses names there) that is no section
    label ("Update:", ``cues.yaml`` not_labels)."""
    found = []
    for match in _LABEL.finditer(text):
        name_start, name_end = match.span("name")
        name = match.group("name")
        span = doc.char_span(name_start, name_end, alignment_mode="expand")
        if name.lower() in cues.not_labels:
            continue
        is_name = (
            (name.isupper() and len(name) >= 3)
            or (
                span is not None
                and len(span) > 0
                and all(t.ent_type_ in ("PERSON", "ORG") for t in span)
            )
            or _headline_label(text, name_start, name, cues)
        )
        if not is_name:
            continue
        content = trim(text, *match.span("rest"))
        if content[1] > content[0]:
            found.append(
                Attribution(
                    segments=[content],
                    cue=match.span("colon"),
                    speaker=(name_start, name_end),
                    speaker_head=name_start,
                )
            )
    return found


def _headline_label(text: str, start: int, name: str, cues: Cues) -> bool:
    """ "Sanders: Clinton needs to ...", "Poll: Wealthy voters abandon ..." in the first line."""
    words = name.split()
    return (
        not text[:start].strip()
        and len(words) <= 2
        and all(w[:1].isupper() for w in words)
        and name.lower() not in cues.not_labels
    )
