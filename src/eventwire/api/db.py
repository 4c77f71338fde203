"""Read-only access to the store for the API, one short-lived connection per request.

Holding no connection between requests means ``eventwire ingest`` can write to the same file
while the dashboard is running; a request that arrives during a write gets a clear 503.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import HTTPException

if TYPE_CHECKING:
    from eventwire.analytics import AnalyticsStore


class Database:
    """Where the store lives; ``open()`` yields a read-only ``AnalyticsStore`` or raises a 503 (none, busy).

    With ``shared`` (``eventwire serve --ingest``) the server process owns the one read-write
    connection and an ingest thread writes through it: each request reads on its own cursor
    (a consistent snapshot, DuckDB MVCC), so nothing waits on the file lock.
    """

    def __init__(self, path: Path | None, shared: AnalyticsStore | None = None) -> None:
        self.path = path
        self.shared = shared

    def version(self) -> Hashable:
        """Changes whenever the stored data may have: the shared store's commit count, or the
        size and modification time of the file and its write-ahead log."""
        if self.shared is not None:
            return self.shared.generation
        if self.path is None:
            return None
        return tuple(
            _stat(file) for file in (self.path, self.path.with_name(self.path.name + ".wal"))
        )

    @contextmanager
    def open(self) -> Iterator[AnalyticsStore]:
        if self.shared is not None:
            try:
                yield self.shared
            except (
                ValueError
            ) as exc:  # the store's own parameter checks (eventwire.store.filter_values)
                raise HTTPException(422, str(exc)) from None
            return
        if self.path is None or not self.path.exists():
            where = self.path or "PATH"
            raise HTTPException(
                503,
                f"no database at {where}: run `eventwire ingest FILES --db {where}` "
                "first (the paste page works without one)",
            )
        from eventwire.analytics import AnalyticsStore
        from eventwire.store import StoreError
        from eventwire.store.files import store_file_problem

        if problem := store_file_problem(self.path):
            raise HTTPException(503, problem)
        try:
            store = AnalyticsStore(self.path, read_only=True)
        except StoreError as exc:
            raise HTTPException(503, str(exc)) from None
        try:
            yield store
        except (
            ValueError
        ) as exc:  # the store's own parameter checks (eventwire.store.filter_values)
            raise HTTPException(422, str(exc)) from None
        finally:
            store.close()


def _stat(file: Path) -> tuple[int, int] | None:
    try:
        stat = file.stat()
    except OSError:
        return None
    return stat.st_size, stat.st_mtime_ns
