"""``GET /api/sources``: what ``eventwire watch`` (or ``serve --watch``) watches for this store.

Read from the watcher's state file beside the store (``eventwire.watch.state_path``), so it
answers the same whether the watcher runs inside the server or as its own process.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from fastapi import APIRouter, Request

router = APIRouter(prefix="/api")


@router.get("/sources", summary="Watched sources: last poll, new articles, errors")
def sources(request: Request) -> dict:
    """Per source (feed, sitemap or page): its label, kind and interval, the last poll (time,
    status, error), links found, articles stored since the last poll and in all, errors, and
    pages still waiting; ``urls`` counts the article URLs by status. Empty when no watcher
    has written this store."""
    from eventwire.watch import WatchState, state_path

    db = request.app.state.db.path
    path = state_path(db) if db is not None else None
    if path is None or not path.exists():
        return {"state": None, "sources": [], "urls": {}}
    try:
        state = WatchState(path, read_only=True)
        try:
            rows, counts = state.sources(), state.counts()
        finally:
            state.close()
    except sqlite3.Error as exc:
        return {"state": str(path), "sources": [], "urls": {}, "error": str(exc)}
    for row in rows:
        row["next_poll"] = _next_poll(row["last_poll"], row["interval"])
    return {"state": str(path), "sources": rows, "urls": counts}


def _next_poll(last_poll: str | None, interval: float | None) -> str | None:
    if not last_poll or not interval:
        return None
    return (datetime.fromisoformat(last_poll) + timedelta(seconds=interval)).isoformat()
