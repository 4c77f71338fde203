"""How often a coded material-conflict event (roots 15-20) is really one, on real news.

Runs the current coder over the annotated articles (``annotations/events/``, pointing into
``../shared/corpus/news.jsonl``) and, for every emitted event with a root from 15 to 20 whose
trigger was judged, checks its root against the annotators' (``scripts/confidence_data.judge``).
The force idioms of ``patterns.yaml`` (``force_idioms``: "seized on", "fired back", "target
voters", political attacks) exist to keep this precision up on political news.

Usage: PYTHONPATH=src nice -n 10 python3 benchmarks/events_force_idioms.py [--split dev|train|all]
       [--half even|odd] [--errors] (lists each wrong one on the tuning data, train or dev --half
       even: coded code, judged roots, trigger and its context)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from confidence_data import (  # noqa: E402
    CORPUS,
    add_half_option,
    coded_candidates,
    corpus_articles,
    judge,
    judged_news,
    read_judgments,
    readable,
    tuning_data,
)

CONFLICT_ROOTS = {f"{root:02d}" for root in range(15, 21)}
CONTEXT = 60  # characters of the sentence shown either side of a trigger


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "train", "all"), default="all")
    parser.add_argument("--errors", action="store_true", help="List the wrong ones.")
    add_half_option(parser)
    args = parser.parse_args()
    if args.errors and not tuning_data(args.split, args.half):
        sys.exit("--errors lists the tuning data only: --split train, or --split dev --half even")
    if not CORPUS.is_file():
        sys.exit(f"no corpus at {CORPUS} (the shared data is absent)")
    judged = read_judgments()
    articles = corpus_articles()
    ids = judged_news(judged, articles, args.split, args.half)
    total = right = unjudged = 0
    for candidate in coded_candidates(articles[i] for i in ids):
        if candidate.coded["root"] not in CONFLICT_ROOTS:
            continue
        judgment = judged.get((candidate.article, *candidate.trigger))
        if judgment is None:
            unjudged += 1
            continue
        ok = judge(candidate.coded, judgment)["root"]
        total, right = total + 1, right + ok
        if args.errors and not ok and readable(candidate.article):
            text = articles[candidate.article]["text"]
            start = max(candidate.sentence[0], candidate.trigger[0] - CONTEXT)
            end = min(candidate.sentence[1], candidate.trigger[1] + CONTEXT)
            roots = [e["root"] for e in judgment["events"]]
            print(
                f"{candidate.coded['cameo']:<5} judged {roots!s:<12} "
                f"{text[candidate.trigger[0] : candidate.trigger[1]]!r:<14} "
                f"{text[start:end].replace(chr(10), ' ')}"
            )
    share = right / total if total else 0.0
    print(
        f"split {args.split}: {len(ids)} articles, {total} judged material-conflict events, "
        f"{right} with the right root: precision {share:.3f} ({unjudged} at unjudged triggers)"
    )


if __name__ == "__main__":
    main()
