"""The store's tables (``schema.sql``) and the sorted rewrite of ``events`` behind
``Store.optimize``."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

import duckdb

from eventwire.store.failures import StoreError

SORT_KEY = "source_key, target_key, day, event_id"  # physical order of events after optimize()


@cache
def schema_sql() -> str:
    return (resources.files("eventwire.store") / "schema.sql").read_text(encoding="utf-8")


def table_ddl(table: str) -> str:
    match = re.search(rf"CREATE TABLE IF NOT EXISTS {table} \(.*?\n\);", schema_sql(), re.S)
    if match is None:  # pragma: no cover - a broken package, not a user error
        raise StoreError(f"schema.sql has no table {table}")
    return match.group(0)


def rewrite_events_sorted(con: duckdb.DuckDBPyConnection, total: int) -> None:
    """Rewrite ``events`` in ``SORT_KEY`` order (inside the caller's transaction) and record
    that ``total`` rows are sorted."""
    con.execute("ALTER TABLE events RENAME TO events_unsorted")
    con.execute(table_ddl("events"))
    con.execute(f"INSERT INTO events SELECT * FROM events_unsorted ORDER BY {SORT_KEY}")
    con.execute("DROP TABLE events_unsorted")
    con.execute("INSERT OR REPLACE INTO store_meta VALUES ('sorted_events', ?)", [total])
