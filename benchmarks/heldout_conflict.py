"""Material-conflict precision on held-out news (roots 15-20), as ``extract`` codes it now.

Six sets (``scripts/heldout_conflict.py``): ``dev``, the dev-split corpus articles no judged
set touches; ``unannotated``, the train-split articles no annotation file lists; ``extraction``,
the extraction benchmark's pages no actor phrase lists; ``web``, the English test pages of three
extraction projects; ``aeb``, the article-extraction benchmark's other English pages
(``scripts/web_pages.py``); and ``postlight``, the fixtures of Postlight's parser (each page set
skipped with a note when it is not checked out). In each, every
trigger at which the coder emitted a material-conflict event when the set was made is judged for
its root (``annotations/events/heldout/``). The current coder is
run on the same articles; an event of roots 15-20 is right when its root is one a careful coder
gives its trigger. Events at triggers the set does not cover (a later coder's new ones) are
counted, not scored: judge them before trusting the figure. Prints the precision overall, by
root, and at confidence >= 0.3, 0.5 and 0.8 (no misses: this set is never read to tune a rule).

``--half even|odd`` keeps the articles of one half (``confidence_data.half_of``): the ``web`` set
is tuned on its even half only, and its odd half stays unread.

The ``newspaper`` set is a tuning set, made to be read: "all sets" leaves it out, and
``--show-misses`` (allowed on it alone) prints each wrong event, and each event at a trigger not
judged (to judge with a new export), with its sentence, code, actors and confidence.

Usage: python3 benchmarks/heldout_conflict.py
       [--set dev|unannotated|extraction|web|aeb|postlight|newspaper|all]
       [--half even|odd] [--show-misses]  (default: all held-out sets, both halves)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT / "src"))

from confidence_data import coded_candidates, in_half, read_jsonl  # noqa: E402
from web_pages import SOURCES, missing_sources  # noqa: E402

from heldout_conflict import CONFLICT_ROOTS, SETS, HeldoutSet, marked_sentence  # noqa: E402

THRESHOLDS = (0.3, 0.5, 0.8)  # the README's filter settings


def main(argv: list[str]) -> None:
    name = argv[argv.index("--set") + 1] if "--set" in argv else "all"
    half = argv[argv.index("--half") + 1] if "--half" in argv else None
    if half not in (None, "even", "odd"):
        raise SystemExit(f"--half takes even or odd, not {half!r}")
    if name not in (*SETS, "all"):
        raise SystemExit(f"--set takes one of {', '.join(SETS)} or all, not {name!r}")
    chosen = [held for held in SETS.values() if not held.tuning] if name == "all" else [SETS[name]]
    show_misses = "--show-misses" in argv
    if show_misses and not all(held.tuning for held in chosen):
        raise SystemExit("--show-misses reads a tuning set only (--set newspaper)")
    missing = missing_sources() if name == "all" else []
    if missing:
        skipped = {"web" if name in SOURCES else name for name in missing}
        print(
            f"web pages not checked out ({', '.join(missing)}): set(s) {', '.join(sorted(skipped))} skipped"
        )
        chosen = [held for held in chosen if held.source not in skipped]
    for held in chosen:
        report(held.name, [held], half, show_misses)
    if len(chosen) > 1:
        report("all sets", chosen, half)


def report(
    label: str, sets: list[HeldoutSet], half: str | None = None, show_misses: bool = False
) -> None:
    judged = {
        (r["article"], *r["trigger"]): r["roots"]
        for held in sets
        if held.judgments.exists()
        for r in read_jsonl(held.judgments)
        if in_half(r["article"], half)
    }
    if half:
        label = f"{label}, {half} half"
    if not judged:
        print(f"{label}: no judgments yet")
        return
    rows = {a: row for held in sets for a, row in held.rows().items()}
    articles = sorted({article for article, _, _ in judged})
    right, total, unjudged, misses = Counter(), Counter(), 0, []
    for found in coded_candidates([rows[a] for a in articles]):
        root = found.coded["root"]
        if root not in CONFLICT_ROOTS:
            continue
        roots = judged.get((found.article, *found.trigger))
        if roots is None:
            unjudged += 1
            misses.append((found, None, rows[found.article]["text"]))
            continue
        keys = ["all", root] + [f">= {t}" for t in THRESHOLDS if found.confidence >= t]
        for key in keys:
            total[key] += 1
            right[key] += root in roots
        if root not in roots:
            misses.append((found, roots, rows[found.article]["text"]))
    print(
        f"held-out material conflict, {label} "
        f"({len(articles)} articles with a judged trigger, {len(judged)} judged triggers)"
    )
    for key in ("all", *CONFLICT_ROOTS, *(f">= {t}" for t in THRESHOLDS)):
        if total[key]:
            label = (
                "roots 15-20"
                if key == "all"
                else f"confidence {key}"
                if ">" in key
                else f"root {key}"
            )
            print(
                f"  {label:18s} precision {right[key] / total[key]:.3f} ({right[key]}/{total[key]})"
            )
    print(f"  events at triggers not judged: {unjudged}")
    for found, roots, text in misses if show_misses else []:
        sentence = marked_sentence(text, found.sentence, found.trigger)
        source, target = found.actor_texts
        judged_as = "not judged" if roots is None else f"judged {'/'.join(roots) or 'none'}"
        print(
            f"\n{found.article} coded {found.coded['cameo']} {judged_as} "
            f"confidence {found.confidence:.2f} source {source!r} target {target!r}\n  {sentence}"
        )


if __name__ == "__main__":
    main(sys.argv[1:])
