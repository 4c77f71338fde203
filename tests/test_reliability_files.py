"""Issue 16, hostile files: each test reproduces one attack on the readers or an ingest run
(it failed before the fix) and checks the promised behaviour: a clear per-document error,
never the end of the run, nothing stored as complete that was not.
"""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from eventwire.ingest import read
from eventwire.ingest.readers import default_max_bytes
from eventwire.models import RawDocument
from eventwire.pipeline import process
from eventwire.store import Store
from eventwire.store.ingest_run import ingest

STORIES = [
    "Russia attacked Ukraine on Monday, officials in Kyiv said.",
    "France condemned Germany on Tuesday over the border dispute.",
    "China sent humanitarian aid to Japan on Friday.",
]


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# -- 1. a lone surrogate in any field -------------------------------------------------------


def test_a_lone_surrogate_in_any_jsonl_field_is_scrubbed_and_the_run_stores_every_record(
    tmp_path,
):
    lines = [
        json.dumps({"id": "a", "text": STORIES[0]}),
        # JSON allows "\ud800" escapes anywhere: a tag, a nested value, even a key.
        '{"id": "b", "text": "' + STORIES[1] + '", "tag": "x\\ud800y", '
        '"meta": {"k\\udc00": ["\\ud800"]}}',
        json.dumps({"id": "c", "text": STORIES[2]}),
    ]
    feed = _jsonl(tmp_path / "feed.jsonl", lines)
    tagged = next(d for d in read([feed]) if d.id == "b")
    assert tagged.extra["tag"] == "x\ufffdy" and tagged.extra["meta"] == {"k\ufffd": ["\ufffd"]}
    with Store(tmp_path / "s.duckdb") as store:
        _, summary = ingest([feed], store, workers=1)
        assert (summary.articles, summary.failures) == (3, 0)
        _, again = ingest([feed], store, workers=1)  # and a rerun skips them all
        assert (again.articles, again.skipped, again.failures) == (0, 3, 0)


def test_a_record_the_store_refuses_is_a_failure_row_not_the_end_of_the_run(tmp_path, monkeypatch):
    feed = _jsonl(
        tmp_path / "feed.jsonl",
        [json.dumps({"id": f"r{i}", "text": text}) for i, text in enumerate(STORIES)],
    )
    original = Store._write

    def refuse_r1(self, article, *args):
        if article.id == "r1" and article.body:
            raise OverflowError("date value out of range")
        return original(self, article, *args)

    monkeypatch.setattr(Store, "_write", refuse_r1)
    with Store(tmp_path / "s.duckdb") as store:
        _, summary = ingest([feed], store, workers=1)
        assert (summary.articles, summary.failures) == (2, 1)
        [failure] = store.query("SELECT doc_id, stage, message FROM failures").to_dict("records")
        assert failure["doc_id"] == "r1" and failure["stage"] == "store"
        assert "OverflowError: date value out of range" in failure["message"]


# -- 4. a WARC cut mid-record ---------------------------------------------------------------


def _warc(records: int, gz: bool, sentences: int = 400) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for i in range(records):
        # ~30 KB records: warcio reads 16 KB blocks, so the first records come out whole.
        filler = " ".join(
            f"Officials said on Monday that talks on the border would resume after {j} days."
            for j in range(sentences)
        )
        html = (
            f"<html><body><article><p>{STORIES[i % 3]}</p><p>{filler}</p></article></body></html>"
        )
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


@pytest.mark.parametrize("gz", [False, True], ids=["warc", "warc.gz"])
def test_a_warc_cut_mid_record_stores_only_whole_records_and_says_so(tmp_path, gz):
    whole = _warc(3, gz)
    path = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    path.write_bytes(whole[: len(whole) * 5 // 6])  # inside the third record
    docs = list(read([path]))
    assert [d.error is None for d in docs] == [True, True, False]
    assert ("cut short" if gz else "truncated WARC record") in (docs[-1].error or "")
    assert docs[-1].content == b""


def test_a_warc_record_whose_content_length_runs_past_it_is_not_stored(tmp_path):
    whole = _warc(2, gz=False)
    first_length = whole.split(b"Content-Length: ", 1)[1].split(b"\r\n", 1)[0]
    longer = str(int(first_length) + 40).encode()
    path = tmp_path / "long.warc"
    path.write_bytes(
        whole.replace(b"Content-Length: " + first_length, b"Content-Length: " + longer, 1)
    )
    docs = list(read([path]))
    assert all(d.content == b"" and d.error for d in docs), [d.error for d in docs]


def test_reingesting_the_intact_warc_after_a_cut_one_stores_each_record_once(tmp_path):
    whole = _warc(3, gz=False, sentences=20)
    path = tmp_path / "feed.warc"
    with Store(tmp_path / "s.duckdb") as store:
        path.write_bytes(whole[: len(whole) * 5 // 6])
        _, cut = ingest([path], store, workers=1)
        assert (cut.articles, cut.failures) == (2, 1)
        path.write_bytes(whole)
        _, intact = ingest([path], store, workers=1)
        assert (intact.articles, intact.skipped) == (1, 2)
        assert store.counts()["articles"] == 3


# -- 10, 23, 24. paths that cannot be read are errors, never skipped silently ---------------


def _story(path: Path, text: str = STORIES[0]) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every folder")
def test_an_unreadable_sub_folder_is_an_error_entry(tmp_path):
    _story(tmp_path / "a.txt")
    locked = tmp_path / "locked"
    locked.mkdir()
    _story(locked / "hidden.txt")
    locked.chmod(0)
    try:
        docs = list(read([tmp_path]))
    finally:
        locked.chmod(0o755)
    assert [d.error is None for d in docs] == [True, False]
    assert docs[1].error.startswith(f"cannot read folder {locked}")


def test_an_unreadable_sub_folder_is_an_error_entry_even_for_root(tmp_path, monkeypatch):
    """The same, for a user (root in CI containers) whom permissions do not stop."""
    _story(tmp_path / "a.txt")
    locked = tmp_path / "locked"
    locked.mkdir()
    _story(locked / "hidden.txt")
    real_scandir = os.scandir

    def refuse(path):
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    docs = list(read([tmp_path]))
    assert [d.error for d in docs][1] == f"cannot read folder {locked}: Permission denied"


def test_a_fifo_is_refused_not_read_forever(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    [alone] = list(read([fifo]))  # as an argument
    assert alone.error == f"not a regular file (a FIFO, socket or device): {fifo}"
    _story(tmp_path / "a.txt")
    docs = list(read([tmp_path]))  # inside a folder
    assert [d.error is None for d in docs] == [True, False]


def test_symbolic_link_cycles_and_dangling_links_are_error_entries(tmp_path):
    root = tmp_path / "feed"
    (root / "sub").mkdir(parents=True)
    _story(root / "sub" / "a.txt")
    (root / "sub" / "loop").symlink_to(root)  # back up to the top: a cycle
    (root / "gone.txt").symlink_to(tmp_path / "missing.txt")
    (root / "alias.txt").symlink_to(root / "sub" / "a.txt")  # a good link is read
    docs = list(read([root]))
    errors = {Path(d.origin).name: d.error for d in docs}
    assert errors["alias.txt"] is None and errors["a.txt"] is None
    assert errors["gone.txt"].startswith("broken symbolic link")
    assert errors["loop"].startswith("symbolic link cycle")
    assert len(docs) == 4
    [dangling] = list(read([root / "gone.txt"]))
    assert dangling.error.startswith("broken symbolic link")


# -- 17, 18. encodings that lie ------------------------------------------------------------


def test_a_utf16_byte_order_mark_before_random_bytes_is_binary_not_english():
    from eventwire.ingest import to_article

    data = codecs.BOM_UTF16_LE + random.Random(17).randbytes(3000)
    article = to_article(RawDocument(id="noise", content=data))
    assert [e.stage for e in article.errors] == ["decode"] and not article.body
    assert "binary content after a utf-16 byte-order mark" in article.errors[0].message
    real = to_article(RawDocument(id="real", content=" ".join(STORIES).encode("utf-16")))
    assert not real.errors and real.body.startswith("Russia attacked Ukraine")


@pytest.mark.parametrize("charset", ["rot13", "hex", "zlib", "idna", "utf-16", "base64", "nope"])
def test_a_hostile_meta_charset_falls_back_to_detection(charset):
    from eventwire.ingest import to_article

    page = (
        f'<html><head><meta charset="{charset}"><title>Talks</title></head><body><article>'
        f"<p>{STORIES[0]} The caf\u00e9 on the square was closed.</p><p>{STORIES[1]}</p>"
        "</article></body></html>"
    ).encode("cp1252")  # not UTF-8, so the declared charset is consulted
    article = to_article(RawDocument(id=charset, content=page, kind_hint="html"))
    assert not article.errors, article.errors
    assert "caf\u00e9" in article.body and "Russia attacked Ukraine" in article.body


# -- 19, 20. the size limit's setting ------------------------------------------------------


@pytest.mark.parametrize(
    "value, size",
    [("200MB", 200 * 1024**2), ("200M", 200 * 1024**2), ("1.5G", 1536 * 1024**2), ("4096", 4096)],
)
def test_the_size_limit_accepts_units(monkeypatch, value, size):
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", value)
    assert default_max_bytes() == size


@pytest.mark.parametrize("value", ["abc", "1.5", "-5", "0", "-1M", "nan", "1e9"])
def test_a_bad_or_negative_size_limit_is_refused_with_a_message(monkeypatch, tmp_path, value):
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", value)
    with pytest.raises(ValueError, match="EVENTWIRE_MAX_BYTES must be a positive size"):
        default_max_bytes()
    with pytest.raises(ValueError):  # a negative limit must never mean "no limit"
        list(read([_story(tmp_path / "a.txt")]))


@pytest.mark.parametrize("command", ["extract", "ingest"])
def test_the_cli_says_what_is_wrong_with_the_size_limit(tmp_path, command):
    from test_contract import ROOT

    feed = _story(tmp_path / "a.txt")
    extra = ["--db", str(tmp_path / "s.duckdb")] if command == "ingest" else []
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), EVENTWIRE_MAX_BYTES="-5")
    result = subprocess.run(
        [sys.executable, "-m", "eventwire", command, str(feed), "-q", *extra],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert result.returncode == 2, result.stderr[-1000:]
    assert "Error: EVENTWIRE_MAX_BYTES must be a positive size" in result.stderr
    assert "Traceback" not in result.stderr


# -- 21, 22. gzipped JSONL that expands to nothing, or to a million identical failures -------


def test_a_run_of_empty_lines_ends_the_file_with_an_error(tmp_path, monkeypatch):
    from eventwire.ingest import jsonl

    monkeypatch.setattr(jsonl, "MAX_BLANK_RUN", 1_000)
    path = tmp_path / "blank.jsonl.gz"
    good = json.dumps({"id": "first", "text": STORIES[0]}) + "\n"
    path.write_bytes(gzip.compress((good + "\n" * 50_000 + good.replace("first", "late")).encode()))
    docs = list(read([path]))
    assert [d.id for d in docs] == ["first", "blank:1001"]
    assert "1,000 empty lines in a row" in docs[1].error


def test_identical_failures_in_a_row_are_collapsed(tmp_path):
    from eventwire.ingest.jsonl import SHOWN_REPEATS

    path = tmp_path / "empty.jsonl.gz"
    good = json.dumps({"id": "ok", "text": STORIES[0]})
    path.write_bytes(gzip.compress(("{}\n" * 20_000 + good + "\n" + "{}\n" * 3).encode()))
    docs = list(read([path]))
    assert len(docs) == SHOWN_REPEATS + 1 + 1 + 3
    summary = docs[SHOWN_REPEATS]
    assert summary.error == (
        f"lines {SHOWN_REPEATS + 1}-20000: {20_000 - SHOWN_REPEATS:,} more records failed the "
        "same way: record has neither 'text' nor 'html' (as a non-empty string)"
    )
    assert docs[SHOWN_REPEATS + 1].id == "ok" and docs[SHOWN_REPEATS + 1].error is None


# -- 3. publication dates from outside are checked ------------------------------------------


@pytest.mark.parametrize(
    "value", ["9999-12-31", "0001-01-01", "99999-99-99", "nan", 1e308, "2022-13-45", "1899-12-31"]
)
def test_an_implausible_published_date_is_dropped_with_an_error_and_events_are_kept(
    tmp_path, value
):
    feed = _jsonl(
        tmp_path / "feed.jsonl",
        [
            json.dumps({"id": "bad", "text": STORIES[0], "published": value}),
            json.dumps({"id": "good", "text": STORIES[0], "published": "2022-02-01"}),
        ],
    )
    bad, good = process(read([feed]))
    assert bad.published is None and bad.events  # not lost, not output verbatim
    assert [e.stage for e in bad.errors] == ["metadata"]
    assert "ignored" in bad.errors[0].message
    assert good.published == "2022-02-01" and not good.errors


def test_the_plausible_range_runs_from_1900_to_two_days_from_now():
    from eventwire.ingest.dates_check import published_problem

    today = date(2026, 12, 1)
    assert published_problem("1900-01-01", today) is None
    assert published_problem("2026-12-03T23:00:00+00:00", today) is None
    assert published_problem("2022", today) is None
    assert "outside the plausible range" in published_problem("2026-12-04", today)
    assert "not an ISO 8601 date" in published_problem("1e+308", today)


# -- 16. only http(s) URLs from an input ----------------------------------------------------


def test_a_javascript_url_from_an_input_is_not_kept(tmp_path):
    hostile_urls = ["javascript:alert(document.domain)", " JavaScript:alert(1)", "data:text/html,x"]
    feed = _jsonl(
        tmp_path / "feed.jsonl",
        [
            json.dumps({"id": f"u{i}", "text": STORIES[0], "url": u})
            for i, u in enumerate(hostile_urls)
        ]
        + [json.dumps({"id": "web", "text": STORIES[1], "url": "https://example.com/a"})],
    )
    assert [d.url for d in read([feed])] == [None, None, None, "https://example.com/a"]
