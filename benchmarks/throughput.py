"""Throughput: the whole pipeline vs. bare ``nlp.pipe``, 1 vs. N workers, peak memory.

    PYTHONPATH=src python3 benchmarks/throughput.py [--limit 200] [--workers 1,2] [--repeats 3]

Reads ../shared/corpus/news.jsonl (or --corpus). Every run is a fresh process, as a user's
``eventwire ingest`` is, timed from its start: (1) bare ``nlp.pipe`` of eventwire's spaCy
pipeline, (2) the end-to-end pipeline in-process (``run(workers=1)``), (3) ``run(workers=N)``
for each N>1 (worker processes), sampling every worker's RSS. Each run is split into
start-up (imports, model and knowledge bases loaded; for N workers: until the last is ready)
and the steady part after it.

With ``--repeats R`` the runs are repeated in alternating order (forward, then backward) and
the medians reported: CPU speed on a shared virtual machine drifts by tens of percent over
minutes, and alternating spreads the drift over every configuration. The hypervisor's
"steal" (time the virtual CPUs wanted but did not get) is printed for each run.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from parallel_ceiling import spawn_all  # noqa: E402  (beside this script)

READY_FILE = "EVENTWIRE_BENCH_READY_FILE"


@dataclass
class Timing:
    """One run. Times in seconds; ``startup`` counts from the process start."""

    total: float = 0.0
    startup: float = 0.0
    cpu: float = 0.0  # every process of the run, start-up included
    startup_cpu: float = 0.0
    steal: float = 0.0  # fraction of the machine's CPU time the hypervisor withheld
    peaks: list[int] = field(default_factory=list)  # worker RSS, bytes
    errors: dict[str, int] = field(default_factory=dict)

    @property
    def steady(self) -> float:
        return self.total - self.startup


class Descendants:
    """Samples every process below this one until stopped: the workers' peak RSS and the
    last CPU seconds seen of each. (Forked workers are children of the fork server, so the
    supervisor's ``RUSAGE_CHILDREN`` never sees them.)"""

    def __init__(self, interval: float = 0.1) -> None:
        self.peaks: dict[int, int] = {}  # workers only
        self.cpu: dict[int, float] = {}
        self.fork_server_cpu = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, args=(interval,), daemon=True)

    def _sample(self, interval: float) -> None:
        me = psutil.Process()
        while not self._stop.wait(interval):
            for child in me.children(recursive=True):
                try:
                    command = " ".join(child.cmdline())
                    if "resource_tracker" in command:
                        continue
                    # Forked workers share the fork server's command line, not its parent.
                    fork_server = "forkserver" in command and child.ppid() == me.pid
                    times, rss = child.cpu_times(), child.memory_info().rss
                except psutil.Error:
                    continue
                self.cpu[child.pid] = times.user + times.system
                if fork_server:
                    self.fork_server_cpu = self.cpu[child.pid]
                elif rss:  # 0: exited, not yet reaped
                    self.peaks[child.pid] = max(self.peaks.get(child.pid, 0), rss)

    def __enter__(self) -> Descendants:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def mark_ready() -> None:
    """``run``'s initializer: a worker notes when it is ready and the CPU it spent getting there."""
    with open(os.environ[READY_FILE], "a") as out:
        out.write(f"{time.time()} {time.process_time()}\n")


def bare_child(texts: list[str], started: float, results) -> None:
    from eventwire import nlp

    model = nlp.load()
    for _ in model.pipe(texts[:2]):
        pass
    ready, ready_cpu = time.time(), time.process_time()
    for _ in model.pipe(texts, batch_size=32):
        pass
    results.put(
        Timing(
            total=time.time() - started,
            startup=ready - started,
            cpu=time.process_time(),
            startup_cpu=ready_cpu,
        )
    )


def end_to_end_child(
    corpus: Path, limit: int | None, workers: int, started: float, results
) -> None:
    from eventwire.ingest import read
    from eventwire.pipeline.work import warm_up
    from eventwire.scale import run

    raws = islice(read([corpus]), limit)  # read as the run goes, as ``eventwire ingest`` does
    timing = Timing()
    imports_cpu = time.process_time()
    if workers == 1:  # in-process: ready once warmed up (``run`` then finds everything loaded)
        warm_up()
        ready = time.time()
        timing.startup, timing.startup_cpu = ready - started, time.process_time()
    with Descendants() as below:
        for article in run(raws, workers=workers, initializer=mark_ready if workers > 1 else None):
            for error in article.errors:
                timing.errors[error.stage] = timing.errors.get(error.stage, 0) + 1
        timing.total = time.time() - started
        time.sleep(0.3)  # a last sample of the fork server
    timing.cpu = time.process_time() + sum(below.cpu.values())
    if (
        workers > 1
    ):  # ready: the fork server's load, then each worker's own start (all of it if spawned)
        marks = [line.split() for line in Path(os.environ[READY_FILE]).read_text().splitlines()]
        timing.startup = max(float(at) for at, _ in marks) - started
        timing.startup_cpu = (
            imports_cpu + below.fork_server_cpu + sum(float(cpu) for _, cpu in marks)
        )
    timing.peaks = sorted(below.peaks.values())
    results.put(timing)


def cpu_ticks() -> tuple[int, int]:
    """(all, steal) CPU ticks of the machine so far, from /proc/stat."""
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except OSError:
        return 0, 0
    return sum(fields[:8]), fields[7]


def timed(target, arg_lists: list[tuple]) -> Timing:
    """Run ``target(*args, started, results)`` in one fresh process per ``args``, all at once,
    and return their combined Timing (the last to finish, the CPU of all)."""
    ticks, steal = cpu_ticks()
    started = time.time()
    timings = spawn_all(target, [(*args, started) for args in arg_lists])
    ticks_after, steal_after = cpu_ticks()
    return Timing(
        total=max(t.total for t in timings),
        startup=max(t.startup for t in timings),
        cpu=sum(t.cpu for t in timings),
        startup_cpu=sum(t.startup_cpu for t in timings),
        steal=(steal_after - steal) / max(1, ticks_after - ticks),
        peaks=[peak for t in timings for peak in t.peaks],
        errors=timings[0].errors,
    )


def main() -> None:
    from eventwire.ingest import read
    from eventwire.scale import default_workers

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "news.jsonl"
    )
    parser.add_argument("--limit", type=int, default=None, help="first N articles only")
    parser.add_argument(
        "--workers",
        default=f"1,{max(2, default_workers())}",
        help="comma-separated worker counts (1 = in-process)",
    )
    parser.add_argument(
        "--repeats", type=int, default=1, help="runs of each configuration (medians reported)"
    )
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"corpus not found: {args.corpus} (it lives in ../shared/corpus/)")
    counts = sorted({int(n) for n in args.workers.split(",")} | {1})

    texts = [raw.content for raw in islice(read([args.corpus]), args.limit)]
    words = sum(len(text.split()) for text in texts)
    print(
        f"cores: {default_workers()} (os.cpu_count {os.cpu_count()})   load average: "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}"
    )
    print(
        f"corpus: {args.corpus.name}: {len(texts)} articles, {words:,} words; {args.repeats} repeat(s)"
    )
    configs = [("bare", n) for n in counts] + [("end-to-end", n) for n in counts]
    runs: dict[tuple[str, int], list[Timing]] = {config: [] for config in configs}
    with tempfile.TemporaryDirectory() as scratch:
        os.environ[READY_FILE] = os.path.join(scratch, "ready")
        for repeat in range(args.repeats):
            for kind, workers in configs if repeat % 2 == 0 else configs[::-1]:
                Path(os.environ[READY_FILE]).write_text("")
                if kind == "bare":  # N processes at once, each on its share of the texts
                    timing = timed(bare_child, [(texts[i::workers],) for i in range(workers)])
                else:
                    timing = timed(end_to_end_child, [(args.corpus, args.limit, workers)])
                runs[kind, workers].append(timing)
                show(f"#{repeat + 1} {label(kind, workers)}", timing, len(texts))

    print(
        "\nmedians"
        + (f" of {args.repeats} runs" if args.repeats > 1 else "")
        + " (total = from process start; steady = after start-up):"
    )
    median = {config: _median(timings) for config, timings in runs.items()}
    for (kind, workers), timing in median.items():
        show(label(kind, workers), timing, len(texts), words)
        peaks = [peak for run in runs[kind, workers] for peak in run.peaks]
        if kind != "bare" and workers > 1 and peaks:
            print(
                f"    peak RSS per worker: {max(peaks) / 2**20:.0f} MiB (largest of {len(peaks)} workers)"
            )
        errors = runs[kind, workers][0].errors
        if errors:
            print(f"    documents with errors, by stage: {errors}")

    # Each repeat's configurations ran minutes apart, so ratios are taken within a repeat.
    def paired(kind_a: str, a: int, kind_b: str, b: int, part: str) -> list[float]:
        return [
            getattr(x, part) / getattr(y, part) for x, y in zip(runs[kind_a, a], runs[kind_b, b])
        ]

    def listed(ratios: list[float], unit: str = "") -> str:
        each = (
            f" (each repeat: {', '.join(f'{r:.2f}{unit}' for r in ratios)})"
            if len(ratios) > 1
            else ""
        )
        return f"{statistics.median(ratios):.2f}{unit}{each}"

    print("\nratios within each repeat, medians:")
    print(
        f"end-to-end / bare nlp.pipe, 1 core, steady: {listed(paired('bare', 1, 'end-to-end', 1, 'steady'))}"
        "   (goal >= 0.85: within 15% of bare spaCy, issue 20)"
    )
    for workers in counts[1:]:
        print(
            f"speed-up {workers} workers vs 1, from process start to the last article: "
            f"{listed(paired('end-to-end', 1, 'end-to-end', workers, 'total'), 'x')}   (goal >= 1.8x for 2)"
        )
        print(
            f"    steady part only: {listed(paired('end-to-end', 1, 'end-to-end', workers, 'steady'), 'x')}"
        )
        ceiling = paired("bare", 1, "bare", workers, "steady")
        print(
            f"    the machine's own ceiling, bare spaCy in {workers} processes at once vs 1: {listed(ceiling, 'x')}"
        )
        share = [
            got / limit
            for got, limit in zip(paired("end-to-end", 1, "end-to-end", workers, "steady"), ceiling)
        ]
        print(f"    eventwire's steady speed-up as a share of that ceiling: {listed(share)}")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


def label(kind: str, workers: int) -> str:
    if kind == "bare":
        return f"bare nlp.pipe, {workers} process{'es at once' if workers > 1 else ''}"
    return "end-to-end, in-process" if workers == 1 else f"end-to-end, {workers} workers"


def _median(timings: list[Timing]) -> Timing:
    """Field-wise medians (each field on its own)."""
    pick = {
        name: statistics.median(getattr(t, name) for t in timings)
        for name in ("total", "startup", "cpu", "startup_cpu", "steal")
    }
    return Timing(**pick)


def show(name: str, timing: Timing, articles: int, words: int | None = None) -> None:
    line = (
        f"{name:34s} total {timing.total:7.1f} s  start-up {timing.startup:5.1f} s  "
        f"steady {timing.steady:7.1f} s = {articles / timing.steady:5.2f} articles/s"
    )
    if words is not None:
        line += f" {words / timing.steady:7,.0f} words/s"
    print(line)
    print(
        f"{'':34s} CPU {timing.cpu:7.1f} s (start-up {timing.startup_cpu:.1f} s), "
        f"{1000 * (timing.cpu - timing.startup_cpu) / articles:.0f} ms/article steady; steal {timing.steal:.1%}"
    )


if __name__ == "__main__":
    main()
