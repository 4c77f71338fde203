"""One ``RawDocument`` -> one ``Article``: decode, detect the kind, clean, read metadata."""

from __future__ import annotations

from eventwire.ingest.decode import decode, looks_like_html
from eventwire.ingest.html import html_to_article
from eventwire.ingest.text import text_to_article
from eventwire.models import Article, RawDocument


def to_article(raw: RawDocument, published: str | None = None) -> Article:
    """Clean one document. Never raises for bad input: problems go to ``article.errors``."""
    article = Article(id=raw.id, url=raw.url, title=raw.title, published=raw.published)
    if raw.error:
        article.add_error("read", raw.error)
        return article
    text, problem = decode(raw.content)
    if problem:
        article.add_error("decode", problem)
        return article
    kind = raw.kind_hint if raw.kind_hint == "html" else ("html" if looks_like_html(text) else "text")
    cleaned = html_to_article(text, url=raw.url) if kind == "html" else text_to_article(text)
    for name, value in cleaned.model_dump(exclude={"id", "events", "quotes"}).items():
        if name == "errors":
            article.errors.extend(cleaned.errors)
        elif value and not getattr(article, name, None):
            setattr(article, name, value)
    if published:
        article.published = published
    if not article.body.strip() and not article.errors:
        article.add_error("clean", "no article text found in the document")
    return article
