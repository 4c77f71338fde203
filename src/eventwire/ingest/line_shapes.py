"""What one line of scraped text is, read from its own shape and its neighbours: prose, a
short sentence, a teaser cut off with an ellipsis, a subheading, a photo caption.

These judgements are asked by every later step (the main-block score, the lists kept inside
the article, the final keep-or-drop pass), so they live below all of them in a module of
their own; the thresholds that make a line prose are here with them.
"""

from __future__ import annotations

from eventwire.ingest.header_patterns import BYLINE_RE
from eventwire.ingest.lines import Line

GOOD_WORDS = 10  # a prose line has at least this many words ...
GOOD_STOP_RATIO = 0.22  # ... and at least this share of stop words
LONG_WORDS = 25  # ... and ends like a sentence unless it is this long


def is_prose(line: Line, stops: frozenset[str]) -> bool:
    if line.junk or truncated(line):
        return False
    sentence_like = line.ends_sentence or line.words >= LONG_WORDS  # headlines have no full stop
    if not stops:  # no stop-word list for the language: length and punctuation only
        return line.words >= GOOD_WORDS and sentence_like
    return line.words >= GOOD_WORDS and line.stop_ratio >= GOOD_STOP_RATIO and sentence_like


def brief_prose(lines: list[Line], repeated: list[bool]) -> list[bool]:
    """The article of a text with no long line: its sentences ("Russia attacked Ukraine."),
    or its only line when the text is one line (a pasted sentence without a full stop)."""
    if len(lines) == 1:
        line = lines[0]
        return [line.junk is None and line.words >= 3 and not truncated(line)]
    return [
        line.ends_sentence and not line.junk and not repeated[i] and not truncated(line)
        for i, line in enumerate(lines)
    ]


def is_short_paragraph(line: Line) -> bool:
    """A short sentence ("He declined to comment.") rather than a menu item or caption."""
    return (
        line.words >= 4
        and line.ends_sentence
        and line.stop_ratio > 0
        and not line.junk
        and not truncated(line)
    )


def truncated(line: Line) -> bool:
    """Teasers cut off with an ellipsis ("Two people in China have been diagnosed with...")."""
    return line.text.endswith(("...", "…")) and line.words < 40


def is_subheading(lines: list[Line], prose: list[bool], i: int, end: int) -> bool:
    """A short title-like line followed, in the next block, by prose."""
    line = lines[i]
    if not 1 <= line.words <= 15 or line.text.endswith((",", "|")) or BYLINE_RE.match(line.text):
        return False
    visible = line.text.replace(" ", "")
    if sum(c.isalpha() for c in visible) < 0.6 * len(visible):  # "10 p.m.", "0", ids
        return False
    nxt = i + 1
    return nxt < end and prose[nxt] and lines[nxt].block != line.block


def is_caption(lines: list[Line], i: int, block_sizes: dict[int, int] | None) -> bool:
    """A line directly above a photo credit, in the same block, is that photo's caption.

    When paragraphs are separated by blank lines (``block_sizes`` given), a two-line block
    whose second line is a bare name ("Sanjeev Verma", "NASA Worldview") is a caption and
    its credit.
    """
    line = lines[i]
    nxt = i + 1
    if nxt < len(lines) and lines[nxt].role == "credit" and lines[nxt].block == line.block:
        return True
    if block_sizes is None or block_sizes[line.block] != 2:
        return False
    first = i if nxt < len(lines) and lines[nxt].block == line.block else i - 1
    return lines[first].words >= 4 and _is_bare_name(lines[first + 1])


def _is_bare_name(line: Line) -> bool:
    words = line.text.split()
    return (
        1 <= len(words) <= 5
        and not line.ends_sentence
        and all(w[:1].isupper() for w in words if w.isalpha())
    )
