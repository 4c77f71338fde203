"""All cores of one machine: supervised worker processes with a time limit per document.

Workers (``scale.workers``) start warm from a fork server that has loaded the model once. A
worker analyses one chunk at a time over its own pipe. Before each step it tells the
supervisor which documents it is on; a worker past the deadline is killed and replaced, and
so is one that dies. A step that concerned one document gives that document a
``timeout``/``crash`` error; a batched step (the parse, allowed the time limit once per
document in it) is retried one document at a time to find the culprit. Everything else in
the chunk is re-queued, never lost.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import wait

from eventwire.models import Article, RawDocument
from eventwire.pipeline.failures import Item, failed_article, timeout_message
from eventwire.scale.chunks import Chunker, release
from eventwire.scale.workers import Worker, worker_context

STARTUP_RETRIES = 3
GRACE = 0.5  # seconds: a worker with a message in flight is not stuck


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
        self.context = worker_context()
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
        self.pool = [Worker(self.context, worker_args) for _ in range(workers)]

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

    def drain(self, worker: Worker) -> bool:
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

    def handle(self, worker: Worker, message: tuple) -> None:
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

    def replace(self, worker: Worker, kind: str) -> None:
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
        self.pool[self.pool.index(worker)] = Worker(self.context, self.worker_args)

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
