"""Dyad time series: per period, events per QuadClass, Goldstein mean and sum, conflict share.

Periods with no events are present with zero counts (a gap is information, not missing
data), from ``since`` (or the first event) to ``until`` (or the last event).
"""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd

from eventwire.store.filters import FREQS, check_freq, event_where, parse_day


def dyad_series(
    cur: duckdb.DuckDBPyConnection,
    *,
    dyad: str | None = None,
    freq: str = "day",
    since: str | date | None = None,
    until: str | date | None = None,
    actor: str | None = None,
    undirected: bool = False,
) -> pd.DataFrame:
    """Columns: period, events, verbal_cooperation, material_cooperation, verbal_conflict,
    material_conflict, goldstein_mean, goldstein_sum, conflict_share, num_articles."""
    check_freq(freq)
    where, params = event_where(
        actor=actor, dyad=dyad, since=since, until=until, undirected=undirected, cur=cur
    )
    start, end = parse_day(since, "since"), parse_day(until, "until")
    # Aggregate the (pruned) events per period first, then zero-fill a small calendar.
    sql = f"""
        WITH agg AS MATERIALIZED (
            SELECT date_trunc('{freq}', e.day)::DATE AS period, count(*) AS events,
                   count(*) FILTER (WHERE e.quad_class = 1) AS verbal_cooperation,
                   count(*) FILTER (WHERE e.quad_class = 2) AS material_cooperation,
                   count(*) FILTER (WHERE e.quad_class = 3) AS verbal_conflict,
                   count(*) FILTER (WHERE e.quad_class = 4) AS material_conflict,
                   sum(e.goldstein) AS goldstein_sum, sum(e.num_articles) AS num_articles
            FROM events e WHERE e.day IS NOT NULL AND {where}
            GROUP BY ALL),
        bounds AS (
            SELECT date_trunc('{freq}', coalesce(?::DATE, min(period)))::DATE AS lo,
                   coalesce(?::DATE, max(period)) AS hi FROM agg),
        grid AS (
            SELECT unnest(generate_series(lo, hi, {FREQS[freq]}))::DATE AS period
            FROM bounds WHERE lo IS NOT NULL AND hi IS NOT NULL)
        SELECT g.period,
               coalesce(a.events, 0) AS events,
               coalesce(a.verbal_cooperation, 0) AS verbal_cooperation,
               coalesce(a.material_cooperation, 0) AS material_cooperation,
               coalesce(a.verbal_conflict, 0) AS verbal_conflict,
               coalesce(a.material_conflict, 0) AS material_conflict,
               a.goldstein_sum / a.events AS goldstein_mean,
               coalesce(a.goldstein_sum, 0) AS goldstein_sum,
               (a.verbal_conflict + a.material_conflict) / a.events AS conflict_share,
               coalesce(a.num_articles, 0)::BIGINT AS num_articles
        FROM grid g LEFT JOIN agg a ON a.period = g.period
        ORDER BY g.period"""
    frame = cur.execute(sql, params + [start, end]).df()
    frame["period"] = pd.to_datetime(frame["period"]).dt.date
    return frame
