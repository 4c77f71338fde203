"""A held-out check of material-conflict precision, on text no rule was tuned on.

The judged dev split (``annotations/events/judgments``) is also where rules were confirmed, and
its odd half was read by mistake while tuning (docs/evaluation.md, eighteenth round). This set is
separate: the coder's events of roots 15-20 on every corpus article of the dev split
(``split_of``) that no earlier candidate file lists, each trigger judged for its root only,
blind (the code is not shown), by ``annotations/events/GUIDE.md``.

    python3 scripts/heldout_conflict.py export          # the candidates, at this commit
    python3 scripts/heldout_conflict.py show            # each trigger in its sentence, no code
    python3 scripts/heldout_conflict.py save typed.txt  # lines "K | ROOT", "K | 18/17", "K | none"

A trigger may take more than one root where a careful coder could give either ("security forces
shot dead 100 demonstrators": 18, or 17 as violent repression); the event is right when its root
is one of them, as for the judged set (``annotations/events/GUIDE.md``, several correct events at
one trigger).

Files (offsets into ``../shared/corpus/news.jsonl``, no text): ``annotations/events/heldout/
conflict_candidates.jsonl`` and ``conflict_judgments.jsonl``. The measure is
``benchmarks/heldout_conflict.py``; never read its misses to tune a rule (the set would no longer
be held out).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from confidence_data import (
    ANNOTATIONS,
    CANDIDATES,
    coded_candidates,
    corpus_articles,
    read_jsonl,
    split_of,
)

HELDOUT = ANNOTATIONS / "heldout"
HELDOUT_CANDIDATES = HELDOUT / "conflict_candidates.jsonl"
HELDOUT_JUDGMENTS = HELDOUT / "conflict_judgments.jsonl"
CONFLICT_ROOTS = ("15", "16", "17", "18", "19", "20")


def heldout_articles() -> list[dict]:
    """Dev-split corpus articles that no judged or exported candidate file touches, in id order."""
    judged = {row["article"] for row in read_jsonl(CANDIDATES)}
    rows = corpus_articles()
    return [rows[a] for a in sorted(rows) if split_of(a) == "dev" and a not in judged]


def conflict_triggers(rows: list[dict]) -> list[dict]:
    """One line per trigger at which the coder emits a material-conflict event."""
    seen, lines = set(), []
    for found in coded_candidates(rows):
        if found.coded["root"] not in CONFLICT_ROOTS:
            continue
        key = (found.article, *found.trigger)
        if key in seen:
            continue
        seen.add(key)
        lines.append(
            {
                "article": found.article,
                "sentence": list(found.sentence),
                "trigger": list(found.trigger),
                "cameo": found.coded["cameo"],
            }
        )
    return lines


def export() -> None:
    lines = conflict_triggers(heldout_articles())
    HELDOUT.mkdir(parents=True, exist_ok=True)
    with open(HELDOUT_CANDIDATES, "w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(line, sort_keys=True) + "\n")
    print(f"{len(lines)} triggers written to {HELDOUT_CANDIDATES}")


def show() -> None:
    rows = corpus_articles()
    for k, line in enumerate(read_jsonl(HELDOUT_CANDIDATES)):
        text = rows[line["article"]]["text"]
        (s0, s1), (a, b) = line["sentence"], line["trigger"]
        sentence = (text[s0:a] + "[[" + text[a:b] + "]]" + text[b:s1]).replace("\n", " ")
        print(f"{k} | {line['article']}\n    {sentence}\n")


def save(typed: Path) -> None:
    candidates = read_jsonl(HELDOUT_CANDIDATES)
    judged = []
    for raw in typed.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        number, _, typed_roots = (part.strip() for part in raw.partition("|"))
        line = candidates[int(number)]
        roots = [] if typed_roots == "none" else typed_roots.split("/")
        if not all(len(r) == 2 and r.isdigit() and "01" <= r <= "20" for r in roots):
            raise ValueError(f"line {raw!r}: roots are two digits 01-20 joined by '/', or 'none'")
        judged.append(
            {
                "article": line["article"],
                "sentence": line["sentence"],
                "trigger": line["trigger"],
                "roots": roots,
            }
        )
    missing = len(candidates) - len(judged)
    with open(HELDOUT_JUDGMENTS, "w", encoding="utf-8") as out:
        for row in judged:
            out.write(json.dumps(row, sort_keys=True) + "\n")
    print(f"{len(judged)} judgments written ({missing} candidates left unjudged)")


def main(argv: list[str]) -> None:
    if argv[:1] == ["export"]:
        export()
    elif argv[:1] == ["show"]:
        show()
    elif argv[:1] == ["save"] and len(argv) == 2:
        save(Path(argv[1]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
