"""The header of a scraped article: headline, standfirst, date line, byline, dateline place.

Date lines come in a few house styles, e.g. The Hindu's
``January 28, 2022 10:43 pm | Updated 10:43 pm IST - Moscow`` and the wire style
``BRUSSELS, Nov. 15, 2021 (Reuters) -``. The date is parsed with ``dateparser``; the time
zone abbreviation is looked up in ``timezones.yaml`` (dateparser reads IST as Israel time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from importlib import resources

from eventwire import yamlfile
from eventwire.ingest.lines import Line, normalise

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}\.\d{1,2}\.\d{4})"
)
_TIME = r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?|\d{1,2}\s*[ap]\.?m\b\.?)"
_TZ = r"(?:(?:UTC|GMT)?\s?[+-]\d{1,2}(?::?\d{2})?\b|\b[A-Z]{2,5}\b)"
DATE_RE = re.compile(_DATE, re.IGNORECASE)
TIME_RE = re.compile(rf"({_TIME})(?:\s*({_TZ}))?", re.IGNORECASE)
UPDATED_RE = re.compile(
    r"\|?\s*\b(?:last\s+)?(?:updated|modified|edited)\b\s*(?:on|at)?\s*:?", re.IGNORECASE
)
TRAILING_PLACE_RE = re.compile(r"\s[-–—]\s*([A-Z][\w .,'’-]{1,40}?)\s*$")
WIRE_PLACE_RE = re.compile(
    r"^([A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,\s+[A-Z][\w.]+(?:\s[A-Z][\w.]+)?)?)\s*,?\s*"
    rf"(?={_DATE}|\(|[-–—])",
    re.IGNORECASE,
)
AFTER_TIME_RE = re.compile(rf"(?:{_TIME}|\b[A-Z]{{2,5}}|[+-]\d{{2}}:?\d{{2}})\s*$", re.IGNORECASE)
AGENCY_RE = re.compile(r"\(([A-Z][\w .&-]{1,30})\)")
BYLINE_RE = re.compile(
    r"(?:^|\s|\|)[Bb]y\s+((?:[A-Z][\w.'’-]+\s?){1,4}(?:(?:and|&|,)\s+(?:[A-Z][\w.'’-]+\s?){1,4})*)"
)
#: The shape of a dateline opening a paragraph: a place of one to four capitalised words, an
#: optional ", Region", an optional ", Month day[, year]", an optional "(Agency)", then a colon or
#: a dash. Whether the place is one is decided by who reads it (``body_dateline`` by its case).
DATELINE_SHAPE_RE = re.compile(
    r"^\s*(?P<where>(?P<place>[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})"
    r"(?:,\s+(?P<region>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?))?)\s*"
    rf"(?:,\s+(?i:{_MONTH})\s+\d{{1,2}}(?:,\s+\d{{4}})?\s*)?"
    r"(?:\((?P<agency>[^)]{2,30})\))?\s*(?:--|[-–—:])\s"
)
_CAPITALS_PLACE = re.compile(r"[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}")
_MIXED_CASE_PLACE = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}")
_AGENCY = re.compile(r"[A-Z][\w .&-]{1,30}")
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


@dataclass
class DateLine:
    published: str | None = None
    updated: str | None = None
    place: str | None = None
    author: str | None = None
    agency: str | None = None


@cache
def timezone_offsets() -> dict[str, str]:
    """Zone abbreviation (upper case) -> UTC offset, from ``timezones.yaml``."""
    source = (
        resources.files("eventwire.ingest").joinpath("timezones.yaml").read_text(encoding="utf-8")
    )
    return {key.upper(): value for key, value in yamlfile.load(source).items()}


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


def body_dateline(text: str) -> re.Match | None:
    """The wire dateline opening a first paragraph: a place in capitals (``DALLAS (AP) —``,
    ``NASHUA, N.H. -``, ``PESHAWAR:``), or in mixed case only with its agency after it
    (``New York (AFP) –``: "Obama: ..." opens a headline)."""
    match = DATELINE_SHAPE_RE.match(text)
    if match is None:
        return None
    place, agency = match["place"], match["agency"]
    if _CAPITALS_PLACE.fullmatch(place) and sum(c.isupper() for c in match["where"]) >= 2:
        return match
    mixed_case_wire = (
        agency is not None
        and match["region"] is None
        and _MIXED_CASE_PLACE.fullmatch(place)
        and _AGENCY.fullmatch(agency)
        and not match[0].rstrip().endswith(":")
        and text[match.end("where")] == " "
        and "," not in match[0]
    )
    return match if mixed_case_wire else None


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


def _shouting(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


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


def parse_date_line(text: str) -> DateLine:
    """Read published/updated (ISO 8601), place, byline and agency from one date line."""
    result = DateLine()
    pieces = UPDATED_RE.split(text, maxsplit=1)
    published_part = pieces[0]
    updated_part = pieces[1] if len(pieces) > 1 else ""
    published = _parse_datetime(published_part)
    updated = (
        _parse_datetime(updated_part, default_date=published[0] if published else None)
        if updated_part
        else None
    )
    if published is None and updated is None:
        return result
    if published and published[2] is None and updated and updated[2]:
        published = (published[0], published[1], updated[2])
    result.published = _iso(*published) if published else None
    result.updated = _iso(*updated) if updated else None
    trailing = TRAILING_PLACE_RE.search(text)
    wire = WIRE_PLACE_RE.match(text)
    if (
        trailing
        and AFTER_TIME_RE.search(text[: trailing.start()])  # "10:43 pm IST - Moscow", not "- By X"
        and not DATE_RE.search(trailing.group(1))
        and not TIME_RE.search(trailing.group(1))
    ):
        result.place = place_name(trailing.group(1))
    elif wire and not DATE_RE.match(wire.group(1)) and _shouting(wire.group(1).split(",")[0]):
        result.place = place_name(wire.group(1))
    agency = AGENCY_RE.search(text)
    result.agency = agency.group(1).strip() if agency else None
    byline = BYLINE_RE.search(text)
    if byline:
        result.author = TIME_RE.sub("", DATE_RE.sub("", byline.group(1))).strip(" ,")
    return result


def _parse_datetime(
    text: str, default_date: str | None = None
) -> tuple[str, str | None, str | None] | None:
    """``(date, time, utc_offset)`` as ISO pieces, or None when ``text`` holds no date."""
    import dateparser

    date_match = DATE_RE.search(text)
    if not date_match and not default_date:
        return None
    date_text = date_match.group(0) if date_match else None
    rest = text[date_match.end() :] if date_match else text
    time_match = TIME_RE.search(rest)
    time_text = time_match.group(1) if time_match else None
    offset = _offset(time_match.group(2)) if time_match and time_match.group(2) else None
    if date_text:
        parsed = dateparser.parse(
            date_text, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"}
        )
        if parsed is None:
            return None
        date_iso = parsed.date().isoformat()
    else:
        date_iso = default_date
    return date_iso, _clock(time_text) if time_text else None, offset


def _clock(text: str) -> str | None:
    """ "10:43 pm" -> "22:43:00"; "7.30am" -> "07:30:00"; None when not a time of day."""
    match = re.match(r"(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*([ap])?", text.lower())
    if not match:
        return None
    hour, minute, second = int(match.group(1)), int(match.group(2) or 0), int(match.group(3) or 0)
    if match.group(4) == "p" and hour < 12:
        hour += 12
    elif match.group(4) == "a" and hour == 12:
        hour = 0
    if hour > 23 or minute > 59 or second > 59:
        return None
    return f"{hour:02d}:{minute:02d}:{second:02d}"


def _offset(zone: str) -> str | None:
    zone = zone.strip()
    if zone.upper() in timezone_offsets():
        return timezone_offsets()[zone.upper()]
    match = re.fullmatch(r"(?:UTC|GMT)?\s?([+-])(\d{1,2}):?(\d{2})?", zone, re.IGNORECASE)
    if match:
        return f"{match.group(1)}{int(match.group(2)):02d}:{match.group(3) or '00'}"
    return None


def _iso(date: str, time: str | None, offset: str | None) -> str:
    if time is None:
        return date
    value = datetime.fromisoformat(f"{date}T{time}{offset or ''}")
    return value.isoformat()


def place_name(text: str) -> str:
    """ "NEW DELHI" -> "New Delhi", "SANTA FE, N.M." -> "Santa Fe, N.M.", "ST. JOSEPH" ->
    "St. Joseph", "HANOI, Vietnam" -> "Hanoi, Vietnam": words in capitals are capitalised,
    abbreviations with an inner full stop ("N.M.") and mixed case stay."""
    return " ".join(_place_word(word) for word in text.strip(" ,-–—").split())


def _place_word(word: str) -> str:
    letters = [c for c in word if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters) or "." in word.rstrip(".,"):
        return word
    return word.capitalize()
