"""Lists inside the article: short lines kept although they are not prose, because they
stand between two prose lines (a Q&A's short answers, a list of companies) or form a data
list (tour dates, results, ingredients).

Telling a list that belongs to the article from menus and teaser lists is its own family of
rules with its own cross-validated constants (``benchmarks/ingest_cv.py --part lists``).
"""

from __future__ import annotations

import re
from collections import Counter

from eventwire.ingest.header_patterns import BYLINE_RE, DATE_RE, TIME_RE
from eventwire.ingest.line_shapes import is_caption, truncated
from eventwire.ingest.lines import Line

LIST_MIN_LINES = 2  # short lines between two prose lines kept as a list (cross-validated)
DATA_MIN_ITEMS = 4  # a data list (tour dates, results, ingredients) has this many items ...
DATA_SHARE = 0.6  # ... making up this share of its run of non-prose lines ...
DATA_SAME_OPENING = 0.6  # ... this share of them opening alike ("June 9", "2 cups")
DATA_MAX_WORDS = 25
_NUMBER = re.compile(r"[\d\u00bc-\u00be\u2150-\u215e]")  # digits and vulgar fractions (½)
_WORD_OF_LETTERS = re.compile(r"[^\W\d_]{2,}")


def list_between_prose(
    lines: list[Line],
    prose: list[bool],
    repeated: list[bool],
    span: tuple[int, int],
    block_sizes: dict[int, int] | None,
) -> set[int]:
    """Lines of a list inside the article: a run of at least ``LIST_MIN_LINES`` short lines
    (a Q&A's short answers, tour dates, a list of companies) with article prose both directly
    above and directly below it, in the main block ``span``."""
    start, end = span

    def listed(i: int) -> bool:
        line = lines[i]
        return not (
            prose[i]
            or line.junk
            or repeated[i]
            or truncated(line)
            or is_caption(lines, i, block_sizes)
        )

    out: set[int] = set()
    i = start
    while i < end:
        j = i
        while j < end and listed(j):
            j += 1
        if j - i >= LIST_MIN_LINES and i > start and prose[i - 1] and j < end and prose[j]:
            out.update(range(i, j))
        i = j + 1
    return out


def data_runs(lines: list[Line], prose: list[bool], repeated: list[bool]) -> set[int]:
    """Items of data lists (tour dates, results, ingredients): in a run of non-prose lines,
    at least ``DATA_MIN_ITEMS`` lines holding a number and words, making up ``DATA_SHARE``
    of the run, most opening alike ("June 9 – ...", "2 cups ..."). Menus hold no numbers;
    teaser lists do not open alike."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and not (prose[j] or lines[j].junk or repeated[j]):
            j += 1
        items = [k for k in range(i, j) if _data_item(lines[k])]
        if len(items) >= max(DATA_MIN_ITEMS, DATA_SHARE * (j - i)):
            shapes = Counter(_opening_shape(lines[k].text) for k in items)
            if shapes.most_common(1)[0][1] >= DATA_SAME_OPENING * len(items):
                out.update(items)
        i = j + 1
    return out


def _data_item(line: Line) -> bool:
    """A short line with a number (or a fraction such as ½) and a word besides any date or
    time: "June 9 – Tampa, FL @ MIDFLORIDA Amphitheatre", "2 eggs"; not a byline or a date."""
    if (
        line.junk
        or not 2 <= line.words <= DATA_MAX_WORDS
        or not _NUMBER.search(line.text)
        or truncated(line)
        or BYLINE_RE.search(line.text)
    ):
        return False
    rest = TIME_RE.sub(" ", DATE_RE.sub(" ", line.text))
    return _WORD_OF_LETTERS.search(rest) is not None


def _opening_shape(text: str) -> str:
    """The first two tokens as N (has a number), C (capitalised) or l: "June 9" -> "CN"."""
    return "".join(
        "N" if _NUMBER.search(token) else "C" if token[:1].isupper() else "l"
        for token in text.split()[:2]
    )
