"""PETRARCH-2's discard list: phrases whose sentence (or, with ``+``, whole article) reports no
political event ("beauty pageant", "+world cup", "cricket"). Converted by
``scripts/convert_petrarch_verbs.py`` into ``petrarch_discards.txt`` (MIT, see PETRARCH_LICENSE.txt).

A phrase's words must follow one another; the last word is a stem ("typhoon" matches "typhoons")
unless it ends with ``_``. Indexed by first word, so a sentence is checked in one pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

DISCARDS_FILE = "petrarch_discards.txt"


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]
    last_is_stem: bool
    whole_article: bool

    def matches(self, tokens: Sequence[str], start: int) -> bool:
        if start + len(self.words) > len(tokens):
            return False
        *exact, last = self.words
        for offset, word in enumerate(exact):
            if tokens[start + offset] != word:
                return False
        token = tokens[start + len(exact)]
        return token.startswith(last) if self.last_is_stem else token == last


def parse(text: str) -> dict[str, list[Phrase]]:
    """Phrases by their first word."""
    index: dict[str, list[Phrase]] = {}
    for line in text.splitlines():
        entry = line.split("#")[0].strip().lower()
        if not entry:
            continue
        whole = entry.startswith("+")
        entry = entry.lstrip("+").strip()
        stem = not entry.endswith("_")
        words = tuple(entry.rstrip("_").replace("_", " ").split())
        if words:
            index.setdefault(words[0], []).append(Phrase(words, stem, whole))
    return index


@cache
def load() -> dict[str, list[Phrase]]:
    text = (resources.files("eventwire.events") / DISCARDS_FILE).read_text(encoding="utf-8")
    return parse(text)


def find(tokens: Sequence[str], index: dict[str, list[Phrase]]) -> Phrase | None:
    """The first discard phrase in the lower-cased ``tokens``, if any."""
    for start, token in enumerate(tokens):
        for phrase in index.get(token, ()):
            if phrase.matches(tokens, start):
                return phrase
        if len(token) > 1:  # a one-word stem phrase ("typhoon" in "typhoons")
            for phrase in index.get(token[:-1], ()):
                if len(phrase.words) == 1 and phrase.matches(tokens, start):
                    return phrase
    return None
