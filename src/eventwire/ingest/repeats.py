"""Which lines of scraped text are copies: a line or a paragraph block seen before (however
it is wrapped), a long line stitched from other lines' text, and, of a prose line printed
twice, which copy stands in the article.

Pages repeat themselves (a description above the article, a newsletter printing the story
twice, a teaser embedding it in one line); deciding what is a copy is its own family, read
before any line is scored, so it lives apart from the main-block search in ``text``.
"""

from __future__ import annotations

from eventwire.ingest.headline import HEADLINE_MAX_WORDS, reads_as_headline
from eventwire.ingest.lines import Line

REPEATED_BLOCK_WORDS = 8  # a repeated block this long is a second copy, not a refrain
STITCHED_WORDS = 40  # a line this long made of other lines' text is a repeat
STITCH_CHECK_MAX_WORDS = 300_000  # beyond this the stitched-line check would cost too much memory


def repeats(lines: list[Line]) -> list[bool]:
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


def prefer_copies_in_context(lines: list[Line], repeated: list[bool], shaped: list[bool]) -> None:
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
