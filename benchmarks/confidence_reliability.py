"""Does ``confidence`` separate right from wrong? Reliability on the annotated dev split.

Runs the current coder over the annotated real-news articles (``annotations/events/``, from
``../shared/corpus/news.jsonl``), keeps candidates whose trigger was judged, and compares two
confidences on the **dev** split (articles the model was not trained on):

- ``model``: the shipped logistic regression (``eventwire.events.confidence``), and
- ``rules``: the coder's former rule confidence (frame constants times factors).

For each: a reliability table (confidence bins vs. share with root and source right), the share
right among confidence >= 0.5 / 0.6 / 0.8, material-conflict precision (coded roots 15-20 whose
root is right; all, and at confidence >= 0.3 / 0.5 / 0.6 / 0.7 / 0.8), the area under the ROC curve and the Brier
score.
The train split is printed too, marked in-sample.

``--weights FILE`` adds a third: another weights file (e.g. the model before a retraining,
``git show REV:src/eventwire/events/data/confidence.json > /tmp/w.json``), scored on the same
candidates.

``--errors`` lists the confident wrong candidates (confidence >= 0.8, root or source wrong) on
the tuning data only (train, or dev --half even), each with its code, source and sentence.

Usage: nice -n 10 python3 benchmarks/confidence_reliability.py [--split dev|train|all]
       [--half even|odd] [--weights FILE] [--errors]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from confidence_data import (  # noqa: E402
    CORPUS,
    Judged,
    add_half_option,
    documents,
    in_half,
    judged_candidates,
    readable,
    tuning_data,
)

from eventwire.events import confidence  # noqa: E402

BINS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0001)
HIGH = 0.8
CONFLICT_ROOTS = {f"{r:02d}" for r in range(15, 21)}
CONFLICT_THRESHOLDS = (0.0, 0.3, 0.5, 0.6, 0.7, HIGH)


def model_score(j: Judged) -> float:
    return confidence.model().probability(j.candidate.features)


def scorer(path: Path) -> Callable[[Judged], float]:
    """Scores from another weights file (features it has no weight for count 0)."""
    other = confidence.model_from_dict(json.loads(path.read_text(encoding="utf-8")))
    return lambda j: other.probability(j.candidate.features)


def rule_score(j: Judged) -> float:
    return j.candidate.rule_confidence


def auc(scores: list[float], labels: list[bool]) -> float:
    """Probability that a right candidate outranks a wrong one (ties count half)."""
    right = [s for s, y in zip(scores, labels) if y]
    wrong = [s for s, y in zip(scores, labels) if not y]
    if not right or not wrong:
        return float("nan")
    wins = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
    return wins / (len(right) * len(wrong))


def share(values: list[bool]) -> str:
    return f"{sum(values) / len(values):.3f} ({sum(values)}/{len(values)})" if values else "-"


def report(name: str, rows: list[Judged], score: Callable[[Judged], float]) -> None:
    scores = [score(j) for j in rows]
    right = [j.verdict["root_source"] for j in rows]
    print(f"\n  {name} confidence")
    print(f"  {'bin':<11} {'n':>5} {'mean conf':>10} {'share right':>18}")
    for low, high in zip(BINS, BINS[1:]):
        inside = [(s, y) for s, y in zip(scores, right) if low <= s < high]
        mean = sum(s for s, _ in inside) / len(inside) if inside else float("nan")
        label = f"{low:.1f}-{min(high, 1.0):.1f}"
        print(f"  {label:<11} {len(inside):>5} {mean:>10.3f} {share([y for _, y in inside]):>18}")
    for threshold in (0.5, 0.6, HIGH):
        kept = [y for s, y in zip(scores, right) if s >= threshold]
        print(f"  right among confidence >= {threshold}: {share(kept)}")
    conflict = [
        (s, j.verdict["root"])
        for s, j in zip(scores, rows)
        if j.candidate.coded["root"] in CONFLICT_ROOTS
    ]
    for threshold in CONFLICT_THRESHOLDS:
        kept = [y for s, y in conflict if s >= threshold]
        print(
            f"  material-conflict (roots 15-20) precision at confidence >= {threshold}: {share(kept)}"
        )
    brier = sum((s - y) ** 2 for s, y in zip(scores, right)) / len(rows)
    print(f"  AUC {auc(scores, right):.3f}   Brier {brier:.3f}")


def list_errors(rows: list[Judged]) -> None:
    """The confident wrong ones, most confident first, with what is wrong about each."""
    wrong = [
        (model_score(j), j)
        for j in rows
        if not j.verdict["root_source"] and readable(j.candidate.article)
    ]
    wrong = sorted((pair for pair in wrong if pair[0] >= HIGH), key=lambda pair: -pair[0])
    texts = documents({j.candidate.article for _, j in wrong})
    print(f"\n  {len(wrong)} wrong at confidence >= {HIGH}:")
    for score, j in wrong:
        c = j.candidate
        text = texts[c.article]["text"]
        source = c.coded["source"] or {}
        what = "root" if not j.verdict["root"] else "source"
        sentence = " ".join(text[c.sentence[0] : c.sentence[1]].split())[:160]
        print(
            f"  {score:.2f} {c.coded['cameo']:<5} {what:<6} "
            f"src={source.get('country')}/{source.get('sector')} {c.actor_texts[0]!r} "
            f"trigger={text[c.trigger[0] : c.trigger[1]]!r} | {sentence}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "train", "all"), default="all")
    parser.add_argument("--weights", type=Path, help="also score with this weights file")
    parser.add_argument(
        "--errors", action="store_true", help="List confident wrong candidates (tuning data)."
    )
    add_half_option(parser)
    args = parser.parse_args()
    if args.errors and not tuning_data(args.split, args.half):
        sys.exit("--errors lists the tuning data only: --split train, or --split dev --half even")
    if not CORPUS.exists():
        sys.exit(f"{CORPUS} not found: the annotations point into ../shared/corpus/news.jsonl")
    judged = judged_candidates()
    splits = ("dev", "train") if args.split == "all" else (args.split,)
    for split in splits:
        rows = [j for j in judged if j.split == split and in_half(j.candidate.article, args.half)]
        articles = len({j.candidate.article for j in rows})
        note = "" if split == "dev" else "  [in-sample: the model was trained on it]"
        print(
            f"\n== {split} split{f' ({args.half} half)' if args.half else ''}: {len(rows)} judged candidates, {articles} articles{note}"
        )
        print(
            f"   root right {share([j.verdict['root'] for j in rows])}; "
            f"root+source right {share([j.verdict['root_source'] for j in rows])}; "
            f"root+source+target right {share([j.verdict['all'] for j in rows])}"
        )
        report("model", rows, model_score)
        if args.weights:
            report(f"other weights ({args.weights})", rows, scorer(args.weights))
        report("rules (before the model)", rows, rule_score)
        if args.errors:
            list_errors(rows)


if __name__ == "__main__":
    main()
