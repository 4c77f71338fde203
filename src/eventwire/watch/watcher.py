"""The watcher: poll the due sources, fetch their new articles, archive and store them.

A cycle has three steps, in this order: ingest what a killed run archived but did not store
(from the archive, so nothing is fetched twice); poll the due sources (conditional GETs),
queueing new article URLs; fetch the queued URLs, one thread per host, each page archived
and then analysed and stored by this thread in archive order (so a replay of the archive
gives the same ids). ``stop`` (SIGTERM, Ctrl-C) ends the fetching after the pages in hand,
which are still stored.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import partial
from itertools import chain
from pathlib import Path
from urllib.parse import urlsplit

from eventwire.models import RawDocument
from eventwire.store import IngestSummary, Store
from eventwire.store.ingest_run import raw_hash
from eventwire.watch.archive import (
    ROTATE_BYTES,
    RotatingWarc,
    Stored,
    cut_torn_tail,
    raw_document,
    read_record,
    record_bytes,
)
from eventwire.watch.fetcher import Fetched, Fetcher
from eventwire.watch.links import canonical
from eventwire.watch.politeness import Politeness, Stopped
from eventwire.watch.polling import PollResult, archive_document, poll
from eventwire.watch.sources import Source
from eventwire.watch.state import WatchState

log = logging.getLogger("eventwire.watch")
CHUNK = 4  # articles analysed together: small, so each reaches the store soon after its fetch
_DONE = object()
Ready = tuple[str, str, RawDocument]  # url, source, document


def archive_path(db: str | Path) -> Path:
    """The archive folder of store ``db``: ``news.duckdb`` -> ``news.archive/``."""
    db = Path(db)
    return db.with_name(db.stem + ".archive")


@dataclass
class WatchSummary:
    polls: int = 0
    poll_errors: int = 0
    pages: int = 0
    skipped: int = 0
    failed: int = 0
    store: IngestSummary = field(default_factory=IngestSummary)


class Watcher:
    """Watches ``sources`` into ``store``; ``run(once=True)`` is one pass."""

    def __init__(
        self,
        sources: list[Source],
        store: Store,
        state: WatchState,
        *,
        archive: Path,
        politeness: Politeness | None = None,
        interval: float = 900.0,
        workers: int | None = 1,
        fetchers: int = 8,
        rotate_bytes: int = ROTATE_BYTES,
        nice: int = 0,
        stop: threading.Event | None = None,
    ) -> None:
        politeness = politeness or Politeness()
        delays = {s.host: s.delay for s in sources if s.delay is not None}
        if delays:
            politeness = replace(politeness, host_delays={**politeness.host_delays, **delays})
        self.sources, self.store, self.state = sources, store, state
        self.interval, self.workers, self.fetchers, self.nice = interval, workers, fetchers, nice
        self.stop = stop or threading.Event()
        self.fetcher = Fetcher(politeness, self.stop)
        self.pages = RotatingWarc(archive, "pages", rotate_bytes)
        self.feeds = RotatingWarc(archive / "feeds", "feeds", rotate_bytes)
        self.summary = WatchSummary()
        for source in sources:
            state.register(source.url, source.label, source.kind, self._interval(source))

    def run(self, once: bool = False) -> WatchSummary:
        try:
            while not self.stop.is_set():
                due = self.sources if once else self._due()
                if due:  # failed pages are retried with a poll, not in between
                    self.cycle(due)
                if once:
                    break
                self.stop.wait(self._seconds_to_next_poll())
        finally:
            self.pages.close()
            self.feeds.close()
        return self.summary

    def cycle(self, sources: list[Source]) -> None:
        """Recover, poll ``sources``, fetch and store their new articles."""
        recovered = self._recover()
        with ThreadPoolExecutor(self.fetchers, thread_name_prefix="eventwire-poll") as pool:
            results = list(pool.map(self._poll, sources))
        self.summary.polls += sum(r.status != "stopped" for r in results)
        self.summary.poll_errors += sum(r.status == "error" for r in results)
        ready: queue.Queue = queue.Queue()
        fetching = threading.Thread(
            target=self._fetch_all, args=(ready,), name="eventwire-fetch", daemon=True
        )
        fetching.start()
        before = self.summary.store.articles
        self._ingest(chain(recovered, iter(ready.get, _DONE)))
        fetching.join()
        self._archive_robots()
        log.info(
            "cycle: %d source(s) polled, %d error(s); %d article(s) stored",
            len(results),
            sum(r.status == "error" for r in results),
            self.summary.store.articles - before,
        )

    # -- polling -----------------------------------------------------------------------

    def _poll(self, source: Source) -> PollResult:
        return poll(source, self.fetcher, self.state, self.feeds)

    def _interval(self, source: Source) -> float:
        return source.interval or self.interval

    def _due(self) -> list[Source]:
        now = datetime.now(UTC)
        return [
            s
            for s in self.sources
            if (last := self.state.last_poll(s.url)) is None
            or (now - last).total_seconds() >= self._interval(s)
        ]

    def _seconds_to_next_poll(self) -> float:
        now = datetime.now(UTC)
        waits = [
            self._interval(s) - (now - last).total_seconds()
            for s in self.sources
            if (last := self.state.last_poll(s.url)) is not None
        ]
        return max(1.0, min(waits, default=self.interval))

    def _archive_robots(self) -> None:
        robots = self.fetcher.robots.fetched
        while robots:
            archive_document(self.feeds, robots.pop(0))

    # -- fetching ----------------------------------------------------------------------

    def _fetch_all(self, ready: queue.Queue) -> None:
        """Fetch every queued URL, hosts in parallel, each host's URLs one after another."""
        try:
            by_host: dict[str, list[tuple[str, str]]] = defaultdict(list)
            for url, source in self.state.to_fetch():
                by_host[urlsplit(url).netloc.lower()].append((url, source))
            with ThreadPoolExecutor(self.fetchers, thread_name_prefix="eventwire-fetch") as pool:
                for future in [
                    pool.submit(self._fetch_host, items, ready) for items in by_host.values()
                ]:
                    future.result()
        finally:
            ready.put(_DONE)

    def _fetch_host(self, items: list[tuple[str, str]], ready: queue.Queue) -> None:
        for url, source in items:
            if self.stop.is_set():
                return
            if not self.state.still_wanted(url):
                continue
            try:
                fetched = self.fetcher.get(url, follow=partial(self._follow, url))
            except Stopped:
                return
            except Exception as exc:  # a bug in one page's handling stops neither host nor run
                fetched = Fetched(url, "error", f"{type(exc).__name__}: {exc}"[:300])
            self._keep(url, source, fetched, ready)

    def _follow(self, url: str, target: str) -> bool:
        target_url = canonical(target)
        return target_url == url or (
            target_url is not None and self.state.claim_redirect(url, target_url)
        )

    def _keep(self, url: str, source: str, fetched: Fetched, ready: queue.Queue) -> None:
        if fetched.outcome != "ok":
            failed = fetched.outcome == "error"
            self.state.finish(
                url, "failed" if failed else "skipped", fetched.reason, fetched.transient
            )
            self.summary.failed += failed
            self.summary.skipped += not failed
            log.info("%s %s: %s", "failed" if failed else "skipped", url, fetched.reason)
            return
        record_id, data = record_bytes(fetched)
        with self.pages.lock:  # archive order is store order
            path, offset = self.pages.reserve(len(data))
            self.state.archived(url, Stored(record_id, str(path), offset, len(data)))
            self.pages.write(data)
            ready.put((url, source, raw_document(data, f"{path}#{offset}")))
        self.summary.pages += 1

    # -- storing -----------------------------------------------------------------------

    def _recover(self) -> list[Ready]:
        """Archived pages a killed run did not store; a record torn by the kill is cut off
        and its URL fetched again."""
        recovered: list[Ready] = []
        known: set[str] | None = None
        for url, source, stored in self.state.pending():
            data = read_record(stored)
            if data is None:
                cut_torn_tail(stored)
                self.state.forget_record(url)
                continue
            raw = raw_document(data, f"{stored.path}#{stored.offset}")
            known = self.store.known_raw_hashes() if known is None else known
            if raw_hash(raw) in known:
                self.state.finish(url, "stored")
            else:
                recovered.append((url, source, raw))
        if recovered:
            log.info("resuming: %d archived page(s) not yet stored", len(recovered))
        return recovered

    def _ingest(self, ready: Iterable[Ready]) -> None:
        """Analyse and store pages in the order they come (the archive's)."""
        from eventwire.scale import run

        meta: dict[str, tuple[str, str, str]] = {}
        pages = iter(ready)
        first = next(pages, None)
        if first is None:
            return  # nothing new: no worker processes started for nothing

        def documents() -> Iterator[RawDocument]:
            for url, source, raw in chain([first], pages):
                meta[raw.id] = (url, source, raw_hash(raw))
                yield raw

        run_id = None
        summary = self.summary.store
        try:
            for article in run(documents(), workers=self.workers, chunk_size=CHUNK, nice=self.nice):
                url, source, digest = meta.pop(article.id)
                run_id = run_id or self.store.begin_run([f"watch: {len(self.sources)} source(s)"])
                self.store.add_article(article, summary=summary, run_id=run_id, raw_hash=digest)
                reason = article.errors[0].message if article.errors else ""
                self.state.finish(url, "stored", reason)
                if article.body.strip():
                    self.state.article_stored(source)
        except BaseException:
            if run_id:
                self.store.finish_run(run_id, summary, status="interrupted")
            raise
        if run_id:
            self.store.finish_run(run_id, summary)
            self.store.optimize()
