"""``eventwire eval plover``: each gold sentence's main event (the event of its main clause
that PLOVER codes), its event type and its source and target actors' countries."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc

from eventwire.evaluation.sentences import parse_and_code
from eventwire.events import ontology
from eventwire.models import Event


def main_event(events: list[Event], doc: Doc) -> Event | None:
    """The sentence's headline event: of the events PLOVER codes (statements are not), the one
    whose trigger (the word it was coded on) stands highest in the parse ("Palestinians blamed
    Israel for the bombing" is an accusation; the bombing is what it is about), then the most
    confident."""
    coded = [e for e in events if e.plover]
    if not coded:
        return None
    return min(coded, key=lambda e: (_depth(doc, _trigger_start(e)), -e.confidence, e.span[0]))


def _trigger_start(event: Event) -> int:
    """Where the event's trigger starts (its span's start for events stored without one)."""
    trigger = (event.model_extra or {}).get("trigger")
    return int(trigger[0]) if trigger else event.span[0]


def _depth(doc: Doc, offset: int) -> int:
    """How many heads lie between the token at ``offset`` and its sentence's root."""
    token = next((t for t in doc if t.idx + len(t) > offset), None)
    depth = 0
    while token is not None and token.head.i != token.i:
        token, depth = token.head, depth + 1
    return depth


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

    def per_gold_type(self) -> dict[str, tuple[int, int]]:
        """Per gold type: how many sentences, how many coded with that type."""
        table: dict[str, tuple[int, int]] = {}
        for (gold, predicted), n in self.confusion.items():
            total, correct = table.get(gold, (0, 0))
            table[gold] = (total + n, correct + (n if gold == predicted else 0))
        return table

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
    coded = parse_and_code((r["text"] for r in rows), imported=imported)
    for row, (events, doc) in zip(rows, coded):
        gold_type = ontology.normalise_plover(row["event"])
        event = main_event(events, doc)
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
