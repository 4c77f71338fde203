"""Bad input: each gives a clear per-document error and the rest of the batch goes on."""

from __future__ import annotations

import gzip
import json
import struct
import zlib

import pytest

from eventwire import ingest
from eventwire.ingest.readers import MAX_BYTES
from eventwire.models import RawDocument

GOOD = (
    "Russian and Ukrainian negotiators met in Istanbul on Tuesday for a new round of talks, "
    "the first face-to-face meeting in more than two weeks.\n\n"
    "Turkey's foreign minister said the two sides had made meaningful progress."
)
GERMAN = (
    "Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen. Wie ein "
    "Regierungssprecher in Berlin mitteilte, sollen die Maßnahmen vor allem den Finanzsektor "
    "treffen und schon in der kommenden Woche in Kraft treten.\n\n"
    "Die Opposition kritisierte, dass die Entscheidung viel zu spät komme und nicht weit genug gehe."
)


def tiny_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00\x00"))
        + chunk(b"IEND", b"")
    )


def articles_for(*paths):
    return [ingest.to_article(raw) for raw in ingest.read([str(p) for p in paths])]


def only_error(article, stage: str) -> str:
    assert [e.stage for e in article.errors] == [stage], article.errors
    return article.errors[0].message


def test_empty_file(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\n \t\n")
    empty, blank = articles_for(tmp_path / "empty.txt", tmp_path / "blank.txt")
    assert only_error(empty, "decode") == "empty document"
    assert "empty document" in only_error(blank, "decode")


def test_binary_image(tmp_path):
    (tmp_path / "photo.jpg").write_bytes(tiny_png())
    (article,) = articles_for(tmp_path / "photo.jpg")
    assert only_error(article, "decode") == "binary content (a PNG image), not text or HTML"
    assert article.body == ""


def test_invalid_utf8_is_replaced_and_reported(tmp_path):
    data = GOOD.replace("Turkey's", "Turkey’s").encode("utf-8")
    broken = data[:40] + b"\xff\xfe" + data[40:]
    (tmp_path / "broken.txt").write_bytes(broken)
    (article,) = articles_for(tmp_path / "broken.txt")
    message = only_error(article, "decode")
    assert message.startswith("invalid UTF-8") and "byte 40" in message
    assert "Turkey’s foreign minister" in article.body and "\ufffd" in article.body


def test_legacy_encoding_is_detected_not_an_error(tmp_path):
    text = (
        "The café owner in Zürich said the façade of the old building would be restored next year, "
        "according to a statement released by the city council on Thursday afternoon."
    )
    (tmp_path / "latin1.txt").write_bytes(text.encode("cp1252"))
    (article,) = articles_for(tmp_path / "latin1.txt")
    assert article.errors == []
    assert article.body == text


def test_file_over_the_size_limit(tmp_path, monkeypatch):
    big = tmp_path / "huge.txt"
    with open(big, "wb") as fh:  # sparse: 51 MB on paper, nothing written
        fh.truncate(MAX_BYTES + 1024 * 1024)
    (article,) = articles_for(big)
    message = only_error(article, "read")
    assert (
        message.startswith("document is 51 MB, over the size limit of 50 MB")
        and "EVENTWIRE_MAX_BYTES" in message
    )
    monkeypatch.setenv("EVENTWIRE_MAX_BYTES", "1K")
    (tmp_path / "small.txt").write_text("x " * 1000)
    (article,) = articles_for(tmp_path / "small.txt")
    assert "document is 2 KB, over the size limit of 1 KB" in only_error(article, "read")
    assert list(ingest.read([str(tmp_path / "small.txt")], max_bytes=10_000))[0].error is None


def test_html_with_no_article(tmp_path):
    page = (
        "<!DOCTYPE html><html><head><title>Example</title></head><body><nav><ul>"
        + "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(12))
        + "</ul></nav><footer>Privacy | Terms</footer></body></html>"
    )
    (tmp_path / "nav.html").write_text(page)
    (article,) = articles_for(tmp_path / "nav.html")
    assert "no article" in only_error(article, "clean")


def test_non_english_article_is_cleaned_but_flagged(tmp_path):
    (tmp_path / "de.txt").write_text("ANZEIGE\n\n" + GERMAN)
    (article,) = articles_for(tmp_path / "de.txt")
    assert only_error(article, "language").startswith(
        "language 'de' is not supported (English only)"
    )
    assert "actor, event and quote extraction were skipped" in only_error(article, "language")
    assert article.language == "de"
    assert article.body.startswith("Die Bundesregierung") and "Opposition" in article.body


def test_truncated_gzip(tmp_path):
    data = gzip.compress(GOOD.encode() * 50)
    (tmp_path / "cut.txt.gz").write_bytes(data[: len(data) // 2])
    (article,) = articles_for(tmp_path / "cut.txt.gz")
    assert only_error(article, "read").startswith("truncated or corrupt gzip file")
    assert article.id == "cut"


def test_bad_jsonl_lines_do_not_stop_the_file(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "ok1", "text": GOOD}),
                "{not json",
                json.dumps({"id": "none"}),
                json.dumps([1, 2]),
                json.dumps({"id": "ok2", "text": GOOD, "published": 2022}),
            ]
        )
        + "\n"
    )
    articles = articles_for(path)
    assert [a.id for a in articles] == ["ok1", "news:2", "none", "news:4", "ok2"]
    assert [bool(a.errors) for a in articles] == [False, True, True, True, False]
    assert "invalid JSON on line 2" in articles[1].errors[0].message
    assert articles[4].published == "2022"


@pytest.mark.slow
def test_batch_goes_on_through_the_cli(tmp_path):
    from test_contract import run_cli

    (tmp_path / "a_good.txt").write_text(GOOD)
    (tmp_path / "b_empty.txt").write_bytes(b"")
    (tmp_path / "c_image.png").write_bytes(tiny_png())
    data = gzip.compress(GOOD.encode() * 50)
    (tmp_path / "d_cut.txt.gz").write_bytes(data[:30])
    (tmp_path / "e_good.html").write_text(
        f"<html><body><article><p>{GOOD}</p></article></body></html>"
    )
    result = run_cli("extract", str(tmp_path), "-q")
    assert result.returncode == 1
    articles = json.loads(result.stdout)["articles"]
    assert [a["id"] for a in articles] == ["a_good", "b_empty", "c_image", "d_cut", "e_good"]
    assert [bool(a["errors"]) for a in articles] == [False, True, True, True, False]
    assert "3 document(s) failed" in result.stderr.decode()


def test_plain_text_far_over_the_body_limit_is_refused_before_cleaning():
    paragraphs = "\n\n".join([GOOD] * 20)  # ~5,000 characters of real prose
    limit = len(paragraphs) // 3
    refused = ingest.to_article(RawDocument(id="big", content=paragraphs), max_chars=limit)
    assert "split the document or raise the limit" in only_error(refused, "size")
    assert refused.body == ""
    # Within twice the limit the text is still cleaned (the stage after decides on the body).
    kept = ingest.to_article(RawDocument(id="ok", content=paragraphs), max_chars=len(paragraphs))
    assert kept.errors == [] and "Istanbul" in kept.body
