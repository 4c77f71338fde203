"""A worker process of a run: how one is started, what it runs, and the supervisor's handle
on it.

Workers are forked by a fork server that has loaded the model once (``scale.preload``), so
they start warm; where there is no fork server (Windows) each is a ``spawn``ed process that
loads the model itself. The extraction service starts its worker in the same context.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from multiprocessing.connection import Connection
from pathlib import Path

from eventwire.models import RawDocument
from eventwire.pipeline.limits import MEMORY_LIMIT, limit_memory


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


class Worker:
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


def worker_context() -> (
    multiprocessing.context.SpawnContext | multiprocessing.context.ForkServerContext
):
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
    folder = Path(__file__).resolve().parents[2]  # .../src/eventwire/scale/workers.py -> .../src
    if folder.name in ("site-packages", "dist-packages"):  # installed: every process finds it
        return
    root = str(folder)
    paths = os.environ.get("PYTHONPATH", "").split(os.pathsep)
    if root not in paths:
        os.environ["PYTHONPATH"] = os.pathsep.join([root, *filter(None, paths)])
