"""``eventwire ingest``, ``events``, ``series``, ``alerts``, ``top``, ``export``; ``quotes`` is
the store mode of ``eventwire quotes`` (the command is registered by ``cli.quotes``)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.common import (
    EXIT_OK,
    EXIT_SOME_FAILED,
    EXIT_USAGE,
    Inputs,
    Published,
    Quiet,
    fail,
    progress,
)
from eventwire.cli.scale import Cluster, DocTimeout, Workers, progress_total
from eventwire.scale import DOC_TIMEOUT

DbOption = Annotated[
    Path, typer.Option("--db", envvar="EVENTWIRE_DB", help="The store (a DuckDB file).")
]
DEFAULT_DB = Path("eventwire.duckdb")
TABLE_ROWS = 100
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


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("events")(events)
    app.command("series")(series)
    app.command("alerts")(alerts)
    app.command("top")(top)
    app.command("export")(export)


@contextmanager
def _open(db: Path, *, read_only: bool = True) -> Iterator:
    """The store, with bad filters and unopenable files turned into clear usage errors."""
    import duckdb

    from eventwire.store import Store, StoreError
    from eventwire.store.failures import WRITER_LOCK_WAIT, store_failure

    try:
        store = Store(db, read_only=read_only, lock_wait=0.0 if read_only else WRITER_LOCK_WAIT)
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


def ingest(
    inputs: Inputs,
    db: DbOption = DEFAULT_DB,
    published: Published = None,
    quiet: Quiet = False,
    workers: Workers = None,
    cluster: Cluster = None,
    doc_timeout: DocTimeout = DOC_TIMEOUT,
) -> None:
    """Run the pipeline on INPUTs and store articles, events and quotes (idempotent, resumable).

    Parsing runs on all cores (or a Dask cluster); this process is the store's only writer.
    """
    from eventwire.cli.extract import _check_iso
    from eventwire.store.ingest_run import ingest as run_ingest

    if published is not None:
        published = _check_iso(published)
    with _open(db, read_only=False) as store:
        run_id, summary = run_ingest(
            inputs,
            store,
            published=published,
            wrap=lambda articles: progress(
                articles, quiet=quiet, total=progress_total(inputs, quiet)
            ),
            workers=workers,
            cluster=cluster,
            doc_timeout=doc_timeout,
        )
    for doc_id, stage, message in summary.errors:
        typer.echo(f"{doc_id}: {stage}: {message}", err=True)
    typer.echo(
        f"run {run_id} -> {db}: {summary.articles} new articles ({summary.syndicated} syndicated copies), "
        f"{summary.events} events (+{summary.merged} collapsed reports), {summary.quotes} quotes; "
        f"{summary.duplicates + summary.skipped} already stored; {summary.failures} failures",
        err=True,
    )
    raise typer.Exit(EXIT_SOME_FAILED if summary.failures else EXIT_OK)


def events(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[
        str | None, typer.Option(help="Actor on either side, e.g. RUS or RUSGOV.")
    ] = None,
    dyad: Annotated[str | None, typer.Option(help="SOURCE:TARGET, e.g. RUS:UKR.")] = None,
    since: Since = None,
    until: Until = None,
    root: Annotated[str | None, typer.Option(help="CAMEO root code, e.g. 04.")] = None,
    undirected: Annotated[bool, typer.Option(help="Match the dyad in both directions.")] = False,
    limit: Annotated[
        int | None, typer.Option(help="At most this many events (table: 100 by default).")
    ] = None,
    format: Annotated[EventFormat, typer.Option("--format", "-f")] = EventFormat.table,
    output: Output = None,
) -> None:
    """List stored events (syndicated copies collapsed) with their source sentence, by day."""
    if format is EventFormat.table and limit is None:
        limit = TABLE_ROWS
    filters = dict(
        actor=actor,
        dyad=dyad,
        since=since,
        until=until,
        root=root,
        undirected=undirected,
        limit=limit,
    )
    with _open(db) as store:
        if format is EventFormat.table:
            frame = store.events(**filters)
            more = " (--limit for more)" if len(frame) == limit else ""
            _print_table(
                frame,
                [
                    "event_id",
                    "day",
                    "source_code",
                    "cameo",
                    "target_code",
                    "quad_class",
                    "goldstein",
                    "num_articles",
                    "sentence",
                ],
                title=f"{len(frame)} events{more}",
            )
        else:
            _export(store, format.value, output, **filters)


def series(
    dyad: Annotated[str | None, typer.Option(help="SOURCE:TARGET, e.g. RUS:UKR.")] = None,
    db: DbOption = DEFAULT_DB,
    actor: Annotated[
        str | None, typer.Option(help="Instead of a dyad: an actor on either side.")
    ] = None,
    freq: Annotated[Freq, typer.Option(help="Period.")] = Freq.day,
    since: Since = None,
    until: Until = None,
    undirected: Annotated[bool, typer.Option(help="Count both directions of the dyad.")] = False,
    format: Annotated[FrameFormat, typer.Option("--format", "-f")] = FrameFormat.table,
) -> None:
    """A dyad's event series: events per QuadClass, Goldstein mean and sum, conflict share."""
    with _open(db) as store:
        frame = store.series(
            dyad, freq=freq.value, since=since, until=until, actor=actor, undirected=undirected
        )
    if frame.empty:
        typer.echo(f"no dated events match {dyad or actor or 'the filters'} in {db}", err=True)
    _emit(frame, format, title=f"{dyad or actor or 'all events'} per {freq.value}")


def quotes(
    db: DbOption = DEFAULT_DB,
    speaker: Speaker = None,
    since: Since = None,
    until: Until = None,
    q: QuoteText = None,
    limit: QuoteLimit = None,
    format: Annotated[FrameFormat, typer.Option("--format", "-f")] = FrameFormat.table,
) -> None:
    """Stored quotes, by speaker (syndicated copies collapsed, with num_articles)."""
    with _open(db) as store:
        frame = store.quotes(speaker=speaker, since=since, until=until, q=q, limit=limit)
    _emit(
        frame,
        format,
        columns=["day", "speaker_code", "speaker_text", "kind", "text", "num_articles"],
        title=f"{len(frame)} quotes",
    )


def alerts(
    db: DbOption = DEFAULT_DB,
    freq: Annotated[Freq, typer.Option(help="Period.")] = Freq.week,
    window: Annotated[int, typer.Option(help="Baseline periods before each period.")] = 8,
    threshold: Annotated[float, typer.Option(help="Alert when z >= this.")] = 3.0,
    min_events: Annotated[int, typer.Option(help="Fewest conflict events in the period.")] = 3,
    dyad: Annotated[str | None, typer.Option(help="Only this dyad, e.g. RUS:UKR.")] = None,
    since: Since = None,
    until: Until = None,
    format: Annotated[FrameFormat, typer.Option("--format", "-f")] = FrameFormat.table,
) -> None:
    """Escalation alerts: dyads whose conflict intensity rose well above their recent baseline."""
    with _open(db) as store:
        frame = store.alerts(
            freq.value,
            window=window,
            threshold=threshold,
            min_events=min_events,
            dyad=dyad,
            since=since,
            until=until,
        )
    _emit(frame, format, title=f"{len(frame)} alerts")


def top(
    db: DbOption = DEFAULT_DB,
    what: Annotated[str, typer.Argument(help="actors or dyads")] = "dyads",
    limit: Annotated[int, typer.Option(help="How many.")] = 10,
    since: Since = None,
    until: Until = None,
    format: Annotated[FrameFormat, typer.Option("--format", "-f")] = FrameFormat.table,
) -> None:
    """The most active actors or dyads (by distinct events)."""
    if what not in ("actors", "dyads"):
        fail(f"top takes 'actors' or 'dyads', got {what!r}")
    with _open(db) as store:
        method = store.top_actors if what == "actors" else store.top_dyads
        frame = method(limit=limit, since=since, until=until)
    _emit(frame, format, title=f"top {what}")


def export(
    format: Annotated[ExportFormat, typer.Option("--format", "-f")],
    db: DbOption = DEFAULT_DB,
    output: Output = None,
    table: Annotated[
        Table, typer.Option(help="What to export (gdelt: events only).")
    ] = Table.events,
    actor: Annotated[str | None, typer.Option(help="Events: actor on either side.")] = None,
    dyad: Annotated[str | None, typer.Option(help="Events: SOURCE:TARGET.")] = None,
    since: Since = None,
    until: Until = None,
    root: Annotated[str | None, typer.Option(help="Events: CAMEO root code.")] = None,
) -> None:
    """Export the store: CSV, Parquet, JSON, or GDELT 2.0 event-table rows (tab-separated)."""
    filters = {
        k: v
        for k, v in dict(actor=actor, dyad=dyad, since=since, until=until, root=root).items()
        if v
    }
    with _open(db) as store:
        _export(store, format.value, output, table=table.value, **filters)


def _export(store, fmt: str, output: Path | None, **kwargs) -> None:
    from eventwire.store.export import export as write

    if fmt == "parquet" and output is None and sys.stdout.isatty():
        fail("parquet is binary: give --output FILE (or redirect stdout)", EXIT_USAGE)
    count = write(store, fmt, output, **kwargs)
    if output is not None:
        typer.echo(f"{count} rows -> {output}", err=True)


def _emit(frame, format: FrameFormat, *, title: str, columns: list[str] | None = None) -> None:
    if format is FrameFormat.csv:
        sys.stdout.write(frame.to_csv(index=False))
    elif format is FrameFormat.json:
        sys.stdout.write(frame.to_json(orient="records", date_format="iso", indent=2) + "\n")
    else:
        _print_table(frame, columns or list(frame.columns), title=title)


def _print_table(frame, columns: list[str], *, title: str) -> None:
    from rich.console import Console
    from rich.table import Table as RichTable

    table = RichTable(title=title, show_lines=False)
    for column in columns:
        wide = column in ("sentence", "text")
        table.add_column(column, overflow="fold", no_wrap=not wide, max_width=80 if wide else None)
    for row in frame[columns].itertuples(index=False):
        table.add_row(*(_cell(value) for value in row))
    Console(width=None if sys.stdout.isatty() else 240).print(table)


def _cell(value) -> str:
    import pandas as pd

    if isinstance(value, (list, tuple)):
        return ", ".join(map(str, value))
    if value is None or pd.isna(value):
        return ""
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d") if value == value.normalize() else value.isoformat()
    return str(value)
