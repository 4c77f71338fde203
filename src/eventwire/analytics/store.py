"""The store with its analytics: what ``eventwire.open``, the CLI and the API read through.

``Store`` (the layer below) writes and reads rows; the analytics (series, alerts, top actors
and dyads) sit above it and read it through its cursor, so the store never imports them.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from eventwire.analytics.alerts import escalation_alerts
from eventwire.analytics.series import dyad_series
from eventwire.analytics.top import top_actors, top_dyads
from eventwire.store import Store


class AnalyticsStore(Store):
    """A ``Store`` with the analytics as methods (each runs on its own cursor)."""

    def series(
        self,
        dyad: str | None = None,
        freq: str = "day",
        since: str | date | None = None,
        until: str | date | None = None,
        *,
        actor: str | None = None,
        undirected: bool = False,
    ) -> pd.DataFrame:
        """A dyad's (or actor's, or everything's) event series; see ``analytics.series``."""

        with self.cursor() as cur:
            return dyad_series(
                cur,
                dyad=dyad,
                freq=freq,
                since=since,
                until=until,
                actor=actor,
                undirected=undirected,
            )

    def alerts(
        self,
        freq: str = "week",
        *,
        window: int = 8,
        threshold: float = 3.0,
        min_events: int = 3,
        dyad: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
    ) -> pd.DataFrame:
        """Escalation alerts; the rule is documented in ``analytics.alerts``."""

        with self.cursor() as cur:
            return escalation_alerts(
                cur,
                freq=freq,
                window=window,
                threshold=threshold,
                min_events=min_events,
                dyad=dyad,
                since=since,
                until=until,
            )

    def top_actors(
        self, limit: int = 10, since: str | date | None = None, until: str | date | None = None
    ) -> pd.DataFrame:

        with self.cursor() as cur:
            return top_actors(cur, limit=limit, since=since, until=until)

    def top_dyads(
        self,
        limit: int = 10,
        since: str | date | None = None,
        until: str | date | None = None,
        *,
        undirected: bool = False,
    ) -> pd.DataFrame:

        with self.cursor() as cur:
            return top_dyads(cur, limit=limit, since=since, until=until, undirected=undirected)
