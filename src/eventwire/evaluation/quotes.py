"""``eventwire eval quotes``: extracted quotes scored against PolNeAR-style gold attributions.

A record is ``{"id", "text", "attributions": [{"source", "cue", "content"}]}`` where each
field is a list of ``[start, end, text]`` character spans into ``text``. A predicted quote
matches an unmatched gold attribution when at least half of the word tokens of the shorter
of the two lie in the other; pairs are matched greedily, largest overlap first. "Direct"
gold attributions are those whose content opens and closes with a quotation mark.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc

from eventwire import actors, events, nlp
from eventwire.models import Article, Quote
from eventwire.quotes import cues, marks
from eventwire.quotes.cues import Cues

QUOTE_MARKS = "\"“”'‘’«»„"
_WORD = re.compile(r"\w+")


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]]
    direct: bool
    cue: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Record:
    id: str
    text: str
    gold: list[Gold]


@dataclass
class Counts:
    predicted: int = 0
    gold: int = 0
    matched: int = 0

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Score:
    content: Counts = field(default_factory=Counts)
    direct: Counts = field(default_factory=Counts)
    speaker_pairs: int = 0  # matched pairs whose gold attribution names a source
    speaker_correct: int = 0
    # gold contents with no verb and no quotation mark ("denied the accusations"), which the
    # content rules never emit: how far recall is bounded by the gold counting topics
    topic_only_gold: int = 0
    misses: list[tuple[str, str]] = field(default_factory=list)  # (record id, gold content)
    spurious: list[tuple[str, str]] = field(default_factory=list)  # (record id, predicted text)
    wrong_speaker: list[tuple[str, str, str]] = field(default_factory=list)  # (id, predicted, gold)
    # where content F1 is lost: each missed gold and each spurious quote in one reason
    breakdown: Counter[str] = field(default_factory=Counter)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_correct / self.speaker_pairs if self.speaker_pairs else 0.0


def read(path: Path) -> Iterator[Record]:
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            data = json.loads(line)
            text = data["text"]
            gold = []
            for attribution in data.get("attributions", []):
                content = [(s, e) for s, e, *_ in attribution.get("content", [])]
                if not content:
                    continue
                first, last = min(content), max(content)
                gold.append(
                    Gold(
                        content=content,
                        source=[(s, e) for s, e, *_ in attribution.get("source", [])],
                        direct=_opens_and_closes(
                            text[first[0] : first[1]], text[last[0] : last[1]]
                        ),
                        cue=[(s, e) for s, e, *_ in attribution.get("cue", [])],
                    )
                )
            yield Record(id=str(data.get("id", number)), text=text, gold=gold)


def _opens_and_closes(first: str, last: str) -> bool:
    first, last = first.strip(), last.strip()
    return bool(first) and bool(last) and first[0] in QUOTE_MARKS and last[-1] in QUOTE_MARKS


def tokens(text: str, spans: Iterable[tuple[int, int]]) -> set[int]:
    """Start offsets of the word tokens that begin inside ``spans``."""
    found: set[int] = set()
    for start, end in spans:
        found.update(m.start() for m in _WORD.finditer(text, start, end))
    return found


def _quote_spans(quote: Quote) -> list[tuple[int, int]]:
    segments = quote.segments or [quote.span]
    return [(start, end) for start, end in segments]


def match(
    text: str, predicted: list[Quote], gold: list[list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of quotes to gold contents, largest token overlap first."""
    predicted_tokens = [tokens(text, _quote_spans(q)) for q in predicted]
    gold_tokens = [tokens(text, spans) for spans in gold]
    pairs = []
    for i, p in enumerate(predicted_tokens):
        for j, g in enumerate(gold_tokens):
            overlap = len(p & g)
            if overlap and overlap >= 0.5 * min(len(p), len(g)):
                pairs.append((overlap, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, i, j in sorted(pairs, key=lambda x: -x[0]):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            matched.append((i, j))
    return matched


def evaluate(records: list[Record], *, progress=iter) -> Score:
    """Run the real pipeline (parse, actors, events, quotes) on each record's text and score it."""
    from eventwire import quotes

    score = Score()
    articles = [Article(id=record.id, body=record.text) for record in records]
    for record, document in zip(records, progress(nlp.parse(articles))):
        mentions = actors.resolve(document)
        document.article.quotes = quotes.extract(
            document, mentions, events.code(document, mentions)
        )
        source_actors = [_actor_code(g.source, mentions) for g in record.gold]
        score_record(record, document.article, score, source_actors)
        score.topic_only_gold += sum(_topic_only(document.doc, record.text, g) for g in record.gold)
        score.breakdown.update(losses(record, document.doc, document.article.quotes))
    return score


def losses(record: Record, doc: Doc, predicted: list[Quote]) -> Counter[str]:
    """Why each gold attribution was missed and each quote was spurious, one reason each.

    Missed: a topic-only gold (no verb, no quotation mark); a span boundary (it overlaps a
    quote, which either matched another gold — one quote over two attributions, or nested —
    or overlapped it by less than half); else no quote at all, by the gold cue's class in
    ``cues.yaml`` ("not a cue" when its lemma is in no list). Spurious: a quote over a gold
    that another quote matched (split or nested), a boundary miss, or over no gold at all."""
    lexicon = cues.load()
    text = record.text
    golds = [g.content for g in record.gold]
    pairs = match(text, predicted, golds)
    matched_p, matched_g = {i for i, _ in pairs}, {j for _, j in pairs}
    p_tokens = [tokens(text, _quote_spans(q)) for q in predicted]
    g_tokens = [tokens(text, spans) for spans in golds]
    found: Counter[str] = Counter()
    for j, gold in enumerate(record.gold):
        if j in matched_g:
            continue
        over = [i for i, p in enumerate(p_tokens) if p & g_tokens[j]]
        if _topic_only(doc, text, gold):
            found["missed: topic-only gold (a noun phrase)"] += 1
        elif any(i in matched_p for i in over):
            found["missed: boundary, its quote matched another gold (merged or nested)"] += 1
        elif over:
            found["missed: boundary, a quote overlaps it by less than half"] += 1
        else:
            found[f"missed: no quote, cue {_cue_class(doc, gold, lexicon)}"] += 1
    for i in range(len(predicted)):
        if i in matched_p:
            continue
        over = [j for j, g in enumerate(g_tokens) if g & p_tokens[i]]
        if any(j in matched_g for j in over):
            found["spurious: over a gold another quote matched (split or nested)"] += 1
        elif over:
            found["spurious: boundary, overlaps a missed gold by less than half"] += 1
        else:
            found["spurious: over no gold attribution"] += 1
    return found


def _cue_class(doc: Doc, gold: Gold, lexicon: Cues) -> str:
    """The class of the gold cue's head word in ``cues.yaml``: a verb list, a noun of saying,
    an "according to" phrase, a colon label, or none."""
    if not gold.cue:
        return "none given"
    start, end = gold.cue[0]
    words = doc.text[start:end].lower()
    if any(" ".join(phrase) in words for phrase in lexicon.according_to):
        return "according-to phrase"
    if words.strip() in (":", "--", "—", "―"):
        return "a label or dash"
    span = doc.char_span(start, end, alignment_mode="expand")
    heads = [t for t in span or [] if t.pos_ in ("VERB", "NOUN", "AUX")]
    for token in reversed(heads):
        lemma = lexicon.lemma(token)
        for name in ("speech", "stance", "characterize", "intention"):
            if lemma in getattr(lexicon, name):
                return f"verb ({name})"
        if lemma in lexicon.nouns:
            return "noun of saying"
    return "not in the lexicon"


def _topic_only(doc: Doc, text: str, gold: Gold) -> bool:
    """A gold content without a verb and without a quotation mark: a noun phrase."""
    for start, end in gold.content:
        span = doc.char_span(start, end, alignment_mode="expand")
        if marks.find(text[start:end]):
            return False
        if span is not None and any(t.pos_ in ("VERB", "AUX") for t in span):
            return False
    return True


def _actor_code(spans: list[tuple[int, int]], mentions: list[actors.Mention]) -> str | None:
    for mention in mentions:
        if any(mention.start < e and s < mention.end for s, e in spans) and mention.actor.code:
            return mention.actor.code
    return None


def score_record(
    record: Record, article: Article, score: Score, source_actors: list[str | None]
) -> None:
    """Add one record's counts to ``score``. ``source_actors``: the actor code each gold
    attribution's source resolves to (None when it resolves to nothing)."""
    text, predicted = record.text, article.quotes
    matched = match(text, predicted, [g.content for g in record.gold])
    score.content.predicted += len(predicted)
    score.content.gold += len(record.gold)
    score.content.matched += len(matched)
    matched_p = {i for i, _ in matched}
    matched_g = {j for _, j in matched}
    score.misses += [
        (record.id, " … ".join(text[s:e] for s, e in g.content))
        for j, g in enumerate(record.gold)
        if j not in matched_g
    ]
    score.spurious += [(record.id, q.text) for i, q in enumerate(predicted) if i not in matched_p]
    for i, j in matched:
        gold, quote = record.gold[j], predicted[i]
        if not gold.source:
            continue
        score.speaker_pairs += 1
        if _same_speaker(quote, gold, source_actors[j]):
            score.speaker_correct += 1
        else:
            score.wrong_speaker.append(
                (record.id, quote.speaker_text or "-", " ".join(text[s:e] for s, e in gold.source))
            )

    direct_p = [q for q in predicted if q.kind == "direct"]
    direct_g = [g for g in record.gold if g.direct]
    score.direct.predicted += len(direct_p)
    score.direct.gold += len(direct_g)
    score.direct.matched += len(match(text, direct_p, [g.content for g in direct_g]))


def _same_speaker(quote: Quote, gold: Gold, gold_actor: str | None) -> bool:
    span = getattr(quote, "speaker_span", None)
    if span and any(span[0] < e and s < span[1] for s, e in gold.source):
        return True
    return bool(gold_actor) and quote.speaker is not None and quote.speaker.code == gold_actor
