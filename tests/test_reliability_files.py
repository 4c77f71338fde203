"""Issue 16, hostile files: each test reproduces one attack on the readers or an ingest run
(it failed before the fix) and checks the promised behaviour: a clear per-document error,
never the end of the run, nothing stored as complete that was not.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from eventwire.ingest import read
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


def _warc(records: int, gz: bool) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gz)
    for i in range(records):
        # ~30 KB records: warcio reads 16 KB blocks, so the first records come out whole.
        filler = " ".join(
            f"Officials said on Monday that talks on the border would resume after {j} days."
            for j in range(400)
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
    whole = _warc(3, gz=False)
    path = tmp_path / "feed.warc"
    with Store(tmp_path / "s.duckdb") as store:
        path.write_bytes(whole[: len(whole) * 5 // 6])
        _, cut = ingest([path], store, workers=1)
        assert (cut.articles, cut.failures) == (2, 1)
        path.write_bytes(whole)
        _, intact = ingest([path], store, workers=1)
        assert (intact.articles, intact.skipped) == (1, 2)
        assert store.counts()["articles"] == 3
