"""The read-only endpoints over the store: articles, events, series, quotes, alerts, overview."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

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

router = APIRouter(prefix="/api")


def _with_totals(series: list[dict]) -> list[dict]:
    """Add ``cooperation`` (QuadClass 1+2) and ``conflict`` (3+4) counts to each period."""
    for row in series:
        row["cooperation"] = (row.get("verbal_cooperation") or 0) + (row.get("material_cooperation") or 0)
        row["conflict"] = (row.get("verbal_conflict") or 0) + (row.get("material_conflict") or 0)
    return series


MAX_VOLUME_BARS = 180


def _volume(store) -> dict:
    """Event volume over the days that hold 98% of the events (a stray "in 1945" does not
    stretch the chart), per day, or per week or month when days would be too many bars."""
    with store.cursor() as cursor:
        first, last, total = cursor.execute(
            "SELECT quantile_disc(day, 0.01), quantile_disc(day, 0.99), count(day) FROM events").fetchone()
    if first is None:
        return {"freq": "day", "since": None, "until": None, "items": [], "outside": 0}
    days = (last - first).days + 1
    freq = "day" if days <= MAX_VOLUME_BARS else "week" if days <= 7 * MAX_VOLUME_BARS else "month"
    items = _with_totals(shapes.rows(store.series(freq=freq, since=first, until=last)))
    return {"freq": freq, "since": first.isoformat(), "until": last.isoformat(), "items": items,
            "outside": total - sum(row["events"] for row in items)}


def _page(items: list, paging: Page) -> dict:
    return {"items": items, "limit": paging.limit, "offset": paging.offset,
            "next_offset": paging.offset + paging.limit if len(items) == paging.limit else None}


@router.get("/articles", tags=["articles"], summary="Stored articles, newest first (without bodies)")
def list_articles(
    request: Request,
    paging: Annotated[Page, Depends(page)],
    q: Annotated[str | None, Query(max_length=200, description="Words in the title or body.")] = None,
) -> dict:
    with request.app.state.db.open() as store:
        items = store.articles(limit=paging.limit, offset=paging.offset, q=q or None)
    return _page(shapes.rows(items), paging)


@router.get("/articles/{article_id}", tags=["articles"], summary="One article (ARTICLE) with its events and quotes")
def get_article(
    request: Request,
    article_id: Annotated[str, Path(max_length=300, description="The store's article id or the input's id.")],
) -> dict:
    with request.app.state.db.open() as store:
        row = store.article(article_id)
    if row is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    return shapes.article(row)


@router.get("/events", tags=["events"], summary="Events (EVENT), filtered like `eventwire events`")
def list_events(
    request: Request,
    filters: Annotated[EventFilters, Depends(event_filters)],
    paging: Annotated[Page, Depends(page)],
    order: Annotated[Literal["newest", "oldest"], Query(description="By event day.")] = "newest",
) -> dict:
    with request.app.state.db.open() as store:
        frame = store.events(actor=filters.actor, dyad=filters.dyad, since=filters.since, until=filters.until,
                             root=filters.root, limit=paging.limit, offset=paging.offset,
                             newest_first=order == "newest")
    return _page([shapes.event(row) for row in shapes.rows(frame)], paging)


@router.get("/series", tags=["analytics"], summary="Cooperation and conflict over time, per day, week or month")
def series(
    request: Request,
    dyad: Annotated[str | None, Query(max_length=31, description="SOURCE:TARGET, e.g. RUS:UKR; every event when absent.")] = None,
    actor: Annotated[str | None, Query(max_length=15, description="Actor code on either side.")] = None,
    freq: Annotated[Literal["day", "week", "month"], Query(description="Bin width.")] = "day",
    since: Annotated[str | None, Query(max_length=40, description="First day (ISO 8601), inclusive.")] = None,
    until: Annotated[str | None, Query(max_length=40, description="Last day (ISO 8601), inclusive.")] = None,
) -> dict:
    first, last = parse_day("since", since), parse_day("until", until)
    check_range(first, last)
    pair, who = parse_dyad(dyad), parse_actor("actor", actor)
    with request.app.state.db.open() as store:
        frame = store.series(dyad=pair, freq=freq, since=first, until=last, actor=who)
    return {"dyad": pair, "actor": who, "freq": freq, "items": _with_totals(shapes.rows(frame))}


@router.get("/quotes", tags=["quotes"], summary="Quotes (QUOTE), optionally by speaker, text and day")
def list_quotes(
    request: Request,
    paging: Annotated[Page, Depends(page)],
    speaker: Annotated[str | None, Query(max_length=15, description="Speaker actor code, e.g. RUS or RUSGOV.")] = None,
    q: Annotated[str | None, Query(max_length=200, description="Words in the quote.")] = None,
    since: Annotated[str | None, Query(max_length=40, description="First day (ISO 8601), inclusive.")] = None,
    until: Annotated[str | None, Query(max_length=40, description="Last day (ISO 8601), inclusive.")] = None,
) -> dict:
    first, last = parse_day("since", since), parse_day("until", until)
    check_range(first, last)
    with request.app.state.db.open() as store:
        frame = store.quotes(speaker=parse_actor("speaker", speaker), since=first, until=last, q=q or None,
                             limit=paging.limit, offset=paging.offset)
    return _page([shapes.quote(row) for row in shapes.rows(frame)], paging)


@router.get("/alerts", tags=["analytics"], summary="Escalation alerts, latest first")
def list_alerts(
    request: Request,
    dyad: Annotated[str | None, Query(max_length=31, description="SOURCE:TARGET, e.g. RUS:UKR.")] = None,
    freq: Annotated[Literal["day", "week", "month"], Query(description="Period of the baseline.")] = "week",
    since: Annotated[str | None, Query(max_length=40, description="First day (ISO 8601), inclusive.")] = None,
    until: Annotated[str | None, Query(max_length=40, description="Last day (ISO 8601), inclusive.")] = None,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"At most this many, 1 to {MAX_LIMIT}.")] = 50,
) -> dict:
    first, last = parse_day("since", since), parse_day("until", until)
    check_range(first, last)
    pair = parse_dyad(dyad)
    with request.app.state.db.open() as store:
        frame = store.alerts(freq=freq, dyad=pair, since=first, until=last)
    return {"freq": freq, "items": shapes.rows(frame.head(limit))}


@router.get("/overview", tags=["analytics"], summary="Totals, daily volume, top dyads and actors, latest alerts")
def overview(
    request: Request,
    top: Annotated[int, Query(ge=1, le=100, description="Rows in each top list.")] = 10,
) -> dict:
    with request.app.state.db.open() as store:
        counts = store.counts()
        return {
            "totals": {"articles": counts.get("articles", 0), "events": counts.get("events", 0),
                       "quotes": counts.get("quotes", 0), "actors": counts.get("actors", 0)},
            "volume": _volume(store),
            "top_dyads": shapes.rows(store.top_dyads(limit=top)),
            "top_actors": shapes.rows(store.top_actors(limit=top)),
            "alerts": shapes.rows(store.alerts().head(top)),
        }


@router.get("/cameo", tags=["codes"], summary="The CAMEO codebook: every code with name, Goldstein, QuadClass, PLOVER")
def cameo_codes() -> dict:
    from eventwire.events.ontology import codes

    return {"codes": [{"code": c.code, "name": c.name, "goldstein": c.goldstein, "quad_class": c.quad_class,
                       "plover": c.plover} for c in codes().values()]}
