"""Readers: turn paths into a stream of ``RawDocument``, never holding a whole batch.

Files (``.html``, ``.htm``, ``.txt``, any of them ``.gz``), folders (recursive), JSONL (one
document per line), WARC and ``-`` (stdin). A document over the size limit (50 MB by default;
``max_bytes=`` or the ``EVENTWIRE_MAX_BYTES`` environment variable) becomes an error entry,
as does an unreadable or truncated file; the rest of the batch goes on.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.ingest.decode import scrub_record, scrub_surrogates
from eventwire.models import RawDocument

# A corrupt .gz raises any of these (zlib.error is not an OSError).
_READ_ERRORS = (OSError, EOFError, zlib.error)
MAX_BYTES = 50 * 1024 * 1024
SKIPPED_NAMES = {".DS_Store", "Thumbs.db"}


def default_max_bytes() -> int:
    """The size limit: ``EVENTWIRE_MAX_BYTES`` (bytes, or with a K/M/G suffix) or 50 MB."""
    value = os.environ.get("EVENTWIRE_MAX_BYTES", "").strip().upper()
    if not value:
        return MAX_BYTES
    factor = {"K": 1024, "M": 1024**2, "G": 1024**3}.get(value[-1:], 1)
    return int(float(value.rstrip("KMGB") or 0) * factor) if factor > 1 else int(value)


def size_message(size: int | None, max_bytes: int) -> str:
    """The size-limit error; ``size`` is None when reading stopped at the limit (stdin, .gz)."""
    actual = f"is {_human(size)}," if size is not None else "is"
    return (
        f"document {actual} over the size limit of {_human(max_bytes)} "
        "(raise it with the EVENTWIRE_MAX_BYTES environment variable, e.g. EVENTWIRE_MAX_BYTES=200M)"
    )


def _human(size: int) -> str:
    for unit, factor in (("GB", 1024**3), ("MB", 1024**2), ("KB", 1024)):
        if size >= factor:
            return f"{size / factor:.1f}".removesuffix(".0") + f" {unit}"
    return f"{size} bytes"


def content_id(content: bytes | str) -> str:
    data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    return hashlib.sha1(data).hexdigest()[:16]


def read(inputs: Iterable[str | Path], *, max_bytes: int | None = None) -> Iterator[RawDocument]:
    """Stream the documents found in ``inputs`` (paths, folders, or "-" for stdin)."""
    max_bytes = max_bytes or default_max_bytes()
    for item in inputs:
        if str(item) == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            yield _limited(RawDocument(id=content_id(data), content=data, origin="-"), max_bytes)
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(
                p for p in path.rglob("*") if p.is_file() and p.name not in SKIPPED_NAMES
            ):
                yield from _read_file(child, max_bytes)
        elif path.exists():
            yield from _read_file(path, max_bytes)
        else:
            yield RawDocument(
                id=path.name,
                content=b"",
                origin=str(path),
                error=f"no such file or directory: {path}",
            )


def _limited(raw: RawDocument, max_bytes: int) -> RawDocument:
    size = len(raw.content.encode("utf-8")) if isinstance(raw.content, str) else len(raw.content)
    if size > max_bytes:
        raw.content = b""
        raw.error = size_message(None if size == max_bytes + 1 else size, max_bytes)
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
    if path.suffix.lower() != ".gz" and path.stat().st_size > max_bytes:
        yield RawDocument(
            id=_file_id(path),
            content=b"",
            origin=str(path),
            error=size_message(path.stat().st_size, max_bytes),
        )
        return
    try:
        data = _read_bytes(path, max_bytes)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield RawDocument(
            id=_file_id(path),
            content=b"",
            origin=str(path),
            error=f"truncated or corrupt gzip file {path}: {exc}",
        )
        return
    except OSError as exc:
        yield RawDocument(
            id=_file_id(path), content=b"", origin=str(path), error=f"cannot read {path}: {exc}"
        )
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
                    yield RawDocument(
                        id=f"{_file_id(path)}:{line_no}",
                        content=b"",
                        origin=f"{path}:{line_no}",
                        error=f"line {line_no}: " + size_message(None, max_bytes),
                    )
                    continue
                if line.strip():
                    yield _jsonl_record(path, line_no, line, max_bytes)
    except _READ_ERRORS as exc:
        # A truncated or corrupt .gz: keep what was read, report where it broke.
        yield RawDocument(
            id=f"{_file_id(path)}:{line_no + 1}",
            content=b"",
            origin=f"{path}:{line_no + 1}",
            error=f"cannot read {path} after line {line_no}: {exc}",
        )


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
    origin, fallback_id = f"{path}:{line_no}", f"{_file_id(path)}:{line_no}"
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
        url=_text_field(record.get("url")),
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
    return _limited(raw, max_bytes)
