"""How often the actors of coded events are right, on judged real news.

Runs the current coder over the annotated corpus articles of a split (``annotations/events/``,
pointing into ``../shared/corpus/news.jsonl``) and, for every emitted event whose trigger was
judged and whose root is right, checks its source and target against the annotators'
(``scripts/confidence_data.judge``: country equal, sector one of those listed; the country
alone is checked here). The judged
events are a large sample of actors as they act in real news, so this measures actor
resolution where it matters: the source (country, and country + sector) of right-rooted events,
and the target of those whose source is right.

Usage: PYTHONPATH=src nice -n 10 python3 benchmarks/judged_actors.py [--split dev|train|all]
       [--half even|odd] [--errors] (lists each wrong source on the tuning data, train or dev
       --half even: coded, judged, actor text, sentence; confirm on dev --half odd)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

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

CONTEXT = 90  # characters of the sentence shown either side of a trigger


def written(actor: dict[str, Any] | None) -> str:
    if actor is None:
        return "-"
    return f"{actor['country'] or '-'}.{actor['sector'] or '-'}"


def country_right(coded: dict[str, Any], events: list[dict[str, Any]]) -> bool:
    """The coded source's country is that of a judged event of the coded root (sector aside)."""
    country = (coded.get("source") or {}).get("country")
    return any(
        (wanted if (wanted := e["source"].partition(".")[0]) != "-" else None) == country
        for e in events
        if e["root"] == coded["root"] and e["source"] != "-"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "train", "all"), default="dev")
    parser.add_argument("--errors", action="store_true", help="List the wrong sources (train).")
    add_half_option(parser)
    args = parser.parse_args()
    if args.errors and not tuning_data(args.split, args.half):
        sys.exit("--errors lists the tuning data only: --split train, or --split dev --half even")
    if not CORPUS.is_file():
        sys.exit(f"no corpus at {CORPUS} (the shared data is absent)")
    judged = read_judgments()
    articles = corpus_articles()
    ids = judged_news(judged, articles, args.split, args.half)
    rooted = countries_right = source_right = target_ok = 0
    for candidate in coded_candidates(articles[i] for i in ids):
        judgment = judged.get((candidate.article, *candidate.trigger))
        if judgment is None:
            continue
        events = [e for e in judgment["events"] if e["root"] == candidate.coded["root"]]
        if not events or all(e["source"] == "-" for e in events):
            continue  # wrong root, or an event judged to have no source
        rooted += 1
        verdict = judge(candidate.coded, judgment)
        country, sector = country_right(candidate.coded, events), verdict["root_source"]
        countries_right += country
        source_right += sector
        target_ok += verdict["all"]
        if args.errors and not sector and readable(candidate.article):
            text = articles[candidate.article]["text"]
            start = max(candidate.sentence[0], candidate.trigger[0] - CONTEXT)
            end = min(candidate.sentence[1], candidate.trigger[1] + CONTEXT)
            judged_sources = sorted({e["source"] for e in events})
            print(
                f"{'sector' if country else 'country'} {candidate.article} "
                f"coded {written(candidate.coded['source']):<9} judged {'; '.join(judged_sources):<18} "
                f"{candidate.actor_texts[0]!r:<22} {candidate.coded['cameo']:<5} "
                f"{text[start:end].replace(chr(10), ' ')}"
            )

    def share(n: int, of: int) -> str:
        return f"{n / of if of else 0.0:.3f} ({n}/{of})"

    print(
        f"split {args.split}: {len(ids)} articles, {rooted} events with a judged root and source;"
        f" source country right {share(countries_right, rooted)}, country and sector"
        f" {share(source_right, rooted)}; target right where the source is"
        f" {share(target_ok, source_right)}"
    )


if __name__ == "__main__":
    main()
