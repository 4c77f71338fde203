"""All cores of one machine: supervised worker processes with a time limit per document.

Workers are forked by a fork server that has loaded the model once (``scale.preload``), so
they start warm; where there is no fork server (Windows) each is a ``spawn``ed process that
loads the model itself. A worker analyses one chunk at a time over its own pipe. Before each
step it tells the supervisor which documents it is on; a worker past the deadline is killed
and replaced, and so is one that dies. A step that concerned one document gives that
document a ``timeout``/``crash`` error; a batched step (the parse, allowed the time limit
once per document in it) is retried one document at a time to find the culprit. Everything else in the chunk is re-queued, never lost.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection, wait
from pathlib import Path

from eventwire.models import Article, RawDocument
from eventwire.pipeline.failures import Item, failed_article, timeout_message
from eventwire.pipeline.limits import MEMORY_LIMIT, limit_memory
from eventwire.scale.chunks import Chunker, release

STARTUP_RETRIES = 3
GRACE = 0.5  # seconds: a worker with a message in flight is not stuck


def _worker_main(
    conn: Connection,
    published: str | None,
    max_chars: int,
    initializer: Callable[[], None] | None,
    nice: int,
) -> None:
    """A worker: load the model once, then analyse chunks until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the supervisor's to handle
    try:
        if nice:
            os.nice(nice)
        from eventwire.pipeline.work import analyse_chunk, warm_up

        warm_up()
        if initializer is not None:
            initializer()
        limit_memory(MEMORY_LIMIT)
    except BaseException:
        conn.send(("fatal", traceback.format_exc()))
        return

    @contextmanager
    def phase(seqs: Sequence[int], stage: str) -> Iterator[None]:
        conn.send(("phase", list(seqs), stage))
        yield

    conn.send(("ready",))
    while True:
        try:
            chunk = conn.recv()
        except EOFError:
            return
        if chunk is None:
            return
        for seq, article in analyse_chunk(
            chunk, published=published, max_chars=max_chars, phase=phase
        ):
            conn.send(("done", seq, article))
        conn.send(("idle",))


class _Worker:
    """The supervisor's view of one worker process."""

    def __init__(
        self,
        context: multiprocessing.context.SpawnContext | multiprocessing.context.ForkServerContext,
        args: tuple,
    ) -> None:
        self.conn, child = context.Pipe(duplex=True)
        self.process = context.Process(
            target=_worker_main, args=(child, *args), daemon=True, name="eventwire-worker"
        )
        self.process.start()
        child.close()  # so that the worker's death reads as EOF here
        self.ready = False
        self.busy = False  # from sending a chunk until the worker says it is idle
        self.chunk: dict[int, RawDocument] = {}  # the current chunk's unfinished documents
        self.phase: tuple[list[int], str] | None = None
        self.deadline: float | None = None

    @property
    def idle(self) -> bool:
        return self.ready and not self.busy

    def stop(self) -> None:
        try:
            self.conn.send(None)
        except OSError:
            pass

    def kill(self) -> int | None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()
        return self.process.exitcode


def _context() -> multiprocessing.context.SpawnContext | multiprocessing.context.ForkServerContext:
    """A fork server that preloads the model (one per supervisor process, kept for later
    runs), or plain ``spawn`` where there is none."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["eventwire.scale.preload"])  # no effect once the server runs
    _same_code_in_workers()
    return context


def _same_code_in_workers() -> None:
    """Put the folder this ``eventwire`` was imported from first on ``PYTHONPATH``: the fork
    server (Python 3.11) ignores the parent's ``sys.path``, so a run from a source tree
    (tests, ``PYTHONPATH=src``) would otherwise fork workers with another installed copy."""
    folder = Path(__file__).resolve().parents[2]  # .../src/eventwire/scale/pool.py -> .../src
    if folder.name in ("site-packages", "dist-packages"):  # installed: every process finds it
        return
    root = str(folder)
    paths = os.environ.get("PYTHONPATH", "").split(os.pathsep)
    if root not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([root, *filter(None, paths)])


def run_pool(  # noqa: C901
    raws: Iterable[RawDocument],
    *,
    workers: int,
    published: str | None,
    max_chars: int,
    doc_timeout: float,
    chunk_size: int,
    ordered: bool,
    initializer: Callable[[], None] | None,
    nice: int = 0,
) -> Iterator[Article]:
    """Stream articles from ``workers`` processes; memory is bounded by the in-flight window."""
    context = _context()
    args = (published, max_chars, initializer, nice)
    chunks = Chunker(raws, workers=workers, chunk_size=chunk_size)
    queue: deque[list[Item]] = deque()  # chunks to (re)dispatch, retries first
    finished: dict[int, Article] = {}  # done, not yet yielded (the re-order buffer)
    next_seq = 0
    in_flight = 0  # read from the source, not yet yielded
    window = workers * chunk_size * 4
    startup_failures = 0
    pool = [_Worker(context, args) for _ in range(workers)]

    def replace(worker: _Worker, kind: str) -> None:
        """Kill ``worker``; settle its chunk (culprit gets an error, the rest is re-queued)."""
        exit_code = worker.kill()
        seqs, stage = worker.phase or ([], "start")
        unfinished = worker.chunk
        if len(seqs) == 1 or (not seqs and len(unfinished) == 1):
            culprit = seqs[0] if seqs else next(iter(unfinished))
            raw = unfinished.pop(culprit)
            message = (
                timeout_message(doc_timeout, stage) + "; worker process replaced"
                if kind == "timeout"
                else f"worker process died (exit code {exit_code}) in stage '{stage}'"
            )
            finished[culprit] = failed_article(raw, kind, message, published)
            rest = sorted(unfinished.items())
            if rest:
                queue.appendleft(rest)
        else:
            suspects = set(seqs) if seqs else set(unfinished)
            rest = sorted((s, r) for s, r in unfinished.items() if s not in suspects)
            if rest:
                queue.appendleft(rest)
            for seq in sorted(suspects, reverse=True):
                if seq in unfinished:
                    queue.appendleft([(seq, unfinished[seq])])
        pool[pool.index(worker)] = _Worker(context, args)

    def handle(worker: _Worker, message: tuple) -> None:
        nonlocal startup_failures
        kind = message[0]
        if kind == "ready":
            worker.ready, startup_failures = True, 0
        elif kind == "phase":
            worker.phase = (message[1], message[2])
            worker.deadline = time.monotonic() + doc_timeout * len(message[1])  # per document
        elif kind == "done":
            seq, article = message[1], message[2]
            worker.chunk.pop(seq, None)
            finished[seq] = article
            if worker.phase and worker.phase[0] == [seq]:
                worker.phase, worker.deadline = None, None
        elif kind == "idle":
            worker.busy, worker.chunk, worker.phase, worker.deadline = False, {}, None, None
        elif kind == "fatal":
            raise RuntimeError(f"an eventwire worker could not start:\n{message[1]}")

    def drain(worker: _Worker) -> bool:
        """Read every message the worker has sent; False when it has died."""
        nonlocal startup_failures
        try:
            while worker.conn.poll():
                handle(worker, worker.conn.recv())
        except (EOFError, OSError):
            if not worker.ready:
                startup_failures += 1
                if startup_failures > STARTUP_RETRIES:
                    raise RuntimeError(
                        "eventwire workers keep dying on start-up "
                        f"(exit code {worker.process.exitcode})"
                    ) from None
            replace(worker, "crash")
            return False
        return True

    try:
        while True:
            # Dispatch to idle workers: retries first, then fresh chunks from the source.
            for worker in pool:
                if not worker.idle:
                    continue
                if not queue and not chunks.done and in_flight < window:
                    chunk = chunks.next_chunk()
                    in_flight += len(chunk)
                    if chunk:
                        queue.append(chunk)
                if not queue:
                    break
                chunk = queue.popleft()
                worker.busy, worker.chunk = True, dict(chunk)
                try:
                    worker.conn.send(chunk)
                except OSError:
                    queue.appendleft(chunk)
                    worker.busy, worker.chunk = False, {}
                    replace(worker, "crash")
            # Yield what is done, in input order unless told otherwise.
            ready, next_seq = release(finished, next_seq, ordered)
            for article in ready:
                in_flight -= 1
                yield article
            if chunks.done and not queue and not finished and not any(w.busy for w in pool):
                return
            # Wait for messages or the nearest deadline.
            deadlines = [w.deadline for w in pool if w.deadline is not None]
            timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
            for conn in wait([w.conn for w in pool], timeout):
                worker = next(w for w in pool if w.conn is conn)
                drain(worker)
            now = time.monotonic()
            for worker in list(pool):
                if worker.deadline is not None and worker.deadline <= now:
                    # A worker blocked on sending us a result is not stuck: read it first.
                    if worker.conn.poll(GRACE):
                        drain(worker)
                    else:
                        replace(worker, "timeout")
    finally:
        for worker in pool:
            worker.stop()
        for worker in pool:
            worker.process.join(2)
            if worker.process.is_alive():
                worker.kill()
