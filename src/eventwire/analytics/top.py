"""Top actors and dyads by number of distinct events, with their tone (Goldstein, conflict share).

Only actors coded with a country count: an actor known by its sector or name alone ("police",
"gunmen") is kept on its events but is no one's dyad partner here."""

from __future__ import annotations

from datetime import date

import duckdb
import pandas as pd

from eventwire.store.filter_sql import event_where


def top_actors(
    cur: duckdb.DuckDBPyConnection,
    *,
    limit: int = 10,
    since: str | date | None = None,
    until: str | date | None = None,
) -> pd.DataFrame:
    """Columns: code, name, country, events, as_source, as_target, goldstein_mean, conflict_share.

    ``name`` says what the code stands for ("United States · government"), not the person
    most often behind it: a code is a country and sectors."""
    where, params = event_where(since=since, until=until)
    sql = f"""
        WITH sides AS (
            SELECT e.source_code AS code, 'source' AS side, e.quad_class, e.goldstein
            FROM events e WHERE e.source_country IS NOT NULL AND {where}
            UNION ALL
            SELECT e.target_code, 'target', e.quad_class, e.goldstein
            FROM events e WHERE e.target_country IS NOT NULL AND {where})
        SELECT s.code, any_value(a.name) AS name, any_value(a.country) AS country, count(*) AS events,
               count(*) FILTER (WHERE s.side = 'source') AS as_source,
               count(*) FILTER (WHERE s.side = 'target') AS as_target,
               avg(s.goldstein) AS goldstein_mean,
               count(*) FILTER (WHERE s.quad_class >= 3) / count(*) AS conflict_share
        FROM sides s LEFT JOIN actors a ON a.code = s.code
        GROUP BY s.code ORDER BY events DESC, s.code LIMIT ?"""
    from eventwire.actors import code_label

    frame = cur.execute(sql, params + params + [limit]).df()
    frame["name"] = [code_label(code, country) for code, country in zip(frame.code, frame.country)]
    return frame


def top_dyads(
    cur: duckdb.DuckDBPyConnection,
    *,
    limit: int = 10,
    since: str | date | None = None,
    until: str | date | None = None,
    undirected: bool = False,
) -> pd.DataFrame:
    """Columns: dyad, source, target, events, goldstein_mean, conflict_share, first_day, last_day.

    Dyads are at country level (coded countries only); ``undirected`` merges A:B and B:A.
    """
    where, params = event_where(since=since, until=until)
    source, target = "e.source_key", "e.target_key"
    if undirected:
        source, target = f"least({source}, {target})", f"greatest({source}, {target})"
    sql = f"""
        SELECT {source} || ':' || {target} AS dyad, {source} AS source, {target} AS target,
               count(*) AS events, avg(e.goldstein) AS goldstein_mean,
               count(*) FILTER (WHERE e.quad_class >= 3) / count(*) AS conflict_share,
               min(e.day) AS first_day, max(e.day) AS last_day
        FROM events e
        WHERE e.source_key IS NOT NULL AND e.target_key IS NOT NULL AND {where}
        GROUP BY ALL ORDER BY events DESC, dyad LIMIT ?"""
    return cur.execute(sql, params + [limit]).df()
