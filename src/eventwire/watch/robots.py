"""robots.txt, fetched once per host (and again after a day) and obeyed for every request.

As RFC 9309 says: a robots.txt that is missing (4xx) allows everything; one that cannot be
read (5xx, network error) forbids everything until it can be; ``Crawl-delay`` lengthens the
host's delay.
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

if TYPE_CHECKING:
    from eventwire.watch.fetcher import Fetched, Fetcher


FORBID_ALL = ["User-agent: *", "Disallow: /"]
UNREACHABLE_TTL = 600.0  # an unreadable robots.txt is asked for again after this long


class RobotsCache:
    def __init__(self, fetcher: Fetcher) -> None:
        self.fetcher = fetcher
        self._rules: dict[str, tuple[float, RobotFileParser]] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._guard = threading.Lock()
        self._unreadable: dict[str, str] = {}  # host -> why its robots.txt could not be read
        self.fetched: list[Fetched] = []  # robots.txt answers, for the archive

    def refusal(self, url: str) -> str | None:
        """Why ``url`` may not be fetched, or None when it may."""
        parts = urlsplit(url)
        host = parts.netloc.lower()
        rules = self._rules_for(parts.scheme, host)
        if rules.can_fetch(self.fetcher.politeness.user_agent, url):
            return None
        return self._unreadable.get(host) or "disallowed by robots.txt"

    def _rules_for(self, scheme: str, host: str) -> RobotFileParser:
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:  # one fetch of a host's robots.txt, however many threads ask
            cached = self._rules.get(host)
            if cached and cached[0] > time.monotonic():
                return cached[1]
            rules, readable = self._fetch(scheme, host)
            ttl = self.fetcher.politeness.robots_ttl if readable else UNREACHABLE_TTL
            self._rules[host] = (time.monotonic() + ttl, rules)
            return rules

    def _fetch(self, scheme: str, host: str) -> tuple[RobotFileParser, bool]:
        """(the host's rules, whether its robots.txt could be read)."""
        url = urlunsplit((scheme, host, "/robots.txt", "", ""))
        answer = self.fetcher.get(url, html_only=False, obey_robots=False)
        rules = RobotFileParser(url)
        readable = True
        if answer.outcome == "ok" and 200 <= answer.status < 300:
            self.fetched.append(answer)
            rules.parse(answer.body.decode("utf-8", "replace").splitlines())
        elif 400 <= answer.status < 500:
            rules.parse([])  # no robots.txt: everything allowed
        else:
            rules.parse(FORBID_ALL)
            readable = False
        if readable:
            self._unreadable.pop(host, None)
        else:
            why = answer.reason or f"HTTP {answer.status}"
            self._unreadable[host] = f"robots.txt could not be read ({why}): host not fetched"
        delay = rules.crawl_delay(self.fetcher.politeness.user_agent)
        self.fetcher.gate.set_crawl_delay(host, float(delay) if delay else None)
        return rules, readable
