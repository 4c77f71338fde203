"""Gold sentences in, events out: the real stages (spaCy parse, actors, coder) on each text,
so the CAMEO and PLOVER scores measure exactly the events ``extract`` returns."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc

from eventwire.models import Article, Event


def read_jsonl(path: Path) -> list[dict]:
    """Gold rows, one JSON object a line; a clear error names the bad line."""
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{number}: not JSON ({exc.msg})") from None
    return rows


def code_sentences(texts: Iterable[str], *, imported: bool = True) -> Iterator[list[Event]]:
    """Events of each text, coded as a one-sentence article (unique texts parsed once)."""
    for events, _ in parse_and_code(texts, imported=imported):
        yield events


def parse_and_code(
    texts: Iterable[str], *, imported: bool = True
) -> Iterator[tuple[list[Event], Doc]]:
    """Each text's events with its spaCy parse, for scores that need the sentence's structure."""
    from eventwire import actors, events, nlp

    texts = list(texts)
    unique = list(dict.fromkeys(texts))
    articles = [Article(id=f"gold{i}", body=text) for i, text in enumerate(unique)]
    coded = {}
    for document in nlp.parse(articles):
        mentions = actors.resolve(document)
        coded[document.article.body] = (
            events.code(document, mentions, imported=imported),
            document.doc,
        )
    for text in texts:
        yield coded[text]
