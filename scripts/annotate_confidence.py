"""Print candidate batches for a human annotator, and store what the annotator typed.

    python3 scripts/annotate_confidence.py show 3          # batch 3 (~50 candidates)
    python3 scripts/annotate_confidence.py save 3 typed.txt
    python3 scripts/annotate_confidence.py show s3         # synthetic-story batch 3 (train only)
    python3 scripts/annotate_confidence.py show unjudged 0 --blind   # = show u0, coded hidden
    python3 scripts/annotate_confidence.py save unjudged 0 typed.txt # = save u0 typed.txt

A batch is a run of consecutive triggers of ``candidates.jsonl`` holding at least
``BATCH`` candidates. Typed lines are ``K | none`` or ``K | ROOT SOURCE TARGET ; ...``
(actors as ``USA.GOV``, ``-`` for none; see ``annotations/events/GUIDE.md``).
Sentences are read from ``../shared`` and printed to the terminal only. Batches ``sN`` are
over ``synthetic_candidates.jsonl`` (synthetic wire stories, stored as
``judgments/synthetic-NN.jsonl``). Batches ``uN`` (or ``unjudged N``) are over
``unjudged_candidates.jsonl``: the coder's candidates at triggers of already annotated articles
that no judgment covered (``export_confidence_candidates.py --unjudged``), stored as
``judgments/unjudged-NN.jsonl``. ``--blind`` hides what the coder coded (judge first, then
look). A batch that an appended export made longer shows (and needs typed) only its triggers
not yet in its judgment file; ``save`` keeps the stored ones.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from confidence_data import (
    CANDIDATES,
    JUDGMENTS,
    SYNTHETIC_CANDIDATES,
    UNJUDGED_CANDIDATES,
    corpus_articles,
    documents,
    read_jsonl,
    synthetic_stories,
)

BATCH = 50


def triggers(path: Path = CANDIDATES) -> list[list[dict]]:
    """Candidates grouped by trigger, in file order."""
    groups: dict[tuple, list[dict]] = {}
    for row in read_jsonl(path):
        groups.setdefault((row["article"], *row["trigger"]), []).append(row)
    return list(groups.values())


def batches(path: Path = CANDIDATES) -> list[list[list[dict]]]:
    result: list[list[list[dict]]] = [[]]
    for group in triggers(path):
        if sum(len(g) for g in result[-1]) >= BATCH:
            result.append([])
        result[-1].append(group)
    return result


def _actor(actor: dict | None) -> str:
    if actor is None:
        return "-"
    return f"{actor['country'] or '-'}.{actor['sector'] or '-'}"


def which(name: str) -> tuple[int, Path, str]:
    """Batch ``"3"`` of the news candidates, ``"s3"`` of the synthetic ones or ``"u3"`` of the
    unjudged ones: its number, candidates file and judgment file stem."""
    if name.startswith("u"):
        return int(name[1:]), UNJUDGED_CANDIDATES, "unjudged"
    if name.startswith("s"):
        return int(name[1:]), SYNTHETIC_CANDIDATES, "synthetic"
    return int(name), CANDIDATES, "batch"


def show(name: str, blind: bool = False) -> None:
    number, path, _ = which(name)
    groups = batches(path)[number]
    if path == SYNTHETIC_CANDIDATES:
        corpus = synthetic_stories()
    elif path == UNJUDGED_CANDIDATES:
        corpus = documents({group[0]["article"] for group in groups})
    else:
        corpus = corpus_articles()
    saved = _saved(name)
    for key, group in enumerate(groups):
        first = group[0]
        if (first["article"], *first["trigger"]) in saved:
            print(f"{key} | (already in this batch's judgment file)")
            continue
        text = corpus[first["article"]]["text"]
        s, e = first["sentence"]
        ts, te = first["trigger"]
        previous = text[max(0, s - 160) : s].replace("\n", " ")
        marked = text[s:ts] + "[[" + text[ts:te] + "]]" + text[te:e]
        coded = "; ".join(
            f"{r['coded']['cameo']} {_actor(r['coded']['source'])} > {_actor(r['coded']['target'])}"
            for r in group
        )
        article = corpus[first["article"]]
        print(f"{key} | {first['article'][:40]} {article.get('published')} {first['split']}")
        print(f"   ...{previous}")
        print(f"   >> {' '.join(marked.split())}")
        if not blind:
            print(f"   coded: {coded}")


def parse_events(typed: str) -> list[dict]:
    if typed.strip() == "none":
        return []
    events = []
    for part in typed.split(";"):
        root, source, target = part.split()
        if len(root) != 2 or not root.isdigit() or not 1 <= int(root) <= 20:
            raise ValueError(f"bad root {root!r} in {typed!r}")
        events.append({"root": root, "source": source, "target": target})
    return events


def _out(name: str) -> Path:
    number, _, stem = which(name)
    return JUDGMENTS / f"{stem}-{number:02d}.jsonl"


def _saved(name: str) -> dict[tuple, dict]:
    """The judgments already stored for this batch (a batch grown by an appended export keeps
    them: only its new triggers are shown and typed)."""
    out = _out(name)
    rows = read_jsonl(out) if out.exists() else []
    return {(row["article"], *row["trigger"]): row for row in rows}


def save(name: str, typed_path: Path) -> None:
    number, path, stem = which(name)
    groups = batches(path)[number]
    saved = _saved(name)
    typed_rows: dict[tuple, dict] = {}
    for line in typed_path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        key, _, typed = line.partition("|")
        first = groups[int(key)][0]
        typed_rows[(first["article"], *first["trigger"])] = {
            "article": first["article"],
            "sentence": first["sentence"],
            "trigger": first["trigger"],
            "events": parse_events(typed),
        }
    merged = {**saved, **typed_rows}
    keys = [(g[0]["article"], *g[0]["trigger"]) for g in groups]
    missing = [k for k in keys if k not in merged]
    if missing:
        raise SystemExit(f"batch {number} has {len(groups)} triggers, {len(missing)} not typed")
    rows = [merged[k] for k in keys]
    JUDGMENTS.mkdir(parents=True, exist_ok=True)
    out = _out(name)
    with open(out, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, sort_keys=True) + "\n")
    print(f"{len(rows)} triggers ({sum(len(g) for g in groups)} candidates) -> {out}")


def main(argv: list[str]) -> None:
    blind = "--blind" in argv
    args = [a for a in argv if a != "--blind"]
    if args[1:2] == ["unjudged"]:  # "unjudged N" is batch "uN"
        args[1:3] = [f"u{args[2] if len(args) > 2 else 0}"]
    if args[0] == "show":
        show(args[1], blind)
    else:
        save(args[1], Path(args[2]))


if __name__ == "__main__":
    main(sys.argv[1:])
