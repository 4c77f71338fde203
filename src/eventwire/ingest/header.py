"""The header of a scraped article: headline, standfirst, date line, byline, dateline place.

The lines above the article are read for metadata; a date line is parsed by ``date_line``,
a dateline opening the first paragraph by ``dateline_place``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from eventwire.ingest.date_line import parse_date_line
from eventwire.ingest.dateline_place import body_dateline, place_name
from eventwire.ingest.header_patterns import BYLINE_RE, DATE_RE
from eventwire.ingest.lines import Line, normalise

MAX_HEADER_LINES = 6  # lines between headline and article in a plain article header
_SITE_SEPARATOR = re.compile(r"\s+[|–—-]\s+")


@dataclass
class Header:
    title: str | None = None
    subtitle: str | None = None
    published: str | None = None
    updated: str | None = None
    dateline: str | None = None
    author: str | None = None
    source: str | None = None
    used: set[int] = field(default_factory=set)  # line indexes turned into metadata


def read_header(head: list[Line], body: list[Line]) -> Header:
    """Metadata from the lines above the main block (``head``) and the first body line."""
    header = Header()
    candidates = [i for i, line in enumerate(head) if not line.junk]
    for i in reversed(
        [i for i, line in enumerate(head) if not line.junk or line.junk.name == "comments"]
    ):
        if _has_date(head[i]):
            parsed = parse_date_line(head[i].text)
            if parsed.published or parsed.updated:
                header.published, header.updated = parsed.published, parsed.updated
                header.dateline, header.author, header.source = (
                    parsed.place,
                    parsed.author,
                    parsed.agency,
                )
                header.used.add(i)
                break
    for i in candidates:
        match = BYLINE_RE.match(head[i].text)
        if i not in header.used and match and head[i].words <= 12:
            header.author = header.author or match.group(1).strip(" ,")
            header.used.add(i)
    title_index = _find_title(head, candidates, header.used)
    if title_index is not None:
        header.title = (
            strip_site(head[title_index].text)
            if title_index == candidates[0]
            else head[title_index].text
        )
        header.used.add(title_index)
        header.subtitle = _find_subtitle(head, candidates, title_index, header.used)
    if body and not header.dateline:
        match = body_dateline(body[0].text)
        if match:
            header.dateline = place_name(match["where"])
            header.source = header.source or (match["agency"] or None)
    return header


def _has_date(line: Line) -> bool:
    return line.words <= 30 and bool(DATE_RE.search(line.text))


def _find_title(head: list[Line], candidates: list[int], used: set[int]) -> int | None:
    """The headline: the line repeating the page's first line (often "Headline | Site"), or that line."""
    if not candidates:
        return None
    first = candidates[0]
    page_title = normalise(strip_site(head[first].text))
    for i in reversed(candidates[1:]):
        key = normalise(head[i].text)
        if (
            i not in used
            and _title_like(head[i])
            and key
            and (key == page_title or (len(key) > 20 and key in page_title))
        ):
            return i
    return first if _title_like(head[first]) and first not in used else None


def _title_like(line: Line) -> bool:
    return 2 <= line.words <= 35 and not line.junk and not line.text.endswith(",")


def _find_subtitle(
    head: list[Line], candidates: list[int], title: int, used: set[int]
) -> str | None:
    """The standfirst: a sentence-like line among the first few after the headline."""
    following = [i for i in candidates if i > title and i not in used]
    if title == candidates[0] and len(following) > MAX_HEADER_LINES:
        return None  # the headline is the page's <title> line, far above the article: menus follow
    for i in following[:3]:
        line = head[i]
        nxt = i + 1
        is_caption = (
            nxt < len(head) and head[nxt].role == "credit" and head[nxt].block == line.block
        )
        if line.words >= 5 and line.stop_ratio > 0 and not is_caption and not _has_date(line):
            used.add(i)
            return line.text
    return None


def strip_site(title: str) -> str:
    """ "Headline | Site" -> "Headline": a short last part after a separator is the site name."""
    for _ in range(2):  # "Headline | Section | Site"
        parts = _SITE_SEPARATOR.split(title)
        if len(parts) < 2 or len(parts[-1].split()) > 4:
            break
        rest = title[: title.rfind(parts[-1])].rstrip(" |–—-")
        if len(rest.split()) < 3:
            break
        title = rest
    return title
