"""The read-only endpoints over the store: articles, events, series, quotes, alerts, overview."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Literal

import pandas as pd
from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response

from eventwire.api import shapes
from eventwire.api.params import (
    MAX_LIMIT,
    EventFilters,
    Page,
    check_range,
    event_filters,
    page,
    parse_actor,
    parse_day,
    parse_dyad,
)

if TYPE_CHECKING:
    from eventwire.store import Store

router = APIRouter(prefix="/api")


def _with_totals(series: pd.DataFrame) -> list[dict]:
    """The series' periods with ``cooperation`` (QuadClass 1+2) and ``conflict`` (3+4) counts."""
    series["cooperation"] = series["verbal_cooperation"] + series["material_cooperation"]
    series["conflict"] = series["verbal_conflict"] + series["material_conflict"]
    return shapes.rows(series)


MAX_VOLUME_BARS = 180


def _volume(store) -> dict:
    """Event volume over the days that hold 98% of the events (a stray "in 1945" does not
    stretch the chart), per day, or per week or month when days would be too many bars."""
    with store.cursor() as cursor:
        first, last, total = cursor.execute(
            "SELECT quantile_disc(day, 0.01), quantile_disc(day, 0.99), count(day) FROM events"
        ).fetchone()
    if first is None:
        return {"freq": "day", "since": None, "until": None, "items": [], "outside": 0}
    days = (last - first).days + 1
    freq = "day" if days <= MAX_VOLUME_BARS else "week" if days <= 7 * MAX_VOLUME_BARS else "month"
    items = _with_totals(store.series(freq=freq, since=first, until=last))
    return {
        "freq": freq,
        "since": first.isoformat(),
        "until": last.isoformat(),
        "items": items,
        "outside": total - sum(row["events"] for row in items),
    }


async def _answer(request: Request, build: Callable[[Store], object]) -> Response:
    """``build(store)`` as JSON, from the response cache while the store is unchanged (the
    endpoints are async so that a kept answer never waits for a thread)."""
    return await request.app.state.responses.respond(request, build)


def _page(items: list, paging: Page) -> dict:
    return {
        "items": items,
        "limit": paging.limit,
        "offset": paging.offset,
        "next_offset": paging.offset + paging.limit if len(items) == paging.limit else None,
    }


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
    def build(store: Store) -> dict:
        row = store.article(article_id)
        if row is None:
            raise HTTPException(404, f"no article with id {article_id!r}")
        return shapes.article(row)

    return await _answer(request, build)


@router.get("/events", tags=["events"], summary="Events (EVENT), filtered like `eventwire events`")
async def list_events(
    request: Request,
    filters: Annotated[EventFilters, Depends(event_filters)],
    paging: Annotated[Page, Depends(page)],
    order: Annotated[Literal["newest", "oldest"], Query(description="By event day.")] = "newest",
) -> Response:
    def build(store: Store) -> dict:
        frame = store.events(
            actor=filters.actor,
            dyad=filters.dyad,
            since=filters.since,
            until=filters.until,
            root=filters.root,
            limit=paging.limit,
            offset=paging.offset,
            newest_first=order == "newest",
        )
        return _page([shapes.event(row) for row in shapes.rows(frame)], paging)

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
) -> Response:
    first, last = parse_day("since", since), parse_day("until", until)
    check_range(first, last)
    pair, who = parse_dyad(dyad), parse_actor("actor", actor)
    return await _answer(
        request,
        lambda store: {
            "dyad": pair,
            "actor": who,
            "freq": freq,
            "items": _with_totals(
                store.series(dyad=pair, freq=freq, since=first, until=last, actor=who)
            ),
        },
    )


@router.get(
    "/quotes", tags=["quotes"], summary="Quotes (QUOTE), optionally by speaker, text and day"
)
async def list_quotes(
    request: Request,
    paging: Annotated[Page, Depends(page)],
    speaker: Annotated[
        str | None, Query(max_length=15, description="Speaker actor code, e.g. RUS or RUSGOV.")
    ] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the quote.")] = None,
    since: Annotated[
        str | None, Query(max_length=40, description="First day (ISO 8601), inclusive.")
    ] = None,
    until: Annotated[
        str | None, Query(max_length=40, description="Last day (ISO 8601), inclusive.")
    ] = None,
) -> Response:
    first, last = parse_day("since", since), parse_day("until", until)
    check_range(first, last)
    who = parse_actor("speaker", speaker)

    def build(store: Store) -> dict:
        frame = store.quotes(
            speaker=who,
            since=first,
            until=last,
            q=q or None,
            limit=paging.limit,
            offset=paging.offset,
        )
        return _page([shapes.quote(row) for row in shapes.rows(frame)], paging)

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
) -> Response:
    first, last = parse_day("since", since), parse_day("until", until)
    check_range(first, last)
    pair = parse_dyad(dyad)
    return await _answer(
        request,
        lambda store: {
            "freq": freq,
            "items": shapes.rows(
                store.alerts(freq=freq, dyad=pair, since=first, until=last).head(limit)
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
    def build(store: Store) -> dict:
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
            "top_actors": shapes.rows(store.top_actors(limit=top)),
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
