"""Single documents on demand (the API's ``POST /api/extract``), each in a worker process
within a time limit and a memory limit.

A pasted document runs the same pipeline as an ingest, but a server cannot let one paste
take minutes of CPU or gigabytes of memory: the document is analysed by a warm worker
process (forked from the pool's fork server), which is killed and replaced when it overruns
``doc_timeout`` and which cannot grow past ``memory_limit`` (``RLIMIT_AS``). Documents run one
at a time; at most ``max_waiting`` more wait for their turn, the rest are refused at once.
"""

from __future__ import annotations

import signal
import threading
import traceback
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from eventwire.models import Article, RawDocument
from eventwire.pipeline.failures import failed_article, timeout_message
from eventwire.pipeline.limits import MAX_CHARS, MEMORY_LIMIT, limit_memory, memory_message
from eventwire.scale import DOC_TIMEOUT

STARTUP_TIMEOUT = 300.0  # seconds for a worker to load the model (a cold fork server)
MAX_WAITING = 4  # documents queued behind the one being analysed


class Busy(RuntimeError):
    """Too many documents are already waiting."""


def _serve(conn: Connection, max_chars: int, memory_limit: int) -> None:
    """The worker: load the model, cap its memory, then analyse one document per message."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        from eventwire.pipeline.work import analyse_chunk, warm_up

        warm_up()
        limit_memory(memory_limit)
    except BaseException:
        conn.send(("fatal", traceback.format_exc()))
        return
    conn.send(("ready",))
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        if request is None:
            return
        raw, published = request
        try:
            [(_, article)] = analyse_chunk([(0, raw)], published=published, max_chars=max_chars)
        except MemoryError:
            article = None
        if article is None or any("MemoryError" in e.message for e in article.errors):
            # Out of memory (raised, or caught by a stage): report it, and let a fresh
            # worker take the next document rather than one that may still be short.
            conn.send(failed_article(raw, "memory", memory_message(memory_limit), published))
            return
        conn.send(article)


class DocumentService:
    """Analyses single documents in a supervised worker (see the module docstring)."""

    def __init__(
        self,
        *,
        doc_timeout: float = DOC_TIMEOUT,
        memory_limit: int = MEMORY_LIMIT,
        max_chars: int = MAX_CHARS,
        max_waiting: int = MAX_WAITING,
    ) -> None:
        self.doc_timeout = doc_timeout
        self.memory_limit = memory_limit
        self._max_chars = max_chars
        self._max_waiting = max_waiting
        self._turn = threading.Lock()  # one document at a time
        self._count = threading.Lock()
        self._waiting = 0
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None

    def analyse(self, raw: RawDocument, published: str | None = None) -> Article:
        """The analysed article; a ``timeout``/``memory``/``crash`` error entry when the
        document overran a limit. Raises ``Busy`` when ``max_waiting`` documents wait already."""
        with self._count:
            if self._waiting > self._max_waiting:
                raise Busy(f"{self._waiting} documents are already waiting to be analysed")
            self._waiting += 1
        try:
            with self._turn:
                return self._run(raw, published)
        finally:
            with self._count:
                self._waiting -= 1

    def close(self) -> None:
        with self._turn:
            self._stop()

    def _run(self, raw: RawDocument, published: str | None) -> Article:
        conn = self._worker()
        try:
            conn.send((raw, published))
            if not conn.poll(self.doc_timeout):
                self._stop()
                message = timeout_message(self.doc_timeout, "analyse") + "; worker replaced"
                return failed_article(raw, "timeout", message, published)
            article = conn.recv()
        except (EOFError, OSError):
            if self._process is not None:
                self._process.join(1)
            exit_code = self._process.exitcode if self._process is not None else None
            self._stop()
            message = (
                f"the worker analysing this document died (exit code {exit_code}); "
                + memory_message(self.memory_limit)
            )
            return failed_article(raw, "crash", message, published)
        if article.errors and article.errors[0].stage == "memory":
            self._stop()  # it has exited: a fresh one for the next document
        return article

    def _worker(self) -> Connection:
        if self._conn is not None and self._process is not None and self._process.is_alive():
            return self._conn
        self._stop()
        from eventwire.scale.workers import worker_context

        context = worker_context()
        conn, child = context.Pipe(duplex=True)
        process = context.Process(
            target=_serve,
            args=(child, self._max_chars, self.memory_limit),
            daemon=True,
            name="eventwire-extract",
        )
        process.start()
        child.close()
        if not conn.poll(STARTUP_TIMEOUT):
            process.kill()
            raise RuntimeError("the extraction worker did not start in time")
        message = conn.recv()
        if message[0] != "ready":
            raise RuntimeError(f"the extraction worker could not start:\n{message[1]}")
        self._process, self._conn = process, conn
        return conn

    def _stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join(5)
        if self._conn is not None:
            self._conn.close()
        self._process, self._conn = None, None
