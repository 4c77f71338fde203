"""Watch: news sources polled on a schedule, fetched politely, archived, and stored.

Public surface: ``load_sources(path)`` (the sources file), ``Watcher`` (one pass with
``run(once=True)``, or a loop until its ``stop`` event), ``Politeness`` (user agent, delays,
timeouts, retries, limits), and where a store's watcher keeps its files: ``archive_path(db)``
(the WARC archive) and ``state_path(db)`` (what was fetched, per-source status),
read back with ``WatchState``.
"""

from eventwire.watch.politeness import DEFAULT_USER_AGENT, Politeness
from eventwire.watch.sources import Source, SourcesError, load_sources, parse_duration
from eventwire.watch.state import WatchState, state_path
from eventwire.watch.watcher import Watcher, WatchSummary, archive_path

__all__ = [
    "DEFAULT_USER_AGENT",
    "Politeness",
    "Source",
    "SourcesError",
    "WatchState",
    "WatchSummary",
    "Watcher",
    "archive_path",
    "load_sources",
    "parse_duration",
    "state_path",
]
