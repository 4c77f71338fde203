"""One date line of an article's header: published and updated (ISO 8601), place, byline
and agency.

Date lines come in a few house styles, e.g. The Hindu's
``January 28, 2022 10:43 pm | Updated 10:43 pm IST - Moscow`` and the wire style
``BRUSSELS, Nov. 15, 2021 (Reuters) -``. The date is parsed with ``dateparser``; the time
zone abbreviation is looked up in ``timezones.yaml`` (dateparser reads IST as Israel time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib import resources

from eventwire import yamlfile
from eventwire.ingest.dateline_place import place_name
from eventwire.ingest.header_patterns import (
    AFTER_TIME_RE,
    AGENCY_RE,
    BYLINE_RE,
    DATE_RE,
    TIME_RE,
    TRAILING_PLACE_RE,
    UPDATED_RE,
    WIRE_PLACE_RE,
)


@dataclass
class DateLine:
    published: str | None = None
    updated: str | None = None
    place: str | None = None
    author: str | None = None
    agency: str | None = None


@cache
def timezone_offsets() -> dict[str, str]:
    """Zone abbreviation (upper case) -> UTC offset, from ``timezones.yaml``."""
    source = (
        resources.files("eventwire.ingest").joinpath("timezones.yaml").read_text(encoding="utf-8")
    )
    return {key.upper(): value for key, value in yamlfile.load(source).items()}


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def parse_date_line(text: str) -> DateLine:
    """Read published/updated (ISO 8601), place, byline and agency from one date line."""
    result = DateLine()
    pieces = UPDATED_RE.split(text, maxsplit=1)
    published_part = pieces[0]
    updated_part = pieces[1] if len(pieces) > 1 else ""
    published = _parse_datetime(published_part)
    updated = (
        _parse_datetime(updated_part, default_date=published[0] if published else None)
        if updated_part
        else None
    )
    if published is None and updated is None:
        return result
    if published and published[2] is None and updated and updated[2]:
        published = (published[0], published[1], updated[2])
    result.published = _iso(*published) if published else None
    result.updated = _iso(*updated) if updated else None
    trailing = TRAILING_PLACE_RE.search(text)
    wire = WIRE_PLACE_RE.match(text)
    if (
        trailing
        and AFTER_TIME_RE.search(text[: trailing.start()])  # "10:43 pm IST - Moscow", not "- By X"
        and not DATE_RE.search(trailing.group(1))
        and not TIME_RE.search(trailing.group(1))
    ):
        result.place = place_name(trailing.group(1))
    elif wire and not DATE_RE.match(wire.group(1)) and _shouting(wire.group(1).split(",")[0]):
        result.place = place_name(wire.group(1))
    agency = AGENCY_RE.search(text)
    result.agency = agency.group(1).strip() if agency else None
    byline = BYLINE_RE.search(text)
    if byline:
        result.author = TIME_RE.sub("", DATE_RE.sub("", byline.group(1))).strip(" ,")
    return result


def _parse_datetime(
    text: str, default_date: str | None = None
) -> tuple[str, str | None, str | None] | None:
    """``(date, time, utc_offset)`` as ISO pieces, or None when ``text`` holds no date."""
    import dateparser

    date_match = DATE_RE.search(text)
    if not date_match and not default_date:
        return None
    date_text = date_match.group(0) if date_match else None
    rest = text[date_match.end() :] if date_match else text
    time_match = TIME_RE.search(rest)
    time_text = time_match.group(1) if time_match else None
    offset = _offset(time_match.group(2)) if time_match and time_match.group(2) else None
    if date_text:
        parsed = dateparser.parse(
            date_text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"}
        )
        if parsed is None:
            return None
        date_iso = parsed.date().isoformat()
    else:
        date_iso = default_date
    return date_iso, _clock(time_text) if time_text else None, offset


def _clock(text: str) -> str | None:
    """ "10:43 pm" -> "22:43:00"; "7.30am" -> "07:30:00"; None when not a time of day."""
    match = re.match(r"(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*([ap])?", text.lower())
    if not match:
        return None
    hour, minute, second = int(match.group(1)), int(match.group(2) or 0), int(match.group(3) or 0)
    if match.group(4) == "p" and hour < 12:
        hour += 12
    elif match.group(4) == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return f"{hour:02d}:{minute:02d}:{second:02d}"


def _offset(zone: str) -> str | None:
    zone = zone.strip()
    if zone.upper() in timezone_offsets():
        return timezone_offsets()[zone.upper()]
    match = re.fullmatch(r"(?:UTC|GMT)?\s?([+-])(\d{1,2}):?(\d{2})?", zone, re.IGNORECASE)
    if match:
        return f"{match.group(1)}{int(match.group(2)):02d}:{match.group(3) or '00'}"
    return None


def _iso(date: str, time: str | None, offset: str | None) -> str:
    if time is None:
        return date
    value = datetime.fromisoformat(f"{date}T{time}{offset or ''}")
    return value.isoformat()
