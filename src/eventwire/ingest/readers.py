"""Readers: turn paths into a stream of ``RawDocument``, never holding a whole batch."""

from __future__ import annotations

import gzip
import hashlib
import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.models import RawDocument

MAX_BYTES = 50 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml"}


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
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
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
    with _open(path) as fh:
        for line_no, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            origin = f"{path}:{line_no}"
            try:
                record = json.loads(line)
            except ValueError as exc:
                yield RawDocument(id=f"{path.stem}:{line_no}", content=b"", origin=origin,
                                  error=f"invalid JSON on line {line_no}: {exc}")
                continue
            if not isinstance(record, dict):
                yield RawDocument(id=f"{path.stem}:{line_no}", content=b"", origin=origin,
                                  error=f"line {line_no} is not a JSON object")
                continue
            html, text = record.get("html"), record.get("text")
            content = html if html else (text or "")
            raw = RawDocument(
                id=str(record.get("id") or f"{path.stem}:{line_no}"),
                content=content,
                origin=origin,
                url=record.get("url"),
                title=record.get("title"),
                published=record.get("published"),
                kind_hint="html" if html else "text",
                extra={k: v for k, v in record.items() if k not in {"html", "text"}},
            )
            if not content:
                raw.error = "record has neither 'text' nor 'html'"
            yield _limited(raw, max_bytes)
