"""What a document that could not finish becomes, shared by the unit of work and its runners.

Light on purpose (no spaCy): a runner's supervisor imports it before any model is loaded.
"""

from __future__ import annotations

from eventwire.models import Article, RawDocument

Item = tuple[int, RawDocument]  # (sequence number, document): a document's place in its run


def timeout_message(seconds: float, stage: str) -> str:
    return f"gave up after {seconds:g} s in stage '{stage}'"


def failed_article(
    raw: RawDocument, stage: str, message: str, published: str | None = None
) -> Article:
    """What a document that could not finish becomes: its identity and the reason."""
    article = Article(id=raw.id, url=raw.url, title=raw.title, published=published or raw.published)
    article.add_error(stage, message)
    return article
