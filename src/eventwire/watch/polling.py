"""Polling one source: fetch its document (conditionally), archive it, queue its new links."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from eventwire.watch.archive import RotatingWarc, record_bytes
from eventwire.watch.fetcher import Fetched, Fetcher
from eventwire.watch.links import links_in
from eventwire.watch.politeness import Stopped
from eventwire.watch.sources import Source
from eventwire.watch.state import WatchState

log = logging.getLogger("eventwire.watch")
MAX_SITEMAPS = 50  # nested sitemaps read per poll of one sitemap index


@dataclass
class PollResult:
    source: Source
    status: str  # ok | not modified | error
    new: int = 0
    error: str = ""


def archive_document(warc: RotatingWarc, fetched: Fetched) -> None:
    """Keep a feed, sitemap or robots.txt answer (they are evidence too, never replayed)."""
    _, data = record_bytes(fetched)
    with warc.lock:
        warc.reserve(len(data))
        warc.write(data)


def poll(source: Source, fetcher: Fetcher, state: WatchState, warc: RotatingWarc) -> PollResult:
    """One poll of ``source``; never raises (the error is the result's)."""
    try:
        result = _poll(source, fetcher, state, warc)
    except Stopped:
        return PollResult(source, "stopped")
    except Exception as exc:  # one source's trouble never stops the others
        result = PollResult(source, "error", error=f"{type(exc).__name__}: {exc}"[:300])
    state.polled(source.url, result.status, result.error, result.new)
    log.info(
        "poll %s: %s, %d new article link(s)%s",
        source.label,
        result.status,
        result.new,
        f" ({result.error})" if result.error else "",
    )
    return result


def _poll(source: Source, fetcher: Fetcher, state: WatchState, warc: RotatingWarc) -> PollResult:
    documents, result = [source.url], PollResult(source, "not modified")
    seen = set(documents)
    answered: list[tuple[str, Fetched]] = []  # (URL asked for, its answer)
    while documents and len(seen) <= MAX_SITEMAPS:
        url = documents.pop(0)
        fetched = fetcher.get(url, validators=state.validators(url), html_only=False)
        if fetched.outcome == "not_modified":
            continue
        if fetched.outcome != "ok":
            if url == source.url:
                return PollResult(source, "error", error=fetched.reason or fetched.outcome)
            result.error = f"{url}: {fetched.reason}"
            continue
        archive_document(warc, fetched)
        answered.append((url, fetched))
        kind = source.kind if url == source.url else "sitemap"
        found = links_in(fetched.body, fetched.url, kind, fetched.header("content-type"))
        result.status = "ok"
        result.new += len(state.add_found(source.url, found.articles))
        for link, reason in found.refused.items():
            state.skip(source.url, link, reason)
        for nested in found.sitemaps:
            if nested not in seen:
                seen.add(nested)
                documents.append(nested)
    _keep_validators(source, answered, state, complete=not result.error)
    return result


def _keep_validators(
    source: Source, answered: list[tuple[str, Fetched]], state: WatchState, complete: bool
) -> None:
    """Saved only once the links are queued, so a poll cut short (killed, or a nested
    sitemap failing) is asked in full next time instead of answered 304 with links lost."""
    for url, fetched in answered:
        if complete or url != source.url:
            state.set_validators(url, fetched.header("etag"), fetched.header("last-modified"))
