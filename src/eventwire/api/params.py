"""Query parameters shared by the endpoints, validated before anything reaches the database.

Every rule here produces a 422 whose message names the parameter and says what is expected,
so a user can fix the URL without reading the code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated

from fastapi import HTTPException, Query

MAX_LIMIT = 1000
DEFAULT_LIMIT = 50

ACTOR_PATTERN = r"^[A-Za-z0-9]{2,15}$"
DYAD_PATTERN = r"^[A-Za-z0-9]{2,15}:[A-Za-z0-9]{2,15}$"
ROOT_PATTERN = r"^(0[1-9]|1[0-9]|20)$"


class ParameterError(HTTPException):
    """A bad query parameter: 422 with a message naming it."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(status_code=422, detail=f"{name}: {message}")


def parse_day(name: str, value: str | None) -> date | None:
    """An ISO 8601 date (``2022-01-28``) or date-time; None when absent."""
    if value is None or value == "":
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return date.fromisoformat(value)
        return datetime.fromisoformat(value).date()
    except ValueError:
        raise ParameterError(
            name, f"must be an ISO 8601 date like 2022-01-28, got {value!r}"
        ) from None


def parse_dyad(value: str | None) -> str | None:
    """``RUS:UKR`` (source:target actor codes), upper-cased."""
    if value is None or value == "":
        return None
    if not re.fullmatch(DYAD_PATTERN, value):
        raise ParameterError(
            "dyad", f"must be SOURCE:TARGET actor codes like RUS:UKR, got {value!r}"
        )
    for code in value.upper().split(":"):
        _known("dyad", code)
    return value.upper()


def parse_actor(name: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not re.fullmatch(ACTOR_PATTERN, value):
        raise ParameterError(
            name, f"must be an actor code like RUS or RUSGOV (letters and digits), got {value!r}"
        )
    return _known(name, value.upper())


def _known(name: str, code: str) -> str:
    from eventwire.actors import is_known_code

    if not is_known_code(code):
        raise ParameterError(
            name,
            f"unknown actor code {code!r}: use a country or organisation code, optionally "
            "followed by sector codes (RUS, RUSGOV, NATO, UKRREB; see the README's Actors section)",
        )
    return code


def parse_root(value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if re.fullmatch(r"[1-9]", value):
        value = "0" + value
    if not re.fullmatch(ROOT_PATTERN, value):
        raise ParameterError("root", f"must be a CAMEO root code from 01 to 20, got {value!r}")
    return value


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


async def page(
    limit: Annotated[
        int, Query(ge=1, le=MAX_LIMIT, description=f"Rows per page, 1 to {MAX_LIMIT}.")
    ] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")] = 0,
) -> Page:
    return Page(limit=limit, offset=offset)


@dataclass(frozen=True)
class EventFilters:
    actor: str | None
    dyad: str | None
    since: date | None
    until: date | None
    root: str | None


async def event_filters(
    actor: Annotated[
        str | None,
        Query(description="Actor code on either side, e.g. RUS or RUSGOV.", max_length=15),
    ] = None,
    dyad: Annotated[
        str | None, Query(description="SOURCE:TARGET, e.g. RUS:UKR.", max_length=31)
    ] = None,
    since: Annotated[
        str | None, Query(description="First day (ISO 8601), inclusive.", max_length=40)
    ] = None,
    until: Annotated[
        str | None, Query(description="Last day (ISO 8601), inclusive.", max_length=40)
    ] = None,
    root: Annotated[
        str | None, Query(description="CAMEO root code, 01 to 20.", max_length=2)
    ] = None,
) -> EventFilters:
    filters = EventFilters(
        actor=parse_actor("actor", actor),
        dyad=parse_dyad(dyad),
        since=parse_day("since", since),
        until=parse_day("until", until),
        root=parse_root(root),
    )
    check_range(filters.since, filters.until)
    return filters


def check_range(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise ParameterError(
            "since", f"must not be after until ({since.isoformat()} > {until.isoformat()})"
        )
