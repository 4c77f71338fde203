"""Article links out of a feed, a sitemap or a home page, canonicalised for de-duplication.

Feeds are read with trafilatura's feed parser (RSS, Atom, JSON Feed), sitemaps (index,
urlset, Google News) with lxml, pages by their ``<a href>``. Every link is made absolute,
canonicalised by courlan (lower-case host, tracking parameters dropped, query sorted) and
its fragment removed, so one article reached by several links is one URL.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit, urlunsplit

from courlan import is_navigation_page, normalize_url
from lxml import etree, html
from trafilatura.feeds import FeedParameters, find_links, is_potential_feed

SITEMAP_OPENING = re.compile(rb"<(?:[\w.-]+:)?(?:sitemapindex|urlset)\b")
# Links to these are files, not pages: skipped before any request.
NOT_A_PAGE = re.compile(
    r"\.(?:pdf|docx?|xlsx?|pptx?|odt|zip|gz|tar|rar|7z|jpe?g|png|gif|webp|svg|mp[34]|m4a|"
    r"avi|mov|webm|wav|ogg|exe|dmg|apk|iso|csv|json|xml|rss|atom)$",
    re.I,
)
MAX_UNPACKED = 50 * 1024 * 1024  # a gzipped sitemap is unpacked up to this size
MAX_LINKS = 5000  # per document: a runaway sitemap cannot queue the whole site


@dataclass
class Found:
    """What one source document gave: article links, nested sitemaps, links refused."""

    kind: str
    articles: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    refused: dict[str, str] = field(default_factory=dict)  # url -> reason


def canonical(url: str, base: str | None = None) -> str | None:
    """The URL an article is known by, or None for a link that is not http(s)."""
    absolute = urljoin(base, url.strip()) if base else url.strip()
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    normal = normalize_url(urlunsplit(parts._replace(fragment="")), strict=False)
    return urlunsplit(urlsplit(normal)._replace(fragment=""))


def not_a_page(url: str) -> str | None:
    """A reason to skip ``url`` without a request, or None."""
    path = urlsplit(url).path
    match = NOT_A_PAGE.search(path)
    if match:
        return f"not a web page ({match.group(0)} file), skipped without a request"
    return None


def detect_kind(body: bytes, content_type: str) -> str:
    """``feed``, ``sitemap`` or ``page`` from the document itself."""
    head = body[:2000].lstrip()
    if SITEMAP_OPENING.search(head):
        return "sitemap"
    text = head.decode("utf-8", "replace")
    if is_potential_feed(text) or "json" in content_type:
        return "feed"
    return "page"


def links_in(body: bytes, url: str, kind: str, content_type: str = "") -> Found:
    """The links of one source document (``kind`` ``auto`` looks at the document)."""
    body = _gunzipped(body)
    if kind == "auto":
        kind = detect_kind(body, content_type)
    found = Found(kind)
    if kind == "feed":
        raw = _feed_links(body, url)
    elif kind == "sitemap":
        raw, nested = _sitemap_links(body)
        found.sitemaps = _unique(canonical(link, url) for link in nested)
    else:
        raw = _page_links(body, url)
    for link in _unique(canonical(link, url) for link in raw[:MAX_LINKS]):
        reason = not_a_page(link)
        if reason:
            found.refused[link] = reason
        elif link != canonical(url) and urlsplit(link).path not in ("", "/"):
            found.articles.append(link)  # a site's home page (an RSS channel link) is no article
    return found


def _gunzipped(body: bytes) -> bytes:
    """A gzipped sitemap (``sitemap.xml.gz``) unpacked, at most ``MAX_UNPACKED`` bytes of it."""
    if body[:2] != b"\x1f\x8b":
        return body
    try:
        return zlib.decompressobj(wbits=31).decompress(body, MAX_UNPACKED)
    except zlib.error:
        return b""


def _unique(links) -> list[str]:
    return list(dict.fromkeys(link for link in links if link))


def _feed_links(body: bytes, url: str) -> list[str]:
    text = body.decode("utf-8", "replace").strip()
    host = urlsplit(url).netloc
    return find_links(text, FeedParameters(url, host, url, external=True))


def _sitemap_links(body: bytes) -> tuple[list[str], list[str]]:
    """(page locations, nested sitemap locations) of a sitemap or sitemap index."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return [], []
    if root is None:
        return [], []
    nested = etree.QName(root).localname == "sitemapindex"
    locations = [
        element.text.strip()
        for element in root.iter("{*}loc")
        if len(element) == 0 and element.text and element.text.strip()
    ]
    return ([], locations) if nested else (locations, [])


def _page_links(body: bytes, url: str) -> list[str]:
    """Same-host links of a home page, without navigation pages (tags, categories, login)."""
    try:
        tree = html.fromstring(body)
    except (etree.ParserError, ValueError):
        return []
    host = urlsplit(url).netloc.lower()
    links = []
    for href in tree.xpath("//a/@href"):
        absolute = urljoin(url, str(href))
        parts = urlsplit(absolute)
        if parts.netloc.lower() == host and not is_navigation_page(absolute):
            links.append(absolute)
    return links
