"""Metadata: date lines (published/updated with UTC offsets), dateline places, bylines, HTML."""

from __future__ import annotations

import gzip
import json

import pytest

from conftest import ROOT, shared_path
from eventwire.ingest import to_article
from eventwire.ingest.date_line import parse_date_line
from eventwire.ingest.dateline_place import place_name
from eventwire.models import RawDocument


@pytest.mark.parametrize(
    ("line", "published", "updated", "place"),
    [
        (
            "January 28, 2022 10:43 pm | Updated 10:43 pm IST - Moscow",
            "2022-01-28T22:43:00+05:30",
            "2022-01-28T22:43:00+05:30",
            "Moscow",
        ),
        (
            "March 14, 2023 09:15 am | Updated 11:02 am IST - New Delhi",
            "2023-03-14T09:15:00+05:30",
            "2023-03-14T11:02:00+05:30",
            "New Delhi",
        ),
        ("BRUSSELS, Nov. 15, 2021 (Wire) -", "2021-11-15", None, "Brussels"),
        ("Updated Nov 13, 2019, 10:28am EST", None, "2019-11-13T10:28:00-05:00", None),
        ("Published 28 January 2022 14:05 GMT", "2022-01-28T14:05:00+00:00", None, None),
        ("Monday November 18, 2019 7:45 am PST", "2019-11-18T07:45:00-08:00", None, None),
        ("2022-02-24 05:30 UTC+3", "2022-02-24T05:30:00+03:00", None, None),
    ],
)
def test_date_lines(line, published, updated, place):
    parsed = parse_date_line(line)
    assert (parsed.published, parsed.updated, parsed.place) == (published, updated, place)


def test_byline_and_agency_from_date_line():
    parsed = parse_date_line("By Tess Bonn - 11/19/19 06:56 AM EST")
    assert parsed.author == "Tess Bonn" and parsed.published == "2019-11-19T06:56:00-05:00"
    assert parse_date_line("MOSCOW, Feb. 3, 2022 (Reuters) -").agency == "Reuters"


def test_place_names():
    assert place_name("NEW DELHI") == "New Delhi"
    assert place_name("SANTA FE, N.M.") == "Santa Fe, N.M."
    assert place_name("Moscow") == "Moscow"


def test_wire_dateline_in_first_paragraph():
    text = (
        "Quake shakes capital\n\nTOKYO (AP) — A strong earthquake shook eastern Japan on Saturday, "
        "briefly halting trains, but no tsunami warning was issued, the weather agency said."
    )
    article = to_article(RawDocument(id="q", content=text))
    assert article.title == "Quake shakes capital"
    assert article.dateline == "Tokyo" and article.source == "AP"
    assert article.body.startswith("TOKYO (AP) — A strong earthquake")


def test_sample_html_metadata():
    html = (ROOT / "src" / "eventwire" / "samples" / "ceasefire.html").read_text(encoding="utf-8")
    article = to_article(RawDocument(id="c", content=html))
    assert article.title == "Ceasefire talks stall as fighting resumes"
    assert article.published == "2024-02-09T14:30:00+00:00"
    assert article.author == "Example Wire staff" and article.source == "Example Wire"
    assert article.language == "en" and article.errors == []
    assert article.body.startswith("Israel and Hamas failed to agree")
    assert "Privacy" not in article.body and "Subscribe" not in article.body


def test_html_body_drops_junk_trafilatura_keeps():
    paragraph = (
        "Officials in Kyiv said on Tuesday that repairs to the damaged power station would take "
        "at least three weeks, leaving thousands of homes without heating."
    )
    html = (
        f"<html><head><title>Power cuts</title><meta name='description' content='Repairs will take weeks'>"
        f"</head><body><article><h1>Power cuts</h1><p>{paragraph}</p><p>READ MORE: Winter grips the east</p>"
        f"<p>{paragraph.replace('Tuesday', 'Wednesday')}</p><p>Like this story? Share it with a friend!</p>"
        f"</article></body></html>"
    )
    article = to_article(RawDocument(id="p", content=html))
    assert article.body.split("\n\n") == [paragraph, paragraph.replace("Tuesday", "Wednesday")]
    assert "READ MORE: Winter grips the east" in article.removed
    assert article.subtitle == "Repairs will take weeks"


def test_real_html_page_metadata():
    folder = shared_path("eval", "extraction")
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    key = sorted(gold)[0]
    html = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
    article = to_article(RawDocument(id=key, content=html))
    assert article.title and article.published and article.language == "en"
    assert article.published[:4].isdigit() and article.published[4] == "-"
    assert gold[key]["articleBody"][:80] in article.body


def test_site_names_are_stripped_from_page_titles_only_when_short():
    from eventwire.ingest.header import strip_site

    assert (
        strip_site("Delhi's air: the law behind the smog - Vox")
        == "Delhi's air: the law behind the smog"
    )
    assert (
        strip_site("Rudolph asked for it, says Browns player | CBSSports.com | Sports")
        == "Rudolph asked for it, says Browns player"
    )
    assert strip_site("Russia - Ukraine talks resume") == "Russia - Ukraine talks resume"


def test_times_of_day():
    from eventwire.ingest.date_line import _clock

    assert [
        _clock(t) for t in ["10:43 pm", "7.30am", "12:05 a.m.", "12 pm", "23:59:59", "25:00"]
    ] == ["22:43:00", "07:30:00", "00:05:00", "12:00:00", "23:59:59", None]


def test_place_names_in_capitals_with_abbreviations_and_mixed_parts():
    assert place_name("ST. JOSEPH, Mich.") == "St. Joseph, Mich."
    assert place_name("HANOI, Vietnam") == "Hanoi, Vietnam"
    assert place_name("BUFFALO, N.Y.") == "Buffalo, N.Y."


def test_html_body_opening_with_a_wire_dateline():
    body = (
        "SAN FRANCISCO (AP) — The utility began another round of power shutoffs on Wednesday "
        "to prevent its lines from starting wildfires, officials said, as strong winds returned "
        "to the hills north of the city and forecasters warned of more dry weather ahead."
    )
    page = f"<html><head><title>Power cut again</title></head><body><article><h1>Power cut again</h1><p>{body}</p></article></body></html>"
    article = to_article(RawDocument(id="h", content=page))
    assert article.dateline == "San Francisco" and article.body.startswith("SAN FRANCISCO (AP)")
