"""Readers: files (plain and .gz), folders, JSONL, WARC, stdin; kind detected from content."""

from __future__ import annotations

import gzip
import io
import json

from eventwire import ingest
from eventwire.ingest.decode import looks_like_html

PARAGRAPH = (
    "Ministers from both countries met in Geneva on Thursday and agreed to resume talks on "
    "the disputed border, a spokesman for the foreign ministry said."
)
PAGE = (
    f"<!DOCTYPE html><html><head><title>Border talks resume</title></head><body><article>"
    f"<h1>Border talks resume</h1><p>{PARAGRAPH}</p><p>{PARAGRAPH.replace('Thursday', 'Friday')}</p>"
    f"</article></body></html>"
)


def test_files_gz_and_nested_folders(tmp_path):
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "a.txt").write_text(PARAGRAPH)
    (tmp_path / "sub" / "b.html").write_text(PAGE)
    (tmp_path / "sub" / "deeper" / "c.htm.gz").write_bytes(gzip.compress(PAGE.encode()))
    (tmp_path / "sub" / "deeper" / "d.txt.gz").write_bytes(gzip.compress(PARAGRAPH.encode()))
    raws = list(ingest.read([str(tmp_path)]))
    assert [r.id for r in raws] == ["a", "b", "c", "d"]
    assert all(r.error is None for r in raws)
    articles = [ingest.to_article(r) for r in raws]
    assert [a.body for a in articles] == [PARAGRAPH, articles[1].body, articles[1].body, PARAGRAPH]
    assert articles[1].title == "Border talks resume" and PARAGRAPH in articles[1].body
    assert articles[2].body == articles[1].body


def test_html_detected_from_content_not_extension(tmp_path):
    (tmp_path / "page.txt").write_text(PAGE)
    (tmp_path / "notes.html").write_text(PARAGRAPH)
    page, notes = (
        ingest.to_article(r) for r in ingest.read([tmp_path / "page.txt", tmp_path / "notes.html"])
    )
    assert "<" not in page.body and page.title == "Border talks resume"
    assert notes.body == PARAGRAPH and notes.errors == []
    assert looks_like_html(PAGE) and not looks_like_html("Use <b> for bold, says the style guide.")


def test_jsonl_fields(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text(
        json.dumps(
            {
                "id": "t1",
                "text": PARAGRAPH,
                "url": "https://example.org/t1",
                "title": "Talks",
                "published": "2023-03-14",
            }
        )
        + "\n\n"
        + json.dumps({"id": "h1", "html": PAGE})
        + "\n"
    )
    text, page = (ingest.to_article(r) for r in ingest.read([path]))
    assert (text.id, text.url, text.title, text.published, text.body) == (
        "t1",
        "https://example.org/t1",
        "Talks",
        "2023-03-14",
        PARAGRAPH,
    )
    assert page.id == "h1" and page.title == "Border talks resume" and PARAGRAPH in page.body


def test_warc(tmp_path):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "crawl.warc.gz"
    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        latin = PAGE.replace("Geneva", "Genève").replace("Border talks", "Zürich talks")
        for uri, ctype, body in [
            ("https://example.org/story", "text/html; charset=utf-8", PAGE.encode()),
            ("https://example.org/logo.png", "image/png", b"\x89PNG\r\n"),
            ("https://example.org/fr", "text/html; charset=ISO-8859-1", latin.encode("latin-1")),
        ]:
            headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(
                    uri, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
    raws = list(ingest.read([path]))
    assert [r.url for r in raws] == ["https://example.org/story", "https://example.org/fr"]
    article, latin_article = (ingest.to_article(r) for r in raws)
    assert article.url == "https://example.org/story" and PARAGRAPH in article.body
    assert latin_article.title == "Zürich talks resume" and "Genève" in latin_article.body


def test_stdin(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(PARAGRAPH.encode())))
    (raw,) = ingest.read(["-"])
    assert ingest.to_article(raw).body == PARAGRAPH


def test_missing_path_is_an_error_not_a_crash(tmp_path):
    (raw,) = ingest.read([tmp_path / "nope.txt"])
    assert "no such file" in ingest.to_article(raw).errors[0].message


def test_jsonl_publisher_is_the_article_source_over_a_wire_credit(tmp_path):
    import json

    from eventwire.ingest import read, to_article

    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps(
            {
                "id": "c",
                "publisher": "Yahoo News",
                "text": "MOSCOW (Reuters) - Russia and France held talks on Friday about the "
                "crisis in Ukraine, officials in both capitals said.",
            }
        )
        + "\n"
    )
    [raw] = read([path])
    assert raw.source == "Yahoo News"
    assert to_article(raw).source == "Yahoo News"
