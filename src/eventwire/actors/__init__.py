"""Actors: every person, organisation, place-as-agent and group -> a canonical actor.

Public surface: ``Mention`` and ``resolve(document) -> list[Mention]``.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.models import Actor
from eventwire.nlp import Document


@dataclass
class Mention:
    """A span of the body that names an actor, with the reason for its resolution."""

    start: int  # character offsets into article.body
    end: int
    text: str
    actor: Actor
    reason: str
    sentence_index: int
    token_start: int
    token_end: int


def resolve(document: Document) -> list[Mention]:
    """All actor mentions in the document, in text order."""
    return []
