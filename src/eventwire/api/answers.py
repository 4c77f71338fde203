"""How the read endpoints answer: JSON from the response cache, and the page envelope of a
list (its rows, limit, offset, next offset and total) or the window of a download.

Shared by every read endpoint module (``routes``, ``aggregates``, ``explore``), so it sits
below all of them and imports none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from fastapi import Request, Response

from eventwire.api.params import Page

if TYPE_CHECKING:
    from eventwire.analytics import AnalyticsStore


async def answer(request: Request, build: Callable[[AnalyticsStore], object]) -> Response:
    """``build(store)`` as JSON, from the response cache while the store is unchanged (the
    endpoints are async so that a kept answer never waits for a thread)."""
    return await request.app.state.responses.respond(request, build)


def paged(items: list, paging: Page, total: int | None = None) -> dict:
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


def download_window(request: Request, paging: Page) -> dict:
    """A download is every matching row unless the URL itself asks for a page."""
    if "limit" in request.query_params or "offset" in request.query_params:
        return {"limit": paging.limit, "offset": paging.offset}
    return {}
