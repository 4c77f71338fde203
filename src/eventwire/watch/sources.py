"""The sources file: one feed, news sitemap or home page per line, with optional settings.

    # comment
    https://example.com/world/rss.xml   every=10m  label="Example World"
    https://example.org/news-sitemap.xml  kind=sitemap  delay=5

``every`` is the polling interval (seconds, or with an s/m/h/d suffix), ``label`` a name for
the dashboard, ``kind`` forces ``feed``, ``sitemap`` or ``page`` (otherwise it is told from
the document), ``delay`` the seconds between two requests to this source's host.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

KINDS = ("auto", "feed", "sitemap", "page")
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_KEYS = {"every", "label", "kind", "delay"}


class SourcesError(ValueError):
    """A sources file that cannot be read; the message names the line."""


@dataclass(frozen=True)
class Source:
    url: str
    label: str
    kind: str = "auto"
    interval: float | None = None  # None: the watcher's --interval
    delay: float | None = None  # None: the watcher's --delay

    @property
    def host(self) -> str:
        return urlsplit(self.url).netloc.lower()


def parse_duration(text: str) -> float:
    """``90``, ``90s``, ``15m``, ``1.5h``, ``1d`` -> seconds (> 0)."""
    value = text.strip().lower()
    factor = _UNITS.get(value[-1:], 1)
    number = value[:-1] if value[-1:] in _UNITS else value
    try:
        seconds = float(number) * factor
    except ValueError:
        raise ValueError(f"not a duration: {text!r} (e.g. 90, 90s, 15m, 1h)") from None
    if seconds <= 0:
        raise ValueError(f"a duration must be positive, got {text!r}")
    return seconds


def load_sources(path: str | Path) -> list[Source]:
    """Read a sources file; raises ``SourcesError`` naming the first bad line."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"cannot read sources file {path}: {exc}") from None
    sources: list[Source] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            source = parse_line(line)
        except ValueError as exc:
            raise SourcesError(f"{path}, line {number}: {exc}") from None
        if source.url not in seen:
            seen.add(source.url)
            sources.append(source)
    if not sources:
        raise SourcesError(f"{path} lists no sources (one feed, sitemap or page URL per line)")
    return sources


def parse_line(line: str) -> Source:
    """One non-comment line -> ``Source``."""
    parts = shlex.split(line, comments=True)
    url, settings = parts[0], parts[1:]
    if urlsplit(url).scheme not in ("http", "https") or not urlsplit(url).netloc:
        raise ValueError(f"not an http(s) URL: {url!r}")
    options: dict[str, str] = {}
    for item in settings:
        key, sep, value = item.partition("=")
        if not sep or key not in _KEYS:
            raise ValueError(
                f"unknown setting {item!r} (use {', '.join(sorted(_KEYS))} as key=value)"
            )
        options[key] = value
    kind = options.get("kind", "auto")
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}, got {kind!r}")
    return Source(
        url=url,
        label=options.get("label") or urlsplit(url).netloc,
        kind=kind,
        interval=parse_duration(options["every"]) if "every" in options else None,
        delay=_delay(options["delay"]) if "delay" in options else None,
    )


def _delay(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        raise ValueError(f"delay must be a number of seconds, got {text!r}") from None
    if seconds < 0:
        raise ValueError(f"delay cannot be negative, got {text!r}")
    return seconds
