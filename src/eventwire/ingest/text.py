"""Already-scraped plain text -> Article: find the article among page furniture.

Steps: (1) split into lines, joining hard-wrapped continuation lines; (2) classify each line
(junk pattern, prose, short) with the features of ``lines`` and the shapes of
``line_shapes``, marking copies (``repeats``); (3) find the main block, the
run of lines with the highest prose score (maximum-sum segment, as in Pasternack & Roth's
MSS), which never crosses the start of a comment thread and pays to cross a line such as
"Related stories"; items of data lists (tour dates, results, ingredients: short lines with
numbers that open alike, ``article_lists``) count for it like short sentences; (4) in the
block, drop junk, captions with their credits, repeats and stray short lines, keeping
subheadings, data-list items and lists standing between two prose lines (a Q&A's short
answers); (5) read the header above the block (headline, standfirst, date line, byline).
Every dropped line is reported in ``removed``. This module holds the steps' order, the
main-block search and what it costs to cross each kind of line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.ingest.article_lists import data_runs, list_between_prose
from eventwire.ingest.header import Header, read_header, strip_site
from eventwire.ingest.headline import as_title, headline_lines
from eventwire.ingest.line_shapes import (
    brief_prose,
    is_caption,
    is_prose,
    is_short_paragraph,
    is_subheading,
)
from eventwire.ingest.lines import Line, detect_language, make_line, normalise, stopwords
from eventwire.ingest.repeats import prefer_copies_in_context, repeats
from eventwire.models import Article

SHORT_PENALTY = 8.0  # cost of a non-prose line inside the main block (tuned on the even half)
MIN_ARTICLE_WORDS = 50  # prose words before a boundary counts as the article's end
BOUNDARY_DECAY = 0.5
BOUNDARY_COST = 20.0  # what crossing a "Related stories" line costs the main block
REPEAT_SCORE = -2.0
DATA_SCORE = 0.5  # what a data item's word is worth to the main block (0: no data lists)


@dataclass
class Cleaned:
    body: list[Line] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    header: Header = field(default_factory=Header)


def text_to_article(text: str, title: str | None = None) -> Article:
    """Clean scraped text; a text with no junk keeps its body exactly as given.

    ``title``: the headline the document came with (a JSONL ``title``), if any: a first line
    repeating it is the headline, not body text."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    language, probability = detect_language(text)
    cleaned = clean(text, language if probability >= 0.5 else "en", title)
    header = cleaned.header
    if not cleaned.removed and not header.used:
        body = text
    else:
        body = "\n\n".join(line.text for line in cleaned.body)
    return Article(
        id="",
        body=body,
        removed=cleaned.removed,
        title=header.title,
        subtitle=header.subtitle,
        published=header.published,
        updated=header.updated,
        dateline=header.dateline,
        author=header.author,
        source=header.source,
    )


def clean(text: str, language: str | None, title: str | None = None) -> Cleaned:
    stops = stopwords(language)
    lines = split_lines(text, stops)
    if not lines:
        return Cleaned()
    repeated = repeats(lines)
    shaped = [is_prose(line, stops) for line in lines]
    prefer_copies_in_context(lines, repeated, shaped)
    prose = [shaped[i] and not repeated[i] for i in range(len(lines))]
    if not any(prose):
        prose = brief_prose(lines, repeated)
    data = data_runs(lines, prose, repeated) if DATA_SCORE > 0 else set()
    start, end = main_block(lines, prose, repeated, data)
    first, top = _headline_atop(lines, start, end, prose, title)
    header = read_header(lines[: first + top], lines[first + top : end])
    if top:
        _set_headline(header, lines, first, top)
        start = first + top
    block_sizes = _block_sizes_if_blank_line_layout(lines, prose)
    keep = [False] * len(lines)
    listed = list_between_prose(lines, prose, repeated, (start, end), block_sizes) | data
    for i in range(start, end):
        line = lines[i]
        if line.junk or repeated[i] or is_caption(lines, i, block_sizes):
            continue
        keep[i] = (
            prose[i]
            or is_short_paragraph(line)
            or is_subheading(lines, prose, i, end)
            or i in listed
        )
    removed = [line.text for i, line in enumerate(lines) if not keep[i] and i not in header.used]
    return Cleaned(
        body=[line for i, line in enumerate(lines) if keep[i]], removed=removed, header=header
    )


def _headline_atop(
    lines: list[Line], start: int, end: int, prose: list[bool], title: str | None
) -> tuple[int, int]:
    """``(first, count)``: the lines opening the main block (or the paragraph it begins in)
    that are its headline. Judged by shape only when nothing but junk stands above (otherwise
    the header above holds the headline); by the given ``title`` always."""
    first = start
    while first > 0 and lines[first - 1].block == lines[start].block:
        first -= 1
    if any(lines[j].junk is None for j in range(first)):
        key = lines[first].key if first < end else ""
        if not title or key != normalise(title):
            return start, 0
    count = headline_lines(lines, first, end, prose, title)
    return (first, count) if first + count >= start else (start, 0)


def _set_headline(header: Header, lines: list[Line], start: int, top: int) -> None:
    header.title = as_title(lines[start].text)
    header.subtitle = lines[start + 1].text if top == 2 else header.subtitle
    header.used.update(range(start, start + top))


def _block_sizes_if_blank_line_layout(
    lines: list[Line], prose: list[bool]
) -> dict[int, int] | None:
    """Lines per block, when paragraphs are separated by blank lines (most prose lines stand
    alone in their block); None when the layout puts paragraphs on consecutive lines."""
    sizes: dict[int, int] = {}
    for line in lines:
        sizes[line.block] = sizes.get(line.block, 0) + 1
    prose_blocks = [sizes[line.block] for line, p in zip(lines, prose) if p]
    alone = sum(1 for n in prose_blocks if n == 1)
    return sizes if prose_blocks and alone >= 0.6 * len(prose_blocks) else None


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
    return len(previous) >= 50 and previous[-1] not in '.!?:;"”’)' and current[:1].islower()


def _score(line: Line, is_prose: bool) -> float:
    if is_prose:
        return float(line.words)
    if line.role == "boundary":
        return -BOUNDARY_COST
    if line.role in ("junk", "credit"):
        return -1.0
    if is_short_paragraph(line):
        return line.words / 2
    return -(SHORT_PENALTY + line.words / 4)


def main_block(
    lines: list[Line], prose: list[bool], repeated: list[bool], data: set[int] | None = None
) -> tuple[int, int]:
    """``[start, end)`` of the best-scoring run of lines (maximum-sum segment).

    The run starts after the headline when the page repeats its title line there (whole
    pages begin with "Headline | Site" and repeat the headline above the article). It never
    crosses an ``end`` line (a comment thread begins); ``boundary`` lines ("Related
    stories") are costly to cross; and every such line met after the article has begun
    halves the worth of what follows, so comment threads and teaser lists lose to the article.
    Items of a data list (``data``) score ``DATA_SCORE`` a word, like short sentences.
    """
    first = _after_headline(lines, prose)
    found = _best_segment(lines, prose, repeated, data or set(), first)
    if found is None:
        return first, first
    return found[1]


def _best_segment(
    lines: list[Line],
    prose: list[bool],
    repeated: list[bool],
    data: set[int],
    first: int,
) -> tuple[float, tuple[int, int]] | None:
    """``(score, (start, end))`` of the maximum-sum segment from ``first`` on, if positive."""
    best, best_range = float("-inf"), (first, first)
    total, run_start, weight, prose_seen = 0.0, first, 1.0, 0
    for i in range(first, len(lines)):
        line = lines[i]
        if line.role in ("end", "boundary") and prose_seen >= MIN_ARTICLE_WORDS:
            weight *= BOUNDARY_DECAY
        if line.role == "end":
            total, run_start = 0.0, i + 1
            continue
        if total <= 0:
            total, run_start = 0.0, i
        if i in data:
            gain = line.words * DATA_SCORE
        else:
            gain = REPEAT_SCORE if repeated[i] else _score(line, prose[i])
        total += gain * weight
        prose_seen += line.words if prose[i] else 0
        if total > best:
            best, best_range = total, (run_start, i + 1)
    return (best, best_range) if best > 0 else None


def _after_headline(lines: list[Line], prose: list[bool]) -> int:
    """Index just after the first repeat of the page's title line, if prose follows it."""
    titled = [i for i, line in enumerate(lines) if not line.junk]
    if not titled:
        return 0
    page_title = normalise(strip_site(lines[titled[0]].text))
    if len(page_title) < 12:
        return 0
    for i in titled[1:]:
        if lines[i].key == page_title:
            if (
                sum(line.words for line, p in zip(lines[i + 1 :], prose[i + 1 :]) if p)
                >= MIN_ARTICLE_WORDS
            ):
                return i + 1
            break
    return 0
