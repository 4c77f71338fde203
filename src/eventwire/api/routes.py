"""The read-only endpoints over the store: articles, events, series, quotes, alerts, overview."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Literal

import pandas as pd
from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response

from eventwire.actors import code_label
from eventwire.api import download, shapes
from eventwire.api.params import (
    MAX_LIMIT,
    Format,
    Page,
    ParameterError,
    Sort,
    check_range,
    event_filters,
    known_parameters,
    page,
    parse_actor,
    parse_day,
    parse_dyad,
    quote_filters,
    refused,
)
from eventwire.store import queries, quote_queries, stream, time_histogram
from eventwire.store.filters import EventFilter, FilterError
from eventwire.store.quote_filters import QuoteFilter

if TYPE_CHECKING:
    from eventwire.analytics import AnalyticsStore

router = APIRouter(prefix="/api", dependencies=[Depends(known_parameters)])


def _with_totals(series: pd.DataFrame) -> list[dict]:
    """The series' periods with ``cooperation`` (QuadClass 1+2) and ``conflict`` (3+4) counts."""
    series["cooperation"] = series["verbal_cooperation"] + series["material_cooperation"]
    series["conflict"] = series["verbal_conflict"] + series["material_conflict"]
    return shapes.rows(series)


def _volume(store) -> dict:
    """Event volume per day, week or month over the days that hold 98% of the events, runs of
    empty periods collapsed (``time_histogram.histogram``), with QuadClass and
    cooperation/conflict counts."""
    volume = time_histogram.histogram(store, EventFilter())
    for row in volume["items"]:
        row["verbal_cooperation"], row["material_cooperation"] = row["q1"], row["q2"]
        row["verbal_conflict"], row["material_conflict"] = row["q3"], row["q4"]
        row["cooperation"], row["conflict"] = row["q1"] + row["q2"], row["q3"] + row["q4"]
        row["events"] = row["cooperation"] + row["conflict"]
    return volume


async def _answer(request: Request, build: Callable[[AnalyticsStore], object]) -> Response:
    """``build(store)`` as JSON, from the response cache while the store is unchanged (the
    endpoints are async so that a kept answer never waits for a thread)."""
    return await request.app.state.responses.respond(request, build)


def _page(items: list, paging: Page, total: int | None = None) -> dict:
    """A page of rows; ``total`` (when counted) is how many match the filters."""
    more = paging.offset + len(items) < total if total is not None else len(items) == paging.limit
    answer = {
        "items": items,
        "limit": paging.limit,
        "offset": paging.offset,
        "next_offset": paging.offset + paging.limit if more else None,
    }
    if total is not None:
        answer["total"] = total
    return answer


def _download_page(request: Request, paging: Page) -> dict:
    """A download is every matching row unless the URL itself asks for a page."""
    if "limit" in request.query_params or "offset" in request.query_params:
        return {"limit": paging.limit, "offset": paging.offset}
    return {}


@router.get(
    "/articles", tags=["articles"], summary="Stored articles, newest first (without bodies)"
)
async def list_articles(
    request: Request,
    paging: Annotated[Page, Depends(page)],
    q: Annotated[
        str | None, Query(max_length=200, description="Words in the title or body.")
    ] = None,
) -> Response:
    return await _answer(
        request,
        lambda store: _page(
            shapes.rows(store.articles(limit=paging.limit, offset=paging.offset, q=q or None)),
            paging,
        ),
    )


@router.get(
    "/articles/{article_id:path}",  # input ids may contain "/"
    tags=["articles"],
    summary="One article (ARTICLE) with its events and quotes",
)
async def get_article(
    request: Request,
    article_id: Annotated[
        str, Path(max_length=4096, description="The store's article id or the input's id.")
    ],
) -> Response:
    def build(store: AnalyticsStore) -> dict:
        row = store.article(article_id)
        if row is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return shapes.article(row)

    return await _answer(request, build)


@router.get(
    "/events",
    tags=["events"],
    summary="Events (EVENT), filtered like `eventwire events`, newest first, with their total",
)
async def list_events(
    request: Request,
    filters: Annotated[EventFilter, Depends(event_filters)],
    paging: Annotated[Page, Depends(page)],
    sort: Sort = None,
    order: Annotated[
        Literal["newest", "oldest"] | None, Query(description="By event day (sort=-day / day).")
    ] = None,
    format: Format = None,
) -> Response:
    if sort and order:
        raise ParameterError("order", "give sort or order, not both")
    sort = sort or ("day" if order == "oldest" else "-day")
    try:
        queries.order_by(sort, queries.EVENT_SORTS, "e", "event_id")
    except FilterError as error:
        raise refused(error) from None
    if format is not None:
        window = _download_page(request, paging)
        columns = stream.gdelt_columns_sql() if format == "gdelt" else queries.EVENT_COLUMNS
        return download.stream(
            request,
            format,
            "events",
            lambda store: queries.events_sql(store, filters, sort=sort, columns=columns, **window),
        )

    def build(store: AnalyticsStore) -> dict:
        frame = queries.events(store, filters, sort=sort, limit=paging.limit, offset=paging.offset)
        items = [shapes.event(row) for row in shapes.rows(frame)]
        return {**_page(items, paging, queries.count_events(store, filters)), "sort": sort}

    return await _answer(request, build)


@router.get(
    "/series",
    tags=["analytics"],
    summary="Cooperation and conflict over time, per day, week or month",
)
async def series(
    request: Request,
    dyad: Annotated[
        str | None,
        Query(max_length=31, description="SOURCE:TARGET, e.g. RUS:UKR; every event when absent."),
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=15, description="Actor code on either side.")
    ] = None,
    freq: Annotated[Literal["day", "week", "month"], Query(description="Bin width.")] = "day",
    since: Annotated[
        str | None, Query(max_length=40, description="First day (ISO 8601), inclusive.")
    ] = None,
    until: Annotated[
        str | None, Query(max_length=40, description="Last day (ISO 8601), inclusive.")
    ] = None,
    undirected: Annotated[bool, Query(description="Count both directions of the dyad.")] = False,
) -> Response:
    first, last = parse_day("since", since), parse_day("until", until)
    check_range(first, last)
    pair, who = parse_dyad(dyad), parse_actor("actor", actor)
    return await _answer(
        request,
        lambda store: {
            "dyad": pair,
            "actor": who,
            "undirected": undirected,
            "freq": freq,
            "items": _with_totals(
                store.series(
                    dyad=pair,
                    freq=freq,
                    since=first,
                    until=last,
                    actor=who,
                    undirected=undirected,
                )
            ),
        },
    )


@router.get(
    "/quotes",
    tags=["quotes"],
    summary="Quotes (QUOTE) by speaker, text, kind, day; newest first, with their total",
)
async def list_quotes(
    request: Request,
    filters: Annotated[QuoteFilter, Depends(quote_filters)],
    paging: Annotated[Page, Depends(page)],
    sort: Sort = None,
    format: Format = None,
) -> Response:
    try:
        queries.order_by(sort, quote_queries.QUOTE_SORTS, "qt", "quote_id")
    except FilterError as error:
        raise refused(error) from None
    if format == "gdelt":
        raise ParameterError("format", "gdelt is the GDELT event table: events only")
    if format is not None:
        window = _download_page(request, paging)
        return download.stream(
            request,
            format,
            "quotes",
            lambda store: quote_queries.quotes_sql(filters, sort=sort, **window),
        )

    def build(store: AnalyticsStore) -> dict:
        frame = quote_queries.quotes(
            store, filters, sort=sort, limit=paging.limit, offset=paging.offset
        )
        items = [shapes.quote(row) for row in shapes.rows(frame)]
        return {
            **_page(items, paging, quote_queries.count_quotes(store, filters)),
            "sort": sort or "-day",
        }

    return await _answer(request, build)


@router.get("/alerts", tags=["analytics"], summary="Escalation alerts, latest first")
async def list_alerts(
    request: Request,
    dyad: Annotated[
        str | None, Query(max_length=31, description="SOURCE:TARGET, e.g. RUS:UKR.")
    ] = None,
    freq: Annotated[
        Literal["day", "week", "month"], Query(description="Period of the baseline.")
    ] = "week",
    since: Annotated[
        str | None, Query(max_length=40, description="First day (ISO 8601), inclusive.")
    ] = None,
    until: Annotated[
        str | None, Query(max_length=40, description="Last day (ISO 8601), inclusive.")
    ] = None,
    limit: Annotated[
        int, Query(ge=1, le=MAX_LIMIT, description=f"At most this many, 1 to {MAX_LIMIT}.")
    ] = 50,
    threshold: Annotated[float, Query(ge=0, le=100, description="Alert when z >= this.")] = 3.0,
    window: Annotated[int, Query(ge=1, le=520, description="Baseline periods.")] = 8,
    min_events: Annotated[
        int, Query(ge=1, le=100_000, description="Fewest conflict events in the period.")
    ] = 3,
) -> Response:
    first, last = parse_day("since", since), parse_day("until", until)
    check_range(first, last)
    pair = parse_dyad(dyad)
    return await _answer(
        request,
        lambda store: {
            "freq": freq,
            "items": shapes.rows(
                store.alerts(
                    freq=freq,
                    window=window,
                    threshold=threshold,
                    min_events=min_events,
                    dyad=pair,
                    since=first,
                    until=last,
                ).head(limit)
            ),
        },
    )


@router.get(
    "/overview",
    tags=["analytics"],
    summary="Totals, daily volume, top dyads and actors, latest alerts",
)
async def overview(
    request: Request,
    top: Annotated[int, Query(ge=1, le=100, description="Rows in each top list.")] = 10,
) -> Response:
    def build(store: AnalyticsStore) -> dict:
        counts = store.counts()
        return {
            "totals": {
                "articles": counts.get("articles", 0),
                "events": counts.get("events", 0),
                "quotes": counts.get("quotes", 0),
                "actors": counts.get("actors", 0),
            },
            "volume": _volume(store),
            "top_dyads": shapes.rows(store.top_dyads(limit=top)),
            "top_actors": [
                {**row, "label": code_label(row["code"], row.get("country"))}
                for row in shapes.rows(store.top_actors(limit=top))
            ],
            "alerts": shapes.rows(store.alerts().head(top)),
        }

    return await _answer(request, build)


@router.get(
    "/cameo",
    tags=["codes"],
    summary="The CAMEO codebook: every code with name, Goldstein, QuadClass, PLOVER",
)
def cameo_codes() -> dict:
    from eventwire.events.ontology import codes

    return {
        "codes": [
            {
                "code": c.code,
                "name": c.name,
                "goldstein": c.goldstein,
                "quad_class": c.quad_class,
                "plover": c.plover,
            }
            for c in codes().values()
        ]
    }
