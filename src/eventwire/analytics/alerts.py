"""Escalation alerts: a dyad whose conflict intensity rises well above its own recent baseline.

The rule (documented in the README, tested in tests/test_analytics.py):

- a dyad is a directed pair of actors at country level (coded countries only: an actor
  known by sector or name alone is in no dyad);
- per period (``freq``: day, week or month), its *conflict intensity* is the sum of
  |Goldstein| over its conflict events (QuadClass 3 verbal and 4 material conflict);
  periods without events count as zero, from the dyad's first event of any kind;
- its *baseline* is the mean and population standard deviation of the intensity over the
  ``window`` periods before (not including) the period;
- ``z = (intensity - mean) / max(std, 1.0)``; the floor of 1 Goldstein point keeps a
  perfectly quiet baseline from turning one minor incident into an infinite z;
- an alert is a period with ``z >= threshold`` (3.0), at least ``min_events`` (3) conflict
  events, and at least ``min_history`` (window // 2) baseline periods. Each alert lists the
  ids of the conflict events behind it (``event_ids``).
"""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd

from eventwire.store.filter_sql import event_where
from eventwire.store.filter_values import FREQS, check_freq, parse_day


def escalation_alerts(
    cur: duckdb.DuckDBPyConnection,
    *,
    freq: str = "week",
    window: int = 8,
    threshold: float = 3.0,
    min_events: int = 3,
    min_history: int | None = None,
    dyad: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
) -> pd.DataFrame:
    """Columns: dyad, source, target, period, conflict_events, intensity, baseline_mean,
    baseline_std, z, event_ids; newest first, then by z."""
    check_freq(freq)
    if window < 1:
        raise ValueError("window must be at least 1 period")
    min_history = window // 2 if min_history is None else min_history
    where, params = event_where(dyad=dyad, until=until, cur=cur)
    start = parse_day(since, "since")
    # Only periods with enough conflict events can alert, so the baseline is summed for those
    # alone from the dyad's stored periods (a period without events adds zero) instead of
    # zero-filling every dyad's calendar back to its first event.
    sql = f"""
        WITH ev AS (
            SELECT e.source_key AS source, e.target_key AS target,
                   date_trunc('{freq}', e.day)::DATE AS period, e.event_id, e.quad_class, e.goldstein
            FROM events e
            WHERE e.day IS NOT NULL AND e.source_key IS NOT NULL AND e.target_key IS NOT NULL AND {where}),
        per AS (
            SELECT source, target, period,
                   count(*) FILTER (WHERE quad_class >= 3) AS conflict_events,
                   coalesce(sum(abs(goldstein)) FILTER (WHERE quad_class >= 3), 0) AS intensity,
                   list(event_id ORDER BY event_id) FILTER (WHERE quad_class >= 3) AS event_ids
            FROM ev GROUP BY source, target, period),
        first AS (SELECT source, target, min(period) AS lo FROM per GROUP BY source, target),
        candidates AS (
            SELECT p.*, least({int(window)}, date_diff('{freq}', f.lo, p.period)) AS history
            FROM per p JOIN first f USING (source, target)
            WHERE p.conflict_events >= ?
              AND (?::DATE IS NULL OR p.period >= date_trunc('{freq}', ?::DATE)::DATE)),
        baseline AS (
            SELECT c.source, c.target, c.period,
                   coalesce(sum(b.intensity), 0) AS total, coalesce(sum(b.intensity * b.intensity), 0) AS squares
            FROM candidates c LEFT JOIN per b
              ON b.source = c.source AND b.target = c.target AND b.period < c.period
             AND b.period >= c.period - {int(window)} * {FREQS[freq]}
            GROUP BY ALL),
        scored AS (
            SELECT c.*, bl.total / c.history AS baseline_mean,
                   sqrt(greatest(bl.squares / c.history - (bl.total / c.history) ** 2, 0)) AS baseline_std
            FROM candidates c JOIN baseline bl USING (source, target, period)
            WHERE c.history >= ?)
        SELECT source || ':' || target AS dyad, source, target, period, conflict_events, intensity,
               baseline_mean, baseline_std,
               (intensity - baseline_mean) / greatest(baseline_std, 1.0) AS z, event_ids
        FROM scored
        WHERE (intensity - baseline_mean) / greatest(baseline_std, 1.0) >= ?
        ORDER BY period DESC, z DESC, dyad"""
    frame = cur.execute(
        sql, params + [min_events, start, start, max(min_history, 1), threshold]
    ).df()
    frame["period"] = pd.to_datetime(frame["period"]).dt.date
    frame["event_ids"] = frame["event_ids"].map(
        lambda ids: [int(i) for i in ids] if ids is not None else []
    )
    return frame
