"""Readers: turn paths into a stream of ``RawDocument``, never holding a whole batch.

Files (``.html``, ``.htm``, ``.txt``, any of them ``.gz``), folders (recursive), JSONL (one
document per line, ``ingest.jsonl``), WARC (``ingest.warc``) and ``-`` (stdin). Only regular
files are read; every path that cannot be (an unreadable folder, a broken or looping link, a
FIFO) is an error entry, never skipped silently. A document over the size limit (50 MB by default;
``max_bytes=`` or the ``EVENTWIRE_MAX_BYTES`` environment variable) becomes an error entry,
as does an unreadable or truncated file; the rest of the batch goes on.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import re
import stat
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

from eventwire.models import RawDocument

MAX_BYTES = 50 * 1024 * 1024
SKIPPED_NAMES = {".DS_Store", "Thumbs.db"}
_SIZE = re.compile(r"^(\d+(?:\.\d+)?)\s*([KMGT]?)(?:I?B)?$", re.I)
_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3, "T": 1024**4}


def default_max_bytes() -> int:
    """The size limit: ``EVENTWIRE_MAX_BYTES`` or 50 MB. A ValueError that says what is
    accepted for anything but a positive size: a negative or zero limit would disable the
    guard against gzip bombs (``read(-1)`` reads everything)."""
    value = os.environ.get("EVENTWIRE_MAX_BYTES", "").strip()
    if not value:
        return MAX_BYTES
    match = _SIZE.match(value)
    size = None
    if match and (match.group(2) or "." not in match.group(1)):
        size = int(float(match.group(1)) * _UNITS[(match.group(2) or "").upper()])
    if not size or size < 1:
        raise ValueError(
            f"EVENTWIRE_MAX_BYTES must be a positive size in bytes, or with a unit "
            f"(e.g. 50000000, 200M, 200MB, 1.5G); got {value!r}"
        )
    return size


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


def web_url(value: str | None) -> str | None:
    """``value`` if it is an http(s) URL, else None: a ``javascript:`` or ``data:`` URL from
    an input must never become a link on a page that shows the article."""
    if not value:
        return None
    try:
        scheme = urlsplit(value.strip()).scheme.lower()
    except ValueError:
        return None
    return value if scheme in ("http", "https") else None


def content_id(content: bytes | str) -> str:
    data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    return hashlib.sha1(data).hexdigest()[:16]


def _unreadable(path: Path, problem: str) -> RawDocument:
    return RawDocument(id=path.name, content=b"", origin=str(path), error=problem)


def _not_a_file(path: Path) -> str | None:
    """Why ``path`` (not a folder) cannot be read as a document, or None when it can.
    Only regular files are opened: a FIFO or a device would block or never end."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        if path.is_symlink():
            return f"broken symbolic link: {path} -> {os.readlink(path)}"
        return f"no such file or directory: {path}"
    except OSError as exc:  # a permission, a symbolic link loop
        return f"cannot read {path}: {exc.strerror or exc}"
    if not stat.S_ISREG(mode):
        return f"not a regular file (a FIFO, socket or device): {path}"
    return None


def _folder(root: Path) -> list[tuple[Path, str | None]]:
    """Every entry under ``root`` in path order, as (path, None) for a file to read or
    (path, problem) for one that cannot be: an unreadable folder, a broken link, a link
    back to a folder already being read (a cycle), a FIFO. Nothing is skipped silently."""
    found: list[tuple[Path, str | None]] = []
    seen: set[tuple[int, int]] = set()
    pending = [root]
    while pending:
        folder = pending.pop()
        try:
            info = folder.stat()
            entries = list(os.scandir(folder))
        except OSError as exc:
            found.append((folder, f"cannot read folder {folder}: {exc.strerror or exc}"))
            continue
        if (info.st_dev, info.st_ino) in seen:
            found.append((folder, f"symbolic link cycle: {folder} leads back to a folder"))
            continue
        seen.add((info.st_dev, info.st_ino))
        for entry in entries:
            path = Path(entry.path)
            if entry.name in SKIPPED_NAMES:
                continue
            if _is_folder(entry):
                pending.append(path)
            else:
                found.append((path, _not_a_file(path)))
    return sorted(found)


def _is_folder(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def read(inputs: Iterable[str | Path], *, max_bytes: int | None = None) -> Iterator[RawDocument]:
    """Stream the documents found in ``inputs`` (paths, folders, or "-" for stdin)."""
    max_bytes = default_max_bytes() if max_bytes is None else max_bytes
    if max_bytes < 1:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")
    for item in inputs:
        if str(item) == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            yield limited(RawDocument(id=content_id(data), content=data, origin="-"), max_bytes)
            continue
        path = Path(item)
        if path.is_dir():
            for child, problem in _folder(path):
                if problem:
                    yield _unreadable(child, problem)
                else:
                    yield from _read_file(child, max_bytes)
        elif problem := _not_a_file(path):
            yield _unreadable(path, problem)
        else:
            yield from _read_file(path, max_bytes)


def limited(raw: RawDocument, max_bytes: int) -> RawDocument:
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
        from eventwire.ingest.jsonl import read_jsonl

        yield from read_jsonl(path, max_bytes)
        return
    if suffix in {".warc", ".arc"}:
        from eventwire.ingest.warc import read_warc

        yield from read_warc(path, max_bytes)
        return
    if path.suffix.lower() != ".gz" and path.stat().st_size > max_bytes:
        yield RawDocument(
            id=file_id(path),
            content=b"",
            origin=str(path),
            error=size_message(path.stat().st_size, max_bytes),
        )
        return
    try:
        data = _read_bytes(path, max_bytes)
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        yield RawDocument(
            id=file_id(path),
            content=b"",
            origin=str(path),
            error=f"truncated or corrupt gzip file {path}: {exc}",
        )
        return
    except OSError as exc:
        yield RawDocument(
            id=file_id(path), content=b"", origin=str(path), error=f"cannot read {path}: {exc}"
        )
        return
    kind = "html" if suffix in {".html", ".htm", ".xhtml"} else None
    raw = RawDocument(id=file_id(path), content=data, origin=str(path), kind_hint=kind)
    yield limited(raw, max_bytes)


def file_id(path: Path) -> str:
    name = path.name
    for suffix in (".gz",):
        name = name.removesuffix(suffix)
    return Path(name).stem or name


def open_file(path: Path):
    return gzip.open(path, "rb") if path.suffix.lower() == ".gz" else open(path, "rb")


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    with open_file(path) as fh:
        return fh.read(max_bytes + 1)
