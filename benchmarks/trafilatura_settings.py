"""Score trafilatura settings on the extraction benchmark, to choose ingest's HTML settings.

Usage: PYTHONPATH=src python3 benchmarks/trafilatura_settings.py [../shared/eval/extraction]

Prints precision, recall, F1 (the benchmark's metric, see ``eventwire.evaluation.extraction``)
for each setting, trafilatura alone, and eventwire's HTML path (chosen settings + junk lines).
"""

from __future__ import annotations

import sys
from pathlib import Path

from eventwire.evaluation.extraction import eventwire_body, load, score

SETTINGS = {
    "defaults (include_comments=True)": {},
    "favor_precision=True": {"favor_precision": True},
    "favor_recall=True": {"favor_recall": True},
    "include_tables=False": {"include_tables": False},
    "include_comments=False": {"include_comments": False},
    "include_comments=False, favor_precision=True": {
        "include_comments": False,
        "favor_precision": True,
    },
    "include_comments=False, deduplicate=True": {"include_comments": False, "deduplicate": True},
}


def main() -> None:
    folder = Path(
        sys.argv[1]
        if len(sys.argv) > 1
        else Path(__file__).resolve().parents[2] / "shared" / "eval" / "extraction"
    )
    if not (folder / "ground-truth.json").exists():
        print(f"skipped: {folder} has no ground-truth.json")
        return
    import trafilatura

    gold, html, _ = load(folder)
    gold = {k: v for k, v in gold.items() if k in html}
    for name, options in SETTINGS.items():
        result = score(
            name, gold, html, lambda page, o=options: trafilatura.extract(page, **o) or ""
        )
        print(
            f"trafilatura {name:48} P {result.precision:.3f}  R {result.recall:.3f}  F1 {result.f1:.3f}"
        )
    result = score("eventwire", gold, html, eventwire_body)
    print(
        f"{'eventwire (include_comments=False + junk lines)':60} P {result.precision:.3f}  R {result.recall:.3f}  "
        f"F1 {result.f1:.3f}"
    )


if __name__ == "__main__":
    main()
