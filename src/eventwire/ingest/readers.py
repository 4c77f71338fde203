"""Readers: turn paths into a stream of ``RawDocument``, never holding a whole batch."""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.ingest.decode import scrub_surrogates
from eventwire.models import RawDocument

MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml"}
# A corrupt .gz raises any of these (zlib.error is not an OSError).
_READ_ERRORS = (OSError, EOFError, zlib.error)


def content_id(content: bytes | str) -> str:
    data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    return hashlib.sha1(data).hexdigest()[:16]


def read(inputs: Iterable[str | Path], *, max_bytes: int = MAX_BYTES) -> Iterator[RawDocument]:
    for item in inputs:
        if str(item) == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            yield _limited(RawDocument(id=content_id(data), content=data, origin="-"), max_bytes)
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                yield from _read_file(child, max_bytes)
        elif path.exists():
            yield from _read_file(path, max_bytes)
        else:
            yield RawDocument(id=path.name, content=b"", origin=str(path),
                              error=f"no such file or directory: {path}")


def _limited(raw: RawDocument, max_bytes: int) -> RawDocument:
    if len(raw.content) > max_bytes:
        raw.content = b""
        raw.error = f"document larger than the size limit of {max_bytes} bytes"
    return raw


def _base_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _read_file(path: Path, max_bytes: int) -> Iterator[RawDocument]:
    suffix = _base_suffix(path)
    if suffix == ".jsonl":
        yield from _read_jsonl(path, max_bytes)
        return
    if suffix in {".warc", ".arc"}:
        from eventwire.ingest.warc import read_warc

        yield from read_warc(path, max_bytes)
        return
    try:
        data = _read_bytes(path, max_bytes)
    except _READ_ERRORS as exc:
        yield RawDocument(id=path.name, content=b"", origin=str(path), error=f"cannot read {path}: {exc}")
        return
    kind = "html" if suffix in {".html", ".htm", ".xhtml"} else None
    raw = RawDocument(id=_file_id(path), content=data, origin=str(path), kind_hint=kind)
    yield _limited(raw, max_bytes)


def _file_id(path: Path) -> str:
    name = path.name
    for suffix in (".gz",):
        name = name.removesuffix(suffix)
    return Path(name).stem or name


def _open(path: Path):
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else open(path, "rb")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    with _open(path) as fh:
        return fh.read(max_bytes + 1)


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[RawDocument]:
    line_no = 0
    try:
        with _open(path) as fh:
            while line := fh.readline(max_bytes + 1):
                line_no += 1
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    _skip_rest_of_line(fh)
                    yield RawDocument(id=f"{path.stem}:{line_no}", content=b"", origin=f"{path}:{line_no}",
                                      error=f"line {line_no} is longer than the size limit of {max_bytes} bytes")
                    continue
                if line.strip():
                    yield _jsonl_record(path, line_no, line, max_bytes)
    except _READ_ERRORS as exc:
        # A truncated or corrupt .gz: keep what was read, report where it broke.
        yield RawDocument(id=f"{path.stem}:{line_no + 1}", content=b"", origin=f"{path}:{line_no + 1}",
                          error=f"cannot read {path} after line {line_no}: {exc}")


def _skip_rest_of_line(fh, chunk: int = 1 << 20) -> None:
    """Discard an over-long line in bounded chunks (a gzip bomb must never be held whole)."""
    while (part := fh.readline(chunk)) and not part.endswith(b"\n"):
        pass


def _text_field(value: object) -> str | None:
    """A JSON string field, with lone surrogates (legal in JSON escapes) replaced; else None."""
    return scrub_surrogates(value) if isinstance(value, str) else None


def _jsonl_record(path: Path, line_no: int, line: bytes, max_bytes: int) -> RawDocument:
    origin, fallback_id = f"{path}:{line_no}", f"{path.stem}:{line_no}"
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:
        return RawDocument(id=fallback_id, content=b"", origin=origin,
                           error=f"invalid JSON on line {line_no}: {exc}")
    if not isinstance(record, dict):
        return RawDocument(id=fallback_id, content=b"", origin=origin,
                           error=f"line {line_no} is not a JSON object")
    html, text = _text_field(record.get("html")), _text_field(record.get("text"))
    content = html if html else (text or "")
    record_id = record.get("id")
    raw = RawDocument(
        id=scrub_surrogates(str(record_id)) if record_id not in (None, "") else fallback_id,
        content=content,
        origin=origin,
        url=_text_field(record.get("url")),
        title=_text_field(record.get("title")),
        published=_text_field(record.get("published")),
        kind_hint="html" if html else "text",
        extra={k: v for k, v in record.items() if k not in {"html", "text"}},
    )
    if not content:
        raw.error = "record has neither 'text' nor 'html' (as a non-empty string)"
    return _limited(raw, max_bytes)
