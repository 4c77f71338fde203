"""The one mapping between the contract models and the store's tables, both ways.

Writes flatten an ``Article``'s events, quotes and actors into rows here; reads turn the
rows back into the models here. Adding a field to a model means adding its column to
``schema.sql`` and its line to the two functions of its table below (and a test).
Fields a stage added beyond the contract (pydantic extras) travel as JSON in ``extra``.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from eventwire.models import Actor, Article, ErrorEntry, Event, Location, Quote

ACTOR_FIELDS = ("code", "name", "country", "sector", "text")
ARTICLE_FIELDS = (
    "source",
    "url",
    "title",
    "subtitle",
    "published",
    "updated",
    "dateline",
    "author",
    "language",
    "body",
)
EVENT_FIELDS = ("cameo", "root", "plover", "quad_class", "goldstein", "date", "date_text")

# -- model -> row ----------------------------------------------------------------------


def extra_json(model: BaseModel) -> str | None:
    """The model's fields beyond the contract, as JSON (None when there are none)."""
    extra = model.model_extra or {}
    return json.dumps(extra, ensure_ascii=False, default=str) if extra else None


def actor_columns(prefix: str, actor: Actor | None) -> dict[str, Any]:
    """``source`` actor -> ``source_code``, ``source_name``, ... (empty text stored as NULL)."""
    actor = actor or Actor(text="")
    values = {name: getattr(actor, name) for name in ACTOR_FIELDS}
    values["text"] = actor.text or None
    return {f"{prefix}_{name}": value for name, value in values.items()}


def actor_row(actor: Actor) -> dict[str, Any]:
    """An actor -> its row in ``actors`` (keyed by code)."""
    return {
        "code": actor.code,
        "name": actor.name,
        "country": actor.country,
        "sector": actor.sector,
    }


def failure_row(error: ErrorEntry, doc_id: str, run_id: int | None) -> dict[str, Any]:
    """A document's error -> its row in ``failures``."""
    return {"run_id": run_id, "doc_id": doc_id, "stage": error.stage, "message": error.message}


def article_row(article: Article, **store_columns: Any) -> dict[str, Any]:
    """An article -> its row in ``articles``; ``store_columns`` are the store's own keys
    (article_id, cluster_id, minhash, run_id, ...)."""
    errors = [error.model_dump() for error in article.errors]
    return {
        "doc_id": article.id,
        **{name: getattr(article, name) for name in ARTICLE_FIELDS},
        "removed": list(article.removed),
        "errors": json.dumps(errors, ensure_ascii=False),
        **store_columns,
    }


def _location_columns(location: Location | None) -> dict[str, Any]:
    return {
        "location_name": location.name if location else None,
        "location_country": location.country if location else None,
        "lat": location.lat if location else None,
        "lon": location.lon if location else None,
    }


def mention_columns(event: Event) -> dict[str, Any]:
    """Where one report of an event is: its sentence, span and confidence."""
    return {
        "sentence": event.sentence,
        "sentence_index": event.sentence_index,
        "span_start": event.span[0],
        "span_end": event.span[1],
        "confidence": event.confidence,
    }


def event_row(event: Event, **store_columns: Any) -> dict[str, Any]:
    """An event -> its row in ``events``; ``store_columns``: event_id, cluster_id, signature,
    article_id, day, added_at."""
    return {
        **store_columns,
        **{name: getattr(event, name) for name in EVENT_FIELDS},
        **actor_columns("source", event.source),
        **actor_columns("target", event.target),
        # dyad keys: coded countries only (an actor known by sector or name alone has none)
        "source_key": event.source.country,
        "target_key": event.target.country if event.target else None,
        **_location_columns(event.location),
        **mention_columns(event),
        "extra": extra_json(event),
        "num_mentions": 1,
        "num_articles": 1,
        "num_sources": 1,
    }


def mention_row(event: Event, **store_columns: Any) -> dict[str, Any]:
    """One report of an event -> its row in ``event_mentions``."""
    return {**store_columns, "event_ref": event.id, **mention_columns(event)}


def quote_row(quote: Quote, article_id: str, event_ids: list[int], **store_columns: Any) -> dict:
    """A quote -> its row in ``quotes``; ``event_ids`` are the store's ids of its events."""
    return {
        "quote_id": f"{article_id}:{quote.id}",
        "article_id": article_id,
        **store_columns,
        "text": quote.text,
        "kind": quote.kind,
        **actor_columns("speaker", quote.speaker),
        "speaker_text": quote.speaker_text,  # one column for the words and the actor's text
        "cue": quote.cue,
        "sentence_index": quote.sentence_index,
        "span_start": quote.span[0],
        "span_end": quote.span[1],
        "event_ids": event_ids,
        "extra": extra_json(quote),
    }


# -- row -> model ----------------------------------------------------------------------


def extra_fields(row: dict) -> dict[str, Any]:
    """The JSON ``extra`` column back as fields ({} when empty or unreadable)."""
    text = row.get("extra")
    if not text or not isinstance(text, str):
        return {}
    try:
        extra = json.loads(text)
    except json.JSONDecodeError:
        return {}
    return extra if isinstance(extra, dict) else {}


def actor_from_columns(row: dict, prefix: str) -> Actor | None:
    """``source_code``, ``source_name``, ... -> the ``source`` actor (None when all empty)."""
    values = {name: row.get(f"{prefix}_{name}") for name in ACTOR_FIELDS}
    if not any(values.values()):
        return None
    return Actor.model_validate({**values, "text": values["text"] or ""})


def _location_from_columns(row: dict) -> Location | None:
    if not row.get("location_name"):
        return None
    return Location(
        name=row["location_name"],
        country=row.get("location_country"),
        lat=row.get("lat"),
        lon=row.get("lon"),
    )


def event_from_row(row: dict) -> Event:
    """An event row joined with its mention (as ``Store.article`` reads them) -> ``Event``."""
    confidence = row.get("confidence")
    return Event.model_validate(
        {
            **extra_fields(row),
            "id": row.get("event_ref") or str(row["event_id"]),
            **{name: row.get(name) for name in EVENT_FIELDS},
            "source": actor_from_columns(row, "source") or Actor(text=""),
            "target": actor_from_columns(row, "target"),
            "location": _location_from_columns(row),
            "sentence": row.get("sentence") or "",
            "sentence_index": row.get("sentence_index") or 0,
            "span": (row["span_start"], row["span_end"]),
            "confidence": 1.0 if confidence is None else confidence,
        }
    )


def quote_from_row(row: dict, event_refs: dict[int, str]) -> Quote:
    """A quote row -> ``Quote``; ``event_refs`` maps the store's event ids to the article's."""
    quote_id = str(row["quote_id"])
    return Quote(
        **extra_fields(row),
        id=quote_id.split(":", 1)[1] if ":" in quote_id else quote_id,
        text=row.get("text") or "",
        kind=row.get("kind") or "",
        speaker=actor_from_columns(row, "speaker"),
        speaker_text=row.get("speaker_text"),
        cue=row.get("cue"),
        span=(row["span_start"], row["span_end"]),
        sentence_index=row.get("sentence_index") or 0,
        event_ids=[event_refs[i] for i in row.get("event_ids") or [] if i in event_refs],
    )


def errors_from_json(text: str | None) -> list[dict]:
    """The ``errors`` column -> a list of {"stage", "message"}."""
    return json.loads(text or "[]")


def article_from_row(row: dict) -> Article:
    """An article as ``Store.article`` returns it (with its events and quotes) -> ``Article``."""
    events = [event_from_row(event) for event in row.get("events") or []]
    event_refs = {e["event_id"]: e["event_ref"] for e in row.get("events") or []}
    errors = row.get("errors") or []
    if isinstance(errors, str):
        errors = errors_from_json(errors)
    return Article.model_validate(
        {
            "id": row["doc_id"],
            **{name: row.get(name) for name in ARTICLE_FIELDS},
            "removed": list(row.get("removed") or []),
            "events": events,
            "quotes": [quote_from_row(quote, event_refs) for quote in row.get("quotes") or []],
            "errors": [ErrorEntry(**error) for error in errors],
        }
    )
