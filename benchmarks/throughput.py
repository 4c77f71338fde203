"""Throughput: the whole pipeline vs. bare ``nlp.pipe``, 1 vs. N workers, peak memory.

    PYTHONPATH=src python3 benchmarks/throughput.py [--limit 200] [--workers 1,2]

Reads ../shared/corpus/news.jsonl (or --corpus). In one run, on the same texts, it times
(1) bare ``nlp.pipe`` of eventwire's spaCy pipeline in this process, (2) the end-to-end
pipeline in this process (``run(workers=1)``), (3) ``run(workers=N)`` for each N>1 (worker
processes, start-up included), sampling every worker's RSS. It prints the machine's core
count and load, articles/s, words/s and the ratios the scaling goals are stated in.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from itertools import islice
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from eventwire import nlp  # noqa: E402
from eventwire.ingest import read  # noqa: E402
from eventwire.scale import default_workers, run  # noqa: E402


class PeakRss:
    """Samples the RSS of this process's children (the workers) until stopped."""

    def __init__(self, interval: float = 0.1) -> None:
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, args=(interval,), daemon=True)

    def _sample(self, interval: float) -> None:
        me = psutil.Process()
        while not self._stop.wait(interval):
            for child in me.children(recursive=True):
                try:
                    if "resource_tracker" in " ".join(child.cmdline()):
                        continue
                    rss = child.memory_info().rss
                except psutil.Error:
                    continue
                self.peaks[child.pid] = max(self.peaks.get(child.pid, 0), rss)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "news.jsonl")
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument("--workers", default=f"1,{max(2, default_workers())}",
                        help="comma-separated worker counts (1 = in-process)")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus} (it lives in ../shared/corpus/)")

    raws = list(islice(read([args.corpus]), args.limit))
    texts = [raw.content for raw in raws]
    words = sum(len(text.split()) for text in texts)
    print(f"cores: {default_workers()} (os.cpu_count {os.cpu_count()})   load average: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"corpus: {args.corpus.name}: {len(raws)} articles, {words:,} words")
    model = nlp.load()
    print(f"spaCy pipeline: {', '.join(model.pipe_names)}")

    start = time.perf_counter()
    for _ in model.pipe(texts, batch_size=32):
        pass
    bare = time.perf_counter() - start
    report("bare nlp.pipe (1 process)", len(raws), words, bare)

    results: dict[int, float] = {}
    for workers in (int(n) for n in args.workers.split(",")):
        with PeakRss() as memory:
            start = time.perf_counter()
            first = None
            count = 0
            errors: dict[str, int] = {}
            for article in run(iter(raws), workers=workers):
                count += 1
                for error in article.errors:
                    errors[error.stage] = errors.get(error.stage, 0) + 1
                first = first or time.perf_counter()
            elapsed = time.perf_counter() - start
        assert count == len(raws), (count, len(raws))
        results[workers] = elapsed
        label = "end-to-end, in-process" if workers == 1 else f"end-to-end, {workers} workers"
        report(label, len(raws), words, elapsed)
        if errors:
            print(f"    documents with errors, by stage: {errors}")
        if memory.peaks:
            peaks = ", ".join(f"{rss / 2**20:.0f}" for rss in sorted(memory.peaks.values()))
            print(f"    start-up to first article: {first - start:.1f} s; peak RSS per worker (MiB): {peaks}")
        else:
            print(f"    peak RSS of this process (MiB, includes the corpus in memory): "
                  f"{psutil.Process().memory_info().rss / 2**20:.0f}")

    if 1 in results:
        print(f"ratio end-to-end / bare nlp.pipe (1 core): {bare / results[1]:.2f}   (goal >= 0.8)")
        for workers, elapsed in results.items():
            if workers > 1:
                print(f"speed-up {workers} workers vs 1: {results[1] / elapsed:.2f}x   (goal >= 1.8x for 2)")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def report(label: str, articles: int, words: int, seconds: float) -> None:
    print(f"{label:32s} {seconds:8.1f} s  {articles / seconds:8.1f} articles/s  {words / seconds:10,.0f} words/s")


if __name__ == "__main__":
    main()
