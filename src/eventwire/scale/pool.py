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


def run_pool(
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
    supervisor = _Supervisor(
        Chunker(raws, workers=workers, chunk_size=chunk_size),
        workers=workers,
        window=workers * chunk_size * 4,
        worker_args=(published, max_chars, initializer, nice),
        published=published,
        doc_timeout=doc_timeout,
        ordered=ordered,
    )
    try:
        yield from supervisor.articles()
    finally:
        supervisor.shutdown()


class _Supervisor:
    """Dispatches chunks to the workers, collects their articles and replaces stuck or dead
    workers, settling their chunks."""

    def __init__(
        self,
        chunks: Chunker,
        *,
        workers: int,
        window: int,
        worker_args: tuple,
        published: str | None,
        doc_timeout: float,
        ordered: bool,
    ) -> None:
        self.context = _context()
        self.worker_args = worker_args
        self.chunks = chunks
        self.window = window
        self.published = published
        self.doc_timeout = doc_timeout
        self.ordered = ordered
        self.queue: deque[list[Item]] = deque()  # chunks to (re)dispatch, retries first
        self.finished: dict[int, Article] = {}  # done, not yet yielded (the re-order buffer)
        self.next_seq = 0
        self.in_flight = 0  # read from the source, not yet yielded
        self.startup_failures = 0
        self.pool = [_Worker(self.context, worker_args) for _ in range(workers)]

    def articles(self) -> Iterator[Article]:
        """The main loop: dispatch, yield what is done, wait, enforce deadlines."""
        while True:
            self.dispatch()
            ready, self.next_seq = release(self.finished, self.next_seq, self.ordered)
            for article in ready:
                self.in_flight -= 1
                yield article
            if self.all_done():
                return
            self.wait_for_messages()
            self.enforce_deadlines()

    def all_done(self) -> bool:
        return (
            self.chunks.done
            and not self.queue
            and not self.finished
            and not any(w.busy for w in self.pool)
        )

    def dispatch(self) -> None:
        """Send a chunk to each idle worker: retries first, then fresh chunks from the source."""
        for worker in self.pool:
            if not worker.idle:
                continue
            if not self.queue and not self.chunks.done and self.in_flight < self.window:
                chunk = self.chunks.next_chunk()
                self.in_flight += len(chunk)
                if chunk:
                    self.queue.append(chunk)
            if not self.queue:
                break
            chunk = self.queue.popleft()
            worker.busy, worker.chunk = True, dict(chunk)
            try:
                worker.conn.send(chunk)
            except OSError:
                self.queue.appendleft(chunk)
                worker.busy, worker.chunk = False, {}
                self.replace(worker, "crash")

    def wait_for_messages(self) -> None:
        """Read the workers' messages, waiting at most until the nearest deadline."""
        deadlines = [w.deadline for w in self.pool if w.deadline is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        for conn in wait([w.conn for w in self.pool], timeout):
            self.drain(next(w for w in self.pool if w.conn is conn))

    def enforce_deadlines(self) -> None:
        """Replace each worker past its deadline; one blocked on sending a result is not
        stuck: read it first."""
        now = time.monotonic()
        for worker in list(self.pool):
            if worker.deadline is not None and worker.deadline <= now:
                if worker.conn.poll(GRACE):
                    self.drain(worker)
                else:
                    self.replace(worker, "timeout")

    def drain(self, worker: _Worker) -> bool:
        """Read every message the worker has sent; False when it has died."""
        try:
            while worker.conn.poll():
                self.handle(worker, worker.conn.recv())
        except (EOFError, OSError):
            if not worker.ready:
                self.startup_failures += 1
                if self.startup_failures > STARTUP_RETRIES:
                    raise RuntimeError(
                        "eventwire workers keep dying on start-up "
                        f"(exit code {worker.process.exitcode})"
                    ) from None
            self.replace(worker, "crash")
            return False
        return True

    def handle(self, worker: _Worker, message: tuple) -> None:
        """One message from a worker: ready, phase, done, idle or fatal."""
        kind = message[0]
        if kind == "ready":
            worker.ready, self.startup_failures = True, 0
        elif kind == "phase":
            worker.phase = (message[1], message[2])
            worker.deadline = time.monotonic() + self.doc_timeout * len(message[1])  # per document
        elif kind == "done":
            seq, article = message[1], message[2]
            worker.chunk.pop(seq, None)
            self.finished[seq] = article
            if worker.phase and worker.phase[0] == [seq]:
                worker.phase, worker.deadline = None, None
        elif kind == "idle":
            worker.busy, worker.chunk, worker.phase, worker.deadline = False, {}, None, None
        elif kind == "fatal":
            raise RuntimeError(f"an eventwire worker could not start:\n{message[1]}")

    def replace(self, worker: _Worker, kind: str) -> None:
        """Kill ``worker``; settle its chunk (culprit gets an error, the rest is re-queued)."""
        exit_code = worker.kill()
        seqs, stage = worker.phase or ([], "start")
        unfinished = worker.chunk
        if len(seqs) == 1 or (not seqs and len(unfinished) == 1):
            culprit = seqs[0] if seqs else next(iter(unfinished))
            self.fail_culprit(culprit, unfinished.pop(culprit), kind, stage, exit_code)
            rest = sorted(unfinished.items())
            if rest:
                self.queue.appendleft(rest)
        else:
            self.retry_one_by_one(set(seqs) if seqs else set(unfinished), unfinished)
        self.pool[self.pool.index(worker)] = _Worker(self.context, self.worker_args)

    def fail_culprit(
        self, seq: int, raw: RawDocument, kind: str, stage: str, exit_code: int | None
    ) -> None:
        """The one document a killed worker was on gets a ``timeout``/``crash`` error."""
        message = (
            timeout_message(self.doc_timeout, stage) + "; worker process replaced"
            if kind == "timeout"
            else f"worker process died (exit code {exit_code}) in stage '{stage}'"
        )
        self.finished[seq] = failed_article(raw, kind, message, self.published)

    def retry_one_by_one(self, suspects: set[int], unfinished: dict[int, RawDocument]) -> None:
        """A batched step failed: re-queue each suspect alone (to find the culprit), ahead
        of the chunk's other documents."""
        rest = sorted((s, r) for s, r in unfinished.items() if s not in suspects)
        if rest:
            self.queue.appendleft(rest)
        for seq in sorted(suspects, reverse=True):
            if seq in unfinished:
                self.queue.appendleft([(seq, unfinished[seq])])

    def shutdown(self) -> None:
        """Ask every worker to stop; kill those that do not."""
        for worker in self.pool:
            worker.stop()
        for worker in self.pool:
            worker.process.join(2)
            if worker.process.is_alive():
                worker.kill()
