"""JSONL reader: one document per line, every line a result.

A bad line is an error entry and the next line is read. Two kinds of hostile file are
bounded: a long run of empty lines (a gzipped file of newlines expands to gigabytes of
nothing) ends the file's reading after ``MAX_BLANK_RUN`` lines with an error entry, and a
run of lines that all fail the same way is reported as its first ``SHOWN_REPEATS`` errors
plus one entry that counts the rest, not a million identical failure rows.
"""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from eventwire.ingest.decode import scrub_record, scrub_surrogates
from eventwire.ingest.readers import file_id, limited, open_file, size_message, web_url
from eventwire.models import RawDocument

# A corrupt .gz raises any of these (zlib.error is not an OSError).
_READ_ERRORS = (OSError, EOFError, zlib.error)
MAX_BLANK_RUN = 100_000  # empty lines in a row before a file is given up on
SHOWN_REPEATS = 5  # identical failures in a row reported one by one; the rest are counted
_LINE_NUMBER = re.compile(r"\bline \d+")


def read_jsonl(path: Path, max_bytes: int) -> Iterator[RawDocument]:
    repeats = _Repeats(path)
    for raw in _records(path, max_bytes):
        yield from repeats.add(raw)
    yield from repeats.flush()


def _records(path: Path, max_bytes: int) -> Iterator[RawDocument]:
    line_no = blank_run = 0
    try:
        with open_file(path) as fh:
            while line := fh.readline(max_bytes + 1):
                line_no += 1
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    _skip_rest_of_line(fh)
                    yield _failed(
                        path, line_no, f"line {line_no}: " + size_message(None, max_bytes)
                    )
                elif line.strip():
                    blank_run = 0
                    yield _jsonl_record(path, line_no, line, max_bytes)
                elif (blank_run := blank_run + 1) >= MAX_BLANK_RUN:
                    yield _failed(
                        path,
                        line_no,
                        f"line {line_no}: {MAX_BLANK_RUN:,} empty lines in a row; the rest of "
                        f"{path} is not read (is it JSONL?)",
                    )
                    return
    except _READ_ERRORS as exc:
        # A truncated or corrupt .gz: keep what was read, report where it broke.
        yield _failed(path, line_no + 1, f"cannot read {path} after line {line_no}: {exc}")


def _failed(path: Path, line_no: int, error: str) -> RawDocument:
    return RawDocument(
        id=f"{file_id(path)}:{line_no}", content=b"", origin=f"{path}:{line_no}", error=error
    )


class _Repeats:
    """Collapses a run of records that fail with the same error (line numbers aside)."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._error: str | None = None  # the run's error, line numbers masked
        self._count = 0
        self._first = self._last = ""

    def add(self, raw: RawDocument) -> Iterator[RawDocument]:
        if raw.error is None:
            yield from self.flush()
            yield raw
            return
        key = _LINE_NUMBER.sub("line #", raw.error)
        if key != self._error:
            yield from self.flush()
            self._error = key
        self._count += 1
        if self._count <= SHOWN_REPEATS:
            yield raw
        else:
            self._first = self._first or raw.origin.rsplit(":", 1)[-1]
            self._last = raw.origin.rsplit(":", 1)[-1]

    def flush(self) -> Iterator[RawDocument]:
        hidden = self._count - SHOWN_REPEATS
        if self._error is not None and hidden > 0:
            yield RawDocument(
                id=f"{file_id(self._path)}:{self._first}-{self._last}",
                content=b"",
                origin=f"{self._path}:{self._first}-{self._last}",
                error=f"lines {self._first}-{self._last}: {hidden:,} more records failed the "
                f"same way: {self._error}",
            )
        self._error, self._count, self._first, self._last = None, 0, "", ""


def _skip_rest_of_line(fh, chunk: int = 1 << 20) -> None:
    """Discard an over-long line in bounded chunks (a gzip bomb must never be held whole)."""
    while (part := fh.readline(chunk)) and not part.endswith(b"\n"):
        pass


def _text_field(value: object, *, numbers: bool = False) -> str | None:
    """A JSON string field (lone surrogates, legal in JSON escapes, replaced), or with
    ``numbers`` a number (a bare year as ``published``); anything else is ignored."""
    if isinstance(value, str):
        return scrub_surrogates(value) if value else None
    if numbers and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _jsonl_record(path: Path, line_no: int, line: bytes, max_bytes: int) -> RawDocument:
    origin, fallback_id = f"{path}:{line_no}", f"{file_id(path)}:{line_no}"
    try:
        record = scrub_record(json.loads(line))
    except (ValueError, RecursionError) as exc:
        return RawDocument(
            id=fallback_id,
            content=b"",
            origin=origin,
            error=f"invalid JSON on line {line_no}: {exc}",
        )
    if not isinstance(record, dict):
        return RawDocument(
            id=fallback_id, content=b"", origin=origin, error=f"line {line_no} is not a JSON object"
        )
    html, text = _text_field(record.get("html")), _text_field(record.get("text"))
    content = html if html else (text or "")
    record_id = record.get("id")
    raw = RawDocument(
        id=scrub_surrogates(str(record_id)) if record_id not in (None, "") else fallback_id,
        content=content,
        origin=origin,
        url=web_url(_text_field(record.get("url"))),
        title=_text_field(record.get("title")),
        published=_text_field(record.get("published"), numbers=True),
        source=next(
            filter(None, (_text_field(record.get(k)) for k in ("source", "publisher", "site"))),
            None,
        ),
        kind_hint="html" if html else "text",
        extra={k: v for k, v in record.items() if k not in {"html", "text"}},
    )
    if not content:
        raw.error = "record has neither 'text' nor 'html' (as a non-empty string)"
    return limited(raw, max_bytes)
