"""Already-scraped plain text -> Article."""

from __future__ import annotations

from eventwire.models import Article


def text_to_article(text: str) -> Article:
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return Article(id="", body="\n\n".join(paragraphs))
