"""Line features shared by both cleaners: junk patterns (from YAML), stop-word density, shape.

Scraped pages are judged line by line, the way jusText judges paragraphs: a line is prose
when it is long, ends like a sentence and is dense in stop words; page furniture (menus,
share buttons, paywall prompts, captions) is short, repetitive or matches a junk pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from re import _parser as sre_parse  # type: ignore[attr-defined]

from eventwire import yamlfile

ROLES = ("junk", "boundary", "end", "credit")
MAX_JUNK_WORDS = 80  # cookie banners run to ~60 words; longer lines are prose
ENGLISH_STOP_RATIO = 0.3  # English news: >= 0.28 on ../shared/corpus; other languages <= 0.17
WORD = re.compile(r"\w+", re.UNICODE)
# Format marks that end lines copied from RTL or rich text (LRM/RLM, zero-width, BOM): not punctuation.
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2066\u2067\u2068\u2069\ufeff"
_SENTENCE_END = re.compile(r"""[.!?…:;]['"’”»)\]]*$""")


# The non-ASCII characters re.IGNORECASE matches to an ASCII letter (dotted and dotless i, long
# s, Kelvin sign): needles are sought in str.lower(), which does not always agree, so a line
# holding one is tried against every pattern. A test checks the list is complete.
CASE_TWINS_OF_ASCII = "\u0130\u0131\u017f\u212a"


@dataclass(frozen=True)
class JunkCategory:
    name: str
    role: str
    patterns: tuple[re.Pattern, ...]
    needles: tuple[frozenset[str] | None, ...]  # per pattern: its ``required_strings``


@cache
def junk_categories() -> tuple[JunkCategory, ...]:
    """The junk-line categories of ``junk_patterns.yaml``, compiled once."""
    source = (
        resources.files("eventwire.ingest")
        .joinpath("junk_patterns.yaml")
        .read_text(encoding="utf-8")
    )
    data = yamlfile.load(source)
    categories = []
    for name, entry in data.items():
        role = entry["role"]
        if role not in ROLES:
            raise ValueError(
                f"junk category {name!r}: unknown role {role!r} (expected one of {ROLES})"
            )
        patterns = tuple(re.compile(p, re.IGNORECASE) for p in entry["patterns"])
        needles = tuple(required_strings(p.pattern) for p in patterns)
        categories.append(JunkCategory(name=name, role=role, patterns=patterns, needles=needles))
    return tuple(categories)


def junk_match(line: str, words: int | None = None) -> JunkCategory | None:
    """The first junk category whose pattern matches ``line``, if any (long lines are prose;
    ``words``: the line's count of ``WORD``s, when the caller has it).

    A pattern only runs on a line that holds one of its needles (what every match of it
    contains): a few hundred substring tests cost less than 134 regex searches of prose."""
    if (len(WORD.findall(line)) if words is None else words) > MAX_JUNK_WORDS:
        return None
    index = _needle_index()
    present = _needles_in(line)
    if present is None:
        tried: Iterable[int] = range(len(index.patterns))
    else:  # the patterns without needles, and those with a needle present, in their order
        tried = sorted(index.unfiltered.union(*(index.patterns_of[n] for n in present)))
    for i in tried:
        category, pattern = index.patterns[i]
        if pattern.search(line):
            return category
    return None


@dataclass(frozen=True)
class _NeedleIndex:
    """The needles of every junk pattern, indexed both ways, built once."""

    patterns: tuple[tuple[JunkCategory, re.Pattern], ...]  # every pattern, in the file's order
    unfiltered: frozenset[int]  # patterns without needles: always tried
    patterns_of: dict[str, frozenset[int]]  # needle -> the patterns it is a needle of
    by_trigram: dict[str, tuple[str, ...]]  # first three letters -> the needles starting so
    short: tuple[str, ...]  # needles of one or two letters


@cache
def _needle_index() -> _NeedleIndex:
    patterns: list[tuple[JunkCategory, re.Pattern]] = []
    unfiltered = set()
    patterns_of: dict[str, set[int]] = {}
    for category in junk_categories():
        for pattern, needles in zip(category.patterns, category.needles):
            if needles is None:
                unfiltered.add(len(patterns))
            for needle in needles or ():
                patterns_of.setdefault(needle, set()).add(len(patterns))
            patterns.append((category, pattern))
    by_trigram: dict[str, list[str]] = {}
    for needle in patterns_of:
        if len(needle) >= 3:
            by_trigram.setdefault(needle[:3], []).append(needle)
    return _NeedleIndex(
        patterns=tuple(patterns),
        unfiltered=frozenset(unfiltered),
        patterns_of={needle: frozenset(found) for needle, found in patterns_of.items()},
        by_trigram={gram: tuple(needles) for gram, needles in by_trigram.items()},
        short=tuple(needle for needle in patterns_of if len(needle) < 3),
    )


def _needles_in(line: str) -> frozenset[str] | None:
    """The junk patterns' needles that occur in the line, case ignored; None when the line holds
    a character that only re.IGNORECASE (not str.lower) equates with an ASCII letter.

    Only the needles that begin with one of the line's three-letter sequences are sought: the
    line's few hundred sequences cost less than substring tests of all ~430 needles."""
    if any(c in line for c in CASE_TWINS_OF_ASCII):
        return None
    index = _needle_index()
    low = line.lower()
    found = [needle for needle in index.short if needle in low]
    for gram in index.by_trigram.keys() & {low[i : i + 3] for i in range(len(low) - 2)}:
        found.extend(needle for needle in index.by_trigram[gram] if needle in low)
    return frozenset(found)


def required_strings(pattern: str) -> frozenset[str] | None:
    """Lower-case ASCII strings one of which is in every match of ``pattern`` (case ignored),
    read from the regex's parse tree: the most selective such set, None if none is evident."""
    found = _required(sre_parse.parse(pattern, re.IGNORECASE).data)
    return max(found, key=_selectivity, default=None)


def _selectivity(options: frozenset[str]) -> int:
    return min(map(len, options))


def _required(items: list) -> list[frozenset[str]]:
    """The sets required by a sequence of regex items: its literal runs, and what its groups,
    alternations and mandatory repeats require. Anything else requires nothing."""
    required: list[frozenset[str]] = []
    run: list[str] = []
    for op, value in items:
        if op is sre_parse.LITERAL and value < 128:
            run.append(chr(value).lower())
            continue
        if run:
            required.append(frozenset(["".join(run)]))
            run = []
        if (
            op is sre_parse.SUBPATTERN and not value[1] and not value[2]
        ):  # a group without inline flags
            required += _required(value[3].data)
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and value[0] >= 1:
            required += _required(list(value[2]))
        elif op is sre_parse.BRANCH:
            options = [_required(list(branch)) for branch in value[1]]
            if all(options):  # one string from each alternative's most selective set
                required.append(frozenset().union(*(max(o, key=_selectivity) for o in options)))
    if run:
        required.append(frozenset(["".join(run)]))
    return required


@cache
def stopwords(language: str | None) -> frozenset[str]:
    """jusText's stop-word list for an ISO 639-1 code (English when unknown)."""
    import justext

    name = "English"
    if language and language != "en":
        import pycountry

        try:
            record = pycountry.languages.get(alpha_2=language)
        except LookupError:  # not an ISO 639-1 code
            record = None
        candidate = record.name.split(" (")[0].replace(" ", "_") if record else ""
        name = candidate if candidate in justext.get_stoplists() else ""
    return frozenset(justext.get_stoplist(name)) if name else frozenset()


@dataclass
class Line:
    """One non-blank line of a document and what we know about it."""

    text: str
    block: int  # index of the blank-line-separated block the line is in
    words: int
    stop_ratio: float
    ends_sentence: bool
    junk: JunkCategory | None

    @property
    def role(self) -> str | None:
        return self.junk.role if self.junk else None

    @cached_property
    def key(self) -> str:
        """``normalise``d text, computed once: repeats are sought by it several times."""
        return normalise(self.text)


def make_line(text: str, block: int, stops: frozenset[str]) -> Line:
    tokens = WORD.findall(text)
    stop_count = sum(1 for t in tokens if t.lower() in stops)
    return Line(
        text=text,
        block=block,
        words=len(tokens),
        stop_ratio=stop_count / len(tokens) if tokens else 0.0,
        ends_sentence=bool(_SENTENCE_END.search(text.rstrip(_INVISIBLE))),
        junk=junk_match(text, len(tokens)),
    )


def normalise(line: str) -> str:
    """A key for spotting repeated lines: case and spacing do not matter."""
    return " ".join(WORD.findall(line.lower()))


def repeated_runs(keys: list[str], min_words: int) -> list[bool]:
    """Lines that are part of a second copy of the story: a run of lines repeating an earlier
    run in the same order, at least ``min_words`` long or repeating the text from its start.
    Single repeated lines (a Q&A's questions, a recipe's steps) are not copies."""
    first: dict[str, int] = {}
    copy = [False] * len(keys)
    for i, key in enumerate(keys):
        if copy[i] or not key:
            continue
        if key not in first:
            first[key] = i
            continue
        j, run = first[key], 0
        while i + run < len(keys) and j + run < i and keys[i + run] == keys[j + run]:
            run += 1
        words = sum(len(keys[i + t].split()) for t in range(run))
        if words >= min_words or (j == 0 and run >= 2):
            copy[i : i + run] = [True] * run
    return copy


@cache
def language_identifier():
    """py3langid's model, loaded once per process (~0.6 s): ``pipeline.work.warm_up`` loads it,
    so the first document that is not plainly English does not pay for it."""
    from py3langid.langid import _load_identifier

    return _load_identifier(norm_probs=True)


def detect_language(text: str) -> tuple[str | None, float]:
    """``(ISO 639-1 code, probability)`` of the text's language (py3langid), judged on its
    longer lines so menus do not outvote the prose; ``(None, 0.0)`` for too little text."""
    sample = " ".join(line for line in text.splitlines() if len(WORD.findall(line)) >= 6)[:20000]
    words = WORD.findall(sample)
    if len(words) < 12:
        sample = text[:20000]
        words = WORD.findall(sample)
    tokens = [token.lower() for token in words]
    if len(tokens) < 3:
        return None, 0.0
    english = stopwords("en")
    if len(tokens) >= 5 and sum(t in english for t in tokens) >= ENGLISH_STOP_RATIO * len(tokens):
        return "en", 0.99  # English stop words dominate: no need to load the model (~1 s)
    code, probability = language_identifier().classify(sample)
    return code, float(probability)
