"""Analytics on the store, computed in SQL: dyad time series, top actors and dyads, alerts.

Every function takes a DuckDB cursor on an eventwire store (``Store.cursor()``) and returns
a pandas DataFrame; ``AnalyticsStore`` (what ``eventwire.open`` returns) exposes them as methods.
"""

from pathlib import Path

from eventwire.analytics.alerts import escalation_alerts
from eventwire.analytics.series import dyad_series
from eventwire.analytics.store import AnalyticsStore
from eventwire.analytics.top import top_actors, top_dyads
from eventwire.store import DEFAULT_PATH


def open_store(path: str | Path = DEFAULT_PATH, read_only: bool = True) -> AnalyticsStore:
    """Open a store for analysis (read-only by default: an ingest run is the only writer)."""
    return AnalyticsStore(path, read_only=read_only)


__all__ = [
    "AnalyticsStore",
    "dyad_series",
    "escalation_alerts",
    "open_store",
    "top_actors",
    "top_dyads",
]
