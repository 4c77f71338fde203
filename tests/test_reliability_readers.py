"""Hostile files through the readers: gzip bombs, truncated and corrupt archives, broken JSONL
and WARC. Every file gives documents or a clear per-document error; nothing escapes ``read``.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import subprocess
import sys
import textwrap

import pytest

import hostile
from conftest import ROOT
from eventwire.ingest import read, to_article
from eventwire.ingest.readers import MAX_BYTES, size_message

MEMORY_LIMIT = 1024**3  # the bomb tests run in a child process that may not use more than this


def _read_in_child(path, max_bytes: int = MAX_BYTES) -> list[dict]:
    """``read([path])`` in a child limited to MEMORY_LIMIT of address space: expanding a
    bomb past the size limit would raise MemoryError there instead of eating the machine."""
    code = textwrap.dedent(f"""
        import json, resource, sys
        resource.setrlimit(resource.RLIMIT_AS, ({MEMORY_LIMIT}, {MEMORY_LIMIT}))
        from eventwire.ingest import read, to_article
        docs = [dict(id=d.id, size=len(d.content), error=d.error) for d in read([sys.argv[1]], max_bytes={max_bytes})]
        print(json.dumps(docs))
    """)
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout)


def test_gzip_bomb_expanding_to_10_gib_stops_at_the_size_limit(tmp_path):
    bomb = tmp_path / "bomb.txt.gz"
    expanded = hostile.write_gzip_bomb(bomb)
    assert expanded >= 10 * 1024**3 and bomb.stat().st_size < 20 * 1024**2
    docs = _read_in_child(bomb)
    assert docs == [{"id": "bomb", "size": 0, "error": size_message(None, MAX_BYTES)}]
    assert docs[0]["error"].startswith("document is over the size limit of 50 MB")


def test_jsonl_gzip_bomb_line_is_refused_and_the_next_lines_still_read(tmp_path):
    path = tmp_path / "feed.jsonl.gz"
    good = json.dumps({"id": "before", "text": "Russia attacked Ukraine."}).encode() + b"\n"
    # 200 MiB single line: with a 1 MiB limit it must be skipped in bounded chunks, never held.
    hostile.write_gzip_bomb(path, expanded=200 * 1024**2, prefix=good + b'{"id": "bomb", "text": "')
    with open(path, "ab") as fh:
        fh.write(
            gzip.compress(
                b'"}\n'
                + json.dumps({"id": "after", "text": "France condemned it."}).encode()
                + b"\n"
            )
        )
    docs = _read_in_child(path, max_bytes=1024**2)
    assert [d["id"] for d in docs] == ["before", "feed:2", "after"]
    assert docs[1]["error"].startswith("line 2: document is over the size limit of 1 MB")
    assert docs[0]["error"] is None and docs[2]["error"] is None


def test_truncated_gzip_gives_a_clear_error(tmp_path):
    path = tmp_path / "cut.txt.gz"
    hostile.write_truncated_gzip(path, random.Random(1).randbytes(20_000).hex().encode())
    [doc] = read([path])
    assert (
        doc.error.startswith(f"truncated or corrupt gzip file {path}")
        and "end-of-stream marker" in doc.error
    )


def test_truncated_jsonl_gzip_keeps_the_lines_before_the_break(tmp_path):
    path = tmp_path / "cut.jsonl.gz"
    lines = b"".join(
        json.dumps({"id": f"a{i}", "text": os.urandom(200).hex()}).encode() + b"\n"
        for i in range(50)
    )
    hostile.write_truncated_gzip(path, lines)
    docs = list(read([path]))
    good, last = docs[:-1], docs[-1]
    assert 5 < len(good) < 50 and all(d.error is None for d in good)
    assert [d.id for d in good] == [f"a{i}" for i in range(len(good))]
    assert (
        last.error.startswith(f"cannot read {path} after line {len(good)}")
        and "end-of-stream" in last.error
    )


@pytest.mark.parametrize("name", ["bad.txt.gz", "bad.jsonl.gz"])
def test_corrupt_deflate_data_gives_a_clear_error(tmp_path, name):
    # A valid gzip header followed by garbage: zlib.error, which is not an OSError.
    path = tmp_path / name
    path.write_bytes(gzip.compress(b"x")[:10] + b"\xff" * 100)
    [doc] = read([path])
    assert "invalid block type" in doc.error


def test_plain_file_named_gz_gives_a_clear_error(tmp_path):
    path = tmp_path / "plain.txt.gz"
    path.write_bytes(b"not gzip at all")
    [doc] = read([path])
    assert "Not a gzipped file" in doc.error


def test_hostile_jsonl_gives_one_document_per_line_and_clear_errors(tmp_path):
    lines = hostile.hostile_jsonl_lines(random.Random(3))
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs = list(read([path]))
    assert len(docs) == len(lines)
    by_id = {d.id: d for d in docs}
    assert by_id["1"].error == "record has neither 'text' nor 'html' (as a non-empty string)"
    assert by_id["feed:5"].error == "line 5 is not a JSON object"
    assert by_id["feed:10"].error.startswith("invalid JSON on line 10")  # 100,000 nested brackets
    # Wrong-typed metadata is dropped, the text is kept; lone surrogates become U+FFFD.
    typed = by_id["feed:3"]
    assert typed.error is None and (typed.url, typed.title, typed.published) == (None, None, None)
    assert by_id["s\ufffd"].content == "Putin \ufffd said the talks failed."
    assert by_id["feed:15"].error is None  # empty id: the line number instead
    assert {"ok-1", "ok-2"} <= set(by_id)


def test_cli_extract_survives_hostile_jsonl(tmp_path):
    from test_contract import run_cli

    lines = hostile.hostile_jsonl_lines(random.Random(3))
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_cli("extract", str(path), "--format", "jsonl", "-q")
    assert result.returncode == 1, result.stderr[-2000:]
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(out) == len(lines)
    assert [a["id"] for a in out if not a["errors"]] == [
        "feed:3",
        "s\ufffd",
        "ok-1",
        "ok-2",
        "feed:15",
        "{'nested': True}",
    ]
    assert all(a["errors"][0]["stage"] == "read" for a in out if a["errors"])
    assert "document(s) failed" in result.stderr.decode()


def _warc(records: int = 3, gz: bool = False) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for i in range(records):
        html = f"<html><body><article><p>Russia attacked Ukraine, report {i}.</p></article></body></html>"
        headers = StatusAndHeaders(
            "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.0"
        )
        writer.write_record(
            writer.create_warc_record(
                f"http://example.com/{i}",
                "response",
                payload=io.BytesIO(html.encode()),
                http_headers=headers,
            )
        )
    return buffer.getvalue()


def test_damaged_warc_target_uri_does_not_escape_the_reader(tmp_path):
    # warcio raises AttributeError when the WARC-Target-URI header is damaged.
    path = tmp_path / "damaged.warc"
    path.write_bytes(_warc().replace(b"WARC-Target-URI", b"WARC-Target-XRI", 1))
    docs = list(read([path]))
    assert docs and "corrupt WARC" in docs[-1].error


def test_not_a_warc_says_so(tmp_path):
    path = tmp_path / "notes.warc"
    path.write_bytes(b"hello, this is not an archive\n")
    [doc] = read([path])
    assert doc.error == f"no HTML or text response records found in WARC {path}"


@pytest.mark.parametrize(
    "suffix", [".warc", ".warc.gz", ".jsonl", ".jsonl.gz", ".txt.gz", ".html.gz"]
)
def test_randomly_damaged_files_never_escape_the_reader(tmp_path, suffix):
    jsonl = b"".join(
        json.dumps({"id": f"a{i}", "text": "Russia attacked Ukraine. " * 5}).encode() + b"\n"
        for i in range(10)
    )
    base = {
        ".warc": _warc(),
        ".warc.gz": _warc(gz=True),
        ".jsonl": jsonl,
        ".jsonl.gz": gzip.compress(jsonl),
        ".txt.gz": gzip.compress(b"Russia attacked Ukraine. " * 100),
        ".html.gz": gzip.compress(b"<html><body><p>Kyiv</p></body></html>" * 20),
    }[suffix]
    rng = random.Random(suffix)
    for attempt in range(60):
        data = bytearray(base)
        for _ in range(rng.randint(1, 6)):
            at = rng.randrange(len(data) or 1)
            if (op := rng.random()) < 0.5 and data:
                data[at % len(data)] = rng.randrange(256)
            elif op < 0.8:
                del data[at : at + rng.randint(1, 50)]
            else:
                del data[at:]
        path = tmp_path / f"d{attempt}{suffix}"
        path.write_bytes(bytes(data))
        articles = [to_article(doc) for doc in read([path])]  # neither may raise
        assert articles or not data  # an empty file is an empty feed
        assert all(a.body.strip() or a.errors for a in articles)
