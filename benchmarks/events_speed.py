"""The event coder's cost beside bare spaCy, with and without the imported PETRARCH-2 dictionary.

    PYTHONPATH=src python3 benchmarks/events_speed.py [--limit 100]

Parses the first ``--limit`` articles of ../shared/corpus/news.jsonl once (timed: bare spaCy),
resolves their actors once, then codes the events of every parsed document with the hand-written
patterns alone and with the imported dictionary merged in (CPU time of the coder only, best of
three passes). The dictionary is a dict by lemma, so a verb costs one lookup and the frames of
that lemma only, however large the dictionary.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/news.jsonl")
    args = parser.parse_args()
    if not args.corpus.is_file():
        sys.exit(f"no corpus at {args.corpus} (the shared data is absent)")
    from eventwire import actors, nlp
    from eventwire.events import patterns, places
    from eventwire.events.coder import Coder
    from eventwire.models import Article

    with open(args.corpus, encoding="utf-8") as handle:
        rows = [json.loads(line) for _, line in zip(range(args.limit), handle)]
    articles = [Article(id=str(r["id"]), body=r["text"]) for r in rows]
    nlp.parse(articles[:1])  # load the model outside the timing
    actors.warm()
    places.location_of("Basra", None)  # the gazetteer indexes load once per process
    start = time.process_time()
    documents = list(nlp.parse(articles))
    spacy_cpu = time.process_time() - start
    mentions = [actors.resolve(d) for d in documents]
    words = sum(len(d.doc) for d in documents)
    print(f"{len(documents)} articles, {words:,} tokens; bare spaCy parse {spacy_cpu:.1f} s CPU")
    for imported in (False, True):
        table = patterns.load(imported)
        best = min(_code_all(Coder, documents, mentions, table) for _ in range(3))
        events = sum(len(Coder(d, m, patterns=table).run()) for d, m in zip(documents, mentions))
        name = "with imported dictionary" if imported else "hand-written patterns only"
        print(
            f"events, {name:<27} {best:6.2f} s CPU = {100 * best / spacy_cpu:4.1f}% of spaCy; "
            f"{events} events; {len(table.verbs)} verb lemmas"
        )


def _code_all(coder, documents, mentions, table) -> float:
    start = time.process_time()
    for document, found in zip(documents, mentions):
        coder(document, found, patterns=table).run()
    return time.process_time() - start


if __name__ == "__main__":
    main()
