"""The API's answer cache: one computation per store version, stale answers refreshed behind."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager

import pytest
from fastapi import HTTPException

from eventwire.api.cache import ResponseCache


class Versioned:
    """Stands in for ``api.db.Database``: a version the test moves, and a "store" that is
    just the version, so each answer shows which version it was computed on."""

    def __init__(self) -> None:
        self.current = 0

    def version(self) -> int:
        return self.current

    @contextmanager
    def open(self):
        yield self.current


class Counted:
    def __init__(self, delay: float = 0.0) -> None:
        self.calls = 0
        self.delay = delay
        self._lock = threading.Lock()

    def __call__(self, store: int) -> dict:
        with self._lock:
            self.calls += 1
        time.sleep(self.delay)
        return {"version": store}


def wait_for(condition, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.01)
    return True


def test_identical_concurrent_requests_compute_once():
    cache, build = ResponseCache(Versioned()), Counted(delay=0.2)
    bodies: list[bytes] = []
    threads = [
        threading.Thread(target=lambda: bodies.append(cache.compute("/api/events?", build)))
        for _ in range(16)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert build.calls == 1 and bodies == [b'{"version":0}'] * 16
    assert cache.kept("/api/events?") == b'{"version":0}'
    assert cache.kept("/api/quotes?") is None  # another request is another answer


def test_a_write_makes_the_answer_stale_and_it_is_recomputed_in_the_background():
    db, build = Versioned(), Counted()
    cache = ResponseCache(db, max_stale=60, refresh_every=0.05)
    cache.compute("k", build)
    db.current = 1
    assert cache.kept("k") == b'{"version":0}'  # served at once, lagging by one recomputation
    assert wait_for(lambda: cache.kept("k") == b'{"version":1}')
    assert build.calls == 2
    cache.close()


def test_without_staleness_every_answer_is_current():
    db, build = Versioned(), Counted()
    cache = ResponseCache(db, max_stale=0)
    cache.compute("k", build)
    db.current = 1
    assert cache.kept("k") is None
    assert cache.compute("k", build) == b'{"version":1}'


def test_an_answer_older_than_max_stale_is_not_served_after_a_write():
    db, build = Versioned(), Counted()
    cache = ResponseCache(db, max_stale=0.05)
    cache.compute("k", build)
    assert cache.kept("k") == b'{"version":0}'  # unchanged store: kept however old
    time.sleep(0.1)
    db.current = 1
    assert cache.kept("k") is None


def test_errors_pass_through_and_are_not_kept():
    def missing(store: int) -> dict:
        raise HTTPException(404, "no article with id 'x'")

    cache = ResponseCache(Versioned())
    with pytest.raises(HTTPException):
        cache.compute("/api/articles/x?", missing)
    assert cache.kept("/api/articles/x?") is None


def test_the_least_recently_used_answer_goes_first():
    cache, build = ResponseCache(Versioned(), capacity=2), Counted()
    cache.compute("a", build)
    cache.compute("b", build)
    cache.kept("a")
    cache.compute("c", build)
    assert cache.kept("a") is not None and cache.kept("b") is None and cache.kept("c") is not None


def test_close_waits_for_the_refresh_in_progress():
    db, build = Versioned(), Counted(delay=0.3)
    cache = ResponseCache(db, max_stale=60, refresh_every=0.05)
    cache.compute("k", build)
    db.current = 1
    cache.kept("k")  # queues the refresh
    assert wait_for(lambda: build.calls == 2)
    cache.close()  # returns only when that refresh is done: the store may close now
    assert cache.kept("k") == b'{"version":1}'
    db.current = 2
    assert cache.kept("k") == b'{"version":1}' and not wait_for(
        lambda: build.calls == 3, seconds=0.5
    )


def test_requests_waiting_for_a_computation_take_its_answer_even_after_a_write():
    """Otherwise, under a stream of writes, every waiting request would compute again."""
    db = Versioned()
    cache = ResponseCache(db, max_stale=0)

    def slow_then_write(store: int) -> dict:
        time.sleep(0.2)
        db.current += 1  # a write lands while the answer is computed
        return {"version": store}

    build = Counted()
    first = threading.Thread(target=cache.compute, args=("k", slow_then_write))
    first.start()
    time.sleep(0.05)
    answers: list[bytes] = []
    waiting = [
        threading.Thread(target=lambda: answers.append(cache.compute("k", build))) for _ in range(3)
    ]
    for thread in waiting:  # these arrive while the answer is being computed
        thread.start()
    for thread in [first, *waiting]:
        thread.join()
    assert answers == [b'{"version":0}'] * 3 and build.calls == 0
    assert cache.compute("k", build) == b'{"version":1}'  # a request after the write does compute


def test_distinct_requests_leave_nothing_behind_beyond_the_kept_answers():
    cache, build = ResponseCache(Versioned(), capacity=4), Counted()
    for i in range(100):  # e.g. a search box: every request a new one
        cache.compute(f"/api/articles?q=word{i}", build)
    assert len(cache._entries) == 4 and cache._flights == {}
