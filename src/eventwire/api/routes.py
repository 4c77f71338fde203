"""The read-only endpoints over the store: articles, events, series, quotes, alerts, overview."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from eventwire.api.db import records
from eventwire.api.params import (
    FREQUENCIES,
    EventFilters,
    Page,
    check_range,
    event_filters,
    page,
    parse_actor,
    parse_day,
    parse_dyad,
)

router = APIRouter(prefix="/api")


def _page(items: list, paging: Page) -> dict:
    return {"items": items, "limit": paging.limit, "offset": paging.offset,
            "next_offset": paging.offset + paging.limit if len(items) == paging.limit else None}


@router.get("/articles", tags=["articles"], summary="Stored articles, newest first")
def list_articles(
    request: Request,
    paging: Annotated[Page, Depends(page)],
    q: Annotated[str | None, Query(max_length=200, description="Words in the title or body.")] = None,
) -> dict:
    with request.app.state.db.open() as store:
        items = store.articles(limit=paging.limit, offset=paging.offset, q=q or None)
    return _page(items, paging)


@router.get("/articles/{article_id}", tags=["articles"], summary="One article with its events and quotes")
def get_article(request: Request, article_id: str) -> dict:
    if len(article_id) > 500:
        raise HTTPException(422, "article_id: longer than 500 characters")
    with request.app.state.db.open() as store:
        article = store.article(article_id)
    if article is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return article


@router.get("/events", tags=["events"], summary="Events, filtered like `eventwire events`")
def list_events(
    request: Request,
    filters: Annotated[EventFilters, Depends(event_filters)],
    paging: Annotated[Page, Depends(page)],
) -> dict:
    with request.app.state.db.open() as store:
        frame = store.events(actor=filters.actor, dyad=filters.dyad, since=filters.since, until=filters.until,
                             root=filters.root, limit=paging.limit, offset=paging.offset)
    return _page(records(frame), paging)


@router.get("/series", tags=["analytics"], summary="Cooperation and conflict of a dyad over time")
def series(
    request: Request,
    dyad: Annotated[str | None, Query(max_length=61, description="SOURCE:TARGET, e.g. RUS:UKR; all events when absent.")] = None,
    freq: Annotated[str, Query(description="Bin width: day, week or month.")] = "day",
    since: Annotated[str | None, Query(max_length=40, description="First day (ISO 8601).")] = None,
    until: Annotated[str | None, Query(max_length=40, description="Last day (ISO 8601).")] = None,
) -> dict:
    if freq not in FREQUENCIES:
        raise HTTPException(422, f"freq: must be one of {', '.join(FREQUENCIES)}, got {freq!r}")
    first, last = parse_day("since", since), parse_day("until", until)
    check_range(first, last)
    pair = parse_dyad(dyad)
    with request.app.state.db.open() as store:
        frame = store.series(dyad=pair, freq=freq, since=first, until=last)
    return {"dyad": pair, "freq": freq, "items": records(frame)}


@router.get("/quotes", tags=["quotes"], summary="Quotes, optionally by speaker")
def list_quotes(
    request: Request,
    paging: Annotated[Page, Depends(page)],
    speaker: Annotated[str | None, Query(max_length=30, description="Speaker actor code, e.g. RUSGOV.")] = None,
    since: Annotated[str | None, Query(max_length=40)] = None,
    until: Annotated[str | None, Query(max_length=40)] = None,
) -> dict:
    first, last = parse_day("since", since), parse_day("until", until)
    check_range(first, last)
    with request.app.state.db.open() as store:
        frame = store.quotes(speaker=parse_actor("speaker", speaker), since=first, until=last,
                             limit=paging.limit, offset=paging.offset)
    return _page(records(frame), paging)


@router.get("/alerts", tags=["analytics"], summary="Escalation alerts, latest first")
def list_alerts(
    request: Request,
    dyad: Annotated[str | None, Query(max_length=61)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 20,
) -> dict:
    pair = parse_dyad(dyad)
    with request.app.state.db.open() as store:
        frame = store.alerts(dyad=pair, limit=limit)
    return {"items": records(frame)}


@router.get("/overview", tags=["analytics"], summary="Volume, top dyads and actors, latest alerts")
def overview(request: Request, top: Annotated[int, Query(ge=1, le=100)] = 10) -> dict:
    with request.app.state.db.open() as store:
        return {
            "volume": records(store.series(dyad=None, freq="day", since=None, until=None)),
            "top_dyads": records(store.top_dyads(limit=top)),
            "top_actors": records(store.top_actors(limit=top)),
            "alerts": records(store.alerts(dyad=None, limit=top)),
        }
