"""Rows of a query written out batch by batch as CSV, JSON, Parquet or GDELT TSV.

The CLI (``eventwire events -f csv``) and the API (``?format=csv``) write the rows of the
same SQL as the table on screen this way: Arrow batches in, bytes out, so an export has no
size cap and never holds the whole result in memory. GDELT is the 61-column GDELT 2.0 event
table, tab-separated, without a header (as ``eventwire export --format gdelt``).
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import duckdb
import orjson
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

FORMATS = ("csv", "json", "parquet", "gdelt")
BATCH_ROWS = 5_000


def gdelt_columns_sql() -> str:
    """The GDELT 2.0 event-table columns as a SELECT list over events ``e`` and articles ``a``."""
    from eventwire.store.export import gdelt_columns

    return ", ".join(f'{expr or "NULL"} AS "{name}"' for name, expr, _ in gdelt_columns())


def batches(cursor: duckdb.DuckDBPyConnection, sql: str, params: list) -> pa.RecordBatchReader:
    relation = cursor.sql(sql, params=params)
    # DuckDB 2 names it to_arrow_reader, 1.x fetch_arrow_reader
    reader = getattr(relation, "to_arrow_reader", None) or relation.fetch_arrow_reader
    return reader(BATCH_ROWS)


def chunks(fmt: str, reader: pa.RecordBatchReader) -> Iterator[bytes]:
    """The bytes of ``reader``'s rows in ``fmt``, a batch at a time."""
    if fmt not in WRITERS:
        raise ValueError(f"format: must be one of {', '.join(FORMATS)}, got {fmt!r}")
    return WRITERS[fmt](reader)


def _csv(reader: pa.RecordBatchReader, *, header: bool = True) -> Iterator[bytes]:
    sink = io.BytesIO()
    options = pacsv.WriteOptions(include_header=header)
    with pacsv.CSVWriter(sink, _plain_schema(reader.schema), write_options=options) as writer:
        for batch in reader:
            writer.write_batch(_plain(batch))
            yield _drain(sink)
    yield _drain(sink)


def _json(reader: pa.RecordBatchReader) -> Iterator[bytes]:
    yield b"["
    first = True
    for batch in reader:
        for row in batch.to_pylist():
            yield (b"" if first else b",\n") + orjson.dumps(row, default=str)
            first = False
    yield b"]\n"


class _Sink(io.RawIOBase):
    """A write-only file whose bytes are collected and handed out as they come."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.position = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.buffer.write(data)
        self.position += len(data)
        return len(data)

    def tell(self) -> int:
        return self.position


def _parquet(reader: pa.RecordBatchReader) -> Iterator[bytes]:
    sink = _Sink()
    with pq.ParquetWriter(sink, reader.schema, compression="zstd") as writer:
        for batch in reader:
            writer.write_batch(batch)
            yield _drain(sink.buffer)
    yield _drain(sink.buffer)


def _gdelt(reader: pa.RecordBatchReader) -> Iterator[bytes]:
    for batch in reader:
        lines = []
        for row in zip(*(column.to_pylist() for column in batch.columns)):
            lines.append("\t".join(_tsv(value) for value in row))
        yield ("\n".join(lines) + "\n").encode("utf-8") if lines else b""


def _tsv(value) -> str:
    if value is None:
        return ""
    return str(value).replace("\t", " ").replace("\n", " ").replace("\r", " ")


def _drain(buffer: io.BytesIO) -> bytes:
    data = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return data


def _plain_schema(schema: pa.Schema) -> pa.Schema:
    return pa.schema([pa.field(f.name, pa.string()) if _nested(f.type) else f for f in schema])


def _plain(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Lists (a quote's event ids) as JSON text: CSV has no nested values."""
    columns = [
        pa.array(
            [None if v is None else orjson.dumps(v).decode() for v in col.to_pylist()], pa.string()
        )
        if _nested(col.type)
        else col
        for col in batch.columns
    ]
    return pa.RecordBatch.from_arrays(columns, schema=_plain_schema(batch.schema))


def _nested(kind: pa.DataType) -> bool:
    return pa.types.is_list(kind) or pa.types.is_struct(kind) or pa.types.is_large_list(kind)


WRITERS = {"csv": _csv, "json": _json, "parquet": _parquet, "gdelt": _gdelt}
