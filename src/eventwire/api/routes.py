"""The read-only endpoints over the store's rows: articles, events and quotes, a page at a
time with their total, or every match as a download (``?format=``).

The aggregates (series, alerts, overview) are in ``aggregates``, the side panels' counts in
``explore``, the CAMEO codebook in ``codebook``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response

from eventwire.api import download, shapes
from eventwire.api.answers import answer, download_window, paged
from eventwire.api.params import (
    Format,
    Page,
    ParameterError,
    Sort,
    event_filters,
    known_parameters,
    page,
    quote_filters,
    refused,
)
from eventwire.store import queries, quote_queries, stream
from eventwire.store.filter_values import FilterError
from eventwire.store.filters import EventFilter
from eventwire.store.quote_filters import QuoteFilter

if TYPE_CHECKING:
    from eventwire.analytics import AnalyticsStore

router = APIRouter(prefix="/api", dependencies=[Depends(known_parameters)])


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
    return await answer(
        request,
        lambda store: paged(
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

    return await answer(request, build)


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
        window = download_window(request, paging)
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
        return {**paged(items, paging, queries.count_events(store, filters)), "sort": sort}

    return await answer(request, build)


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
        window = download_window(request, paging)
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
            **paged(items, paging, quote_queries.count_quotes(store, filters)),
            "sort": sort or "-day",
        }

    return await answer(request, build)
