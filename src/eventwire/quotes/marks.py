"""Quotation marks: where direct speech starts and ends, even when the marks are unbalanced.

Works on raw text, before any parse, so that a quote running over several sentences or
paragraphs is one span. Handles curly and straight double quotes, doubled apostrophes
(''...'', the New York Times style), single curly quotes at the outer level, and the
multi-paragraph convention: a paragraph that opens a quote and does not close it is
continued by the next paragraph when that one opens with a quotation mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_DOUBLE, CLOSE_DOUBLE = "“„«", "”»"
AMBIGUOUS_DOUBLE = ('"', "''", "‟")
_MARK = re.compile(r"''|[\"“”„«»‟‘’]")


@dataclass
class Quoted:
    """One run of quoted text; ``start``/``end`` exclude the marks, ``outer_*`` include them."""

    start: int
    end: int
    outer_start: int
    outer_end: int
    closed: bool  # False when the paragraph ended before a closing mark
    continues: bool = False  # True when this paragraph continues the previous one's quote


def find(text: str) -> list[Quoted]:
    """All quoted runs, in text order (outermost level only; nested quotes stay inside)."""
    found: list[Quoted] = []
    position = 0
    for line in text.split("\n"):
        runs = _scan_line(line, position)
        if (
            runs
            and found
            and not found[-1].closed
            and runs[0].outer_start == position + _indent(line)
        ):
            runs[0].continues = True
        found.extend(runs)
        position += len(line) + 1
    return [q for q in found if q.end > q.start]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _scan_line(line: str, offset: int) -> list[Quoted]:
    runs: list[Quoted] = []
    open_at: int | None = None  # index of the opening mark in ``line``
    open_mark = ""
    for match in _MARK.finditer(line):
        mark, at = match.group(), match.start()
        before = line[at - 1] if at else " "
        after = line[match.end()] if match.end() < len(line) else " "
        if open_at is None:
            if mark in OPEN_DOUBLE or (mark in AMBIGUOUS_DOUBLE and not after.isspace()):
                open_at, open_mark = at, mark
            elif (
                mark in CLOSE_DOUBLE
                and not line[:at].strip()
                and (not after.isspace() or _MARK.search(line, match.end()) is not None)
            ):
                # a paragraph opened with the wrong mark: ”Fear. ...”, ” … what I learned ...,”
                open_at, open_mark = at, mark
            elif mark == "‘" and (before.isspace() or before in "([—-:") and after.isalnum():
                open_at, open_mark = at, mark
            continue
        if open_mark == "‘":
            closes = mark == "’" and not after.isalnum()
        elif mark in CLOSE_DOUBLE:
            closes = True
        elif mark in AMBIGUOUS_DOUBLE:
            closes = not before.isspace() or after.isspace() or after in ".,;:!?)"
        else:
            closes = False  # single marks inside a double quote are nested quotes or apostrophes
        if closes:
            runs.append(_run(line, offset, open_at, len(open_mark), at, match.end(), closed=True))
            open_at = None
    if open_at is not None:
        end = len(line.rstrip())
        runs.append(_run(line, offset, open_at, len(open_mark), end, end, closed=False))
    return runs


def _run(
    line: str,
    offset: int,
    open_at: int,
    open_len: int,
    close_at: int,
    close_end: int,
    *,
    closed: bool,
) -> Quoted:
    start, end = open_at + open_len, close_at
    while start < end and line[start].isspace():
        start += 1
    while end > start and line[end - 1] in " \t,":
        end -= 1
    return Quoted(
        start=offset + start,
        end=offset + end,
        outer_start=offset + open_at,
        outer_end=offset + close_end,
        closed=closed,
    )
