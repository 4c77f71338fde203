"""The event's own date: "on Friday", "in February", "earlier this week" resolved against publication.

``resolve(text, published)`` returns the most precise ISO value the words allow: a day
(``2022-01-26``), an ISO week (``2022-W04``), a month (``2022-02``) or a year (``2019``).
News convention decides the common relative forms (a weekday is the latest such day on or before
publication; a month without a year is the occurrence nearest to publication); ``dateparser``
handles explicit dates.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_LEADING = re.compile(
    r"^(?:on|in|at|during|by|from|late|early|earlier|later|last|this|the)\s+", re.I
)
_MONTH_ABBREVIATIONS = {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}


def published_date(published: str | None) -> date | None:
    """The calendar date of an ISO 8601 publication value (in its own time zone)."""
    if not published:
        return None
    try:
        return datetime.fromisoformat(published).date()
    except ValueError:
        try:
            return date.fromisoformat(published[:10])
        except ValueError:
            return None


def _week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _nearest_month(month: int, base: date) -> str:
    candidates = [
        (abs((year - base.year) * 12 + month - base.month), year)
        for year in (base.year - 1, base.year, base.year + 1)
    ]
    return f"{min(candidates)[1]}-{month:02d}"


def _simple(words: str, base: date) -> str | None:  # noqa: C901
    """The forms news uses most, resolved by newsroom convention."""
    lowered = words.lower().strip(" .,")
    if lowered in ("today", "tonight", "this morning", "this afternoon", "this evening"):
        return base.isoformat()
    if lowered in ("yesterday", "last night"):
        return (base - timedelta(days=1)).isoformat()
    if lowered == "tomorrow":
        return (base + timedelta(days=1)).isoformat()
    if re.fullmatch(r"(?:earlier |later )?this week", lowered):
        return _week(base)
    if lowered == "last week":
        return _week(base - timedelta(days=7))
    if lowered == "next week":
        return _week(base + timedelta(days=7))
    if re.fullmatch(r"(?:earlier |later )?this month", lowered):
        return f"{base.year}-{base.month:02d}"
    if lowered == "last month":
        previous = base.replace(day=1) - timedelta(days=1)
        return f"{previous.year}-{previous.month:02d}"
    if lowered == "next month":
        following = (base.replace(day=28) + timedelta(days=4)).replace(day=1)
        return f"{following.year}-{following.month:02d}"
    if lowered in ("this year", "earlier this year", "later this year"):
        return str(base.year)
    if lowered == "last year":
        return str(base.year - 1)
    if lowered == "next year":
        return str(base.year + 1)
    core = _LEADING.sub("", _LEADING.sub("", lowered))
    core = re.sub(r"\s+(?:morning|afternoon|evening|night)$", "", core)
    if core in WEEKDAYS:
        back = (base.weekday() - WEEKDAYS.index(core)) % 7
        if lowered.startswith("next "):
            back -= 7
        return (base - timedelta(days=back)).isoformat()
    month = _MONTH_ABBREVIATIONS.get(
        core.rstrip(".")[:4] if core.startswith("sept") else core.rstrip(".")[:3]
    )
    if month and (core in MONTHS or core.rstrip(".") in _MONTH_ABBREVIATIONS):
        if lowered.startswith("last "):
            year = base.year if month < base.month else base.year - 1
            return f"{year}-{month:02d}"
        if lowered.startswith("next "):
            year = base.year if month > base.month else base.year + 1
            return f"{year}-{month:02d}"
        return _nearest_month(month, base)
    if re.fullmatch(r"(?:1[89]|20)\d\d", core):
        return core
    return None


def _explicit(words: str, base: date) -> str | None:
    """Explicit dates ("January 26", "26 Jan 2022") through dateparser, at the precision given."""
    if not re.search(r"\d|\bago\b|" + "|".join(m[:3] for m in MONTHS), words, re.I):
        return None
    settings = {
        "RELATIVE_BASE": datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past",
        "STRICT_PARSING": False,
    }
    from dateparser.date import DateDataParser

    data = DateDataParser(languages=["en"], settings=settings).get_date_data(
        _LEADING.sub("", words.strip(" .,"))
    )
    if data.date_obj is None:
        return None
    found = data.date_obj
    has_month = re.search("|".join(m[:3] for m in MONTHS), words, re.I)
    if has_month and not re.search(
        r"(?:1[89]|20)\d\d", words
    ):  # no year given: the nearest occurrence
        found = found.replace(year=base.year)
        if (found.date() - base).days > 183:
            found = found.replace(year=base.year - 1)
    if data.period == "year":
        return str(found.year)
    if data.period == "month":
        return f"{found.year}-{found.month:02d}"
    return found.date().isoformat()


def resolve(words: str, published: str | date | None) -> str | None:
    """The ISO value for date words relative to the publication date, or None if not a date."""
    base = published if isinstance(published, date) else published_date(published)
    if base is None:
        match = re.search(r"\b((?:1[89]|20)\d\d)\b", words)
        return match.group(1) if match and re.fullmatch(r"\W*(?:in\s+)?\d{4}\W*", words) else None
    return _simple(words, base) or _explicit(words, base)
