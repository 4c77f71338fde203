"""Export the coder's candidate events on a fixed subset of the real-news corpus for annotation.

    nice -n 10 python3 scripts/export_confidence_candidates.py --articles 140
    nice -n 10 python3 scripts/export_confidence_candidates.py --append --articles 40 \
        --topic troops,military,killed,attack,airstrikes,rebels,police,protesters,sanctions

    nice -n 10 python3 scripts/export_confidence_candidates.py --synthetic --append --articles 60

    nice -n 10 python3 scripts/export_confidence_candidates.py --unjudged [--append]

The second form appends articles not yet exported that name at least ``--min-hits`` of the
topic words (the corpus is mostly US campaign news; this adds force, protest and foreign
affairs events so that material conflict can be measured), keeping earlier batches unchanged.

Articles are taken in a fixed order (hash of the id, publishers in turn, bodies under
``--max-chars``), coded in non-strict mode (events with unresolved actors are kept), and each
candidate is written by article id and character offsets to ``annotations/events/candidates.jsonl``.
No article text is written.

``--synthetic`` takes the synthetic wire stories of ``../shared/train/`` instead (international
events of every PLOVER type, event types taking turns) and writes
``annotations/events/synthetic_candidates.jsonl``: by story id and offsets, always in the train
split (they teach the model, they never measure it).

``--unjudged`` codes every article (and synthetic story) that already has a judgment and writes
``annotations/events/unjudged_candidates.jsonl``: the candidates at triggers that no judgment
covers and that no earlier candidates file lists (those are judged in their own batches), dev
articles first, then train, then synthetic stories, each in id order, the triggers in text order.
With ``--append`` it adds only triggers neither judged nor already in that file (a later coder's
new triggers), so the batches ``uN`` already judged keep their numbers.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from confidence_data import (
    CANDIDATES,
    CORPUS,
    SYNTHETIC,
    SYNTHETIC_CANDIDATES,
    UNJUDGED_CANDIDATES,
    coded_candidates,
    documents,
    is_synthetic,
    read_jsonl,
    read_judgments,
    split_of,
)


def topic_hits(text: str, words: list[str]) -> int:
    lowered = text.lower()
    return sum(word in lowered for word in words)


def chosen_articles(
    rows: list[dict], count: int, max_chars: int, turns: str = "publisher"
) -> list[dict]:
    """``count`` articles, publishers (or another field) taking turns, each in id-hash order."""
    by_publisher: dict[str, list[dict]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: hashlib.sha1(r["id"].encode()).hexdigest()):
        if len(row["text"]) <= max_chars:
            by_publisher[str(row[turns])].append(row)
    queues = [by_publisher[name] for name in sorted(by_publisher)]
    chosen: list[dict] = []
    while len(chosen) < count and any(queues):
        for queue in queues:
            if queue and len(chosen) < count:
                chosen.append(queue.pop(0))
    return chosen


def trigger_keys(*paths: Path) -> set[tuple[str, int, int]]:
    """(article, trigger start, trigger end) of every candidate in existing files."""
    return {
        (row["article"], *row["trigger"])
        for path in paths
        if path.exists()
        for row in read_jsonl(path)
    }


def export_unjudged(append: bool) -> None:
    """Candidates at triggers of annotated articles that nobody judged (see the docstring)."""
    if UNJUDGED_CANDIDATES.exists() and not append:
        raise SystemExit(f"{UNJUDGED_CANDIDATES} exists: use --append (batch numbers are fixed)")
    judged = read_judgments()
    listed = trigger_keys(CANDIDATES, SYNTHETIC_CANDIDATES, UNJUDGED_CANDIDATES)
    articles = sorted(
        {article for article, _, _ in judged},
        key=lambda a: (is_synthetic(a), split_of(a) != "dev", a),
    )
    rows = documents(articles)
    order = {article: number for number, article in enumerate(articles)}
    found_all = sorted(
        coded_candidates(rows[a] for a in articles),
        key=lambda f: (order[f.article], f.trigger, f.coded["cameo"]),
    )
    written = 0
    with open(UNJUDGED_CANDIDATES, "a", encoding="utf-8") as handle:
        for found in found_all:
            key = (found.article, *found.trigger)
            if key in judged or key in listed:
                continue
            handle.write(json.dumps(found.as_row(), sort_keys=True) + "\n")
            written += 1
    print(f"{written} unjudged candidates from {len(articles)} articles -> {UNJUDGED_CANDIDATES}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=None)
    parser.add_argument(
        "--synthetic", action="store_true", help="synthetic wire stories (train split only)"
    )
    parser.add_argument("--articles", type=int, default=90)
    parser.add_argument("--max-chars", type=int, default=6000)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--append", action="store_true", help="add articles not yet exported")
    parser.add_argument("--topic", default="", help="comma-separated words an article must name")
    parser.add_argument("--min-hits", type=int, default=3)
    parser.add_argument(
        "--unjudged",
        action="store_true",
        help="candidates at unjudged triggers of annotated articles",
    )
    args = parser.parse_args()
    if args.unjudged:
        export_unjudged(args.append)
        return
    corpus = args.corpus or (SYNTHETIC if args.synthetic else CORPUS)
    out = args.out or (SYNTHETIC_CANDIDATES if args.synthetic else CANDIDATES)
    rows = read_jsonl(corpus)
    if args.synthetic:  # only what the coder reads: no title, no date
        rows = [
            {"id": r["id"], "event": r["event"], "text": r["text"], "published": None} for r in rows
        ]
    if args.append and out.exists():
        done = {row["article"] for row in read_jsonl(out)}
        rows = [row for row in rows if row["id"] not in done]
    if args.topic:
        words = [w.strip().lower() for w in args.topic.split(",") if w.strip()]
        rows = [row for row in rows if topic_hits(row["text"], words) >= args.min_hits]
    turns = "event" if args.synthetic else "publisher"
    rows = chosen_articles(rows, args.articles, args.max_chars, turns)
    out.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with open(out, "a" if args.append else "w", encoding="utf-8") as handle:
        for found in coded_candidates(rows):
            handle.write(json.dumps(found.as_row(), sort_keys=True) + "\n")
            written += 1
    print(f"{written} candidates from {len(rows)} articles -> {out}")


if __name__ == "__main__":
    main()
