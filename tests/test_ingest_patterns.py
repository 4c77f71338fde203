"""The data files of ingest: junk-line patterns and time-zone offsets."""

from __future__ import annotations

import json
import re
import sys
from importlib import resources

import pytest
import yaml

from conftest import shared_path
from eventwire.ingest.lines import (
    CASE_TWINS_OF_ASCII,
    ROLES,
    junk_categories,
    junk_match,
    required_strings,
)

PROSE = [  # article sentences from many beats: no junk pattern may match them
    "President Vladimir Putin told French counterpart Emmanuel Macron on Friday that the West was ignoring "
    "Moscow's security concerns.",
    "The company said it would share more details about the plan with investors next week.",
    "Police said the suspect had posted a video on Facebook before the attack.",
    "Read more about the proposal in the report, the minister told parliament.",
    "The newsletter, which has 40,000 subscribers, was shut down by the government in March.",
    "Comments by the ambassador angered officials in Beijing, who summoned him on Tuesday.",
    "He declined to comment.",
    "Advertising revenue fell by 12 percent in the third quarter, the company said.",
    "The court ruled that the privacy policy of the app violated European law.",
    "Subscribers to the service will pay $5 more a month from January.",
    "Photographs taken by the agency show troops massing near the border.",
    "“We will not accept this,” she said.",
]


def test_yaml_shape_and_patterns_compile():
    source = (
        resources.files("eventwire.ingest")
        .joinpath("junk_patterns.yaml")
        .read_text(encoding="utf-8")
    )
    data = yaml.safe_load(source)
    assert data, "no categories"
    for name, entry in data.items():
        assert set(entry) == {"role", "patterns"}, name
        assert entry["role"] in ROLES, name
        assert entry["patterns"] and all(isinstance(p, str) for p in entry["patterns"]), name
        for pattern in entry["patterns"]:
            re.compile(pattern)
    assert {c.role for c in junk_categories()} == set(ROLES)


@pytest.mark.parametrize("sentence", PROSE)
def test_no_pattern_matches_article_prose(sentence):
    assert junk_match(sentence) is None


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("ADVERTISEMENT", "junk"),
        ("You have exhausted your free article limit.", "junk"),
        ("This is your last free article.", "junk"),
        ("Sign up for our daily newsletter", "junk"),
        ("We use cookies to improve your experience on our site.", "junk"),
        ("Share on Facebook", "junk"),
        ("Skip to main content", "junk"),
        ("READ MORE: China plague outbreak confirmed", "junk"),
        ("Related Articles", "boundary"),
        ("Tags: Kristi Noem, South Dakota", "boundary"),
        ("Leave a comment", "end"),
        ("Bob Smith says:", "end"),
        ("Image credit: Getty Images", "credit"),
        ("Sanjeev Verma/Hindustan Times/Getty Images", "credit"),
        ("Roku is a registered trademark of Roku, Inc. in the United States.", "junk"),
        ("These statements have not been evaluated by the Food and Drug Administration.", "junk"),
        ("The contents on our website are for informational purposes only.", "junk"),
    ],
)
def test_junk_examples(line, role):
    match = junk_match(line)
    assert match is not None and match.role == role


def test_seed_junk_lines_match(seed_expected):
    for line in seed_expected["metadata"]["junk_lines_removed"]:
        assert junk_match(line) is not None, line
    for phrase in seed_expected["metadata"]["body_must_keep"]:
        assert junk_match(phrase) is None


def test_required_strings_read_the_regex():
    assert required_strings(r"\b(premium|exclusive) (article|content) for members\b") == {
        " for members"
    }
    assert required_strings(r"\b(sign|signing) up\b") == {"sign"}  # the shared prefix of both
    assert required_strings(r"\bclick(ing)? here\b") == {
        "click"
    }  # " here" is as long; either holds
    assert required_strings(r"^\W*(this )?(ad|advert)\W*$") == {"ad"}
    assert required_strings(r"^\W*(foo)?\W*$") is None  # nothing is required
    assert required_strings(r"(?-i:[A-Z])\d+") is None


def test_case_twins_of_ascii_are_complete():
    """Every non-ASCII character that re.IGNORECASE equates with an ASCII letter is listed."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    twins = {chr(c) for c in range(128, sys.maxunicode + 1) if letter.fullmatch(chr(c))}
    assert twins <= set(CASE_TWINS_OF_ASCII)


def test_every_match_holds_a_needle():
    """junk_match skips a pattern when the line lacks its needles: every real match has one."""
    corpus = shared_path("corpus", "news.jsonl")
    with corpus.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for _, line in zip(range(200), handle)]
    lines = {" ".join(line.split()) for text in texts for line in text.splitlines()} - {""}
    lines |= {line.upper() for line in list(lines)[:500]} | set(PROSE)
    matched = 0
    for category in junk_categories():
        for pattern, needles in zip(category.patterns, category.needles):
            for line in lines:
                match = pattern.search(line)
                if match and needles is not None:
                    matched += 1
                    assert any(n in match.group(0).lower() for n in needles), (
                        pattern.pattern,
                        line,
                    )
    assert matched > 50


def test_legal_notices_match_no_news_paragraph_and_no_gold_line():
    """The legal_notice category (trademark notices, health disclaimers) was written from one
    dev page's footer: it must not match the prose of real articles (every paragraph of the
    corpus) nor any line of the extraction benchmark's gold bodies."""
    corpus = shared_path("corpus", "news.jsonl")
    gold = json.loads(
        shared_path("eval", "extraction", "ground-truth.json").read_text(encoding="utf-8")
    )
    with corpus.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    texts += [row.get("articleBody") or "" for row in gold.values()]
    paragraphs = [p.strip() for text in texts for p in text.split("\n") if p.strip()]
    assert len(paragraphs) > 15_000
    matched = [p for p in paragraphs if (c := junk_match(p)) and c.name == "legal_notice"]
    assert matched == []


def testtimezone_offsets_file():
    from eventwire.ingest.date_line import timezone_offsets

    zones = timezone_offsets()
    assert zones["IST"] == "+05:30" and zones["EST"] == "-05:00"
    for name, offset in zones.items():
        assert re.fullmatch(r"[A-Z]{2,5}", name) and re.fullmatch(r"[+-]\d\d:\d\d", offset), name


def test_indexed_junk_match_agrees_with_trying_every_pattern():
    """junk_match seeks needles through an index (by their first three letters) and tries only
    the patterns whose needle is present: on real lines, in any case, it finds exactly the
    needles a plain substring test finds and the category trying every pattern in order finds."""
    from eventwire.ingest.lines import _needles_in

    corpus = shared_path("corpus", "news.jsonl")
    with corpus.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for _, line in zip(range(120), handle)]
    lines = {" ".join(line.split()) for text in texts for line in text.splitlines()} - {""}
    lines = {line for line in lines if len(line.split()) <= 80}
    lines |= {line.upper() for line in list(lines)[:300]} | set(PROSE)
    lines |= {"Follow us on Twitter @AP", "SIGN UP / LOG IN", "Photo: AP", "Ad"}
    needles = {n for c in junk_categories() for found in c.needles if found for n in found}
    matched = 0
    for line in lines:
        assert _needles_in(line) == {n for n in needles if n in line.lower()}, line
        every = next((c for c in junk_categories() for p in c.patterns if p.search(line)), None)
        assert junk_match(line) == every, line
        matched += every is not None
    assert matched > 20
