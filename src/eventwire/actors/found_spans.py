"""The records of what rule 1 (``matching``) finds in the text: a dictionary name
(``Anchor``) and a role word (``RoleSpan``). ``DocState`` holds them by token (``anchors``,
``roles``); kept apart from it so that modules reading only these records (``rolephrase``)
need not import the per-document state.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.actors.kb_types import Entry


@dataclass
class Anchor:
    """A dictionary name found in the text."""

    start: int
    end: int  # token offsets, end exclusive
    name: str
    entries: list[Entry]
    char_start: int | None = None  # sub-token range for "U.S.-led"
    char_end: int | None = None


@dataclass(frozen=True)
class RoleSpan:
    """A role word found in the text ("riot police", "foreign minister")."""

    start: int
    end: int  # token offsets, end exclusive
    sector: str
    names_person: bool  # a title that attaches to a following name
    source: str
