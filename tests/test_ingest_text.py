"""The plain-text cleaner: junk lines, captions, repeats, main block, header, removed lines."""

from __future__ import annotations

import json

from conftest import shared_path
from eventwire.ingest import to_article
from eventwire.ingest.text import text_to_article
from eventwire.models import RawDocument


def clean(text: str):
    return to_article(RawDocument(id="t", content=text))


def test_seed_metadata_matches_expected(seed_text, seed_expected):
    article = clean(seed_text)
    meta = seed_expected["metadata"]
    assert article.title == meta["title"]
    assert article.subtitle == meta["subtitle"]
    assert article.published == meta["published"]
    assert article.dateline == meta["dateline"]
    assert article.updated == "2022-01-28T22:43:00+05:30"
    assert article.language == "en" and article.errors == []


def test_seed_junk_removed_and_every_paragraph_kept(seed_text, seed_expected):
    article = clean(seed_text)
    meta = seed_expected["metadata"]
    body_paragraphs = article.body.split("\n\n")
    for junk in meta["junk_lines_removed"]:
        assert junk in article.removed
        assert junk not in body_paragraphs
    for phrase in meta["body_must_keep"]:
        assert phrase in article.body
    lines = [line.strip() for line in seed_text.splitlines() if line.strip()]
    caption = lines[lines.index(meta["subtitle"]) + 1]
    assert (
        caption == "Vladimir Putin"
        and caption in article.removed
        and caption not in body_paragraphs
    )
    metadata_lines = {meta["title"], meta["subtitle"], caption}
    article_lines = [
        line
        for line in lines[lines.index(caption) + 1 :]
        if line not in meta["junk_lines_removed"] and line not in metadata_lines
    ]
    assert body_paragraphs == article_lines  # every paragraph, in order, nothing else
    assert "‘Positive signal’" in body_paragraphs  # a subheading is article text


def test_plain_text_without_junk_is_kept_as_is():
    text = (
        "Iran and Iraq signed a border agreement on Sunday.\n\n"
        "The deal, reached after months of talks in Baghdad, settles a dispute over the river.\n"
        "Officials said it would take effect next year."
    )
    article = clean(text)
    assert article.body == text and article.removed == [] and article.errors == []


def test_junk_lines_are_reported_in_order():
    text = (
        "Share this article\n\nADVERTISEMENT\n\n"
        "Chinese and Indian commanders held a fresh round of talks on Sunday to ease tension along "
        "their disputed border, the Indian army said in a statement.\n\n"
        "Subscribe to our newsletter for the latest updates\n\n"
        "The talks lasted nearly twelve hours and both sides agreed to keep communicating, it said.\n\n"
        "Accept all cookies to continue browsing our site\n\nRead more: Border clash leaves 20 dead"
    )
    article = clean(text)
    assert article.removed == [
        "Share this article",
        "ADVERTISEMENT",
        "Subscribe to our newsletter for the latest updates",
        "Accept all cookies to continue browsing our site",
        "Read more: Border clash leaves 20 dead",
    ]
    assert article.body.split("\n\n") == [
        "Chinese and Indian commanders held a fresh round of talks on Sunday to ease tension along their "
        "disputed border, the Indian army said in a statement.",
        "The talks lasted nearly twelve hours and both sides agreed to keep communicating, it said.",
    ]


def test_caption_with_credit_and_repeated_lines_are_dropped():
    prose = (
        "Protesters gathered outside parliament on Monday to demand the resignation of the "
        "government, the third such rally this month, witnesses said."
    )
    text = (
        f"{prose}\n\nPolice stand guard outside the parliament building in the capital.\n"
        f"Photo: Jane Doe/Reuters\n\n"
        "The opposition said more than 50,000 people had joined the march, while the police put the "
        "figure at 12,000 and said the rally had been largely peaceful.\n\n"
        f"Most Read\n\nMost Read"
    )
    article = clean(text)
    assert "Police stand guard" not in article.body and "Photo: Jane Doe/Reuters" in article.removed
    assert "Police stand guard outside the parliament building in the capital." in article.removed
    assert article.body.count("\n\n") == 1 and "Most Read" not in article.body


def test_article_found_among_menus_and_comments():
    menu = "\n".join(["Home", "World", "Politics", "Business", "Sport", "Opinion", "Video"])
    paragraphs = [
        "The central bank raised interest rates by half a percentage point on Wednesday, the largest "
        "increase in two decades, as it tries to bring inflation back under control.",
        "The governor said further increases were likely in the coming months if prices kept rising at "
        "their current pace, but that the economy remained strong enough to absorb them.",
        "Markets had expected the move, and the currency rose slightly after the announcement.",
    ]
    comments = (
        "Comments\n\njohn_smith says:\n\nThis is a disgrace and the governor should resign "
        "immediately because savers have been punished for years by these policies.\n\n"
        "Reply\n\nmary99 says:\n\nI completely agree with you, the bank has lost all credibility "
        "with ordinary people and with the markets as well."
    )
    text = (
        f"Rates rise again | Daily Bugle\n\n{menu}\n\nRates rise again\n\nBy Ann Lee\n\n"
        + "\n\n".join(paragraphs)
        + f"\n\n{comments}\n\n{menu}\n\n© 2024 Daily Bugle. All rights reserved."
    )
    article = clean(text)
    assert article.body.split("\n\n") == paragraphs
    assert article.title == "Rates rise again" and article.author == "Ann Lee"
    assert "Reply" in article.removed and "Politics" in article.removed


def test_hard_wrapped_paragraphs_are_joined():
    text = (
        "The United Nations Security Council will meet on Friday to discuss\n"
        "the escalating violence, diplomats said on Thursday, after a request\n"
        "from France and the United Kingdom.\n\n"
        "Share on Facebook\n\n"
        "The meeting will be held behind closed doors, according to the\n"
        "council's current president."
    )
    article = clean(text)
    assert article.body.split("\n\n") == [
        "The United Nations Security Council will meet on Friday to discuss the escalating violence, "
        "diplomats said on Thursday, after a request from France and the United Kingdom.",
        "The meeting will be held behind closed doors, according to the council's current president.",
    ]


def test_only_junk_is_an_error():
    article = clean("ADVERTISEMENT\n\nShare this article\n\nSubscribe now\n\nADVERTISEMENT")
    assert article.body == "" and len(article.removed) == 4
    assert article.errors[0].stage == "clean" and "no article text" in article.errors[0].message


def test_full_page_text_sample_keeps_the_article():
    """A real full-page text (menus, footers): most of the gold body is found, little else."""
    from eventwire.evaluation.extraction import page_score

    fulltext = json.loads(
        shared_path("eval", "extraction", "fulltext.json").read_text(encoding="utf-8")
    )
    gold = json.loads(
        shared_path("eval", "extraction", "ground-truth.json").read_text(encoding="utf-8")
    )
    keys = sorted(gold)[:10]
    scores = [
        page_score(gold[k]["articleBody"], text_to_article(fulltext[k]["text"]).body) for k in keys
    ]
    recall = sum(tp / (tp + fn) for tp, _, fn in scores) / len(scores)
    precision = sum(tp / (tp + fp) for tp, fp, _ in scores if tp + fp) / len(scores)
    assert recall > 0.8 and precision > 0.8


def test_a_one_sentence_brief_is_kept_whole():
    from eventwire.ingest.text import text_to_article

    article = text_to_article("Russia attacked Ukraine.")
    assert article.body == "Russia attacked Ukraine." and article.removed == []
    menu = text_to_article("Home\nWorld\nSubscribe")
    assert menu.body == ""


def test_a_sentence_without_a_full_stop_keeps_its_sentence_and_event():
    import eventwire

    article = eventwire.extract("Russian troops attacked the Ukrainian city of Kharkiv on Monday")
    assert article.body.startswith("Russian troops attacked")
    events = [e for e in article.events if "attacked" in e.sentence]
    assert events and events[0].cameo[:2] in {"18", "19"}
    assert events[0].source.country == "RUS"
