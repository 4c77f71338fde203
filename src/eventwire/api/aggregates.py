"""The endpoints that aggregate over the store rather than list its rows: a dyad's or an
actor's cooperation and conflict over time, escalation alerts, and the overview (totals,
volume, top dyads and actors)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

import pandas as pd
from fastapi import APIRouter, Depends, Query, Request, Response

from eventwire.actors import code_label
from eventwire.api import shapes
from eventwire.api.answers import answer
from eventwire.api.params import (
    MAX_LIMIT,
    check_range,
    known_parameters,
    parse_actor,
    parse_day,
    parse_dyad,
)
from eventwire.store import time_histogram
from eventwire.store.filters import EventFilter

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
    return await answer(
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
    return await answer(
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

    return await answer(request, build)
