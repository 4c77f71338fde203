"""``?format=csv|json|parquet|gdelt`` on the list endpoints: every matching row, streamed.

The rows come from the same SQL as the page on screen (same filters, same order), read in
Arrow batches and written out batch by batch, so a download has no size cap and never holds
the whole result in memory. GDELT is the 61-column GDELT 2.0 event table, tab-separated,
without a header (``eventwire export --format gdelt``).
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import ExitStack

import orjson
import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq
from fastapi import Request
from fastapi.responses import StreamingResponse

BATCH_ROWS = 5_000
MEDIA = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "parquet": "application/vnd.apache.parquet",
    "gdelt": "text/tab-separated-values; charset=utf-8",
}
SUFFIX = {"csv": "csv", "json": "json", "parquet": "parquet", "gdelt": "tsv"}


def stream(request: Request, fmt: str, name: str, sql_for) -> StreamingResponse:
    """Open the store now (a missing store is a 503 before any byte is sent), then stream the
    rows of ``sql_for(store) -> (sql, params)`` in ``fmt``."""
    stack = ExitStack()
    store = stack.enter_context(request.app.state.db.open())
    try:
        sql, params = sql_for(store)
        cursor = stack.enter_context(store.cursor())
        relation = cursor.sql(sql, params=params)
        # DuckDB 2 names it to_arrow_reader, 1.x fetch_arrow_reader
        reader = (getattr(relation, "to_arrow_reader", None) or relation.fetch_arrow_reader)(
            BATCH_ROWS
        )
    except BaseException:
        stack.close()
        raise

    def body() -> Iterator[bytes]:
        with stack:
            yield from WRITERS[fmt](reader)

    return StreamingResponse(
        body(),
        media_type=MEDIA[fmt],
        headers={"Content-Disposition": f'attachment; filename="eventwire-{name}.{SUFFIX[fmt]}"'},
    )


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
