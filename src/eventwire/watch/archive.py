"""The archive: every fetched page, and every feed, sitemap and robots.txt, as WARC records.

Pages go to ``ARCHIVE/pages-NNNNNN-<time>.warc.gz``, everything else to
``ARCHIVE/feeds/feeds-NNNNNN-<time>.warc.gz``, so ``eventwire ingest ARCHIVE/*.warc.gz``
replays exactly the pages the watcher stored, in the same order, with the same ids: the
stored document id is the page record's ``WARC-Record-ID`` and the record carries the URL
(``WARC-Target-URI``) and the time of fetch (``WARC-Date``). Each record is one gzip member
written in one call; a new file is started by every run and once a file passes
``rotate_bytes``, so no file is ever appended to after a crash.
"""

from __future__ import annotations

import io
import os
import re
import threading
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire.models import RawDocument
from eventwire.watch.fetcher import Fetched

ROTATE_BYTES = 100 * 1024 * 1024
# Headers that describe the bytes on the wire, not the decoded body the record holds.
_WIRE_HEADERS = {"content-encoding", "transfer-encoding", "content-length", "connection"}
_CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.I)


@dataclass(frozen=True)
class Stored:
    """Where one record lies: file, byte offset and length."""

    record_id: str
    path: str
    offset: int
    length: int


def record_bytes(fetched: Fetched) -> tuple[str, bytes]:
    """(record id, one gzipped WARC response record) for a fetched answer."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    headers = [(k, v) for k, v in fetched.headers if k.lower() not in _WIRE_HEADERS]
    headers.append(("Content-Length", str(len(fetched.body))))
    http = StatusAndHeaders(f"{fetched.status} OK", headers, protocol="HTTP/1.1")
    when = fetched.fetched_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    record = writer.create_warc_record(
        fetched.url,
        "response",
        payload=io.BytesIO(fetched.body),
        http_headers=http,
        warc_headers_dict={"WARC-Date": when},
    )
    writer.write_record(record)
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    return record_id, buffer.getvalue()


def raw_document(data: bytes, origin: str) -> RawDocument:
    """The document ``eventwire ingest`` reads from this record (``ingest.warc``'s rules), so
    the watcher and a replay of the archive give the pipeline the very same input."""
    record = next(iter(ArchiveIterator(io.BytesIO(data))))
    ctype = (record.http_headers.get_header("Content-Type") or "") if record.http_headers else ""
    rid = record.rec_headers.get_header("WARC-Record-ID")
    charset = _CHARSET.search(ctype)
    return RawDocument(
        id=rid.strip("<>").removeprefix("urn:uuid:"),
        content=record.content_stream().read(),
        origin=origin,
        url=record.rec_headers.get_header("WARC-Target-URI"),
        kind_hint="html" if "html" in ctype else "text",
        extra={"charset": charset.group(1)} if charset else {},
    )


def read_record(stored: Stored) -> bytes | None:
    """The record's bytes, or None when the file is shorter (the writer was killed)."""
    try:
        with open(stored.path, "rb") as fh:
            fh.seek(stored.offset)
            data = fh.read(stored.length)
    except OSError:
        return None
    return data if len(data) == stored.length else None


def cut_torn_tail(stored: Stored) -> None:
    """Remove a record that was half written when the process died (so replay reads clean)."""
    try:
        if os.path.getsize(stored.path) > stored.offset:
            os.truncate(stored.path, stored.offset)
    except OSError:
        pass


class RotatingWarc:
    """Appends records to ``folder/prefix-NNNNNN-time.warc.gz``, one new file per run and
    whenever the current one passes ``rotate_bytes``. Thread-safe."""

    def __init__(self, folder: Path, prefix: str, rotate_bytes: int = ROTATE_BYTES) -> None:
        self.folder, self.prefix, self.rotate_bytes = folder, prefix, rotate_bytes
        self._file: io.BufferedWriter | None = None
        self._path: Path | None = None
        self.lock = threading.RLock()

    def reserve(self, size: int) -> tuple[Path, int]:
        """The file and offset the next record of ``size`` bytes goes to."""
        with self.lock:
            if self._file is None or self._file.tell() + size > self.rotate_bytes > 0:
                self._open_next()
            assert self._file is not None and self._path is not None
            return self._path, self._file.tell()

    def write(self, data: bytes) -> None:
        """Append one record (after ``reserve``) in one call, flushed to the OS."""
        with self.lock:
            assert self._file is not None
            self._file.write(data)
            self._file.flush()

    def close(self) -> None:
        with self.lock:
            if self._file is not None:
                self._file.close()
                self._file = None

    def _open_next(self) -> None:
        self.close()
        self.folder.mkdir(parents=True, exist_ok=True)
        numbers = [
            int(m.group(1))
            for p in self.folder.glob(f"{self.prefix}-*.warc.gz")
            if (m := re.match(rf"{re.escape(self.prefix)}-(\d+)-", p.name))
        ]
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        self._path = (
            self.folder / f"{self.prefix}-{max(numbers, default=0) + 1:06d}-{stamp}.warc.gz"
        )
        self._file = open(self._path, "ab")  # noqa: SIM115  (kept open across records)
