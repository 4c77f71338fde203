"""How the watcher behaves towards the sites it reads: who it says it is, how often it asks.

A ``HostGate`` lets one request at a time reach a host, and the next one only ``delay``
seconds after the previous answer was read (or the robots.txt ``Crawl-delay``, when longer).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from eventwire.version import __version__

DEFAULT_USER_AGENT = f"eventwire/{__version__} (news event watcher; obeys robots.txt)"


@dataclass(frozen=True)
class Politeness:
    """The fetcher's settings; every number is in seconds or bytes."""

    user_agent: str = DEFAULT_USER_AGENT
    delay: float = 2.0  # between two requests to one host
    timeout: float = 20.0  # connect, and then the whole answer
    retries: int = 3  # after a 5xx or network error, with backoff
    backoff: float = 2.0  # the first retry waits this long, each next one twice as long
    max_redirects: int = 5
    max_bytes: int | None = None  # None: ingest's document size limit
    host_delays: dict[str, float] = field(default_factory=dict)  # host -> delay (sources file)
    robots_ttl: float = 24 * 3600  # how long a host's robots.txt is trusted


class Stopped(Exception):
    """The watcher was asked to stop while waiting for a host's turn: no request was made."""


class HostGate:
    """One request at a time per host, each at least the host's delay after the last."""

    def __init__(self, politeness: Politeness) -> None:
        self.politeness = politeness
        self._locks: dict[str, threading.Lock] = {}
        self._ready_at: dict[str, float] = {}
        self._crawl_delays: dict[str, float] = {}
        self._guard = threading.Lock()

    def set_crawl_delay(self, host: str, seconds: float | None) -> None:
        with self._guard:
            self._crawl_delays[host] = seconds or 0.0

    def delay(self, host: str) -> float:
        configured = self.politeness.host_delays.get(host, self.politeness.delay)
        return max(configured, self._crawl_delays.get(host, 0.0))

    @contextmanager
    def turn(self, host: str, stop: threading.Event | None = None) -> Iterator[None]:
        """Hold ``host`` for one request (waiting for its delay first)."""
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            if stop is not None and stop.is_set():
                raise Stopped(host)
            wait = self._ready_at.get(host, 0.0) - time.monotonic()
            if wait > 0:
                if stop is None:
                    time.sleep(wait)
                elif stop.wait(wait):
                    raise Stopped(host)
            try:
                yield
            finally:
                self._ready_at[host] = time.monotonic() + self.delay(host)
