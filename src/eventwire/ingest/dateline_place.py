"""Where a story was filed: the wire dateline opening a first paragraph, and the place name a
dateline or a date line gives, in its usual case ("NEW DELHI" -> "New Delhi").
"""

from __future__ import annotations

import re

from eventwire.ingest.header_patterns import DATELINE_SHAPE_RE

_CAPITALS_PLACE = re.compile(r"[A-Z][A-Z.'’-]+(?:\s[A-Z][A-Z.'’-]+){0,3}")
_MIXED_CASE_PLACE = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}")
_AGENCY = re.compile(r"[A-Z][\w .&-]{1,30}")


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
