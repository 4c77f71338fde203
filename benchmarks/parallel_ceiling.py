"""The machine's own ceiling for 2 workers: bare spaCy in 1 process vs. in N at once.

    PYTHONPATH=src python3 benchmarks/parallel_ceiling.py [--limit 100] [--processes 2]

Each process loads eventwire's spaCy pipeline, waits at a barrier, then runs bare
``nlp.pipe`` over the same texts (first ``--limit`` of ../shared/corpus/news.jsonl) and
reports its wall and CPU seconds. Run alone, then ``--processes`` at once. No eventwire stage,
no start-up, no inter-process traffic is timed: if N copies of the same CPU-bound work run
slower per copy than one, the cores share something (an SMT sibling, cache, memory
bandwidth, the hypervisor), and no runner can get an N-fold speed-up on that machine.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))


def parse_all(texts: list[str], barrier, results) -> None:
    from eventwire import nlp

    model = nlp.load()
    for _ in model.pipe(texts[:5]):  # warm
        pass
    barrier.wait()
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in model.pipe(texts, batch_size=32):
        pass
    results.put((time.perf_counter() - wall, time.process_time() - cpu))


def spawn_all(target, arg_lists: list[tuple], context=None) -> list:
    """``target(*args, results)`` in one spawned process per ``args``, all at once; returns
    what each put on ``results`` (in finishing order)."""
    context = context or multiprocessing.get_context("spawn")
    results = context.Queue()
    processes = [context.Process(target=target, args=(*args, results)) for args in arg_lists]
    for process in processes:
        process.start()
    outcomes = [results.get() for _ in processes]
    for process in processes:
        process.join()
    return outcomes


def run(texts: list[str], processes: int) -> list[tuple[float, float]]:
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(processes)
    return spawn_all(parse_all, [(texts, barrier)] * processes, context)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "news.jsonl"
    )
    parser.add_argument("--limit", type=int, default=100)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    with args.corpus.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in islice(lines, args.limit)]
    print(
        f"cores: {len(os.sched_getaffinity(0))}   load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    print(f"{len(texts)} articles, bare nlp.pipe in every process")
    ((alone_wall, alone_cpu),) = run(texts, 1)
    print(f"1 process alone:        wall {alone_wall:6.1f} s   CPU {alone_cpu:6.1f} s")
    together = run(texts, args.processes)
    for i, (wall, cpu) in enumerate(together, 1):
        print(
            f"process {i} of {args.processes} at once:  wall {wall:6.1f} s   CPU {cpu:6.1f} s   "
            f"({cpu / alone_cpu:.2f}x the CPU seconds of running alone)"
        )
    ceiling = args.processes * alone_wall / max(wall for wall, _ in together)
    print(
        f"ceiling: {args.processes} processes do {ceiling:.2f}x the work of 1 in the same time "
        f"(ideal {args.processes:.2f}x); a {args.processes}-worker eventwire run cannot beat this"
    )


if __name__ == "__main__":
    main()
