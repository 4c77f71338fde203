"""One ``RawDocument`` -> one ``Article``: decode, detect the kind, clean, read metadata."""

from __future__ import annotations

from eventwire.ingest.decode import decode, looks_like_html
from eventwire.ingest.html import html_to_article
from eventwire.ingest.lines import WORD, detect_language
from eventwire.ingest.text import text_to_article
from eventwire.models import Article, RawDocument

SUPPORTED_LANGUAGES = {"en"}
LANGUAGE_MIN_WORDS = 12  # shorter texts are too short to call non-English
LANGUAGE_MIN_PROBABILITY = 0.9
# Cleaning only removes lines, and news pages are rarely mostly furniture, so a plain text
# this many times over the body limit is refused before the cleaner spends seconds on it.
TEXT_OVER_LIMIT_FACTOR = 2


def to_article(
    raw: RawDocument, published: str | None = None, max_chars: int | None = None
) -> Article:
    """Clean one document. Never raises for bad input: problems go to ``article.errors``.

    ``max_chars``: the body limit of the later stages; a plain text over twice that is
    refused here with a ``size`` error instead of being cleaned first.

    Non-English articles are still cleaned (body and metadata) but carry an error, since the
    later stages understand English only.
    """
    article = Article(
        id=raw.id, url=raw.url, title=raw.title, published=raw.published, source=raw.source
    )
    if raw.error:
        article.add_error("read", raw.error)
        return article
    decoded = decode(raw.content, declared=raw.extra.get("charset"))
    if decoded.problem:
        article.add_error("decode", decoded.problem)
        return article
    if decoded.warning:
        article.add_error("decode", decoded.warning)
    text = decoded.text.replace("\x00", "")
    html = looks_like_html(text)
    if max_chars and not html and len(text) > TEXT_OVER_LIMIT_FACTOR * max_chars:
        article.add_error(
            "size",
            f"text has {len(text):,} characters, over the limit of {max_chars:,} "
            "for an article body even before cleaning; split the document or raise the limit",
        )
        return article
    cleaned = html_to_article(text, url=raw.url) if html else text_to_article(text, title=raw.title)
    for name, value in cleaned.model_dump(exclude={"id", "events", "quotes", "errors"}).items():
        if value and not getattr(article, name, None):
            setattr(article, name, value)
    article.errors.extend(cleaned.errors)
    if published:
        article.published = published
    if not article.body.strip():
        if not cleaned.errors:
            detail = (
                f" ({len(article.removed)} line(s) of page furniture removed)"
                if article.removed
                else ""
            )
            article.add_error("clean", f"no article text found in the document{detail}")
        return article
    _check_language(article)
    return article


def _dated(article: Article) -> str:
    return f"published {article.published}" if article.published else "no date found"


def _check_language(article: Article) -> None:
    code, probability = detect_language(article.body)
    if code and probability >= 0.5:
        article.language = code
    if (
        code
        and code not in SUPPORTED_LANGUAGES
        and probability >= LANGUAGE_MIN_PROBABILITY
        and len(WORD.findall(article.body)) >= LANGUAGE_MIN_WORDS
    ):
        article.add_error(
            "language",
            f"language {code!r} is not supported (English only): "
            f"the article was cleaned and dated ({_dated(article)}); "
            "actor, event and quote extraction were skipped",
        )
