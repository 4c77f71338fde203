"""``?format=csv|json|parquet|gdelt`` on the list endpoints: every matching row, streamed.

The rows come from the same SQL as the page on screen (same filters, same order), written
batch by batch (``eventwire.store.stream``): a download has no size cap.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack

from fastapi import Request
from fastapi.responses import StreamingResponse

from eventwire.store import stream as rows

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
        reader = rows.batches(cursor, sql, params)
    except BaseException:
        stack.close()
        raise

    def body() -> Iterator[bytes]:
        with stack:
            yield from rows.chunks(fmt, reader)

    return StreamingResponse(
        body(),
        media_type=MEDIA[fmt],
        headers={"Content-Disposition": f'attachment; filename="eventwire-{name}.{SUFFIX[fmt]}"'},
    )
