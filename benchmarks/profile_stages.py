"""Where the time goes: seconds per stage (and per spaCy component) on one core.

    PYTHONPATH=src python3 benchmarks/profile_stages.py [--limit 200] [--pyinstrument]
    PYTHONPATH=src python3 benchmarks/profile_stages.py --limit 100 --together 2 [--repeats 3]

Runs the pipeline's stages one by one over ../shared/corpus/news.jsonl (or --corpus) with
a timer around each: the warm-up every process pays once (knowledge bases, gazetteers, date
parser), reading, ingest (cleaning + metadata), every spaCy component, actors, events,
quotes. ``--pyinstrument`` then profiles the end-to-end in-process run and prints the call
tree (functions above 2% of the time), to see what inside the slowest stage costs.

``--together N`` answers what slows a stage down when N workers run at once: it times the
stages in one fresh process alone, then in N fresh processes at once (each on the same
articles), alternating ``--repeats`` times, and prints every stage's slow-down. A stage that
fights the other processes (a lock, a shared file, memory traffic of its own) stands out; if
every stage slows alike, the cores themselves are shared.
"""

from __future__ import annotations

import argparse
import os
import statistics
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
from eventwire.pipeline.work import warm_up  # noqa: E402
from eventwire.scale import CHUNK_SIZE, run  # noqa: E402


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
        articles = [clean(raw, None) for raw in raws[offset : offset + CHUNK_SIZE]]
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


def _timed_child(corpus: Path, limit: int | None, results) -> None:
    nlp.load()
    results.put(time_stages(corpus, limit)[0])


def together(corpus: Path, limit: int | None, processes: int, repeats: int) -> None:
    """Per-stage seconds alone vs. ``processes`` copies at once, in alternating repeats."""
    from parallel_ceiling import spawn_all  # beside this script

    alone: list[dict[str, float]] = []
    shared: list[dict[str, float]] = []  # one entry per process per repeat
    for repeat in range(repeats):
        for copies in (1, processes) if repeat % 2 == 0 else (processes, 1):
            runs = spawn_all(_timed_child, [(corpus, limit)] * copies)
            (alone if copies == 1 else shared).extend(runs)
    stages = sorted(alone[0], key=lambda stage: -alone[0][stage])
    print(
        f"seconds per stage (medians), alone vs. {processes} processes at once on the same articles:"
    )
    for stage in stages:
        one = statistics.median(run[stage] for run in alone)
        many = statistics.median(run[stage] for run in shared)
        print(
            f"  {stage:24s} {one:8.2f} s  {many:8.2f} s  {many / one if one else float('nan'):5.2f}x"
        )
    one = statistics.median(sum(run.values()) for run in alone)
    many = statistics.median(sum(run.values()) for run in shared)
    print(f"  {'all stages':24s} {one:8.2f} s  {many:8.2f} s  {many / one:5.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "news.jsonl"
    )
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument(
        "--pyinstrument", action="store_true", help="also profile the end-to-end run"
    )
    parser.add_argument(
        "--together",
        type=int,
        default=0,
        metavar="N",
        help="compare every stage alone vs. in N processes at once",
    )
    parser.add_argument(
        "--repeats", type=int, default=3, help="with --together: alternating repeats"
    )
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus} (it lives in ../shared/corpus/)")
    print(
        f"cores: {os.cpu_count()}   load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    if args.together:
        together(args.corpus, args.limit, args.together, args.repeats)
        return
    nlp.load()  # model loading is a one-off per worker, not a stage
    seconds, count = time_stages(args.corpus, args.limit)
    total = sum(seconds.values())
    print(f"{count} articles, {total:.1f} s in stages ({count / total:.1f} articles/s on one core)")
    for stage, value in sorted(seconds.items(), key=lambda item: -item[1]):
        print(
            f"  {stage:24s} {value:8.2f} s  {100 * value / total:5.1f}%  {1000 * value / count:7.1f} ms/article"
        )
    if args.pyinstrument:
        from pyinstrument import Profiler

        raws = list(islice(read([args.corpus]), args.limit))
        with Profiler() as profiler:
            for _ in run(raws, workers=1):
                pass
        print(
            profiler.output_text(
                unicode=False,
                color=False,
                show_all=False,
                processor_options={"filter_threshold": 0.02},
            )
        )


if __name__ == "__main__":
    main()
