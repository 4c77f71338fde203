"""Full-page variants generated from the dev pages' gold bodies: page furniture in other
orders, captions between paragraphs, cookie walls, comment threads, the headline repeated.
The bodies are read from ../shared at run time; only the generators live here."""

from __future__ import annotations

import json
import random
from functools import cache

import pytest

from conftest import shared_path
from eventwire.evaluation.extraction import page_score, precision_recall_f1
from eventwire.ingest.lines import WORD, detect_language
from eventwire.ingest.text import text_to_article

MENU = ["Home", "World", "Politics", "Business", "Sport", "Opinion", "Search", "Menu"]
COOKIE_WALL = [
    "We use cookies to improve your experience on our website and to show you relevant ads.",
    "By continuing to browse you consent to our use of cookies. Read our cookie policy.",
    "Accept all",
    "Manage preferences",
]
SHARE = ["Share this article", "Facebook", "Twitter", "Email", "Print"]
RELATED = [
    "Related stories",
    "Ten things we learned from the weekend's results",
    "Markets slip as investors wait for the central bank",
    "Why the mayor's housing plan is stuck in committee",
]
COMMENTS = [
    "Comments (12)",
    "jsmith says:",
    "This is exactly what I have been saying for years, nobody listens to the people who live here.",
    "Reply",
    "3 hours ago",
    "Not sure the article tells the whole story, there were many more people involved in this.",
]
CAPTION = [
    "A view of the scene on the day the announcement was made",
    "Photo: Staff photographer/Getty Images",
]
FOOTER = [
    "© 2019 Example Media. All rights reserved.",
    "Privacy Policy",
    "Terms of Use",
    "Contact us",
]


@cache
def english_bodies() -> list[tuple[str, str]]:
    gold = json.loads(
        shared_path("eval", "extraction", "ground-truth.json").read_text(encoding="utf-8")
    )
    out = []
    for key in sorted(gold):
        body = gold[key].get("articleBody") or ""
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        if (
            detect_language(body)[0] == "en"
            and len(paragraphs) >= 4
            and len(WORD.findall(body)) > 150
        ):
            out.append((key, body))
    return out[:20]


def headline_of(body: str) -> str:
    words = body.split()[:8]
    return " ".join(words).rstrip(".,;:") + " | Example News"


def page(body: str, rng: random.Random, *, captions: bool, comments: bool) -> str:
    """A full-page text around ``body``: furniture blocks shuffled above and below it."""
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    if captions:  # a photo caption and its credit between two paragraphs
        at = rng.randrange(1, len(paragraphs))
        paragraphs[at:at] = ["\n".join(CAPTION)]
    title = headline_of(body)
    above = [[title], MENU, COOKIE_WALL, SHARE]
    rng.shuffle(above[1:])
    below = [RELATED, FOOTER, SHARE] + ([COMMENTS] if comments else [])
    rng.shuffle(below)
    blocks = ["\n".join(b) for b in above] + [title.split(" | ")[0]] + paragraphs
    blocks += ["\n".join(b) for b in below]
    return "\n\n".join(blocks)


FURNITURE = {
    line
    for block in (MENU, COOKIE_WALL, SHARE, RELATED, COMMENTS, CAPTION, FOOTER)
    for line in block
}


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize(("captions", "comments"), [(False, True), (True, False), (True, True)])
def test_generated_pages_give_back_the_body(seed, captions, comments):
    rng = random.Random(seed)
    scores = []
    for _, body in english_bodies():
        article = text_to_article(page(body, rng, captions=captions, comments=comments))
        kept = set(article.body.split("\n\n"))
        assert not kept & FURNITURE, kept & FURNITURE
        scores.append(page_score(body, article.body))
    precision, recall, f1 = precision_recall_f1(scores)
    assert precision >= 0.97 and recall >= 0.9, (precision, recall)


def test_the_repeated_headline_is_the_title_not_body():
    rng = random.Random(7)
    for _, body in english_bodies()[:8]:
        text = page(body, rng, captions=False, comments=False)
        article = text_to_article(text)
        headline = headline_of(body).split(" | ")[0]
        assert article.title == headline
        assert headline not in article.body.split("\n\n")


def test_a_first_paragraph_also_shown_as_the_page_description_stays_in_the_body():
    """Full-page text often shows the description (the first paragraph) above the article:
    wherever the page without it keeps its first paragraph, the page with it does too."""
    checked = 0
    for seed, (_, body) in enumerate(english_bodies()):
        first = " ".join(next(p for p in body.split("\n") if p.strip()).split())
        text = page(body, random.Random(seed), captions=False, comments=False)
        if text_to_article(text).body.split("\n\n")[0] != first:
            continue
        checked += 1
        blocks = text.split("\n\n")
        blocks.insert(2, first)  # below the page's title line and the next block of furniture
        assert text_to_article("\n\n".join(blocks)).body.split("\n\n")[0] == first
    assert checked >= 10


LEGAL_FOOTER = [
    "The information provided on this website is not intended as a substitute for advice from"
    " a professional, and regulations in your country may vary.",
    "*These statements have not been evaluated by the Food and Drug Administration. These"
    " products are not intended to diagnose, treat, cure, or prevent any disease.",
    "Example Phone and Example Tablet are registered trademarks of Example Inc. in the United"
    " States and other countries, and all related logos are trademarks of their owners.",
]
MONTHS = ["June", "July", "August", "September"]
PLACES = ["Tampa, FL", "Nashville, TN", "Toronto, ON", "Denver, CO", "Phoenix, AZ"]


def tour_dates(rng: random.Random, n: int) -> list[str]:
    """Lines of a data list: "July 14 – Denver, CO @ Denver Arena"."""
    return [
        f"{rng.choice(MONTHS)} {rng.randint(1, 28)} – {place} @ {place.split(',')[0]} Arena"
        for place in rng.sample(PLACES * 2, n)
    ]


def test_a_list_between_two_paragraphs_stays_in_the_body():
    """Short lines between two paragraphs of the article (a Q&A's answers, a list of names)
    are part of it; before, short lines always cost the main block and went."""
    for _, body in english_bodies()[:10]:
        paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
        items = [" ".join(p.split()[:4]).rstrip(".,;:") for p in paragraphs[2:5]]
        text = page(
            "\n".join([*paragraphs[:2], "\n".join(items), *paragraphs[2:]]),
            random.Random(3),
            captions=False,
            comments=False,
        )
        kept = article_lines(text)
        assert all(item in kept for item in items), [i for i in items if i not in kept]


def test_a_data_list_closing_the_article_stays_and_the_teasers_after_it_go():
    """Tour dates after the last paragraph (a sentence) are the article's; the teaser list
    after them is not."""
    rng = random.Random(5)
    closing_with_a_sentence = [b for _, b in english_bodies() if b.rstrip().endswith(".")]
    assert len(closing_with_a_sentence) >= 10
    for body in closing_with_a_sentence[:10]:
        dates = tour_dates(rng, 6)
        text = page(
            body + "\n" + "\n".join(["Tour dates", *dates]), rng, captions=False, comments=False
        )
        kept = article_lines(text)
        assert all(line in kept for line in dates), [d for d in dates if d not in kept]
        assert not kept & set(RELATED)


def test_a_legal_footer_is_not_the_article():
    """Trademark notices and health disclaimers are long sentences, but page furniture."""
    rng = random.Random(11)
    for _, body in english_bodies()[:10]:
        text = page(body, rng, captions=False, comments=False) + "\n\n" + "\n".join(LEGAL_FOOTER)
        article = text_to_article(text)
        assert not set(article.body.split("\n\n")) & set(LEGAL_FOOTER)
        assert set(LEGAL_FOOTER) <= set(article.removed)
        assert page_score(body, article.body)[0] >= 0.9


def article_lines(text: str) -> set[str]:
    return set(text_to_article(text).body.split("\n\n"))
