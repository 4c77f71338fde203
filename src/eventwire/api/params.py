"""Query parameters shared by the endpoints, checked by the store's own filter layer.

The meaning and the refusals come from ``eventwire.store.filters`` and ``filter_values``
(the CLI and Python use the same functions), so a value refused here is refused with the
same message everywhere; a refusal is a 422 whose message names the parameter. A parameter
an endpoint does not take is refused too, never silently ignored.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from fastapi import HTTPException, Query, Request

from eventwire.store import filter_values, filters
from eventwire.store.filter_values import FilterError
from eventwire.store.filters import EventFilter
from eventwire.store.quote_filters import QuoteFilter, check_quote_filters

MAX_LIMIT = 1000
DEFAULT_LIMIT = 50
DOWNLOAD_FORMATS = ("csv", "json", "parquet", "gdelt")


class ParameterError(HTTPException):
    """A bad query parameter: 422 with a message naming it."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(status_code=422, detail=f"{name}: {message}")


def refused(error: FilterError) -> HTTPException:
    return HTTPException(status_code=422, detail=str(error))


def known_parameters(request: Request) -> None:
    """Refuse query parameters the endpoint does not take (a typo must not widen a result)."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    allowed = set(_query_names(dependant))
    for name in request.query_params:
        if name not in allowed:
            raise ParameterError(
                name,
                f"is not a parameter of {request.url.path}; it takes {', '.join(sorted(allowed)) or 'none'}",
            )


def _query_names(dependant) -> Iterator[str]:
    """The query parameter names of an endpoint and of every dependency it uses."""
    for param in dependant.query_params:
        yield param.alias
    for sub in dependant.dependencies:
        yield from _query_names(sub)


def parse_day(name: str, value: str | None) -> date | None:
    try:
        return filter_values.parse_day(value, name)
    except FilterError as error:
        raise refused(error) from None


def check_range(since: date | None, until: date | None) -> None:
    try:
        filter_values.check_range(since, until)
    except FilterError as error:
        raise refused(error) from None


def parse_dyad(value: str | None) -> str | None:
    try:
        return ":".join(filter_values.parse_dyad(value)) if value else None
    except FilterError as error:
        raise refused(error) from None


def parse_actor(name: str, value: str | None) -> str | None:
    try:
        return filter_values.parse_actor(value, name) if value else None
    except FilterError as error:
        raise refused(error) from None


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


async def page(
    limit: Annotated[
        int, Query(le=MAX_LIMIT, description=f"Rows per page, 1 to {MAX_LIMIT}.")
    ] = DEFAULT_LIMIT,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")] = 0,
) -> Page:
    try:
        filter_values.check_limit(limit)
    except FilterError as error:
        raise refused(error) from None
    return Page(limit=limit, offset=offset)


Text = Annotated[str | None, Query(max_length=120)]
Day = Annotated[str | None, Query(max_length=40, description="ISO 8601 day, inclusive.")]
Flag = Annotated[bool, Query()]


async def event_filters(
    actor: Annotated[
        str | None,
        Query(description="Actor code on either side, e.g. RUS or RUSGOV.", max_length=15),
    ] = None,
    dyad: Annotated[
        str | None, Query(description="SOURCE:TARGET, e.g. RUS:UKR.", max_length=31)
    ] = None,
    undirected: Annotated[bool, Query(description="Match the dyad in both directions.")] = False,
    since: Day = None,
    until: Day = None,
    root: Annotated[
        str | None, Query(description="CAMEO root code, 01 to 20.", max_length=2)
    ] = None,
    quad_class: Annotated[
        str | None, Query(description="QuadClass 1-4, or a list such as 3,4.", max_length=7)
    ] = None,
    plover: Annotated[str | None, Query(description="PLOVER event type.", max_length=30)] = None,
    cameo: Annotated[str | None, Query(description="CAMEO code prefix.", max_length=4)] = None,
    source_country: Annotated[str | None, Query(max_length=5)] = None,
    target_country: Annotated[str | None, Query(max_length=5)] = None,
    publisher: Text = None,
    place: Text = None,
    place_country: Annotated[str | None, Query(max_length=5)] = None,
    min_confidence: Annotated[str | None, Query(description="0 to 1.", max_length=20)] = None,
    resolved_only: Annotated[
        bool, Query(description="Only events whose actors all have a country.")
    ] = False,
    min_goldstein: Annotated[str | None, Query(max_length=20)] = None,
    max_goldstein: Annotated[str | None, Query(max_length=20)] = None,
    has_target: Annotated[bool | None, Query()] = None,
    international: Annotated[
        bool, Query(description="Source and target in different countries.")
    ] = False,
) -> EventFilter:
    try:
        return filters.check_filters(**{k: v for k, v in locals().items() if v is not None})
    except FilterError as error:
        raise refused(error) from None


async def quote_filters(
    speaker: Annotated[
        str | None, Query(max_length=15, description="Speaker actor code, e.g. RUS or RUSGOV.")
    ] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the quote.")] = None,
    since: Day = None,
    until: Day = None,
    kind: Annotated[str | None, Query(description="direct or indirect.", max_length=10)] = None,
    speaker_country: Annotated[str | None, Query(max_length=5)] = None,
    publisher: Text = None,
) -> QuoteFilter:
    try:
        return check_quote_filters(**{k: v for k, v in locals().items() if v is not None})
    except FilterError as error:
        raise refused(error) from None


Sort = Annotated[
    str | None,
    Query(max_length=20, description="Column to sort by, '-' first for descending; default -day."),
]
Format = Annotated[
    Literal["csv", "json", "parquet", "gdelt"] | None,
    Query(description="Download every matching row in this format (streamed) instead of a page."),
]
