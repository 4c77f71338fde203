"""How statements are coded on real news: is "X said ..." read by what it does?

Runs the current coder over the annotated articles (``annotations/events/``, pointing into
``../shared/corpus/news.jsonl``) and, for every emitted event whose trigger is a verb of saying
(a lemma of ``patterns.yaml`` ``speech``) and was judged, checks it against the annotators'
events (``scripts/confidence_data.judge``). A statement is coded by what it does (criticism 11,
demand 10, threat 13, rejection 12, appeal 02, praise 05, plain comment 01); the table crosses
the coded root with the set of judged roots at the trigger ("01+11": both were defensible,
"none": no event).

Usage: PYTHONPATH=src nice -n 10 python3 benchmarks/speech_acts.py [--split train|dev] [--half even|odd]
       [--errors] (tuning data only, train or dev --half even: candidates coded 010 whose judgment has another root but no 01,
       and candidates coded 11x/10x/05x whose judgment is 01 only)
       [--save FILE] (each trigger's verdicts, to compare a later coder with)
       [--against FILE] (root right and root+source right gained and lost since FILE was saved)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from confidence_data import (  # noqa: E402
    CORPUS,
    CodedCandidate,
    add_half_option,
    coded_candidates,
    corpus_articles,
    judge,
    judged_news,
    read_judgments,
    readable,
    tuning_data,
)

from eventwire.events import patterns as patterns_module  # noqa: E402

RECODED_ROOTS = ("11", "10", "05")  # a statement read as criticism, demand or praise
TABLE_KINDS = 10  # columns of the table: the most frequent sets of judged roots


def trigger_lemma(candidate: CodedCandidate) -> str:
    """The trigger's lemma, as the confidence features record it (``lemma:say``)."""
    for name in candidate.features:
        if name.startswith("lemma:"):
            return name.removeprefix("lemma:")
    return ""


def judged_kind(roots: set[str]) -> str:
    """The judged roots at a trigger as one label: "01", "11", "01+11", "none"."""
    return "+".join(sorted(roots)) or "none"


def is_error(coded: str, roots: set[str]) -> bool:
    """A statement coded plain where the annotators saw only something else, or coded as
    criticism, demand or praise where they saw only a plain statement."""
    if coded == "010":
        return bool(roots) and "01" not in roots
    return coded[:2] in RECODED_ROOTS and roots == {"01"}


def print_table(table: Counter[tuple[str, str]]) -> None:
    """Coded root (010 apart) by judged roots, the most frequent judged kinds first."""
    by_kind: Counter[str] = Counter()
    for (_, kind), n in table.items():
        by_kind[kind] += n
    kinds = [kind for kind, _ in by_kind.most_common(TABLE_KINDS)]
    print("coded \\ judged " + " ".join(f"{kind:>6}" for kind in kinds) + "  other")
    for code in sorted({code for code, _ in table}):
        row = [table[code, kind] for kind in kinds]
        other = sum(n for (c, kind), n in table.items() if c == code and kind not in kinds)
        print(f"{code:<15}" + " ".join(f"{n:>6}" for n in row) + f"  {other:>5}")


def compare(saved: dict[str, list[int]], now: dict[str, list[int]]) -> None:
    """Right candidates gained and lost per trigger since ``saved`` ([root, root+source])."""
    for index, name in enumerate(("root right", "root+source right")):
        gained = lost = 0
        for key in saved.keys() | now.keys():
            change = now.get(key, [0, 0])[index] - saved.get(key, [0, 0])[index]
            gained, lost = gained + max(change, 0), lost + max(-change, 0)
        print(f"{name}: +{gained} -{lost} (net {gained - lost:+d})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("dev", "train"), default="train")
    parser.add_argument(
        "--errors", action="store_true", help="List the errors (train, or dev --half even)."
    )
    parser.add_argument("--save", type=Path, help="Write each trigger's verdicts here.")
    parser.add_argument("--against", type=Path, help="Compare with verdicts saved before.")
    add_half_option(parser)
    args = parser.parse_args()
    if args.errors and not tuning_data(args.split, args.half):
        sys.exit("--errors lists the tuning data only: --split train, or --split dev --half even")
    if not CORPUS.is_file():
        sys.exit(f"no corpus at {CORPUS} (the shared data is absent)")
    speech = patterns_module.load().speech
    judged = read_judgments()
    articles = corpus_articles()
    ids = judged_news(judged, articles, args.split, args.half)
    total = root_right = source_right = unjudged = 0
    table: Counter[tuple[str, str]] = Counter()
    verdicts: dict[str, list[int]] = {}  # "article start end": right candidates [root, source]
    for candidate in coded_candidates(articles[i] for i in ids):
        if trigger_lemma(candidate) not in speech:
            continue
        judgment = judged.get((candidate.article, *candidate.trigger))
        if judgment is None:
            unjudged += 1
            continue
        verdict = judge(candidate.coded, judgment)
        total += 1
        root_right += verdict["root"]
        source_right += verdict["root_source"]
        key = f"{candidate.article} {candidate.trigger[0]} {candidate.trigger[1]}"
        counts = verdicts.setdefault(key, [0, 0])
        counts[0] += verdict["root"]
        counts[1] += verdict["root_source"]
        roots = {event["root"] for event in judgment["events"]}
        coded = candidate.coded["cameo"]
        table[(coded if coded == "010" else coded[:2], judged_kind(roots))] += 1
        if args.errors and is_error(coded, roots) and readable(candidate.article):
            text = articles[candidate.article]["text"]
            start, end = candidate.sentence
            trigger = text[candidate.trigger[0] : candidate.trigger[1]]
            events = "; ".join(
                f"{e['root']} {e['source']} {e['target']}" for e in judgment["events"]
            )
            target = candidate.coded["target"] or {}
            print(
                f"{coded} ->{target.get('country')}.{target.get('sector')}  judged [{events}]  "
                f"{trigger!r} @{candidate.article}:{candidate.trigger[0]}\n    "
                f"{text[start:end].replace(chr(10), ' ')}"
            )
    print(
        f"split {args.split}: {len(ids)} articles, {total} judged candidates at speech triggers "
        f"({unjudged} unjudged): root right {root_right} ({root_right / max(total, 1):.3f}), "
        f"root+source right {source_right} ({source_right / max(total, 1):.3f})"
    )
    print_table(table)
    if args.save:
        args.save.write_text(json.dumps(verdicts, sort_keys=True), encoding="utf-8")
    if args.against:
        compare(json.loads(args.against.read_text(encoding="utf-8")), verdicts)


if __name__ == "__main__":
    main()
