"""The quote filters shared by the store, CLI and API (the same rules as ``filters``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date

from eventwire.store.filter_sql import contains_pattern
from eventwire.store.filter_values import (
    _PLACE,
    FilterError,
    _pattern,
    _upper,
    check_range,
    parse_actor,
    parse_day,
)

QUOTE_KINDS = ("direct", "indirect")


@dataclass(frozen=True)
class QuoteFilter:
    """Checked quote filters (build with ``check_quote_filters``)."""

    speaker: str | None = None
    q: str | None = None
    since: date | None = None
    until: date | None = None
    kind: str | None = None
    speaker_country: str | None = None
    publisher: str | None = None


QUOTE_FILTER_NAMES = tuple(f.name for f in fields(QuoteFilter))


def check_quote_filters(**raw) -> QuoteFilter:
    """Raw quote filter values -> checked (messages as ``check_filters``)."""
    unknown = set(raw) - set(QUOTE_FILTER_NAMES)
    if unknown:
        raise FilterError(
            sorted(unknown)[0], f"is not a filter; the filters are {', '.join(QUOTE_FILTER_NAMES)}"
        )
    get = raw.get
    speaker = get("speaker")
    since, until = parse_day(get("since"), "since"), parse_day(get("until"), "until")
    check_range(since, until)
    kind = get("kind") or None
    if kind is not None and kind not in QUOTE_KINDS:
        raise FilterError("kind", f"must be one of {', '.join(QUOTE_KINDS)}, got {kind!r}")
    text = get("q") or None
    if text is not None and len(text) > 200:
        raise FilterError("q", f"must be at most 200 characters, got {len(text)}")
    country = re.compile(r"^[A-Za-z]{3,5}$")
    return QuoteFilter(
        speaker=parse_actor(speaker, "speaker") if speaker else None,
        q=text,
        since=since,
        until=until,
        kind=kind,
        speaker_country=_upper(
            _pattern("speaker_country", get("speaker_country"), country, "a country code like RUS")
        ),
        publisher=_pattern("publisher", get("publisher"), _PLACE, "a publisher's name"),
    )


def quote_where(flt: QuoteFilter, alias: str = "qt") -> tuple[str, list]:
    """A SQL ``WHERE`` body over quotes ``alias`` (joined to articles ``a``) and its parameters."""
    q = alias
    candidates = [
        (flt.speaker, f"(starts_with({q}.speaker_code, ?) OR {q}.speaker_country = ?)", 2),
        (flt.since, f"{q}.day >= ?", 1),
        (flt.until, f"{q}.day <= ?", 1),
        (contains_pattern(flt.q) if flt.q else None, f"{q}.text ILIKE ? ESCAPE '\\'", 1),
        (flt.kind, f"{q}.kind = ?", 1),
        (flt.speaker_country, f"{q}.speaker_country = ?", 1),
        (flt.publisher, "coalesce(a.source, a.publisher_key) = ?", 1),
    ]
    chosen = [(sql, [value] * n) for value, sql, n in candidates if value is not None]
    return " AND ".join(sql for sql, _ in chosen) or "TRUE", [p for _, ps in chosen for p in ps]
