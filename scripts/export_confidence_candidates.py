"""Export the coder's candidate events on a fixed subset of the real-news corpus for annotation.

    nice -n 10 python3 scripts/export_confidence_candidates.py --articles 90

Articles are taken in a fixed order (hash of the id, publishers in turn, bodies under
``--max-chars``), coded in non-strict mode (events with unresolved actors are kept), and each
candidate is written by article id and character offsets to ``annotations/events/candidates.jsonl``.
No article text is written.
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

from confidence_data import CANDIDATES, CORPUS, coded_candidates, read_jsonl


def chosen_articles(rows: list[dict], count: int, max_chars: int) -> list[dict]:
    """``count`` articles, publishers taking turns, each publisher's in id-hash order."""
    by_publisher: dict[str, list[dict]] = defaultdict(list)
    for row in sorted(rows, key=lambda r: hashlib.sha1(r["id"].encode()).hexdigest()):
        if len(row["text"]) <= max_chars:
            by_publisher[row["publisher"]].append(row)
    queues = [by_publisher[name] for name in sorted(by_publisher)]
    chosen: list[dict] = []
    while len(chosen) < count and any(queues):
        for queue in queues:
            if queue and len(chosen) < count:
                chosen.append(queue.pop(0))
    return chosen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--articles", type=int, default=90)
    parser.add_argument("--max-chars", type=int, default=6000)
    parser.add_argument("--out", type=Path, default=CANDIDATES)
    args = parser.parse_args()
    rows = chosen_articles(read_jsonl(args.corpus), args.articles, args.max_chars)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    written = 0
    with open(args.out, "w", encoding="utf-8") as handle:
        for found in coded_candidates(rows):
            handle.write(json.dumps(found.as_row(), sort_keys=True) + "\n")
            written += 1
    print(f"{written} candidates from {len(rows)} articles -> {args.out}")


if __name__ == "__main__":
    main()
