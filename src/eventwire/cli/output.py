"""Writing listed rows to a file or stdout, batch by batch, with clear errors for bad paths."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from eventwire.cli.common import EXIT_USAGE, fail


def write_rows(store, fmt: str, output: Path | None, sql: str, params: list) -> None:
    """The rows of ``sql`` to ``output`` (stdout when None) in ``fmt``, batch by batch."""
    from eventwire.store import stream

    if fmt == "parquet" and output is None and sys.stdout.isatty():
        fail("parquet is binary: give --output FILE (or redirect stdout)", EXIT_USAGE)
    target = output_file(output) if output is not None else sys.stdout.buffer
    count = 0
    try:
        with store.cursor() as cursor:
            reader = stream.batches(cursor, sql, params)
            for chunk in stream.chunks(fmt, _counting(reader, counter := [0])):
                target.write(chunk)
            count = counter[0]
        target.flush()
    finally:
        if output is not None:
            target.close()
    if output is not None:
        typer.echo(f"{count} rows -> {output}", err=True)


def _counting(reader, counter: list[int]):
    """``reader``'s batches, counting their rows into ``counter[0]``."""
    import pyarrow as pa

    def batches():
        for batch in reader:
            counter[0] += batch.num_rows
            yield batch

    return pa.RecordBatchReader.from_batches(reader.schema, batches())


def output_file(output: Path):
    """``output`` opened for writing, or a clear error (missing folder, a directory, no rights)."""
    if output.is_dir():
        fail(f"--output {output} is a directory; give a file name")
    if not output.parent.is_dir():
        fail(f"--output: the folder {output.parent} does not exist; create it first")
    try:
        return open(output, "wb")
    except OSError as exc:
        fail(f"--output: cannot write {output}: {exc.strerror or exc}")


def emit(frame, format, *, title: str, columns: list[str] | None = None) -> None:
    if format.value == "csv":
        sys.stdout.write(frame.to_csv(index=False))
    elif format.value == "json":
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
