"""The store's keys, derived from the models: an article's content hash (idempotency), its
publisher (for ``num_sources``), a day from an ISO date, and an event's signature (the same
event reported by several articles of a syndication cluster)."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date
from urllib.parse import urlsplit

from eventwire.models import Article, Event

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def content_hash(article: Article) -> str:
    """The idempotency key: same source, URL and (whitespace-normalised) body = same article."""
    body = " ".join(article.body.split())
    payload = json.dumps([article.source or "", article.url or "", body], ensure_ascii=False)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:20]


def day_of(value: str | None) -> date | None:
    if value and _ISO_DAY.match(value):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def publisher_key(article: Article, article_id: str) -> str:
    if article.source:
        return article.source.strip().lower()
    if article.url and (host := urlsplit(article.url).hostname):
        return host.removeprefix("www.")
    return article_id


def event_signature(event: Event, day: date | None) -> str:
    """Two reports in one syndication cluster with this signature are the same event."""
    target = event.target.code if event.target else ""
    place = event.location.name.lower() if event.location else ""
    return "|".join(
        [
            event.source.code or event.source.text.lower(),
            target or "",
            event.cameo,
            day.isoformat() if day else "",
            place,
        ]
    )
