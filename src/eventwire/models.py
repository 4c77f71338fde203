"""The output contract: what every stage hands to the next and what users get.

Data flows one way: ``RawDocument`` (a reader's output) -> ``Article`` (clean body and
metadata, from ``ingest``) -> ``nlp.Document`` (spaCy parse) -> ``actors.Mention`` ->
``Event`` / ``Quote``, which end up in the ``Article``'s ``events`` and ``quotes``.

Field names here are a public contract (documented in the README): add, never rename.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, computed_field, model_validator


@dataclass
class RawDocument:
    """One document as a reader found it, before any cleaning.

    ``content`` is bytes when read from disk or the network (encoding not yet known) and
    str when the caller already had text. ``kind_hint`` is "html", "text" or None (decide
    from content).
    """

    id: str
    content: bytes | str
    origin: str = ""
    url: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None  # publisher named by the input (JSONL "source"/"publisher"/"site")
    kind_hint: str | None = None
    extra: dict = field(default_factory=dict)
    error: str | None = None


class ErrorEntry(BaseModel):
    """A per-document failure: which stage, and a message a user can act on."""

    stage: str
    message: str


class Actor(BaseModel):
    """A resolved actor, CAMEO-style: ``code`` = ``country`` + ``sector``."""

    model_config = ConfigDict(extra="allow")

    text: str
    name: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _derived_fields_are_not_input(cls, data: Any) -> Any:
        """``resolved`` is computed; reading back a dumped actor must not keep a stale copy."""
        if isinstance(data, dict) and "resolved" in data:
            return {key: value for key, value in data.items() if key != "resolved"}
        return data

    @computed_field  # type: ignore[prop-decorator]
    @property
    def resolved(self) -> bool:
        """Whether a country (or an international organisation) was found for this actor.

        An actor with only a sector ("police", "protesters") or only a name is still an actor:
        events keep it; analytics that need a country skip it."""
        return self.country is not None


class Location(BaseModel):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class Event(BaseModel):
    """One coded event; ``span`` are character offsets into the article ``body``."""

    model_config = ConfigDict(extra="allow")

    id: str
    source: Actor
    target: Actor | None = None
    cameo: str
    root: str
    plover: str | None = None
    quad_class: int
    goldstein: float
    date: str | None = None
    date_text: str | None = None
    location: Location | None = None
    sentence: str
    sentence_index: int
    span: tuple[int, int]
    confidence: float = 1.0


class Quote(BaseModel):
    """One attribution; ``span`` covers the quoted/reported content in ``body``."""

    model_config = ConfigDict(extra="allow")

    id: str
    text: str
    kind: str  # "direct" | "indirect"
    speaker: Actor | None = None
    speaker_text: str | None = None
    cue: str | None = None
    span: tuple[int, int]
    sentence_index: int
    event_ids: list[str] = Field(default_factory=list)
    # A quote interrupted by its tag (“A,” she said, “B.”) has one segment per piece.
    segments: list[tuple[int, int]] = Field(default_factory=list)
    speaker_span: tuple[int, int] | None = None


class Article(BaseModel):
    """A clean article with its metadata, events, quotes and per-stage errors."""

    model_config = ConfigDict(extra="allow")

    id: str
    source: str | None = None
    url: str | None = None
    title: str | None = None
    subtitle: str | None = None
    published: str | None = None
    updated: str | None = None
    dateline: str | None = None
    author: str | None = None
    language: str | None = None
    body: str = ""
    removed: list[str] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    errors: list[ErrorEntry] = Field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def add_error(self, stage: str, message: str) -> None:
        self.errors.append(ErrorEntry(stage=stage, message=message))
