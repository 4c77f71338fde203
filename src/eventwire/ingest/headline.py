"""A headline opening a plain text: "Clinton sharpens focus on Sanders as N.Y. nears." above
the story, as in exports of news databases and as people paste articles.

The first line(s) of the main block are the headline when they stand alone in their block,
prose follows, and they read as a headline: they repeat the title the document came with,
or the next paragraph opens with a wire dateline ("DALLAS (AP) —"), or they are short and
look like one (no final full stop, title case, or the telegraphic style of headlines, which
drop articles and auxiliaries). A text that is all one sentence is never split this way.
"""

from __future__ import annotations

import re

from eventwire.ingest.dateline_place import body_dateline
from eventwire.ingest.header_patterns import BYLINE_RE
from eventwire.ingest.lines import Line, normalise

HEADLINE_MAX_WORDS = 20  # corpus headlines: 5-20 words; longer first lines are ledes
HEADLINESE_STOP_RATIO = 0.3  # headlines drop function words; news prose has >= 0.3
TITLE_CASE_SHARE = 0.75  # share of capitalised content words in a title-case headline
MIN_WORDS_AFTER = 50  # prose words that must follow for the first line to be a headline
_KICKER = re.compile(
    r"^[^\W\d_][\w.'’-]*(?:\s[^\W\d_][\w.'’-]*)?:\s+\S"
)  # "Poll: ...", "Lewandowski: ..."
_FINAL_FULL_STOP = re.compile(r"(?<![.\s][A-Z])\.(['’\"”]?)$")


def headline_lines(
    lines: list[Line], start: int, end: int, prose: list[bool], title: str | None
) -> int:
    """How many lines (0, 1 or 2) opening ``lines[start:end]`` are the article's headline."""
    if start >= end:
        return 0
    size = _headline_size(lines, start, end)
    if not size:
        return 0
    text = " ".join(lines[i].text for i in range(start, start + size))
    if title and start + size < end and normalise(text) == normalise(title):
        return size
    if title and size == 2 and lines[start].key == normalise(title):
        return 1
    if sum(lines[i].words for i in range(start + size, end) if prose[i]) < MIN_WORDS_AFTER:
        return 0
    after = start + size
    if after < end and _opens_with_dateline(lines[after].text):
        return size
    return size if reads_as_headline(lines[start]) else 0


def _headline_size(lines: list[Line], start: int, end: int) -> int:
    """1 for a line alone in its block, 2 for "Headline;" above its deck; else 0."""
    first = lines[start]
    nxt = lines[start + 1] if start + 1 < end else None
    if nxt is None or nxt.block != first.block:
        return 1 if _headline_shaped(first) else 0
    last = lines[start + 2] if start + 2 < end else None
    two_lines = last is None or last.block != first.block
    if two_lines and first.text.endswith(";") and _headline_shaped(first):
        return 2
    return 0


def _headline_shaped(line: Line) -> bool:
    return (
        2 <= line.words <= HEADLINE_MAX_WORDS
        and line.junk is None
        and not line.text.endswith((",", ":"))
        and not BYLINE_RE.match(line.text)
        and not _opens_with_dateline(line.text)
    )


def _opens_with_dateline(text: str) -> bool:
    """ "DALLAS (AP) —", "NASHUA, N.H. -"; not "BOOM:", which opens headlines too."""
    match = body_dateline(text)
    return match is not None and not match.group(0).rstrip().endswith(":")


def reads_as_headline(line: Line) -> bool:
    """No final full stop, a kicker ("Poll: ..."), title case, or headlinese (few function
    words)."""
    if not line.ends_sentence or line.text.endswith(";") or _KICKER.match(line.text):
        return True
    return title_case_share(line.text) >= TITLE_CASE_SHARE or (
        0 < line.stop_ratio < HEADLINESE_STOP_RATIO
    )


def title_case_share(text: str) -> float:
    """Share of words of four letters or more that start with a capital."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) >= 4]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


def as_title(text: str) -> str:
    """The headline without the full stop or semicolon an export added ("... N.Y. nears." ->
    "... N.Y. nears"); a full stop ending an abbreviation ("U.S.") stays."""
    text = text.rstrip().rstrip(";").rstrip()
    return _FINAL_FULL_STOP.sub(r"\1", text)
