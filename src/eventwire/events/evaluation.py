"""Built-in evaluation of the coder against gold sentences (``eventwire eval cameo|plover``).

Each gold sentence goes through the real stages (spaCy parse, actor resolution, coder), so the
scores measure exactly the events ``extract`` returns. The CAMEO measure compares the set of root
codes per sentence; the PLOVER measure scores the sentence's main event (the most confident
event PLOVER codes) and its source actor's country.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.events import ontology
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


HALVES = ("even", "odd")


def select_half(rows: list[dict], half: str | None) -> list[dict]:
    """The gold rows at even (0, 2, 4, ...) or odd positions, for tuning on one half and
    confirming on the other; all rows when ``half`` is None."""
    if half is None:
        return rows
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, got {half!r}")
    return rows[HALVES.index(half) :: 2]


def code_sentences(texts: Iterable[str], *, imported: bool = True) -> Iterator[list[Event]]:
    """Events of each text, coded as a one-sentence article (unique texts parsed once)."""
    from eventwire import actors, events, nlp

    texts = list(texts)
    unique = list(dict.fromkeys(texts))
    articles = [Article(id=f"gold{i}", body=text) for i, text in enumerate(unique)]
    coded = {}
    for document in nlp.parse(articles):
        mentions = actors.resolve(document)
        coded[document.article.body] = events.code(document, mentions, imported=imported)
    for text in texts:
        yield coded[text]


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class CameoReport:
    overall: Counts = field(default_factory=Counts)
    per_code: dict[str, Counts] = field(default_factory=dict)
    sentences: list[dict] = field(default_factory=list)

    def as_dict(self) -> dict:
        def row(c: Counts) -> dict:
            return {
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
                "precision": round(c.precision, 4),
                "recall": round(c.recall, 4),
                "f1": round(c.f1, 4),
            }

        return {
            "sentences": len(self.sentences),
            "micro": row(self.overall),
            "per_code": {code: row(c) for code, c in sorted(self.per_code.items())},
        }


def evaluate_cameo(rows: list[dict], *, imported: bool = True) -> CameoReport:
    """Micro precision/recall/F1 of predicted root-code sets against gold ``root_codes``, per sentence."""
    report = CameoReport()
    for row, events in zip(rows, code_sentences((r["text"] for r in rows), imported=imported)):
        gold = {str(code).zfill(2) for code in row.get("root_codes", [])}
        predicted = {event.root for event in events}
        for code in gold | predicted:
            counts = report.per_code.setdefault(code, Counts())
            hit = code in gold and code in predicted
            counts.tp += hit
            counts.fp += code in predicted and code not in gold
            counts.fn += code in gold and code not in predicted
        report.overall.tp += len(gold & predicted)
        report.overall.fp += len(predicted - gold)
        report.overall.fn += len(gold - predicted)
        report.sentences.append(
            {
                "id": row.get("id"),
                "gold": sorted(gold),
                "predicted": sorted(predicted),
                "text": row["text"],
            }
        )
    return report


def main_event(events: list[Event]) -> Event | None:
    """The sentence's headline event: the most confident one PLOVER codes (statements are not)."""
    coded = [e for e in events if e.plover]
    if not coded:
        return None
    return max(coded, key=lambda e: (e.confidence, -e.span[0]))


def _country(actor) -> str | None:
    """The actor's country as the PLOVER gold codes it: organisations count as IGO / NGO."""
    if actor is None:
        return None
    if actor.sector in ("IGO", "NGO"):
        return actor.sector
    if (
        actor.country and len(actor.country) != 3
    ):  # EU, UN, NATO: organisations, not ISO alpha-3 states
        return "IGO"
    return actor.country


@dataclass
class PloverReport:
    total: int = 0
    type_correct: int = 0
    source_total: int = 0
    source_correct: int = 0
    target_total: int = 0
    target_correct: int = 0
    confusion: Counter = field(default_factory=Counter)
    sentences: list[dict] = field(default_factory=list)

    @staticmethod
    def _ratio(a: int, b: int) -> float:
        return a / b if b else 0.0

    def as_dict(self) -> dict:
        return {
            "sentences": self.total,
            "event_type_accuracy": round(self._ratio(self.type_correct, self.total), 4),
            "source_country_accuracy": round(
                self._ratio(self.source_correct, self.source_total), 4
            ),
            "target_country_accuracy": round(
                self._ratio(self.target_correct, self.target_total), 4
            ),
            "source_scored": self.source_total,
            "target_scored": self.target_total,
        }


def evaluate_plover(rows: list[dict], *, imported: bool = True) -> PloverReport:
    """Event-type accuracy of the main event, and the country accuracy of its source and target.

    Country accuracy is scored over gold records that name a coded actor; a missing prediction counts
    as wrong. Either of a compound actor's codes is accepted; CAMEO country codes (JAP) are read as ISO.
    """
    from eventwire.actors import (
        iso_from_cameo,
    )  # gold records use CAMEO country codes (JAP, ITL) too

    report = PloverReport()
    for row, events in zip(rows, code_sentences((r["text"] for r in rows), imported=imported)):
        gold_type = ontology.normalise_plover(row["event"])
        event = main_event(events)
        predicted = event.plover if event else None
        report.total += 1
        report.type_correct += predicted == gold_type
        report.confusion[(gold_type, predicted)] += 1
        gold_sources = {iso_from_cameo(a["code"]) for a in row.get("source", []) if a.get("code")}
        gold_targets = {iso_from_cameo(a["code"]) for a in row.get("target", []) if a.get("code")}
        source = _country(event.source) if event else None
        target = _country(event.target) if event else None
        if gold_sources:
            report.source_total += 1
            report.source_correct += source in gold_sources
        if gold_targets:
            report.target_total += 1
            report.target_correct += target in gold_targets
        report.sentences.append(
            {
                "id": row.get("id"),
                "gold": gold_type,
                "predicted": predicted,
                "gold_source": sorted(gold_sources),
                "source": source,
                "text": row["text"],
            }
        )
    return report
