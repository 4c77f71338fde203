"""The cue lexicon (``cues.yaml``), loaded and checked once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml


@dataclass(frozen=True)
class Cues:
    """Verb lemmas of saying (``speech``) and of stance (``stance``), and source phrases."""

    speech: frozenset[str]
    stance: frozenset[str]
    according_to: tuple[tuple[str, ...], ...]  # each phrase as lower-case words

    def is_cue(self, lemma: str) -> bool:
        return lemma in self.speech or lemma in self.stance


def parse_cues(data: dict) -> Cues:
    """Validate the YAML structure; a malformed lexicon fails loudly, not silently."""
    expected = {"speech", "stance", "according_to"}
    if set(data) != expected:
        raise ValueError(f"cues.yaml must have exactly the sections {sorted(expected)}, got {sorted(data)}")
    for section in expected:
        words = data[section]
        if not isinstance(words, list) or not all(isinstance(w, str) and w == w.strip().lower() and w for w in words):
            raise ValueError(f"cues.yaml: '{section}' must be a list of non-empty lower-case strings")
        if len(set(words)) != len(words):
            raise ValueError(f"cues.yaml: duplicate entries in '{section}'")
    speech, stance = frozenset(data["speech"]), frozenset(data["stance"])
    if both := speech & stance:
        raise ValueError(f"cues.yaml: {sorted(both)} are in both 'speech' and 'stance'")
    if any(" " in w for w in speech | stance):
        raise ValueError("cues.yaml: verb cues are single lemmas; put phrases under 'according_to'")
    return Cues(speech=speech, stance=stance,
                according_to=tuple(tuple(phrase.split()) for phrase in data["according_to"]))


@cache
def load() -> Cues:
    text = (resources.files("eventwire.quotes") / "cues.yaml").read_text(encoding="utf-8")
    return parse_cues(yaml.safe_load(text))
