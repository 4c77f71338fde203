"""``eventwire eval cameo``: the set of CAMEO root codes coded per gold sentence, scored as
micro precision, recall and F1, per code and overall."""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.evaluation.sentences import code_sentences


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
