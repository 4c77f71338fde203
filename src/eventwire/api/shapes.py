"""Store rows -> the output contract's shapes, so the API speaks one language.

The store keeps events and quotes flat (``source_code``, ``span_start``, ...); API clients
get the README's ARTICLE / EVENT / QUOTE shapes (nested ``source``, ``span``), plus the
store's own keys (``event_id``, ``article_id``, ``num_articles``) for provenance.
"""

from __future__ import annotations

import json
import math
from datetime import date, datetime, time
from typing import Any

import numpy as np
import pandas as pd

from eventwire.store.rows import extra_fields

_ACTOR_FIELDS = ("code", "name", "country", "sector", "text")
_LOCATION_FIELDS = {
    "location_name": "name",
    "location_country": "country",
    "lat": "lat",
    "lon": "lon",
}


def _clean(value: Any) -> Any:
    """Missing (None, NaN, NaT) -> None; numpy values -> Python; dates -> ISO 8601."""
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_clean(v) for v in list(value)]
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return None
    if (
        isinstance(value, datetime)
        and value.tzinfo is None
        and value == datetime.combine(value.date(), time())
    ):
        return value.date().isoformat()  # a DATE column pandas turned into a midnight timestamp
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


def _actor(row: dict, prefix: str) -> dict | None:
    values = {name: _clean(row.get(f"{prefix}_{name}")) for name in _ACTOR_FIELDS}
    if not any(values.values()):
        return None
    values["text"] = values["text"] or ""
    return values


def _span(row: dict) -> list[int] | None:
    start, end = _clean(row.get("span_start")), _clean(row.get("span_end"))
    return [int(start), int(end)] if start is not None and end is not None else None


def _flat(row: dict, skip: set[str]) -> dict:
    return {key: _clean(value) for key, value in row.items() if key not in skip}


_EVENT_FLAT = (
    {f"{side}_{name}" for side in ("source", "target") for name in _ACTOR_FIELDS}
    | set(_LOCATION_FIELDS)
    | {"span_start", "span_end", "extra", "event_ref"}
)


def event(row: dict) -> dict:
    """A stored event row -> EVENT (``id`` is the pipeline's id within its article)."""
    out = extra_fields(row)
    out.update(_flat(row, _EVENT_FLAT))
    out["id"] = _clean(row.get("event_ref")) or str(_clean(row.get("event_id")))
    out["source"] = _actor(row, "source") or {"text": ""}
    out["target"] = _actor(row, "target")
    name = _clean(row.get("location_name"))
    out["location"] = (
        {field: _clean(row.get(column)) for column, field in _LOCATION_FIELDS.items()}
        if name
        else None
    )
    out["span"] = _span(row)
    return out


_QUOTE_FLAT = {f"speaker_{name}" for name in ("code", "name", "country", "sector")} | {
    "span_start",
    "span_end",
    "extra",
}


def quote(row: dict) -> dict:
    """A stored quote row -> QUOTE (``id`` is the pipeline's id within its article)."""
    out = extra_fields(row)
    out.update(_flat(row, _QUOTE_FLAT))
    quote_id = str(_clean(row.get("quote_id")) or "")
    out["id"] = quote_id.split(":", 1)[1] if ":" in quote_id else quote_id
    # An unresolved speaker is its words, already in ``speaker_text``: no actor of words alone
    # (a list showing actor and words would print "Cruz Cruz").
    resolved = any(
        _clean(row.get(f"speaker_{name}")) for name in ("code", "name", "country", "sector")
    )
    out["speaker"] = _actor(row, "speaker") if resolved else None
    out["span"] = _span(row)
    # The cue and its polarity ("denied", "rejected", "negated") belong beside every quote.
    out["cue"] = _clean(row.get("cue"))
    out["cue_polarity"] = out.get("cue_polarity")
    return out


def article(row: dict) -> dict:
    """A stored article with its events and quotes -> ARTICLE."""
    out = _flat(row, {"events", "quotes"})
    out["id"] = _clean(row.get("article_id")) or _clean(row.get("id"))
    out["removed"] = list(out.get("removed") or [])
    errors = out.get("errors") or []
    if isinstance(errors, str):
        errors = json.loads(errors or "[]")
    out["errors"] = errors
    out["events"] = [event(e) for e in row.get("events") or []]
    out["quotes"] = [quote(q) for q in row.get("quotes") or []]
    return out


def rows(frame) -> list[dict]:
    """A DataFrame (or list of dicts) -> JSON-safe dicts."""
    if frame is None:
        return []
    if isinstance(frame, list):
        return [{key: _clean(value) for key, value in row.items()} for row in frame]
    names = [str(name) for name in frame.columns]
    return [dict(zip(names, row)) for row in zip(*(_column(frame[name]) for name in frame.columns))]


def _column(column: pd.Series) -> list:
    """One column's values made JSON-safe, numbers in bulk (a long series is mostly numbers)."""
    values = column.tolist()  # numpy numbers -> Python numbers, in C
    if column.dtype.kind in "iub":
        return values
    if column.dtype.kind == "f":
        return [None if math.isnan(value) else value for value in values]
    return [value if type(value) in _SAFE else _clean(value) for value in values]


_SAFE = {str, int, bool, date, type(None)}  # JSON-ready as they are (a date as ISO 8601 by orjson)


def map_counts(counts: dict) -> dict:
    """``queries.map_counts`` with each country's ISO 3166 numeric id (the world basemap's)."""
    import pycountry

    for row in counts["countries"]:
        found = (
            pycountry.countries.get(alpha_3=row["country"]) if len(row["country"]) == 3 else None
        )
        row["id"] = found.numeric if found else None
        row["name"] = found.name if found else row["country"]
    return counts
