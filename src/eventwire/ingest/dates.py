"""Publication date of an HTML page, by evidence rather than first-found.

htmldate (extensive search, page URL) reads a date from wherever it finds one first; pages
often carry more: JSON-LD ``datePublished``, OpenGraph/meta ``published_time``, ``<time>``
elements, the URL. Steps, in order:
1. the page's published instants: timestamps with a UTC offset from its metadata;
2. the instant most sources agree on (the earliest among equals);
3. the publisher's time zone: the clock a ``<time>`` shows for that instant ("11:03 PM"
   beside 07:03 UTC is UTC-8), else a non-UTC offset in the page's timestamps, else a zone
   abbreviation ("EST") shown in a ``<time>``;
4. a UTC instant is shown in that zone, so a story posted at 9 pm in New York is dated that
   day, as the page shows it, not the next day in UTC;
5. with no such instant, htmldate's date stands (it also reads visible date lines and URLs).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import UTC, datetime, timedelta, timezone

from eventwire.ingest.date_line import timezone_offsets

PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)
_ZONE_WORD = re.compile(r"\b([A-Z]{2,4})\b")
_CLOCK = re.compile(r"\b(\d{1,2})[:.](\d{2})\s*([ap]\.?m\b\.?)?", re.IGNORECASE)


def publication_date(tree, htmldate_value: str | None) -> str | None:
    """ISO 8601 publication date (with time and offset when known); see the module steps."""
    instants = published_instants(tree)
    if not instants:
        return htmldate_value
    counts = Counter(instants)
    best = max(counts.values())
    instant = min(i for i, n in counts.items() if n == best)
    zone = shown_clock_zone(tree, instant) or publisher_zone(tree)
    if zone is not None and instant.utcoffset() == timedelta(0):
        instant = instant.astimezone(zone)
    return instant.isoformat()


def published_instants(tree) -> list[datetime]:
    """Aware timestamps the page gives for its publication (JSON-LD, meta, ``<time>``)."""
    values = _json_ld_published(tree)
    for meta in tree.iterfind(".//meta"):
        name = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if name in PUBLISHED_META:
            values.append(meta.get("content") or "")
    for element in tree.iterfind(".//time"):
        if (
            element.get("itemprop") or ""
        ).lower() == "datepublished" or "pubdate" in element.attrib:
            values.append(element.get("datetime") or "")
    aware = [p for p in map(_aware, values) if p is not None]
    clocks = {p.replace(tzinfo=None): p.tzinfo for p in map(_aware, _all_timestamps(tree)) if p}
    for value in values:  # a naive value takes the offset of a timestamp with its wall clock
        naive = _naive(value)
        if naive is not None and naive in clocks:
            aware.append(naive.replace(tzinfo=clocks[naive]))
    return aware


def shown_clock_zone(tree, instant: datetime) -> timezone | None:
    """The offset implied by a ``<time>`` that shows ``instant`` as a local date and clock
    time ("November 18, 2019 11:03 PM" for 07:03 UTC is UTC-8): the same minutes, whole hours
    away, and the local day of the month shown beside it."""
    utc = instant.astimezone(UTC)
    for element in tree.iterfind(".//time"):
        text = element.text_content()
        for hour, minute, half in _CLOCK.findall(text):
            hours = int(hour) % 12 + (12 if half.lower().startswith("p") else 0)
            if not half:
                hours = int(hour)
            if int(minute) != utc.minute or hours > 23:
                continue
            delta = (hours - utc.hour) % 24
            offset = delta if delta <= 14 else delta - 24
            zone = timezone(timedelta(hours=offset))
            if offset and re.search(rf"\b0?{utc.astimezone(zone).day}\b", text):
                return zone
    return None


def _all_timestamps(tree) -> list[str]:
    values = _json_ld_published(tree, keys=("datePublished", "dateModified", "dateCreated"))
    values += [meta.get("content") or "" for meta in tree.iterfind(".//meta")]
    values += [element.get("datetime") or "" for element in tree.iterfind(".//time")]
    return values


def publisher_zone(tree) -> timezone | None:
    """The zone the page shows times in: a non-UTC offset among its timestamps, else a zone
    abbreviation in the text of a ``<time>`` element."""
    for value in _all_timestamps(tree):
        parsed = _aware(value)
        if parsed is not None and parsed.utcoffset() != timedelta(0):
            return parsed.tzinfo  # type: ignore[return-value]
    offsets = timezone_offsets()
    for element in tree.iterfind(".//time"):
        for word in _ZONE_WORD.findall(element.text_content()):
            if word in offsets and offsets[word] != "+00:00":
                return datetime.fromisoformat(f"2000-01-01T00:00:00{offsets[word]}").tzinfo  # type: ignore[return-value]
    return None


def _json_ld_published(tree, keys: tuple[str, ...] = ("datePublished",)) -> list[str]:
    found: list[str] = []
    for script in tree.iterfind(".//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except (ValueError, TypeError):
            continue
        _collect(data, keys, found)
    return found


def _collect(data, keys: tuple[str, ...], found: list[str]) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in keys and isinstance(value, str):
                found.append(value)
            else:
                _collect(value, keys, found)
    elif isinstance(data, list):
        for item in data:
            _collect(item, keys, found)


def _naive(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo is None and parsed.hour + parsed.minute else None


def _aware(value: str) -> datetime | None:
    """A timestamp with an explicit offset ("Z", "+0000", "-05:00", " -0800", " UTC")."""
    text = value.strip().replace(" UTC", "Z")
    text = re.sub(r"\s([+-]\d{2}):?(\d{2})$", r"\1:\2", text)
    text = re.sub(r"([+-]\d{2})(\d{2})$", r"\1:\2", text)
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None or parsed.year < 1995:
        return None
    return parsed
