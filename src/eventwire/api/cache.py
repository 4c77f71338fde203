"""Answers to read requests, kept while the store is unchanged, refreshed behind the scenes.

A dashboard page fires the same handful of queries for every viewer, and a burst of them
would otherwise queue behind one core. Each distinct request (path + sorted query) is
computed once per store version: concurrent identical requests wait for the one that
computes it ("single flight"). The version is the writer's commit counter when the server
owns the store (``serve --ingest``) and the file's size and modification time otherwise,
so a write by ``eventwire ingest`` is noticed at once.

While an ingest writes, the version moves several times a second. An answer computed at
most ``max_stale`` seconds ago is then served at once while one background thread
recomputes it (HTTP's stale-while-revalidate, RFC 5861): viewers see data that lags the
writer by about one recomputation, never more than ``max_stale``, and requests never queue
behind the recomputations. ``max_stale=0`` makes every answer current.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import orjson  # ~10x faster than json for the long series answers; dates as ISO 8601
from fastapi import Request, Response
from fastapi.concurrency import run_in_threadpool

if TYPE_CHECKING:
    from eventwire.api.db import Database
    from eventwire.store import Store

CAPACITY = 512  # distinct requests kept; each answer is at most a page of rows
COMPUTING = 2
MAX_STALE = 5.0  # seconds an answer may be served after the store changed, while it is recomputed

Build = Callable[["Store"], Any]


@dataclass
class _Entry:
    version: Hashable
    made: float  # time.monotonic() when computed
    body: bytes
    build: Build


class ResponseCache:
    """JSON answers by request key, valid for the store version they were computed on."""

    def __init__(self, db: Database, capacity: int = CAPACITY, max_stale: float = MAX_STALE) -> None:
        self._db = db
        self._capacity = capacity
        self._max_stale = max_stale
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._flights: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        # Computations at a time: more only contend for the GIL and the cores (DuckDB
        # already runs one query on several threads) and make every one of them late.
        self._computing = threading.BoundedSemaphore(COMPUTING)
        self._stale: queue.SimpleQueue[str | None] = queue.SimpleQueue()  # None: stop
        self._queued: set[str] = set()
        self._refresher: threading.Thread | None = None
        self._closed = False

    async def respond(self, request: Request, build: Build) -> Response:
        """The JSON of ``build(store)`` for this request (errors it raises pass through).
        A kept answer is returned from the event loop; a computation runs in a worker thread."""
        key = request.url.path + "?" + "&".join(f"{k}={v}" for k, v in sorted(request.query_params.multi_items()))
        body = self.kept(key)
        if body is None:
            body = await run_in_threadpool(self.compute, key, build)
        return Response(body, media_type="application/json")

    def kept(self, key: str) -> bytes | None:
        """The answer for ``key`` if it may be served now (current, or stale but recent, in
        which case its recomputation is queued); None when it must be computed."""
        version = self._db.version()
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
                if entry.version == version:
                    return entry.body
                if time.monotonic() - entry.made <= self._max_stale:
                    self._schedule(key)
                    return entry.body
        return None

    def compute(self, key: str, build: Build) -> bytes:
        """Compute (or wait for the identical computation in flight) and keep the answer."""
        with self._lock:
            flight = self._flights.setdefault(key, threading.Lock())
        with flight:  # one computes; identical requests wait here, then take its answer
            version = self._db.version()  # before reading: a write during the read leaves it stale
            with self._lock:
                entry = self._entries.get(key)
                if entry is not None and entry.version == version:
                    return entry.body
            with self._computing, self._db.open() as store:
                body = orjson.dumps(build(store))
            with self._lock:
                self._entries[key] = _Entry(version, time.monotonic(), body, build)
                self._entries.move_to_end(key)
                while len(self._entries) > self._capacity:
                    self._entries.popitem(last=False)
        return body

    def close(self) -> None:
        """Stop the refresher and wait for its computation in progress (before the store closes)."""
        with self._lock:
            self._closed = True
            refresher = self._refresher
        if refresher is not None:
            self._stale.put(None)
            refresher.join()

    def _schedule(self, key: str) -> None:
        """Queue ``key`` for the refresher (caller holds the lock)."""
        if key in self._queued or self._closed:
            return
        self._queued.add(key)
        self._stale.put(key)
        if self._refresher is None or not self._refresher.is_alive():
            self._refresher = threading.Thread(target=self._refresh, name="eventwire-cache-refresh", daemon=True)
            self._refresher.start()

    def _refresh(self) -> None:
        """Recompute stale answers one at a time, so refreshing never takes more than one core."""
        while True:
            key = self._stale.get()
            if key is None:
                return
            with self._lock:
                self._queued.discard(key)
                entry = self._entries.get(key)
            if entry is None:
                continue
            try:
                self.compute(key, entry.build)
            except Exception:  # noqa: BLE001 - e.g. the store went away: the next request recomputes and reports
                with self._lock:
                    self._entries.pop(key, None)
