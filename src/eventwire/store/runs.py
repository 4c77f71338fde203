"""The ``ingest_runs`` table: each ingest run is recorded when it begins and when it ends
(one still ``running`` with no end was killed or is still going)."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime

import duckdb

from eventwire.store.read import scalar


@dataclass
class IngestSummary:
    """What one ``add`` or ingest run did."""

    articles: int = 0  # new articles stored
    duplicates: int = 0  # already stored (same content hash): nothing written
    skipped: int = 0  # raw inputs already stored: not even parsed
    syndicated: int = 0  # new articles that joined an existing syndication cluster
    events: int = 0  # new distinct events
    merged: int = 0  # event reports collapsed into an event already stored
    quotes: int = 0
    failures: int = 0  # documents with errors (stored when they have a body)
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (doc_id, stage, message)

    def as_dict(self) -> dict[str, int]:
        return {k: v for k, v in self.__dict__.items() if k != "errors"}


def now() -> datetime:
    """UTC now, without a zone (DuckDB TIMESTAMP)."""
    return datetime.now(UTC).replace(tzinfo=None)


class RunLog:
    """Writes of ``ingest_runs``, part of ``Store`` (read them with ``Store.runs``)."""

    _con: duckdb.DuckDBPyConnection
    _lock: threading.RLock

    def begin_run(self, inputs: Iterable[str]) -> int:
        with self._lock:
            run_id = scalar(
                self._con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM ingest_runs")
            )
            self._con.execute(
                "INSERT INTO ingest_runs (run_id, started_at, status, inputs) VALUES (?, ?, 'running', ?)",
                [run_id, now(), [str(i) for i in inputs]],
            )
            return run_id

    def finish_run(self, run_id: int, summary: IngestSummary, status: str = "done") -> None:
        with self._lock:
            self._con.execute(
                "UPDATE ingest_runs SET finished_at = ?, status = ?, articles = ?, duplicates = ?, events = ?, "
                "merged = ?, quotes = ?, failures = ? WHERE run_id = ?",
                [
                    now(),
                    status,
                    summary.articles,
                    summary.duplicates + summary.skipped,
                    summary.events,
                    summary.merged,
                    summary.quotes,
                    summary.failures,
                    run_id,
                ],
            )
