"""Is a publication date plausible? ISO 8601, between 1900 and a day or two from now.

A feed's ``published`` field is data from outside: ``9999-12-31`` put an article on top of
every newest-first page and stretched every zero-filled series over eight thousand years,
``0001-01-01`` overflowed the date arithmetic of the events stage, and ``99999-99-99``,
``nan`` or ``1e+308`` were passed on verbatim. An implausible value is dropped (the date
then comes from the text, or stays empty) and the reason becomes an ``errors`` entry.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

EARLIEST = date(1900, 1, 1)
FUTURE_SLACK = timedelta(days=2)  # time zones, and clocks that run a little ahead


def published_problem(value: str | None, today: date | None = None) -> str | None:
    """Why ``value`` is not a plausible publication date, or None when it is (or is empty)."""
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        if text.isdigit() and len(text) == 4:  # a bare year
            parsed = datetime(int(text), 1, 1)
        else:
            return f"published {text[:60]!r} is not an ISO 8601 date; ignored"
    latest = (today or datetime.now(UTC).date()) + FUTURE_SLACK
    if not EARLIEST <= parsed.date() <= latest:
        return (
            f"published {text[:60]!r} is outside the plausible range "
            f"{EARLIEST.isoformat()} to {latest.isoformat()}; ignored"
        )
    return None
