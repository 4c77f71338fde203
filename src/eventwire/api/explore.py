"""The endpoints behind the workbench's side panels: facet counts, the time histogram, the
map, and actor search; each takes the same filters as the list it narrows."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Query, Request, Response

from eventwire.api import shapes
from eventwire.api.answers import answer
from eventwire.api.params import event_filters, known_parameters, quote_filters
from eventwire.store import queries, quote_queries, time_histogram
from eventwire.store.filters import EventFilter
from eventwire.store.quote_filters import QuoteFilter

router = APIRouter(prefix="/api", dependencies=[Depends(known_parameters)])


@router.get(
    "/events/facets",
    tags=["events"],
    summary="Counts per QuadClass, root, PLOVER, countries, publisher, place, confidence band, "
    "resolved: each under the other filters",
)
async def event_facets(
    request: Request,
    filters: Annotated[EventFilter, Depends(event_filters)],
    top: Annotated[int, Query(ge=1, le=100, description="Values per facet.")] = 12,
) -> Response:
    return await answer(
        request,
        lambda store: {
            "total": queries.count_events(store, filters),
            "facets": queries.event_facets(store, filters, top),
        },
    )


@router.get(
    "/events/histogram",
    tags=["events"],
    summary="Matching events per day, week or month and QuadClass; long empty runs collapsed",
)
async def event_histogram(
    request: Request, filters: Annotated[EventFilter, Depends(event_filters)]
) -> Response:
    return await answer(request, lambda store: time_histogram.histogram(store, filters))


@router.get(
    "/events/map",
    tags=["events"],
    summary="Matching events per located place and per country (as actor or place)",
)
async def event_map(
    request: Request, filters: Annotated[EventFilter, Depends(event_filters)]
) -> Response:
    return await answer(
        request, lambda store: shapes.map_counts(queries.map_counts(store, filters))
    )


@router.get("/actors", tags=["actors"], summary="Actors by code or name, most active first")
async def search_actors(
    request: Request,
    q: Annotated[str, Query(min_length=1, max_length=60, description="Part of a code or name.")],
    limit: Annotated[int, Query(ge=1, le=50)] = 12,
) -> Response:
    return await answer(request, lambda store: {"items": queries.search_actors(store, q, limit)})


@router.get(
    "/quotes/facets", tags=["quotes"], summary="Counts per kind, speaker country, publisher"
)
async def quote_facets(
    request: Request,
    filters: Annotated[QuoteFilter, Depends(quote_filters)],
    top: Annotated[int, Query(ge=1, le=100, description="Values per facet.")] = 12,
) -> Response:
    return await answer(
        request,
        lambda store: {
            "total": quote_queries.count_quotes(store, filters),
            "facets": quote_queries.quote_facets(store, filters, top),
        },
    )
