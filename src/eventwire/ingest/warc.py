"""WARC reader: every HTML response record becomes one ``RawDocument``.

A record is checked against its own ``Content-Length``: one cut short (a truncated download,
a ``.warc.gz`` cut mid-member) or one whose declared length runs into the next record is an
error entry and is never stored as if it were complete.
"""

from __future__ import annotations

import gzip
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

from eventwire.ingest.readers import size_message, web_url
from eventwire.models import RawDocument

_GZIP_MAGIC = b"\x1f\x8b"


def read_warc(path: Path, max_bytes: int) -> Iterator[RawDocument]:
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        with _open(path) as fh:
            for raw in _records(path, fh, max_bytes):
                found += 1
                yield raw
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error) as exc:
        where = f" after {found} record(s)" if found else ""
        yield RawDocument(
            id=f"{path.name}:{found}" if found else path.name,
            content=b"",
            origin=str(path),
            error=f"cannot read WARC {path}{where}: {str(exc)[:300]}",
        )
    except Exception as exc:
        yield RawDocument(
            id=f"{path.name}:{found}",
            content=b"",
            origin=str(path),
            error=f"corrupt WARC {path} after {found} record(s): {type(exc).__name__}: {exc}",
        )
    else:
        if not found:  # a non-WARC file or one without pages: say so rather than output nothing
            yield RawDocument(
                id=path.name,
                content=b"",
                origin=str(path),
                error=f"no HTML or text response records found in WARC {path}",
            )


class TruncatedArchive(OSError):
    """The compressed archive ends mid-member."""


class _StrictGzip(gzip.GzipFile):
    """A gzip stream whose cut end is an error warcio cannot mistake for the end of the
    archive (it reads ``EOFError`` as "no more records")."""

    def read(self, size: int | None = -1) -> bytes:
        try:
            return super().read(size)
        except EOFError as exc:
            raise TruncatedArchive(f"the compressed file is cut short ({exc})") from None

    def readline(self, size: int | None = -1) -> bytes:
        try:
            return super().readline(size)
        except EOFError as exc:
            raise TruncatedArchive(f"the compressed file is cut short ({exc})") from None


def _open(path: Path) -> BinaryIO:
    """The archive's bytes; a gzipped one through ``gzip``, whose end-of-stream check turns
    a file cut mid-member into an error (warcio's own decompressor stops silently there)."""
    with open(path, "rb") as fh:
        compressed = fh.read(2) == _GZIP_MAGIC
    return cast(BinaryIO, _StrictGzip(path, "rb")) if compressed else open(path, "rb")


def _records(path: Path, fh: IO[bytes], max_bytes: int) -> Iterator[RawDocument]:
    """Response records in order, each held back until the next one is read: only then does
    warcio know whether the record ended where its Content-Length said (``err_count``)."""
    from warcio.archiveiterator import ArchiveIterator

    archive = ArchiveIterator(fh)
    held: tuple[RawDocument, int] | None = None  # a record, and warcio's error count before it
    try:
        for index, record in enumerate(archive):
            if held is not None:
                yield _checked(*held, archive.err_count)
                held = None
            if record.rec_type != "response":
                continue
            ctype = record.http_headers.get_header("Content-Type") if record.http_headers else ""
            if "html" not in (ctype or "") and "text" not in (ctype or ""):
                continue
            held = _document(path, index, record, ctype, max_bytes), archive.err_count
    except TruncatedArchive:
        if held is not None:  # read whole (its length checked); the cut came after it
            yield held[0]
        raise
    if held is not None:
        yield _checked(*held, archive.err_count)


def _document(path: Path, index: int, record: Any, ctype: str, max_bytes: int) -> RawDocument:
    url = web_url(record.rec_headers.get_header("WARC-Target-URI"))
    rid = record.rec_headers.get_header("WARC-Record-ID") or f"{path.stem}:{index}"
    data = record.content_stream().read(max_bytes + 1)
    charset = re.search(r"charset=[\"']?([\w.:-]+)", ctype, re.I)
    raw = RawDocument(
        id=rid.strip("<>").removeprefix("urn:uuid:"),
        content=data,
        origin=f"{path}#{index}",
        url=url,
        kind_hint="html" if "html" in ctype else "text",
        extra={"charset": charset.group(1)} if charset else {},
    )
    missing = getattr(record.raw_stream, "limit", 0)
    if len(data) > max_bytes:
        raw.content, raw.error = b"", size_message(None, max_bytes)
    elif missing:
        raw.content = b""
        raw.error = (
            f"truncated WARC record: its Content-Length is {record.length} bytes but "
            f"{missing} of them are missing (the file is cut short)"
        )
    return raw


def _checked(raw: RawDocument, errors_before: int, errors_now: int) -> RawDocument:
    """The held record, failed if reading past it found no record boundary where its
    Content-Length ended (warcio counts that as an error and warns)."""
    if errors_now > errors_before and not raw.error:
        raw.content = b""
        raw.error = (
            "WARC record does not end where its Content-Length says (the length is wrong "
            "or the record is damaged); not stored"
        )
    return raw
