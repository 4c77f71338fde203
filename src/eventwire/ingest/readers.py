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

from eventwire.ingest.decode import scrub_surrogates
from eventwire.models import RawDocument

MAX_BYTES = 50 * 1024 * 1024
SKIPPED_NAMES = {".DS_Store", "Thumbs.db"}


def default_max_bytes() -> int:
    """The size limit: ``EVENTWIRE_MAX_BYTES`` (bytes, or with a K/M/G suffix) or 50 MB."""
    value = os.environ.get("EVENTWIRE_MAX_BYTES", "").strip().upper()
    if not value:
        return MAX_BYTES
    factor = {"K": 1024, "M": 1024 ** 2, "G": 1024 ** 3}.get(value[-1:], 1)
    return int(float(value.rstrip("KMGB") or 0) * factor) if factor > 1 else int(value)


def size_message(size: int | None, max_bytes: int) -> str:
    actual = f"{size / 1024 / 1024:.1f} MB" if size is not None else "more"
    return (f"document is {actual}, over the size limit of {max_bytes / 1024 / 1024:g} MB "
            "(raise it with the EVENTWIRE_MAX_BYTES environment variable, e.g. EVENTWIRE_MAX_BYTES=200M)")
TEXT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml"}


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
            for child in sorted(p for p in path.rglob("*") if p.is_file() and p.name not in SKIPPED_NAMES):
                yield from _read_file(child, max_bytes)
        elif path.exists():
            yield from _read_file(path, max_bytes)
        else:
            yield RawDocument(id=path.name, content=b"", origin=str(path),
                              error=f"no such file or directory: {path}")


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
        yield RawDocument(id=_file_id(path), content=b"", origin=str(path),
                          error=size_message(path.stat().st_size, max_bytes))
        return
    try:
        data = _read_bytes(path, max_bytes)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield RawDocument(id=_file_id(path), content=b"", origin=str(path),
                          error=f"truncated or corrupt gzip file {path}: {exc}")
        return
    except OSError as exc:
        yield RawDocument(id=_file_id(path), content=b"", origin=str(path), error=f"cannot read {path}: {exc}")
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
    stem = _file_id(path)
    line_no = 0
    try:
        with _open(path) as fh:
            # readline with a limit: a gzip bomb with no newline is never held whole.
            while line := fh.readline(max_bytes + 1):
                line_no += 1
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    _skip_rest_of_line(fh)
                    yield RawDocument(id=f"{stem}:{line_no}", content=b"", origin=f"{path}:{line_no}",
                                      error=f"line {line_no} is longer than the size limit of {max_bytes} bytes")
                elif line.strip():
                    yield _jsonl_record(line, f"{stem}:{line_no}", f"{path}:{line_no}", line_no, max_bytes)
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as exc:
        yield RawDocument(id=f"{stem}:{line_no + 1}", content=b"", origin=str(path),
                          error=f"cannot read {path} after line {line_no}: {exc}")


def _skip_rest_of_line(fh, chunk: int = 1 << 20) -> None:
    """Discard an over-long line in bounded chunks."""
    while (part := fh.readline(chunk)) and not part.endswith(b"\n"):
        pass


def _jsonl_record(line: bytes, fallback_id: str, origin: str, line_no: int, max_bytes: int) -> RawDocument:
    try:
        record = json.loads(line)
    except (ValueError, RecursionError) as exc:  # RecursionError: [[[[... nested too deep
        return RawDocument(id=fallback_id, content=b"", origin=origin, error=f"invalid JSON on line {line_no}: {exc}")
    if not isinstance(record, dict):
        return RawDocument(id=fallback_id, content=b"", origin=origin, error=f"line {line_no} is not a JSON object")
    html, text = record.get("html"), record.get("text")
    content = html if isinstance(html, str) and html else (text if isinstance(text, str) else "")
    content = scrub_surrogates(content)  # JSON may escape lone surrogates; no encoder takes them
    raw = RawDocument(
        id=scrub_surrogates(str(record["id"])) if record.get("id") not in (None, "") else fallback_id,
        content=content,
        origin=origin,
        url=_optional_str(record.get("url")),
        title=_optional_str(record.get("title")),
        published=_optional_str(record.get("published")),
        kind_hint="html" if isinstance(html, str) and html else "text",
        extra={k: v for k, v in record.items() if k not in {"html", "text"}},
    )
    if not content:
        raw.error = f"line {line_no}: record has neither 'text' nor 'html' (a non-empty string)"
    return _limited(raw, max_bytes)


def _optional_str(value: object) -> str | None:
    return None if value in (None, "") else scrub_surrogates(str(value))
