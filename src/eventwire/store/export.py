"""Exports: events (or quotes, articles) as CSV, Parquet, JSON, or GDELT 2.0 event-table rows.

``gdelt`` writes the 61 GDELT 2.0 event-table columns in codebook order, tab-separated,
without a header (as GDELT's own files); the column mapping lives in ``gdelt_columns.tsv``
and columns eventwire cannot fill are empty.
"""

from __future__ import annotations

import csv
import shutil
import sys
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path
from typing import BinaryIO

from eventwire.store.store import Store, scalar

FORMATS = ("csv", "parquet", "json", "gdelt")
TABLES = ("events", "quotes", "articles")


@cache
def gdelt_columns() -> list[tuple[str, str, str]]:
    """(column, SQL expression over ``e`` events and ``a`` articles or "", note), in GDELT order."""
    text = (resources.files("eventwire.store") / "gdelt_columns.tsv").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    rows = list(csv.reader(lines[1:], delimiter="\t"))
    return [(row[0], row[1], row[2] if len(row) > 2 else "") for row in rows]


def gdelt_sql(store: Store, **filters) -> tuple[str, list]:
    columns = ", ".join(f'{expr or "NULL"} AS "{name}"' for name, expr, _ in gdelt_columns())
    return store.events_sql(columns=columns, **filters)


def table_sql(table: str) -> tuple[str, list]:
    if table == "quotes":
        return "SELECT * FROM quotes ORDER BY day NULLS LAST, quote_id", []
    if table == "articles":
        return (
            "SELECT * EXCLUDE (minhash) FROM articles ORDER BY published_day NULLS LAST, article_id",
            [],
        )
    raise ValueError(f"table must be one of {', '.join(TABLES)}; got {table!r}")


def export(
    store: Store,
    fmt: str,
    out: str | Path | BinaryIO | None = None,
    *,
    table: str = "events",
    header: bool | None = None,
    **filters,
) -> int:
    """Write rows to ``out`` (a path, a binary stream, or stdout when None); returns the row count.

    ``filters`` are the ``Store.events`` filters (events and gdelt only). ``header`` defaults
    to True except for gdelt.
    """
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}; got {fmt!r}")
    if table != "events" and (fmt == "gdelt" or filters):
        raise ValueError("gdelt format and event filters apply to the events table only")
    if fmt == "gdelt":
        sql, params = gdelt_sql(store, **filters)
    elif table == "events":
        sql, params = store.events_sql(**filters)
    else:
        sql, params = table_sql(table)
    options = {
        "csv": f"FORMAT csv, HEADER {str(header is not False).lower()}",
        "gdelt": f"FORMAT csv, DELIMITER '\\t', HEADER {str(bool(header)).lower()}, QUOTE ''",
        "parquet": "FORMAT parquet, COMPRESSION zstd",
        "json": "FORMAT json, ARRAY true",
    }[fmt]
    with store.cursor() as cur:
        if isinstance(out, (str, Path)):
            return scalar(cur.execute(f"COPY ({sql}) TO '{_quote_path(out)}' ({options})", params))
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"export.{fmt}"
            count = scalar(
                cur.execute(f"COPY ({sql}) TO '{_quote_path(path)}' ({options})", params)
            )
            stream = out if out is not None else sys.stdout.buffer
            with open(path, "rb") as fh:
                shutil.copyfileobj(fh, stream)
            stream.flush()
        return count


def _quote_path(path: str | Path) -> str:
    return str(path).replace("'", "''")
