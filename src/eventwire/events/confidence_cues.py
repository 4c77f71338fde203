"""The confidence model's data: the cue word lists its features look for
(``data/confidence_cues.json``), validated once, and the reader of its JSON files (the cues and
the weights). Its own module so that each family of features can read the cues without
importing ``confidence_features``, the recipe that combines the families and so imports them.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

CUES_FILE = "confidence_cues.json"


def data_file(name: str) -> dict[str, Any]:
    text = resources.files("eventwire.events").joinpath("data", name).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


@cache
def cues() -> dict[str, frozenset[str]]:
    """The cue word lists, validated: every list is non-empty lower-case words."""
    lists = {k: v for k, v in data_file(CUES_FILE).items() if isinstance(v, list)}
    for name, words in lists.items():
        if not words or any(not isinstance(w, str) or w != w.lower() for w in words):
            raise ValueError(f"{CUES_FILE}: {name} must be a non-empty list of lower-case words")
    return {name: frozenset(words) for name, words in lists.items()}
