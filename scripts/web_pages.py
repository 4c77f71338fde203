"""English pages from open-source extraction test suites: text no rule was tuned on.

The corpus (``../shared/corpus/``) is now all read: every article is judged, annotated or in a
held-out set. These pages are new text for blind checks. They are the HTML test pages of three
text-extraction projects, checked out beside the repository at the commits below (nothing is
downloaded at run time, and no page text is copied into the repository):

    git clone https://github.com/adbar/trafilatura ../webpages/trafilatura
    git -C ../webpages/trafilatura checkout e90b0ef51ab026fdb905fb6c5b3c84dd3d784fd5
    git clone https://github.com/mozilla/readability ../webpages/readability
    git -C ../webpages/readability checkout ab4027a8b37669745016869a37a504727992b2ba
    git clone https://github.com/goose3/goose3 ../webpages/goose3
    git -C ../webpages/goose3 checkout c5a8902eed0c4592a1ff5ec51a0277cf73a3aca7

The article-extraction benchmark (``aeb``) is a fourth suite, kept apart because 78 of its 181
pages are already ``../shared/eval/extraction`` (read in earlier rounds); ``aeb_pages`` gives the
others:

    git clone https://github.com/scrapinghub/article-extraction-benchmark ../webpages/aeb
    git -C ../webpages/aeb checkout 4a3bc97 -- ground-truth.json html

Two more suites were added in the twenty-first round, each read as the first three are:
``newspaper`` (the test pages of newspaper3k: news, business, lifestyle, cricket), text to tune
on, and ``postlight`` (the fixtures of Postlight's parser: US and world news, sport, tech), held
out (``suite_pages``):

    git clone https://github.com/codelucas/newspaper ../webpages/newspaper
    git -C ../webpages/newspaper checkout 1618b547f31c2d1fd19ae3b6afd8f7542dd02074
    git clone --no-checkout https://github.com/postlight/parser ../webpages/postlight
    git -C ../webpages/postlight checkout e8ba7ece291efa4d915d50dd4deeec17d54359f2 -- fixtures

Each page of the first three is read as ``eventwire extract`` reads an HTML file (``html_to_article``: body,
headline, date), and kept when its body is English prose of at least 80 words. A page's id is
``SOURCE/NAME`` (``readability/bbc-1``, ``trafilatura/bbc.com.52241221.html``); annotations
point into its extracted body by character offsets. An ``aeb`` page's text is the benchmark's
own gold ``articleBody`` (its headline and date are read from the HTML), its id ``aeb/`` and the
first 16 characters of the benchmark's page id.
"""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from eventwire.ingest.html import html_to_article

WEBPAGES = Path(__file__).resolve().parent.parent.parent / "webpages"
# Where each project keeps its test pages, and how one page's HTML file is found there.
SOURCES = {
    "trafilatura": ("tests/eval", "*.html"),
    "readability": ("test/test-pages", "*/source.html"),
    "goose3": ("tests/data/content", "*.html"),
}
AEB = "aeb"
# The suites of the twenty-first round, each read on its own (``suite_pages``).
SUITES = {
    "newspaper": ("tests/data/html", "*.html"),
    "postlight": ("fixtures", "*.html"),
}
EXTRACTION_PAGES = WEBPAGES.parent / "shared" / "eval" / "extraction" / "ground-truth.json"
MIN_WORDS = 80
# Common English function words: a page whose words are at least this share of them is English.
ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "it",
        "on",
        "was",
        "with",
        "as",
        "by",
        "be",
        "are",
        "this",
        "from",
        "at",
        "have",
        "has",
        "said",
        "not",
        "but",
    ]
)
ENGLISH_SHARE = 0.2


def missing_sources(root: Path = WEBPAGES) -> list[str]:
    """The sources not checked out under ``root`` (see this module's docstring): those of
    ``web_pages``, then ``aeb``, then the ``SUITES``."""
    missing = [name for name, (folder, _) in SOURCES.items() if not (root / name / folder).is_dir()]
    missing += [] if (root / AEB / "ground-truth.json").is_file() else [AEB]
    return missing + [
        name for name, (folder, _) in SUITES.items() if not (root / name / folder).is_dir()
    ]


def _page_files(root: Path, sources: dict[str, tuple[str, str]]) -> Iterator[tuple[str, Path]]:
    for name, (folder, pattern) in sources.items():
        base = root / name / folder
        for path in sorted(base.glob(pattern)):
            page = path.parent.name if pattern.startswith("*/") else path.name
            yield f"{name}/{page}", path


def is_english_prose(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    if len(words) < MIN_WORDS:
        return False
    return sum(word in ENGLISH_WORDS for word in words) / len(words) >= ENGLISH_SHARE


def web_pages(root: Path = WEBPAGES) -> dict[str, dict[str, Any]]:
    """The English pages by id, as corpus rows (id, text, title, published)."""
    missing = [name for name in missing_sources(root) if name in SOURCES]
    if missing:
        raise SystemExit(
            f"web pages not found under {root}: {', '.join(missing)} "
            "(check them out as scripts/web_pages.py says)"
        )
    return _read_pages(root, SOURCES)


def suite_pages(name: str, root: Path = WEBPAGES) -> dict[str, dict[str, Any]]:
    """The English pages of one of the ``SUITES`` by id, as corpus rows, read as ``web_pages``
    reads its pages."""
    if name in missing_sources(root):
        raise SystemExit(
            f"{name} pages not found under {root} (check them out as scripts/web_pages.py says)"
        )
    return _read_pages(root, {name: SUITES[name]})


def _read_pages(root: Path, sources: dict[str, tuple[str, str]]) -> dict[str, dict[str, Any]]:
    rows = {}
    for page, path in _page_files(root, sources):
        article = html_to_article(path.read_bytes().decode("utf-8", "replace"))
        if article.errors or not is_english_prose(article.body or ""):
            continue
        rows[page] = {
            "id": page,
            "text": article.body,
            "title": article.title,
            "published": article.published,
        }
    return rows


def aeb_pages(root: Path = WEBPAGES) -> dict[str, dict[str, Any]]:
    """The benchmark's English pages that ``../shared/eval/extraction`` does not hold, by id, as
    corpus rows (id, text, title, published)."""
    base = root / AEB
    if not (base / "ground-truth.json").is_file():
        raise SystemExit(
            f"article-extraction-benchmark not found under {base} "
            "(check it out as scripts/web_pages.py says)"
        )
    gold = json.loads((base / "ground-truth.json").read_text(encoding="utf-8"))
    seen = set(json.loads(EXTRACTION_PAGES.read_text(encoding="utf-8")))
    rows = {}
    for key in sorted(gold):
        body = gold[key].get("articleBody") or ""
        if key in seen or not is_english_prose(body):
            continue
        html = gzip.decompress((base / "html" / f"{key}.html.gz").read_bytes())
        article = html_to_article(html.decode("utf-8", "replace"))
        page = f"{AEB}/{key[:16]}"
        rows[page] = {
            "id": page,
            "text": body,
            "title": article.title,
            "published": article.published,
        }
    return rows
