"""WARC reader: every HTML response record becomes one ``RawDocument``."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from pathlib import Path

from eventwire.ingest.readers import size_message
from eventwire.models import RawDocument


def read_warc(path: Path, max_bytes: int) -> Iterator[RawDocument]:
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        with open(path, "rb") as fh:
            for index, record in enumerate(ArchiveIterator(fh)):
                if record.rec_type != "response":
                    continue
                ctype = (
                    (record.http_headers.get_header("Content-Type") or "")
                    if record.http_headers
                    else ""
                )
                if "html" not in ctype and "text" not in ctype:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
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
                if len(data) > max_bytes:
                    raw.content, raw.error = b"", size_message(None, max_bytes)
                found += 1
                yield raw
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error) as exc:
        yield RawDocument(
            id=path.name,
            content=b"",
            origin=str(path),
            error=f"cannot read WARC {path}: {str(exc)[:300]}",
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
