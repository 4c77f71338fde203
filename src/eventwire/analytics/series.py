"""Dyad time series: per period, events per QuadClass, Goldstein mean and sum, conflict share.

Periods with no events are present with zero counts (a gap is information, not missing
data), from ``since`` (or the first event) to ``until`` (or the last event). A requested
range is clamped to the months the stored events cover (``since=0001-01-01`` must not
zero-fill two thousand years), and a series longer than ``MAX_PERIODS`` is refused.
"""

from __future__ import annotations

from datetime import date, timedelta

import duckdb
import pandas as pd

from eventwire.store.filter_sql import event_where
from eventwire.store.filter_values import FREQS, check_freq, parse_day

MAX_PERIODS = 10_000  # ~27 years of days: a longer series is a 422, not a huge answer
_DAYS_PER_PERIOD = {"day": 1, "week": 7, "month": 28}


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
    start, end = _clamped(cur, freq, parse_day(since, "since"), parse_day(until, "until"))
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


def _clamped(
    cur: duckdb.DuckDBPyConnection, freq: str, start: date | None, end: date | None
) -> tuple[date | None, date | None]:
    """``start``/``end`` within the first and last month of stored events; a ValueError
    (the API's 422) when the series would still have over ``MAX_PERIODS`` periods."""
    row = cur.execute("SELECT min(day), max(day) FROM events").fetchone()
    if row is None or row[0] is None:
        return start, end
    first = row[0].replace(day=1)
    last = (row[1].replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    start = max(start, first) if start else None
    end = min(end, last) if end else None
    periods = ((end or row[1]) - (start or row[0])).days // _DAYS_PER_PERIOD[freq] + 1
    if periods > MAX_PERIODS:
        raise ValueError(
            f"the series would have {periods:,} {freq} periods, over the limit of "
            f"{MAX_PERIODS:,}: narrow since/until or use a longer freq"
        )
    return start, end
