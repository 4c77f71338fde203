"""Already-scraped plain text -> Article: find the article among page furniture.

Steps: (1) split into lines, joining hard-wrapped continuation lines; (2) classify each line
(junk pattern, prose, short) with the features of ``lines``; (3) find the main block, the
run of lines with the highest prose score (maximum-sum segment, as in Pasternack & Roth's
MSS), which never crosses the start of a comment thread and pays to cross a line such as
"Related stories"; items of data lists (tour dates, results, ingredients: short lines with
numbers that open alike) count for it like short sentences; (4) in the block, drop junk,
captions with their credits, repeats and stray short lines, keeping subheadings, data-list
items and lists standing between two prose lines (a Q&A's short answers); (5) read the
header above the block (headline, standfirst, date line, byline).
Every dropped line is reported in ``removed``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from eventwire.ingest.header import (
    BYLINE_RE,
    DATE_RE,
    TIME_RE,
    Header,
    read_header,
    strip_site,
)
from eventwire.ingest.headline import (
    HEADLINE_MAX_WORDS,
    as_title,
    headline_lines,
    reads_as_headline,
)
from eventwire.ingest.lines import Line, detect_language, make_line, normalise, stopwords
from eventwire.models import Article

GOOD_WORDS = 10  # a prose line has at least this many words ...
GOOD_STOP_RATIO = 0.22  # ... and at least this share of stop words
LONG_WORDS = 25  # ... and ends like a sentence unless it is this long
SHORT_PENALTY = 8.0  # cost of a non-prose line inside the main block (tuned on the even half)
MIN_ARTICLE_WORDS = 50  # prose words before a boundary counts as the article's end
BOUNDARY_DECAY = 0.5
BOUNDARY_COST = 20.0  # what crossing a "Related stories" line costs the main block
REPEAT_SCORE = -2.0
REPEATED_BLOCK_WORDS = 8  # a repeated block this long is a second copy, not a refrain
STITCHED_WORDS = 40  # a line this long made of other lines' text is a repeat
STITCH_CHECK_MAX_WORDS = 300_000  # beyond this the stitched-line check would cost too much memory
LIST_MIN_LINES = 2  # short lines between two prose lines kept as a list (cross-validated)
DATA_MIN_ITEMS = 4  # a data list (tour dates, results, ingredients) has this many items ...
DATA_SHARE = 0.6  # ... making up this share of its run of non-prose lines ...
DATA_SAME_OPENING = 0.6  # ... this share of them opening alike ("June 9", "2 cups")
DATA_MAX_WORDS = 25
DATA_SCORE = 0.5  # what a data item's word is worth to the main block (0: no data lists)
_NUMBER = re.compile(r"[\d\u00bc-\u00be\u2150-\u215e]")  # digits and vulgar fractions (½)
_WORD_OF_LETTERS = re.compile(r"[^\W\d_]{2,}")


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
    repeated = _repeats(lines)
    shaped = [_is_prose(line, stops) for line in lines]
    _prefer_copies_in_context(lines, repeated, shaped)
    prose = [shaped[i] and not repeated[i] for i in range(len(lines))]
    if not any(prose):
        prose = _brief_prose(lines, repeated)
    data = _data_runs(lines, prose, repeated) if DATA_SCORE > 0 else set()
    start, end = main_block(lines, prose, repeated, data)
    first, top = _headline_atop(lines, start, end, prose, title)
    header = read_header(lines[: first + top], lines[first + top : end])
    if top:
        _set_headline(header, lines, first, top)
        start = first + top
    block_sizes = _block_sizes_if_blank_line_layout(lines, prose)
    keep = [False] * len(lines)
    listed = _list_between_prose(lines, prose, repeated, (start, end), block_sizes) | data
    for i in range(start, end):
        line = lines[i]
        if line.junk or repeated[i] or _is_caption(lines, i, block_sizes):
            continue
        keep[i] = (
            prose[i]
            or _is_short_paragraph(line)
            or _is_subheading(lines, prose, i, end)
            or i in listed
        )
    removed = [line.text for i, line in enumerate(lines) if not keep[i] and i not in header.used]
    return Cleaned(
        body=[line for i, line in enumerate(lines) if keep[i]], removed=removed, header=header
    )


def _prefer_copies_in_context(lines: list[Line], repeated: list[bool], shaped: list[bool]) -> None:
    """Of a prose line printed twice, keep the copy nearer the next other prose line: the
    first paragraph is often shown above the article as the page's description, then again
    in the article, where prose follows it."""
    keys = [line.key if shaped[i] else "" for i, line in enumerate(lines)]
    page_title = next((i for i, line in enumerate(lines) if line.junk is None), -1)
    first_at: dict[str, int] = {}
    for i, key in enumerate(keys):
        if not key:
            continue
        j = first_at.setdefault(key, i)
        if j in (i, page_title) or repeated[j] or not repeated[i] or _headline(lines[j]):
            continue  # a headline printed again lower down stays where it was first
        if _gap_to_other_prose(keys, repeated, i) < _gap_to_other_prose(keys, repeated, j):
            repeated[i], repeated[j] = False, True


def _headline(line: Line) -> bool:
    return line.words <= HEADLINE_MAX_WORDS and reads_as_headline(line)


def _gap_to_other_prose(keys: list[str], repeated: list[bool], i: int) -> int:
    """Lines from ``i`` to the next prose line that is no copy (of line ``i`` or another)."""
    for j in range(i + 1, len(keys)):
        if keys[j] and keys[j] != keys[i] and not repeated[j]:
            return j - i
    return len(keys)


def _brief_prose(lines: list[Line], repeated: list[bool]) -> list[bool]:
    """The article of a text with no long line: its sentences ("Russia attacked Ukraine."),
    or its only line when the text is one line (a pasted sentence without a full stop)."""
    if len(lines) == 1:
        line = lines[0]
        return [line.junk is None and line.words >= 3 and not _truncated(line)]
    return [
        line.ends_sentence and not line.junk and not repeated[i] and not _truncated(line)
        for i, line in enumerate(lines)
    ]


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


def _repeats(lines: list[Line]) -> list[bool]:
    """Lines seen before in the document, and long lines stitched from other lines' text
    (pages that embed the whole article again in one line)."""
    seen: set[str] = set()
    repeated = []
    keys = [line.key for line in lines]
    for key in keys:
        repeated.append(key in seen)
        seen.add(key)
    for i in _repeated_block_lines(lines):
        repeated[i] = True
    if sum(line.words for line in lines) > STITCH_CHECK_MAX_WORDS:
        return repeated
    owners: dict[str, set[int]] = {}
    grams = [_grams(key) for key in keys]
    for i, line_grams in enumerate(grams):
        if repeated[i]:  # a copy's lines are not what a long line is stitched from
            continue
        for gram in line_grams:
            owners.setdefault(gram, set()).add(i)
    for i, line_grams in enumerate(grams):
        if repeated[i] or lines[i].words < STITCHED_WORDS:
            continue
        own = lines[i].words
        # a gram only this line has shares nothing: skip building its empty set
        others = [g for g in line_grams if len(owners.get(g, ())) > 1]
        if len(others) < 0.5 * len(line_grams):
            continue  # too few grams shared with any line (prose): not stitched, whoever shares
        shorter = [{j for j in owners[g] if lines[j].words < own} for g in others]
        shared = sum(1 for s in shorter if s)
        sources = set().union(*shorter) if shorter else set()
        repeated[i] = shared >= 0.5 * len(line_grams) and len(sources) >= 3
    return repeated


def _repeated_block_lines(lines: list[Line]) -> list[int]:
    """Lines of a paragraph block that repeats an earlier block, wrapped differently or not
    (newsletters that print the whole story twice)."""
    blocks: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        blocks.setdefault(line.block, []).append(i)
    seen: set[str] = set()
    repeats = []
    for members in blocks.values():
        key = " ".join(lines[i].key for i in members if lines[i].key)
        if len(key.split()) >= REPEATED_BLOCK_WORDS and key in seen:
            repeats += members
        seen.add(key)
    return repeats


def _grams(key: str) -> set[str]:
    """The word 4-grams of a line's ``normalise``d key."""
    tokens = key.split()
    return {" ".join(tokens[j : j + 4]) for j in range(len(tokens) - 3)}


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


def _is_prose(line: Line, stops: frozenset[str]) -> bool:
    if line.junk or _truncated(line):
        return False
    sentence_like = line.ends_sentence or line.words >= LONG_WORDS  # headlines have no full stop
    if not stops:  # no stop-word list for the language: length and punctuation only
        return line.words >= GOOD_WORDS and sentence_like
    return line.words >= GOOD_WORDS and line.stop_ratio >= GOOD_STOP_RATIO and sentence_like


def _score(line: Line, is_prose: bool) -> float:
    if is_prose:
        return float(line.words)
    if line.role == "boundary":
        return -BOUNDARY_COST
    if line.role in ("junk", "credit"):
        return -1.0
    if _is_short_paragraph(line):
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


def _is_short_paragraph(line: Line) -> bool:
    """A short sentence ("He declined to comment.") rather than a menu item or caption."""
    return (
        line.words >= 4
        and line.ends_sentence
        and line.stop_ratio > 0
        and not line.junk
        and not _truncated(line)
    )


def _truncated(line: Line) -> bool:
    """Teasers cut off with an ellipsis ("Two people in China have been diagnosed with...")."""
    return line.text.endswith(("...", "…")) and line.words < 40


def _is_subheading(lines: list[Line], prose: list[bool], i: int, end: int) -> bool:
    """A short title-like line followed, in the next block, by prose."""
    line = lines[i]
    if not 1 <= line.words <= 15 or line.text.endswith((",", "|")) or BYLINE_RE.match(line.text):
        return False
    visible = line.text.replace(" ", "")
    if sum(c.isalpha() for c in visible) < 0.6 * len(visible):  # "10 p.m.", "0", ids
        return False
    nxt = i + 1
    return nxt < end and prose[nxt] and lines[nxt].block != line.block


def _is_caption(lines: list[Line], i: int, block_sizes: dict[int, int] | None) -> bool:
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


def _list_between_prose(
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
            or _truncated(line)
            or _is_caption(lines, i, block_sizes)
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


def _data_runs(lines: list[Line], prose: list[bool], repeated: list[bool]) -> set[int]:
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
        or _truncated(line)
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
