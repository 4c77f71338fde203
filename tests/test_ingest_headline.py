"""Plain-text structure: the headline opening a text, the wire dateline after it, one-line
pastes, repeated copies and editor's notes. Real corpus articles by id, and variants
generated from them (the texts stay in ../shared; nothing is copied here)."""

from __future__ import annotations

import json
from functools import cache

import pytest

from conftest import shared_path
from eventwire.ingest import to_article
from eventwire.ingest.lines import normalise
from eventwire.ingest.text import text_to_article
from eventwire.models import RawDocument


@cache
def corpus() -> dict[str, dict]:
    path = shared_path("corpus", "news.jsonl")
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines())
    return {row["id"]: row for row in rows}


def paragraphs(text: str) -> list[str]:
    return [p for p in text.split("\n\n") if p.strip()]


@pytest.mark.parametrize(
    ("article_id", "dateline", "source"),
    [
        ("breitbart_2016-04-14_the-latest-trump-delivers-defens", "Washington", "AP"),
        ("wash-post_2015-11-08_all-eggs-in-n-h-and-iowa-baskets", "Nashua, N.H.", None),
        ("nyt_2015-11-18_paris-attacks-test-clinton-s-str", None, None),
        ("west-journal_2016-04-12_hollywood-actor-who-endorsed-ted", None, None),
    ],
)
def test_corpus_headline_becomes_the_title_and_the_dateline_is_read(article_id, dateline, source):
    row = corpus()[article_id]
    article = to_article(RawDocument(id=article_id, content=row["text"]))
    assert article.title and normalise(article.title) in normalise(row["title"])
    assert not article.body.startswith(article.title)  # the headline left the body
    assert article.dateline == dateline and article.source == source


def test_corpus_titles_found_without_the_title_field_and_never_wrong():
    rows = list(corpus().values())[::7]
    found = wrong = 0
    for row in rows:
        title = text_to_article(row["text"]).title
        found += bool(title)
        wrong += bool(title) and normalise(title) not in normalise(row["title"])
    assert wrong == 0 and found >= 0.8 * len(rows)


def test_the_title_field_finds_every_corpus_headline():
    rows = list(corpus().values())[::11]
    for row in rows:
        article = to_article(RawDocument(id=row["id"], content=row["text"], title=row["title"]))
        assert article.title and normalise(article.title) in normalise(row["title"]), row["id"]
        first = paragraphs(article.body)[0]
        assert normalise(first) != normalise(row["title"])


def test_a_text_starting_with_its_lede_keeps_the_lede():
    """Variant: the corpus text without its headline. The lede must stay in the body."""
    rows = [r for r in list(corpus().values())[::9] if len(paragraphs(r["text"])) >= 4]
    titled = 0
    for row in rows:
        text = "\n\n".join(paragraphs(row["text"])[1:])
        article = text_to_article(text)
        titled += bool(article.title)
        lede = paragraphs(text)[0]
        if not article.title and len(lede.split()) > 3:
            assert normalise(lede)[:60] in normalise(article.body)
    assert titled <= 0.05 * len(rows)


def test_one_line_paste_without_full_stop_keeps_its_sentence():
    article = to_article(RawDocument(id="p", content="Russia attacked Ukraine on Monday"))
    assert article.body == "Russia attacked Ukraine on Monday" and not article.errors
    assert to_article(RawDocument(id="m", content="Home\nWorld\nSubscribe")).body == ""


def test_a_story_printed_three_times_is_kept_once():
    row = corpus()["wash-post_2015-11-08_all-eggs-in-n-h-and-iowa-baskets"]
    body = "\n\n".join(paragraphs(row["text"])[1:])
    # a newsletter prints it three times, wrapped differently the second time
    rewrapped = "\n\n".join(p.replace(". ", ".\n", 1) for p in paragraphs(body))
    article = text_to_article("\n\n".join([body, rewrapped, body]))
    once = text_to_article(body).body
    assert article.body == once


@pytest.mark.parametrize(
    "note",
    [
        "Editor's note: This story contains graphic descriptions of violence.",
        "Correction: An earlier version misstated the number of delegates.",
        "An earlier version of this article misspelled the governor's name.",
        "The views expressed in this article are those of the author.",
    ],
)
def test_editors_notes_and_corrections_go_to_removed(note):
    row = corpus()["wash-post_2015-11-08_all-eggs-in-n-h-and-iowa-baskets"]
    body = "\n\n".join(paragraphs(row["text"])[1:])
    article = text_to_article(f"{note}\n\n{body}\n\n{note}")
    assert note not in article.body and note in article.removed


def test_a_correction_after_the_article_is_not_body():
    row = corpus()["nyt_2015-11-26_with-fewer-golfers-in-u-s-course"]
    article = text_to_article(row["text"])
    correction = next(p for p in paragraphs(row["text"]) if "misstated" in p)
    assert "CORRECTION:" in article.removed and correction in article.removed
    assert correction not in article.body and "Mr. Ekovich said" in article.body


def test_an_html_newsletter_printing_the_story_three_times_gives_it_once():
    from html import escape

    row = corpus()["wash-post_2015-11-08_all-eggs-in-n-h-and-iowa-baskets"]
    story = paragraphs(row["text"])[1:]
    copy = "".join(f"<p>{escape(p)}</p>" for p in story)
    page = f"<html><head><title>Daily briefing</title></head><body><article>{copy * 3}</article></body></html>"
    article = to_article(RawDocument(id="n", content=page))
    kept = article.body.split("\n\n")
    assert len(kept) == len(story) and kept[0].startswith("NASHUA, N.H.")
    assert article.dateline == "Nashua, N.H."
