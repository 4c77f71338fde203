"""Publication dates by evidence: the publisher's zone, naive timestamps, the date gold."""

from __future__ import annotations

import json
from pathlib import Path

from trafilatura.utils import load_html

from eventwire.evaluation.dates import date_scores
from eventwire.ingest.dates import publication_date

GOLD = Path(__file__).parent.parent / "annotations" / "dates" / "dev_pages.jsonl"


def page(head: str, body: str = "") -> object:
    return load_html(f"<html><head>{head}</head><body><p>Story.</p>{body}</body></html>")


def test_a_utc_instant_is_dated_in_the_zone_the_page_shows():
    tree = page(
        '<meta property="article:published_time" content="2019-11-19T07:03:25+00:00">',
        '<time datetime="2019-11-19T07:03:25+00:00">November 18, 2019 11:03 PM</time>',
    )
    assert publication_date(tree, "2019-11-19") == "2019-11-18T23:03:25-08:00"


def test_a_zone_abbreviation_or_a_local_offset_gives_the_publishers_zone():
    by_word = page(
        '<meta property="article:published_time" content="2019-11-20T02:07:18Z">',
        "<time>Updated 12:24 am EST, Wednesday, November 20, 2019</time>",
    )
    assert publication_date(by_word, None) == "2019-11-19T21:07:18-05:00"
    by_offset = page(
        '<meta property="article:published_time" content="2019-11-20T05:57:50Z">'
        '<meta name="sailthru.date" content="2019-11-19 21:57:00 -0800">'
    )
    assert publication_date(by_offset, None)[:10] == "2019-11-19"


def test_a_naive_timestamp_takes_the_offset_of_its_twin():
    tree = page(
        '<meta itemprop="datePublished" content="2019-11-19 02:24:00">',
        '<time datetime="2019-11-19 02:24:00 UTC">Nov 18, 2019 at 9:24 pm ET</time>',
    )
    assert publication_date(tree, "2019-11-19T02:24:00") == "2019-11-18T21:24:00-05:00"


def test_without_metadata_htmldate_stands_and_local_offsets_are_kept():
    assert publication_date(page("<title>x</title>"), "2018-07-30") == "2018-07-30"
    local = page('<meta property="article:published_time" content="2019-11-20T10:18:01+05:30">')
    assert publication_date(local, "2019-11-20") == "2019-11-20T10:18:01+05:30"


def test_date_scores():
    gold = {"a": "2019-11-18", "b": "2019-11-19", "c": "2019-11-20"}
    p, r, f = date_scores(gold, {"a": "2019-11-18T23:03:25-08:00", "b": "2019-11-20", "c": None})
    assert (p, r) == (0.5, 1 / 3)


def test_date_gold_covers_the_dev_pages_by_id_only():
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 78 and len({r["id"] for r in rows}) == 78
    for row in rows:
        assert set(row) == {"id", "published", "evidence"}
        assert len(row["id"]) == 64 and row["evidence"] in {"shown", "metadata"}
        assert len(row["published"]) == 10 and row["published"][:2] == "20"


def test_a_clock_without_the_matching_day_does_not_set_the_zone():
    tree = page(
        '<meta property="article:published_time" content="2019-11-19T07:03:25+00:00">',
        "<time>Related story, Monday 11:03 PM</time>",
    )
    assert publication_date(tree, "2019-11-19") == "2019-11-19T07:03:25+00:00"
