"""``eventwire ingest``, ``events``, ``series``, ``alerts``, ``top``, ``export``; ``quotes`` is
the store mode of ``eventwire quotes`` (the command is registered by ``cli.quotes``). The
analytics commands live in ``cli.store_analytics`` and the shared options in
``cli.store_options``; ``register`` adds all six commands in the order above."""

from __future__ import annotations

import sys
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
    checked,
    fail,
    progress,
)
from eventwire.cli.output import emit, output_file, write_rows
from eventwire.cli.scale import Cluster, DocTimeout, Workers, progress_total
from eventwire.cli.store_analytics import alerts, series, top
from eventwire.cli.store_options import (
    DEFAULT_DB,
    DbOption,
    EventFormat,
    ExportFormat,
    FrameFormat,
    Output,
    QuoteLimit,
    QuoteText,
    Since,
    Speaker,
    Table,
    Until,
    open_store,
)
from eventwire.scale import DOC_TIMEOUT

TABLE_ROWS = 100


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("events")(events)
    app.command("series")(series)
    app.command("alerts")(alerts)
    app.command("top")(top)
    app.command("export")(export)


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
    with open_store(db, read_only=False) as store:
        if not quiet:
            typer.echo("loading language model… (a few seconds, once per run)", err=True)
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
    typer.echo(next_steps(db), err=True)
    raise typer.Exit(EXIT_SOME_FAILED if summary.failures else EXIT_OK)


def next_steps(db: Path) -> str:
    """What to try after filling a store."""
    option = "" if db == DEFAULT_DB else f" --db {db}"
    return (
        f"next: eventwire serve{option}   (then open http://127.0.0.1:8000/ in a browser)\n"
        f"  or: eventwire events{option} --limit 10"
    )


Country = Annotated[str | None, typer.Option(help="A country code, e.g. RUS.")]


def events(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[
        str | None, typer.Option(help="Actor on either side, e.g. RUS or RUSGOV.")
    ] = None,
    dyad: Annotated[str | None, typer.Option(help="SOURCE:TARGET, e.g. RUS:UKR.")] = None,
    undirected: Annotated[bool, typer.Option(help="Match the dyad in both directions.")] = False,
    since: Since = None,
    until: Until = None,
    root: Annotated[str | None, typer.Option(help="CAMEO root code, e.g. 04.")] = None,
    quad_class: Annotated[
        str | None, typer.Option(help="QuadClass 1-4, or a list: 3,4 is conflict.")
    ] = None,
    plover: Annotated[str | None, typer.Option(help="PLOVER type, e.g. ASSAULT.")] = None,
    source_country: Country = None,
    target_country: Country = None,
    publisher: Annotated[str | None, typer.Option(help="Publisher of the first report.")] = None,
    place: Annotated[str | None, typer.Option(help="Place name, e.g. Kyiv.")] = None,
    min_confidence: Annotated[
        float | None, typer.Option(help="Only events coded with at least this confidence (0-1).")
    ] = None,
    resolved_only: Annotated[
        bool, typer.Option("--resolved-only", help="Only events whose actors all have a country.")
    ] = False,
    international: Annotated[
        bool, typer.Option("--international", help="Source and target in different countries.")
    ] = False,
    min_goldstein: Annotated[
        float | None, typer.Option(help="Goldstein at least (-10..10).")
    ] = None,
    max_goldstein: Annotated[
        float | None, typer.Option(help="Goldstein at most (-10..10).")
    ] = None,
    sort: Annotated[
        str | None, typer.Option(help="Sort column, '-' first for descending (default -day).")
    ] = None,
    limit: Annotated[
        int | None, typer.Option(help="At most this many events (table: 100 by default).")
    ] = None,
    offset: Annotated[int, typer.Option(help="Skip this many first.")] = 0,
    format: Annotated[EventFormat, typer.Option("--format", "-f")] = EventFormat.table,
    output: Output = None,
) -> None:
    """List stored events, newest first (syndicated copies collapsed), each with its sentence."""
    from eventwire.cli import evidence
    from eventwire.store import queries
    from eventwire.store.filter_values import check_limit
    from eventwire.store.filters import check_filters

    given = {
        k: v
        for k, v in locals().items()
        if k in FILTER_OPTIONS and v is not None and v is not False
    }
    flt = checked(check_filters, **given)
    checked(check_limit, limit)
    checked(queries.order_by, sort, queries.EVENT_SORTS, "e", "event_id")
    if offset < 0:
        fail(f"offset: must be 0 or more, got {offset}")
    if format is EventFormat.table and limit is None:
        limit = TABLE_ROWS
    with open_store(db) as store:
        if format is not EventFormat.table:
            columns = queries.EVENT_COLUMNS
            if format is EventFormat.gdelt:
                from eventwire.store.stream import gdelt_columns_sql

                columns = gdelt_columns_sql()
            sql, params = queries.events_sql(
                store, flt, sort=sort, columns=columns, limit=limit, offset=offset
            )
            write_rows(store, format.value, output, sql, params)
            return
        frame = queries.events(store, flt, sort=sort, limit=limit, offset=offset)
        total = queries.count_events(store, flt)
    shown = (
        f"{offset + 1}–{offset + len(frame)} of {total} events" if len(frame) else "no events match"
    )
    more = " (--limit/--offset for more)" if offset + len(frame) < total else ""
    typer.echo(evidence.render(frame, evidence.event_lines, shown + more), nl=False)


FILTER_OPTIONS = {
    "actor", "dyad", "undirected", "since", "until", "root", "quad_class", "plover",
    "source_country", "target_country", "publisher", "place", "min_confidence",
    "resolved_only", "international", "min_goldstein", "max_goldstein",
}  # fmt: skip


def quotes(
    db: DbOption = DEFAULT_DB,
    speaker: Speaker = None,
    since: Since = None,
    until: Until = None,
    q: QuoteText = None,
    limit: QuoteLimit = None,
    format: Annotated[FrameFormat, typer.Option("--format", "-f")] = FrameFormat.table,
    kind: str | None = None,
    speaker_country: str | None = None,
    publisher: str | None = None,
) -> None:
    """Stored quotes, newest first (syndicated copies collapsed, with num_articles)."""
    from eventwire.cli import evidence
    from eventwire.store import quote_queries
    from eventwire.store.filter_values import check_limit
    from eventwire.store.quote_filters import check_quote_filters

    raw = dict(
        speaker=speaker,
        since=since,
        until=until,
        q=q,
        kind=kind,
        speaker_country=speaker_country,
        publisher=publisher,
    )
    flt = checked(check_quote_filters, **{k: v for k, v in raw.items() if v})
    checked(check_limit, limit)
    with open_store(db) as store:
        frame = quote_queries.quotes(store, flt, limit=limit)
        total = quote_queries.count_quotes(store, flt)
    if format is FrameFormat.table:
        title = f"{len(frame)} of {total} quotes" if len(frame) else "no quotes match"
        typer.echo(evidence.render(frame, evidence.quote_lines, title), nl=False)
        return
    emit(frame, format, title="quotes")


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
    with open_store(db) as store:
        _export(store, format.value, output, table=table.value, **filters)


def _export(store, fmt: str, output: Path | None, **kwargs) -> None:
    from eventwire.store.export import export as write

    if fmt == "parquet" and output is None and sys.stdout.isatty():
        fail("parquet is binary: give --output FILE (or redirect stdout)", EXIT_USAGE)
    if output is not None:
        output_file(output).close()
    count = write(store, fmt, output, **kwargs)
    if output is not None:
        typer.echo(f"{count} rows -> {output}", err=True)
