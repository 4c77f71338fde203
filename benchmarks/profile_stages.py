"""Where the time goes: seconds per stage (and per spaCy component) on one core.

    PYTHONPATH=src python3 benchmarks/profile_stages.py [--limit 200] [--pyinstrument]

Runs the pipeline's stages one by one over ../shared/corpus/news.jsonl (or --corpus) with
a timer around each: the warm-up every process pays once (knowledge bases, gazetteers, date
parser), reading, ingest (cleaning + metadata), every spaCy component, actors, events,
quotes. ``--pyinstrument`` then profiles the end-to-end in-process run and prints the call
tree (functions above 2% of the time), to see what inside the slowest stage costs.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from eventwire import actors, events, nlp, quotes  # noqa: E402
from eventwire.ingest import read  # noqa: E402
from eventwire.pipeline import clean  # noqa: E402
from eventwire.scale import CHUNK_SIZE, run  # noqa: E402
from eventwire.scale.work import warm_up  # noqa: E402


def time_stages(corpus: Path, limit: int | None) -> tuple[dict[str, float], int]:
    seconds: dict[str, float] = defaultdict(float)
    model = nlp.load()
    start = time.perf_counter()
    warm_up()  # else the stage that first needs a lazily loaded table is charged for loading it
    seconds["warm-up (per process)"] = time.perf_counter() - start
    start = time.perf_counter()
    raws = list(islice(read([corpus]), limit))
    seconds["read (JSONL)"] = time.perf_counter() - start
    for offset in range(0, len(raws), CHUNK_SIZE):
        start = time.perf_counter()
        articles = [clean(raw, None) for raw in raws[offset: offset + CHUNK_SIZE]]
        seconds["ingest"] += time.perf_counter() - start
        articles = [a for a in articles if a.body and not a.errors]
        start = time.perf_counter()
        docs = [model.make_doc(a.body) for a in articles]
        seconds["nlp: tokenizer"] += time.perf_counter() - start
        for name, component in model.pipeline:
            start = time.perf_counter()
            if hasattr(component, "pipe"):
                docs = list(component.pipe(docs, batch_size=CHUNK_SIZE))
            else:  # a plain function component
                docs = [component(doc) for doc in docs]
            seconds[f"nlp: {name}"] += time.perf_counter() - start
        for article, doc in zip(articles, docs):
            document = nlp.Document(article=article, doc=doc)
            start = time.perf_counter()
            mentions = actors.resolve(document)
            seconds["actors"] += time.perf_counter() - start
            start = time.perf_counter()
            article.events = events.code(document, mentions)
            seconds["events"] += time.perf_counter() - start
            start = time.perf_counter()
            article.quotes = quotes.extract(document, mentions, article.events)
            seconds["quotes"] += time.perf_counter() - start
    return seconds, len(raws)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "news.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--pyinstrument", action="store_true", help="also profile the end-to-end run")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus} (it lives in ../shared/corpus/)")
    print(f"cores: {os.cpu_count()}   load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    nlp.load()  # model loading is a one-off per worker, not a stage
    seconds, count = time_stages(args.corpus, args.limit)
    total = sum(seconds.values())
    print(f"{count} articles, {total:.1f} s in stages ({count / total:.1f} articles/s on one core)")
    for stage, value in sorted(seconds.items(), key=lambda item: -item[1]):
        print(f"  {stage:24s} {value:8.2f} s  {100 * value / total:5.1f}%  {1000 * value / count:7.1f} ms/article")
    if args.pyinstrument:
        from pyinstrument import Profiler

        raws = list(islice(read([args.corpus]), args.limit))
        with Profiler() as profiler:
            for _ in run(raws, workers=1):
                pass
        print(profiler.output_text(unicode=False, color=False, show_all=False,
                                   processor_options={"filter_threshold": 0.02}))


if __name__ == "__main__":
    main()
