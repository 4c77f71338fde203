"""HTML -> Article with trafilatura (body, metadata) and htmldate (publication date)."""

from __future__ import annotations

from eventwire.models import Article


def html_to_article(html: str, url: str | None = None) -> Article:
    import trafilatura

    result = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                         favor_precision=False)
    article = Article(id="")
    if result is None:
        article.add_error("clean", "no article found in the HTML")
        return article
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    article.body = _paragraphs(data.get("text") or "")
    article.title = data.get("title")
    article.author = data.get("author")
    article.source = data.get("sitename") or data.get("hostname")
    article.url = data.get("url") or url
    article.language = data.get("language")
    article.published = data.get("date")
    return article


def _paragraphs(text: str) -> str:
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())
