"""Read-only access to the store for the API, one short-lived connection per request.

Holding no connection between requests means ``eventwire ingest`` can write to the same file
while the dashboard is running; a request that arrives during a write gets a clear 503.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import HTTPException

if TYPE_CHECKING:
    import pandas as pd

    from eventwire.store import Store


class Database:
    """Where the store lives; ``open()`` yields a read-only ``Store`` or raises a 503."""

    def __init__(self, path: Path | None) -> None:
        self.path = path

    @contextmanager
    def open(self) -> Iterator[Store]:
        if self.path is None or not self.path.exists():
            where = self.path or "PATH"
            raise HTTPException(503, f"no database at {where}: run `eventwire ingest FILES --db {where}` "
                                     "first (the paste page works without one)")
        import duckdb

        from eventwire.store import Store

        try:
            store = Store(self.path, read_only=True)
        except duckdb.IOException as exc:
            raise HTTPException(503, f"database {self.path} is busy (an ingest may be writing): {exc}") from None
        try:
            yield store
        finally:
            store.close()


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """JSON-safe rows: NaN -> null, timestamps -> ISO 8601."""
    if frame is None or frame.empty:
        return []
    return json.loads(frame.to_json(orient="records", date_format="iso", force_ascii=False))
