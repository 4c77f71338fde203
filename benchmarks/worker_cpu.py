"""CPU per article in the process pool: N worker processes vs. the in-process run.

    PYTHONPATH=src python3 benchmarks/worker_cpu.py [--limit 200] [--workers 1,2]

For each N in ``--workers`` it runs the first ``--limit`` corpus articles through
``eventwire.scale.pool.run_pool`` with N workers (even N=1, which ``run`` would do in-process)
and sums the workers' CPU seconds (start-up included); before that, the same articles
in-process in a fresh child process (a fresh model, as a worker has), and in two such
processes side by side, each on half the articles. Comparing the CPU per article separates
what the pool costs from what running two copies of the pipeline at once costs.
"""

from __future__ import annotations

import argparse
import os
import sys
import threading
import time
from itertools import islice
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from eventwire.ingest import read  # noqa: E402
from eventwire.scale import CHUNK_SIZE, DOC_TIMEOUT, MAX_CHARS, run  # noqa: E402
from eventwire.scale.pool import run_pool  # noqa: E402
from parallel_ceiling import spawn_all  # noqa: E402  (beside this script)


def children_cpu(stop: threading.Event, totals: dict[int, float]) -> None:
    me = psutil.Process()
    while not stop.wait(0.2):
        for child in me.children(recursive=True):
            try:
                times = child.cpu_times()
            except psutil.Error:
                continue
            totals[child.pid] = times.user + times.system


def pool_cpu(raws: list, workers: int) -> tuple[float, float]:
    totals: dict[int, float] = {}
    stop = threading.Event()
    sampler = threading.Thread(target=children_cpu, args=(stop, totals), daemon=True)
    sampler.start()
    start = time.perf_counter()
    for _ in run_pool(iter(raws), workers=workers, published=None, max_chars=MAX_CHARS, doc_timeout=DOC_TIMEOUT,
                      chunk_size=CHUNK_SIZE, ordered=True, initializer=None):
        pass
    wall = time.perf_counter() - start
    time.sleep(0.3)
    stop.set()
    sampler.join()
    return wall, sum(totals.values())


def in_process(raws: list, results) -> None:
    start, cpu = time.perf_counter(), time.process_time()
    for _ in run(iter(raws), workers=1):
        pass
    results.put((time.perf_counter() - start, time.process_time() - cpu))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "news.jsonl")
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--workers", default="1,2")
    args = parser.parse_args()
    raws = list(islice(read([args.corpus]), args.limit))
    print(f"cores: {len(os.sched_getaffinity(0))}   load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"{len(raws)} articles; CPU seconds include each process's start-up")
    for together in (1, 2):
        # Two whole in-process runs side by side (each on its half): no pool, no pipes.
        shares = [raws] if together == 1 else [raws[: len(raws) // 2], raws[len(raws) // 2:]]
        timings = spawn_all(in_process, [(share,) for share in shares])
        cpu = sum(cpu for _, cpu in timings)
        print(f"in-process, {together} run(s) at once: wall {max(wall for wall, _ in timings):6.1f} s   "
              f"CPU {cpu:6.1f} s   {cpu / len(raws) * 1000:5.0f} ms/article")
    for workers in (int(n) for n in args.workers.split(",")):
        wall, cpu = pool_cpu(raws, workers)
        print(f"pool, {workers} worker(s):            wall {wall:6.1f} s   CPU {cpu:6.1f} s   "
              f"{cpu / len(raws) * 1000:5.0f} ms/article")


if __name__ == "__main__":
    main()
