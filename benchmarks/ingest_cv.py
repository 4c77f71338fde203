"""Cross-validate the plain-text cleaner's constants and the HTML pass's settings.

Usage: nice -n 10 env PYTHONPATH=src python3 benchmarks/ingest_cv.py [../shared/eval/extraction]
       [--folds 5] [--part text|html|lists|patterns|both|all]

``lists``: the plain-text list mechanisms (lists between two prose lines, data lists) on and
off and at other settings; ``patterns``: the full-page text cleaner without each junk-line
category of ``junk_patterns.yaml`` in turn (what each category is worth, fold by fold).

For every fold, each choice (a constant's value, a trafilatura setting, the junk-line pass)
is picked on the other folds and scored on the held-out one: the "CV" row is what the
procedure would get on pages it did not see. Then every alternative is compared with the
current choice fold by fold: a change is worth making only if it wins on every fold
("wins on all folds" column). Folds: page i of the sorted ids is in fold i % N, as in
``eventwire eval extraction --folds``.
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Callable
from pathlib import Path

from eventwire.evaluation.extraction import load, page_score, precision_recall_f1
from eventwire.evaluation.splits import fold_of
from eventwire.ingest import article_lists, line_shapes
from eventwire.ingest import html as html_pass
from eventwire.ingest import text as text_cleaner

TEXT_GRID = {
    "SHORT_PENALTY": (4.0, 6.0, 8.0, 10.0, 12.0),
    "BOUNDARY_COST": (10.0, 20.0, 40.0),
    "GOOD_WORDS": (8, 10, 12),
    "REPEAT_SCORE": (-1.0, -2.0, -4.0),
}
LIST_GRID = {
    "LIST_MIN_LINES": (1, 2, 3, 10**9),  # 10**9: no lists between prose lines
    "DATA_SCORE": (0.0, 0.25, 0.5, 1.0),  # 0: no data lists
    "DATA_MIN_ITEMS": (3, 4, 6),
}
HTML_SETTINGS = {
    "chosen (include_comments=False)": {},
    "include_comments=True": {"include_comments": True},
    "favor_precision=True": {"favor_precision": True},
    "favor_recall=True": {"favor_recall": True},
    "include_tables=False": {"include_tables": False},
    "deduplicate=True": {"deduplicate": True},
}

Scores = dict[str, tuple[float, float, float]]
SHOWN = 8  # options printed besides the current one and those that win on every fold
CLEANER_MODULES = (text_cleaner, line_shapes, article_lists)  # where the constants live


def home(name: str) -> object:
    """The plain-text cleaner's module that holds the constant ``name``."""
    return next(module for module in CLEANER_MODULES if hasattr(module, name))


def fold_f1(scores: Scores, folds: dict[str, int], fold: int, inside: bool) -> float:
    chosen = [s for k, s in scores.items() if (folds[k] == fold) == inside]
    return precision_recall_f1(chosen)[2]


def report(
    name: str,
    runs: dict[str, Scores],
    current: str,
    folds: dict[str, int],
    n: int,
    also: tuple[str, ...] = (),
) -> None:
    """Per-fold F1 of every option, the cross-validated choice, and who beats ``current``
    (``also``: options to print besides the best ones)."""
    print(f"\n== {name}: F1 per held-out fold ({n} folds)")
    base = [fold_f1(runs[current], folds, f, True) for f in range(n)]
    per_option = {o: [fold_f1(s, folds, f, True) for f in range(n)] for o, s in runs.items()}
    ranked = sorted(per_option, key=lambda o: -sum(per_option[o]))
    winners = [o for o in ranked if o != current and all(map(float.__gt__, per_option[o], base))]
    shown = dict.fromkeys([current, *ranked[:SHOWN], *winners, *also])
    for option in shown:
        per = per_option[option]
        cells = " ".join(f"{x:.3f}" for x in per)
        mark = " (current)" if option == current else ""
        flag = "  wins on all folds" if option in winners else ""
        print(f"{option + mark:58} mean {sum(per) / n:.3f} worst {min(per):.3f}  {cells}{flag}")
    print(f"options that win on every fold: {len(winners)} of {len(runs) - 1}")
    picked, held_out = [], []
    for fold in range(n):
        best = max(runs, key=lambda o: fold_f1(runs[o], folds, fold, False))
        picked.append(best)
        held_out.append(fold_f1(runs[best], folds, fold, True))
    cells = " ".join(f"{x:.3f}" for x in held_out)
    print(
        f"{'CV (chosen on the other folds)':58} mean {sum(held_out) / n:.3f} "
        f"worst {min(held_out):.3f}  {cells}"
    )
    for fold, option in enumerate(picked):
        print(f"  fold {fold}: chose {option}")


def score_all(gold: dict[str, str], inputs: dict, extract: Callable[[object], str]) -> Scores:
    out: Scores = {}
    for key in gold:
        try:
            body = extract(inputs[key])
        except Exception:
            body = ""
        out[key] = page_score(gold[key], body)
    return out


def grid_runs(
    gold: dict[str, str], fulltext: dict[str, str], grid: dict[str, tuple]
) -> dict[str, Scores]:
    """The cleaner's scores for every combination of the module constants in ``grid``."""
    runs: dict[str, Scores] = {}
    names = list(grid)
    saved = {name: getattr(home(name), name) for name in names}
    try:
        for values in itertools.product(*grid.values()):
            for name, value in zip(names, values):
                setattr(home(name), name, value)
            label = " ".join(f"{n}={v:g}" for n, v in zip(names, values))
            runs[label] = score_all(gold, fulltext, lambda t: text_cleaner.text_to_article(t).body)
    finally:
        for name, value in saved.items():
            setattr(home(name), name, value)
    return runs


def pattern_runs(gold: dict[str, str], fulltext: dict[str, str]) -> dict[str, Scores]:
    """The cleaner with all junk-line categories, and without each one in turn."""
    from eventwire.ingest import lines as line_features

    original = line_features.junk_categories
    every = original()
    runs: dict[str, Scores] = {}
    try:
        for dropped in [None, *every]:
            kept = tuple(c for c in every if c is not dropped)
            line_features.junk_categories = lambda kept=kept: kept  # type: ignore[assignment]
            line_features._all_needles.cache_clear()
            label = f"without {dropped.name}" if dropped else "all categories"
            runs[label] = score_all(gold, fulltext, lambda t: text_cleaner.text_to_article(t).body)
    finally:
        line_features.junk_categories = original  # type: ignore[method-assign]
        line_features._all_needles.cache_clear()
    return runs


def html_runs(gold: dict[str, str], pages: dict[str, bytes]) -> dict[str, Scores]:
    import trafilatura

    runs: dict[str, Scores] = {}
    for name, change in HTML_SETTINGS.items():
        options = {**html_pass.TRAFILATURA_SETTINGS, **change}

        def extracted(page: bytes, options: dict = options) -> tuple[str, str | None]:
            result = trafilatura.bare_extraction(page, with_metadata=True, **options)
            return (result.text or "", result.title) if result else ("", None)

        outputs = {k: extracted(pages[k]) for k in gold}
        runs[f"{name} + junk-line pass"] = score_all(
            gold, outputs, lambda o: html_pass._clean_body(o[0], o[1])[0]
        )
        runs[f"{name}, no junk-line pass"] = score_all(gold, outputs, lambda o: o[0])
    return runs


def main() -> None:
    parser = argparse.ArgumentParser()
    default = Path(__file__).resolve().parents[2] / "shared" / "eval" / "extraction"
    parser.add_argument("folder", nargs="?", type=Path, default=default)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--part", choices=("text", "html", "lists", "patterns", "both", "all"), default="both"
    )
    args = parser.parse_args()
    if not (args.folder / "ground-truth.json").exists():
        print(f"skipped: {args.folder} has no ground-truth.json")
        return
    gold, pages, fulltext = load(args.folder)
    folds = fold_of(list(gold), args.folds)
    text_gold = {k: v for k, v in gold.items() if k in fulltext}
    if args.part in ("text", "both", "all"):
        current = " ".join(f"{n}={getattr(home(n), n):g}" for n in TEXT_GRID)
        runs = grid_runs(text_gold, fulltext, TEXT_GRID)
        report("full-page text: cleaner constants", runs, current, folds, args.folds)
    if args.part in ("lists", "all"):
        current = " ".join(f"{n}={getattr(home(n), n):g}" for n in LIST_GRID)
        runs = grid_runs(text_gold, fulltext, LIST_GRID)
        off = [o for o in runs if "LIST_MIN_LINES=1e+09" in o or "DATA_SCORE=0 " in o]
        also = tuple(o for o in off if "DATA_MIN_ITEMS=4" in o)
        report("full-page text: list mechanisms", runs, current, folds, args.folds, also)
    if args.part in ("patterns", "all"):
        runs = pattern_runs(text_gold, fulltext)
        report(
            "full-page text: junk-line categories",
            runs,
            "all categories",
            folds,
            args.folds,
            tuple(runs),
        )
    if args.part in ("html", "both", "all"):
        runs = html_runs({k: v for k, v in gold.items() if k in pages}, pages)
        current = "chosen (include_comments=False) + junk-line pass"
        report("HTML: trafilatura settings and junk-line pass", runs, current, folds, args.folds)


if __name__ == "__main__":
    main()
