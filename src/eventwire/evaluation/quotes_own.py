"""``eventwire eval quotes-own``: quotes scored on the project's own annotated set (``annotations/quotes/own_set.jsonl``).

The annotations hold only article ids and character spans into ``news.jsonl`` (the corpus
texts are not ours to copy; see ``annotations/quotes/GUIDE.md``). Two questions are asked of
what ``extract`` returns: is each emitted quote a real attribution (it matches an annotated
one), and does a right speaker carry the actor code that the actors stage gives the person or
organisation the annotation names (``speaker_ref``), when the actors stage codes it at all.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventwire import actors, events, nlp
from eventwire.evaluation.quotes import match
from eventwire.models import Article, Quote

Span = tuple[int, int]


@dataclass
class Annotated:
    content: Span
    source: Span
    speaker_ref: Span


@dataclass
class OwnRecord:
    article: str
    split: str
    text: str
    published: str | None
    gold: list[Annotated]


@dataclass
class OwnScore:
    emitted: int = 0
    real: int = 0  # emitted quotes that match an annotated attribution
    gold: int = 0
    right_speaker: int = 0
    codable: int = 0  # right speakers whose annotated person the actors stage codes
    coded: int = 0  # ... and whose quote carries that code
    not_real: list[tuple[str, str]] = field(default_factory=list)
    uncoded: list[tuple[str, str, str]] = field(default_factory=list)

    @property
    def real_share(self) -> float:
        return self.real / self.emitted if self.emitted else 0.0

    @property
    def coded_share(self) -> float:
        return self.coded / self.codable if self.codable else 0.0


def read(annotations: Path, corpus: Path, split: str | None = None) -> list[OwnRecord]:
    """The annotated articles (of one ``split``, dev or test, when given) with their texts."""
    wanted = {}
    with open(annotations, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                if split is None or row["split"] == split:
                    wanted[row["article"]] = row
    texts = dict(_corpus_texts(corpus, set(wanted)))
    return [
        OwnRecord(
            article=article,
            split=row["split"],
            text=texts[article][0],
            published=texts[article][1],
            gold=[
                Annotated(tuple(a["content"]), tuple(a["source"]), tuple(a["speaker_ref"]))
                for a in row["attributions"]
            ],
        )
        for article, row in wanted.items()
    ]


def _corpus_texts(corpus: Path, ids: set[str]) -> Iterator[tuple[str, tuple[str, str | None]]]:
    """id -> (text, published date): the date decides who held which office."""
    with open(corpus, encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row["id"] in ids:
                yield row["id"], (row["text"], row.get("published"))


def evaluate(records: list[OwnRecord], *, progress=iter) -> OwnScore:
    """Run every stage on each annotated article and score its quotes."""
    from eventwire import quotes

    score = OwnScore()
    articles = [Article(id=r.article, body=r.text, published=r.published) for r in records]
    for record, document in zip(records, progress(nlp.parse(articles))):
        mentions = actors.resolve(document)
        found = quotes.extract(document, mentions, events.code(document, mentions))
        codes = [_code_at(g.speaker_ref, mentions) for g in record.gold]
        score_record(record, found, codes, score)
    return score


def _code_at(span: Span, mentions: Sequence[actors.Mention]) -> str | None:
    """The code the actors stage gives the annotated speaker's name: the mention covering most
    of it ("Sen. Ted Cruz", not "Texas", in "Sen. Ted Cruz of Texas"), when it places it in a
    country ("GOV" alone, for an unplaced "spokesman", is not a code a reader can use)."""
    overlap = {id(m): min(m.end, span[1]) - max(m.start, span[0]) for m in mentions}
    best = max(mentions, key=lambda m: overlap[id(m)], default=None)
    if best is None or overlap[id(best)] <= 0 or not best.actor.country:
        return None
    return best.actor.code


def score_record(
    record: OwnRecord, found: list[Quote], codes: list[str | None], score: OwnScore
) -> None:
    """Add one article: ``codes`` is the actor code of each annotation's ``speaker_ref``."""
    text = record.text
    pairs = match(text, found, [[g.content] for g in record.gold])
    score.emitted += len(found)
    score.gold += len(record.gold)
    score.real += len(pairs)
    matched = {i for i, _ in pairs}
    score.not_real += [(record.article, q.text) for i, q in enumerate(found) if i not in matched]
    for i, j in pairs:
        quote, gold, code = found[i], record.gold[j], codes[j]
        if not _right_speaker(quote, gold, code):
            continue
        score.right_speaker += 1
        if code is None:
            continue
        score.codable += 1
        if quote.speaker is not None and quote.speaker.code == code:
            score.coded += 1
        else:
            words = quote.speaker_text or "-"
            score.uncoded.append((record.article, words, code))


def _overlaps(a: Span | None, b: Span) -> bool:
    return a is not None and a[0] < b[1] and b[0] < a[1]


def _right_speaker(quote: Quote, gold: Annotated, code: str | None) -> bool:
    span = quote.speaker_span
    if _overlaps(span, gold.source) or _overlaps(span, gold.speaker_ref):
        return True
    return code is not None and quote.speaker is not None and quote.speaker.code == code
