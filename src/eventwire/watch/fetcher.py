"""The polite fetcher: robots.txt, one request per host at a time, retries, limits.

``Fetcher.get(url)`` never raises for a site's behaviour: every answer becomes a ``Fetched``
whose ``outcome`` says what happened (``ok``, ``not_modified``, ``skipped``, ``error``) and
``reason`` why, so one bad site or page never stops the others.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import urllib3
from urllib3.exceptions import HTTPError as NetworkError

from eventwire.ingest.readers import default_max_bytes
from eventwire.watch.politeness import HostGate, Politeness
from eventwire.watch.robots import RobotsCache

REDIRECTS = {301, 302, 303, 307, 308}
HTML_TYPES = ("text/html", "application/xhtml+xml")
CHUNK = 64 * 1024


@dataclass
class Fetched:
    """One fetch: the final URL, the answer and what the watcher made of it."""

    url: str  # after redirects
    outcome: str  # ok | not_modified | skipped | error
    reason: str = ""
    status: int = 0
    headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    fetched_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    transient: bool = False  # an error worth trying again at a later poll

    def header(self, name: str) -> str:
        name = name.lower()
        return next((value for key, value in self.headers if key.lower() == name), "")


class Fetcher:
    """Shared by all fetch threads of one watcher."""

    def __init__(self, politeness: Politeness, stop: threading.Event | None = None) -> None:
        self.politeness = politeness
        self.max_bytes = politeness.max_bytes or default_max_bytes()
        self.stop = stop
        self.gate = HostGate(politeness)
        self.http = urllib3.PoolManager(num_pools=50, maxsize=1, retries=False)
        self.robots = RobotsCache(self)

    def get(
        self,
        url: str,
        *,
        validators: dict[str, str] | None = None,
        html_only: bool = True,
        follow: Callable[[str], bool] | None = None,
        obey_robots: bool = True,
    ) -> Fetched:
        """GET ``url`` politely, following up to ``max_redirects`` redirects (each hop
        checked against robots.txt, and against ``follow``, which can refuse a target that
        is already known). ``validators`` (``etag``, ``last_modified``) make it conditional;
        ``html_only`` refuses other content types before their body is read; ``obey_robots``
        is False only for fetching robots.txt itself (and where it redirects)."""
        seen = {url}
        for _ in range(self.politeness.max_redirects + 1):
            refusal = self.robots.refusal(url) if obey_robots else None
            if refusal:
                return Fetched(url, "skipped", refusal)
            answer = self.request(url, validators=validators, html_only=html_only)
            location = answer.header("location") if answer.status in REDIRECTS else ""
            if not location:
                return answer
            url = urljoin(url, location)
            if url in seen:
                return Fetched(url, "error", f"redirect loop at {url}", status=answer.status)
            if follow is not None and not follow(url):
                return Fetched(url, "skipped", f"redirects to {url}, already fetched")
            seen.add(url)
        return Fetched(url, "error", f"more than {self.politeness.max_redirects} redirects")

    def request(
        self, url: str, *, validators: dict[str, str] | None = None, html_only: bool = False
    ) -> Fetched:
        """One URL (no redirects followed), retrying 5xx answers and network errors."""
        headers = {"User-Agent": self.politeness.user_agent, **_conditional(validators or {})}
        host = urlsplit(url).netloc.lower()
        attempts = self.politeness.retries + 1
        for attempt in range(attempts):
            if attempt:
                self._sleep(self.politeness.backoff * 2 ** (attempt - 1))
            with self.gate.turn(host, self.stop):
                answer = self._once(url, headers, html_only)
            if not answer.transient:
                return answer
        if attempts > 1:
            answer.reason += f" (after {attempts} attempts)"
        return answer

    def _sleep(self, seconds: float) -> None:
        if self.stop is None:
            time.sleep(seconds)
        else:
            self.stop.wait(seconds)

    def _once(self, url: str, headers: dict[str, str], html_only: bool) -> Fetched:
        timeout = self.politeness.timeout
        try:
            response = self.http.request(
                "GET",
                url,
                headers=headers,
                redirect=False,
                preload_content=False,
                timeout=urllib3.Timeout(connect=timeout, read=timeout),
            )
        except NetworkError as exc:
            return Fetched(url, "error", f"network error: {_short(exc)}", transient=True)
        try:
            return self._answer(url, response, html_only, time.monotonic() + timeout)
        except NetworkError as exc:
            return Fetched(url, "error", f"network error: {_short(exc)}", transient=True)
        finally:
            response.release_conn()

    def _answer(self, url: str, response, html_only: bool, deadline: float) -> Fetched:
        status = response.status
        fetched = Fetched(url, "ok", status=status, headers=list(response.headers.items()))
        if status == 304:
            fetched.outcome = "not_modified"
            return fetched
        if status in REDIRECTS:
            fetched.outcome = "redirect" if fetched.header("location") else "error"
            fetched.reason = "" if fetched.header("location") else f"HTTP {status} without Location"
            return fetched
        if status >= 400:
            fetched.outcome, fetched.reason = "error", f"HTTP {status}"
            fetched.transient = status >= 500
            return fetched
        ctype = fetched.header("content-type").lower()
        if html_only and not ctype.startswith(HTML_TYPES):
            # Not downloaded. A page without a Content-Type is refused too: `eventwire ingest`
            # of the archive would not read it back, and the store must equal its replay.
            response.close()
            fetched.outcome = "skipped"
            fetched.reason = (
                f"not HTML ({ctype.split(';')[0] or 'no Content-Type'}), not downloaded"
            )
            return fetched
        declared = int(fetched.header("content-length") or 0)
        if declared > self.max_bytes:
            response.close()
            fetched.outcome, fetched.reason = "skipped", self._too_big(declared)
            return fetched
        return self._read_body(response, fetched, deadline)

    def _read_body(self, response, fetched: Fetched, deadline: float) -> Fetched:
        parts, size = [], 0
        # read1 returns what has arrived, so the deadline holds against a page that trickles in
        while part := response.read1(CHUNK):
            parts.append(part)
            size += len(part)
            if size > self.max_bytes:
                response.close()
                fetched.outcome, fetched.reason = "skipped", self._too_big(None)
                return fetched
            if time.monotonic() > deadline:
                response.close()
                fetched.outcome, fetched.transient = "error", True
                fetched.reason = f"timed out after {self.politeness.timeout:g} s"
                return fetched
        fetched.body = b"".join(parts)
        return fetched

    def _too_big(self, size: int | None) -> str:
        from eventwire.ingest.readers import size_message

        return size_message(size, self.max_bytes)


def _conditional(validators: dict[str, str]) -> dict[str, str]:
    headers = {}
    if validators.get("etag"):
        headers["If-None-Match"] = validators["etag"]
    if validators.get("last_modified"):
        headers["If-Modified-Since"] = validators["last_modified"]
    return headers


def _short(exc: Exception) -> str:
    text = str(getattr(exc, "reason", None) or exc)
    return f"{type(exc).__name__}: {text}"[:300]
