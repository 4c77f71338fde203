"""The eventwire store: one DuckDB file with articles, events, quotes, actors and ingest runs.

``Store`` writes (``eventwire.store.write``: idempotent, one transaction per article,
syndicated copies collapsed) and reads (``eventwire.store.read``); rows are made and read
back by one mapping (``eventwire.store.rows``).

DuckDB lets one process write a file, or several processes read it; an ingest run is the
only writer. Query methods use their own cursor, so one ``Store`` may serve many threads.
"""

from __future__ import annotations

import threading
from pathlib import Path

import duckdb

from eventwire.store import syndication
from eventwire.store.failures import StoreError, connect, store_failure
from eventwire.store.keys import content_hash
from eventwire.store.read import StoreReader, scalar
from eventwire.store.runs import IngestSummary
from eventwire.store.schema import schema_sql
from eventwire.store.write import StoreWriter

DEFAULT_PATH = "eventwire.duckdb"
__all__ = ["DEFAULT_PATH", "IngestSummary", "Store", "StoreError", "content_hash", "scalar"]


class Store(StoreReader, StoreWriter):
    """An eventwire DuckDB store.

    ``Store(path, read_only=False)`` creates the file and schema when writable. Use as a
    context manager or call ``close()``. ``path=":memory:"`` gives a throwaway store.
    ``lock_wait``: seconds to keep retrying while another process holds the file (readers
    of ``eventwire serve`` hold it for a request at a time).
    """

    def __init__(
        self, path: str | Path = DEFAULT_PATH, read_only: bool = False, lock_wait: float = 0.0
    ) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(
                f"no eventwire store at {self.path}; create one with: eventwire ingest INPUT --db {self.path}"
            )
        self._con = connect(self.path, read_only, lock_wait)
        if not read_only:
            try:
                self._con.execute(schema_sql())
            except duckdb.Error as exc:
                self._con.close()
                raise store_failure(self.path, exc, "create the tables of") from exc
        self._lock = threading.RLock()
        self._clusters: syndication.Clusters | None = None
        self._next_event_id: int | None = None
        self._known_actors: set[str] | None = None
        self._generation = 0

    @property
    def generation(self) -> int:
        """How many writes this connection has committed: readers that cache answers
        (the API) know the store changed when it moves."""
        return self._generation

    # -- lifecycle ---------------------------------------------------------------------

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
