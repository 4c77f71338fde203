"""The options and output formats every store command shares (``--db``, the day range, the
quote filters, ``--format``), and the store opened for a command with bad filters and
unopenable files turned into clear usage errors.

``ingest``, ``events``, ``export``, the analytics commands and ``eventwire quotes`` all take
these, so they live below every command module that uses them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.common import fail

DbOption = Annotated[
    Path, typer.Option("--db", envvar="EVENTWIRE_DB", help="The store (a DuckDB file).")
]
DEFAULT_DB = Path("eventwire.duckdb")
Since = Annotated[str | None, typer.Option(help="First day (YYYY-MM-DD), inclusive.")]
Until = Annotated[str | None, typer.Option(help="Last day (YYYY-MM-DD), inclusive.")]
Speaker = Annotated[str | None, typer.Option(help="Speaker actor, e.g. RUS or RUSGOV.")]
QuoteText = Annotated[str | None, typer.Option("--q", help="Text the quote contains.")]
QuoteLimit = Annotated[int | None, typer.Option(help="At most this many quotes.")]
Output = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
]


class EventFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"


class ExportFormat(str, Enum):
    csv = "csv"
    parquet = "parquet"
    json = "json"
    gdelt = "gdelt"


class FrameFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


class Freq(str, Enum):
    day = "day"
    week = "week"
    month = "month"


class Table(str, Enum):
    events = "events"
    quotes = "quotes"
    articles = "articles"


@contextmanager
def open_store(db: Path, *, read_only: bool = True) -> Iterator:
    """The store, with bad filters and unopenable files turned into clear usage errors."""
    import duckdb

    from eventwire.analytics import AnalyticsStore
    from eventwire.store import StoreError
    from eventwire.store.failures import WRITER_LOCK_WAIT, store_failure
    from eventwire.store.files import store_file_problem

    if problem := store_file_problem(db):
        fail(problem)
    try:
        store = AnalyticsStore(
            db, read_only=read_only, lock_wait=0.0 if read_only else WRITER_LOCK_WAIT
        )
    except StoreError as exc:
        fail(str(exc))
    try:
        yield store
    except (ValueError, StoreError) as exc:
        fail(str(exc))
    except duckdb.Error as exc:  # a damaged block found by a query
        fail(str(store_failure(str(db), exc, "read")))
    finally:
        store.close()
