"""Answers to read requests, kept while the store is unchanged, refreshed behind the scenes.

A dashboard page fires the same handful of queries for every viewer, and a burst of them
would otherwise queue behind one core. Each distinct request (path + the parameters the
endpoint declares, sorted and URL-escaped, so no crafted name can pose as another request)
is computed once per store version: concurrent identical requests wait for the one that
computes it ("single flight"). The version is the writer's commit counter when the server
owns the store (``serve --ingest``) and the file's size and modification time otherwise,
so a write by ``eventwire ingest`` is noticed at once.

While an ingest writes, the version moves several times a second. An answer computed at
most ``max_stale`` seconds ago is then served at once while one background thread
recomputes it (HTTP's stale-while-revalidate, RFC 5861), at most once per ``refresh_every``
seconds: viewers see data that lags the writer by about a second, never more than
``max_stale``, requests never queue behind the recomputations, and a fast stream of writes
does not turn into a stream of recomputations. ``max_stale=0`` makes every answer current.
"""

from __future__ import annotations

import asyncio
import heapq
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

import orjson  # faster than json on long series answers; writes dates as ISO 8601
from fastapi import Request, Response
from fastapi.concurrency import run_in_threadpool

if TYPE_CHECKING:
    from eventwire.analytics import AnalyticsStore
    from eventwire.api.db import Database

CAPACITY = 512  # distinct requests kept (each a page of rows, or one series)
MAX_BYTES = 64 * 1024 * 1024  # and at most this much JSON in all, least recently used out
COMPUTING = 2  # answers computed at once (see ResponseCache.__init__)
MAX_STALE = 5.0  # seconds an answer may be served after the store changed, while it is recomputed
REFRESH_EVERY = (
    1.0  # seconds between two recomputations of one answer while the store keeps changing
)

Build = Callable[["AnalyticsStore"], Any]


@dataclass
class _Entry:
    version: Hashable
    made: float  # time.monotonic() when computed
    body: bytes
    build: Build


class ResponseCache:
    """JSON answers by request key, valid for the store version they were computed on."""

    def __init__(
        self,
        db: Database,
        capacity: int = CAPACITY,
        max_stale: float = MAX_STALE,
        refresh_every: float = REFRESH_EVERY,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self._db = db
        self._capacity = capacity
        self._max_bytes = max_bytes
        self._bytes = 0  # the kept answers' total size
        self._routes: dict[int, frozenset[str]] = {}  # each route's query parameter names
        self._max_stale = max_stale
        self._refresh_every = refresh_every
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._flights: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()
        # Computations at a time: more only contend for the GIL and the cores (DuckDB
        # already runs one query on several threads) and make every one of them late.
        self._computing = threading.BoundedSemaphore(COMPUTING)
        self._due = threading.Condition(
            self._lock
        )  # the refresher waits on it for the next due key
        self._stale: list[tuple[float, str]] = []  # heap of (when to recompute, key)
        self._queued: set[str] = set()
        self._refresher: threading.Thread | None = None
        self._closed = False
        self._pending: dict[
            str, asyncio.Future[bytes]
        ] = {}  # computations requests await (event loop only)

    async def respond(self, request: Request, build: Build) -> Response:
        """The JSON of ``build(store)`` for this request (errors it raises pass through).
        A kept answer is returned from the event loop; a computation runs in a worker thread."""
        key = request_key(request, self._routes)
        body = self.kept(key)
        if body is None:
            # Identical requests await one computation here, in the event loop, rather than
            # each taking a worker thread to wait on it (a burst would wake dozens of threads).
            pending = self._pending.get(key)
            if pending is None:
                pending = self._pending[key] = asyncio.ensure_future(
                    run_in_threadpool(self.compute, key, build)
                )
                pending.add_done_callback(
                    lambda done: (
                        self._pending.pop(key, None) if self._pending.get(key) is done else None
                    )
                )
            body = await asyncio.shield(
                pending
            )  # a client that leaves does not cancel it for the others
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
                    self._schedule(key, entry.made)
                    return entry.body
        return None

    def compute(self, key: str, build: Build) -> bytes:
        """Compute (or wait for the identical computation in flight) and keep the answer."""
        asked = time.monotonic()
        with self._lock:
            flight = self._flights.setdefault(key, threading.Lock())
        with flight:  # one computes; identical requests wait here, then take its answer
            version = self._db.version()  # before reading: a write during the read leaves it stale
            with self._lock:
                entry = self._entries.get(key)
                # Computed while this request waited: as fresh as the request (even if a write
                # has landed since, which would otherwise make every waiter compute again).
                if entry is not None and (entry.version == version or entry.made >= asked):
                    return entry.body
            with self._computing, self._db.open() as store:
                body = orjson.dumps(build(store))
            with self._lock:
                self._keep(key, _Entry(version, time.monotonic(), body, build))
                # Forget the lock once answered (waiters hold it still): otherwise every distinct
                # request ever made, e.g. each new search word, would leave a lock behind.
                if self._flights.get(key) is flight:
                    del self._flights[key]
        return body

    def _keep(self, key: str, entry: _Entry) -> None:
        """Keep ``entry``, dropping the least recently used answers beyond the capacity or
        the byte budget (caller holds the lock); an answer over the whole budget is not kept."""
        self._forget(key)
        if len(entry.body) > self._max_bytes:
            return
        self._entries[key] = entry
        self._bytes += len(entry.body)
        while len(self._entries) > self._capacity or self._bytes > self._max_bytes:
            self._forget(next(iter(self._entries)))

    def _forget(self, key: str) -> None:
        entry = self._entries.pop(key, None)
        if entry is not None:
            self._bytes -= len(entry.body)

    @property
    def kept_bytes(self) -> int:
        """The size of every answer kept."""
        return self._bytes

    def close(self) -> None:
        """Stop the refresher and wait for its computation in progress (before the store closes)."""
        with self._lock:
            self._closed = True
            self._due.notify()
            refresher = self._refresher
        if refresher is not None:
            refresher.join()

    def _schedule(self, key: str, made: float) -> None:
        """Queue ``key`` for the refresher, due ``refresh_every`` after it was computed (caller
        holds the lock): under a steady stream of writes each answer is recomputed at most
        that often, instead of once per write."""
        if key in self._queued or self._closed:
            return
        self._queued.add(key)
        heapq.heappush(self._stale, (made + self._refresh_every, key))
        self._due.notify()
        if self._refresher is None or not self._refresher.is_alive():
            self._refresher = threading.Thread(
                target=self._refresh, name="eventwire-cache-refresh", daemon=True
            )
            self._refresher.start()

    def _refresh(self) -> None:
        """Recompute stale answers one at a time, so refreshing never takes more than one core."""
        while True:
            with self._lock:
                while not self._closed and (
                    not self._stale or self._stale[0][0] > time.monotonic()
                ):
                    self._due.wait(self._stale[0][0] - time.monotonic() if self._stale else None)
                if self._closed:
                    return
                _, key = heapq.heappop(self._stale)
                self._queued.discard(key)
                entry = self._entries.get(key)
            if entry is None:
                continue
            try:
                self.compute(key, entry.build)
            except Exception:
                with self._lock:
                    self._forget(key)


def request_key(request: Request, known: dict[int, frozenset[str]] | None = None) -> str:
    """The path and the query parameters the endpoint declares, sorted and URL-escaped:
    ``?actor%3DRUS%26limit=5`` (one odd name) can no longer pose as ``?actor=RUS&limit=5``,
    and parameters the endpoint ignores do not make new entries. ``known`` keeps each
    route's names (by ``id``: routes live as long as their app, and are not hashable)."""
    route = request.scope.get("route")
    declared = None
    if getattr(route, "dependant", None) is not None:
        known = {} if known is None else known
        declared = known.get(id(route))
        if declared is None:
            declared = known[id(route)] = _declared(route)
    items = sorted(
        (name, value)
        for name, value in request.query_params.multi_items()
        if declared is None or name in declared
    )
    return request.url.path + "?" + urlencode(items)


def _declared(route: Any) -> frozenset[str]:
    """The query parameter names of a route, its dependencies' included."""
    names: set[str] = set()
    pending = [route.dependant]
    while pending:
        dependant = pending.pop()
        names.update(param.alias for param in dependant.query_params)
        pending.extend(dependant.dependencies)
    return frozenset(names)
