"""Already-scraped plain text -> Article: find the article among page furniture.

Steps: (1) split into lines, joining hard-wrapped continuation lines; (2) classify each line
(junk pattern, prose, short) with the features of ``lines``; (3) find the main block, the
run of lines with the highest prose score (maximum-sum segment, as in Pasternack & Roth's
MSS), which never crosses a boundary line such as "Related stories" or "Comments"; (4) in
the block, drop junk, captions with their credits, repeats and stray short lines, keeping
subheadings; (5) read the header above the block (headline, standfirst, date line, byline).
Every dropped line is reported in ``removed``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.ingest.header import Header, read_header
from eventwire.ingest.lines import Line, detect_language, make_line, normalise, stopwords
from eventwire.models import Article

GOOD_WORDS = 10          # a prose line has at least this many words ...
GOOD_STOP_RATIO = 0.22   # ... and at least this share of stop words
LONG_WORDS = 25          # ... and ends like a sentence unless it is this long
SHORT_PENALTY = 4.0      # cost of a non-prose line inside the main block
REPEAT_PENALTY = 6.0


@dataclass
class Cleaned:
    body: list[Line] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    header: Header = field(default_factory=Header)


def text_to_article(text: str) -> Article:
    """Clean scraped text; a text with no junk keeps its body exactly as given."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    language = detect_language(text)
    cleaned = clean(text, language)
    header = cleaned.header
    if not cleaned.removed and not header.used:
        body = text
    else:
        body = "\n\n".join(line.text for line in cleaned.body)
    return Article(id="", body=body, removed=cleaned.removed, language=language, title=header.title,
                   subtitle=header.subtitle, published=header.published, updated=header.updated,
                   dateline=header.dateline, author=header.author, source=header.source)


def clean(text: str, language: str | None) -> Cleaned:
    stops = stopwords(language)
    lines = split_lines(text, stops)
    if not lines:
        return Cleaned()
    prose = [_is_prose(line, stops) for line in lines]
    start, end = main_block(lines, prose)
    keep = [False] * len(lines)
    seen: set[str] = set()
    counts: dict[str, int] = {}
    for line in lines:
        counts[normalise(line.text)] = counts.get(normalise(line.text), 0) + 1
    for i in range(start, end):
        line = lines[i]
        key = normalise(line.text)
        if line.junk or key in seen:
            continue
        if _is_caption(lines, i):
            continue
        if prose[i] or _is_short_paragraph(line) or _is_subheading(lines, prose, i, end):
            if counts[key] > 1 and not prose[i]:
                continue
            keep[i] = True
            seen.add(key)
    header = read_header(lines[:start], lines[start:end])
    removed = [line.text for i, line in enumerate(lines)
               if not keep[i] and i not in header.used]
    return Cleaned(body=[line for i, line in enumerate(lines) if keep[i]], removed=removed, header=header)


def split_lines(text: str, stops: frozenset[str]) -> list[Line]:
    """Non-blank lines with their block index; a hard-wrapped paragraph becomes one line."""
    lines: list[Line] = []
    block, pending = 0, ""
    for raw in text.split("\n"):
        stripped = " ".join(raw.split())
        if not stripped:
            if pending:
                lines.append(make_line(pending, block, stops))
                pending = ""
            block += 1
            continue
        if pending and _continues(pending, stripped):
            pending = f"{pending} {stripped}"
            continue
        if pending:
            lines.append(make_line(pending, block, stops))
        pending = stripped
    if pending:
        lines.append(make_line(pending, block, stops))
    return lines


def _continues(previous: str, current: str) -> bool:
    """A line broken mid-sentence: the previous one is long and this one starts in lower case."""
    return len(previous) >= 50 and previous[-1] not in ".!?:;\"”’)" and current[:1].islower()


def _is_prose(line: Line, stops: frozenset[str]) -> bool:
    if line.junk:
        return False
    sentence_like = line.ends_sentence or line.words >= LONG_WORDS  # headlines have no full stop
    if not stops:  # no stop-word list for the language: length and punctuation only
        return line.words >= GOOD_WORDS and sentence_like
    return line.words >= GOOD_WORDS and line.stop_ratio >= GOOD_STOP_RATIO and sentence_like


def _score(line: Line, is_prose: bool) -> float:
    if is_prose:
        return float(line.words)
    if line.role in ("junk", "credit"):
        return -1.0
    if _is_short_paragraph(line):
        return line.words / 2
    return -(SHORT_PENALTY + line.words / 4)


def main_block(lines: list[Line], prose: list[bool]) -> tuple[int, int]:
    """``[start, end)`` of the best-scoring run of lines that crosses no boundary line."""
    best, best_range = float("-inf"), (0, 0)
    total, run_start = 0.0, 0
    for i, line in enumerate(lines):
        if line.role == "boundary":
            total, run_start = 0.0, i + 1
            continue
        if total <= 0:
            total, run_start = 0.0, i
        total += _score(line, prose[i])
        if total > best:
            best, best_range = total, (run_start, i + 1)
    if best <= 0:
        return 0, 0
    return best_range


def _is_short_paragraph(line: Line) -> bool:
    """A short sentence ("He declined to comment.") rather than a menu item or caption."""
    return line.words >= 4 and line.ends_sentence and line.stop_ratio > 0 and not line.junk


def _is_subheading(lines: list[Line], prose: list[bool], i: int, end: int) -> bool:
    """A short title-like line followed, in the next block, by prose."""
    line = lines[i]
    if not 1 <= line.words <= 15 or line.text.endswith((",", "|")):
        return False
    nxt = i + 1
    return nxt < end and prose[nxt] and lines[nxt].block != line.block


def _is_caption(lines: list[Line], i: int) -> bool:
    """A line directly above a photo credit, in the same block, is that photo's caption."""
    nxt = i + 1
    return (nxt < len(lines) and lines[nxt].role == "credit" and lines[nxt].block == lines[i].block)
