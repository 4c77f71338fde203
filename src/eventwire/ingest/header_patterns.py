"""The shapes of header text, as regular expressions: months, dates, times, zones, bylines,
agencies and the wire dateline opening a paragraph.

One home for them because several readers match the same shapes: the header and its date
line, the headline opening a text, the lists inside an article, a line's shape and the actors'
dateline.
"""

from __future__ import annotations

import re

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
