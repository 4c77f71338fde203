"""Scale: the whole pipeline on all cores of one machine, or on a Dask cluster.

Public surface: ``run(raws, workers=..., cluster=..., ...)`` -> ``Article``s, a drop-in for
``pipeline.process`` that gives the same articles whatever the mode, and ``default_workers()``.
Importing it is cheap (spaCy loads when a run starts), so the CLI can use its defaults.

Every document is isolated: a failure in any stage, a body over ``max_chars``, a document
past ``doc_timeout`` seconds or a worker that dies becomes an ``errors`` entry of that one
document (stages ``size``, ``timeout``, ``crash``) and the run goes on.
"""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice

from eventwire.models import Article, RawDocument
from eventwire.pipeline.limits import MAX_CHARS

__all__ = ["run", "default_workers", "CHUNK_SIZE", "DOC_TIMEOUT", "MAX_CHARS"]

CHUNK_SIZE = 32  # documents per task, parsed as one nlp.pipe batch
DOC_TIMEOUT = 60.0
# Below this many documents, starting worker processes (each loads spaCy) costs more than
# it saves, so ``workers=None`` runs in-process.
SMALL_RUN = 64


def default_workers() -> int:
    """The cores this process may use (respects CPU affinity, e.g. in containers)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        return os.cpu_count() or 1


def run(
    raws: Iterable[RawDocument],
    *,
    workers: int | None = None,
    cluster: str | None = None,
    published: str | None = None,
    doc_timeout: float = DOC_TIMEOUT,
    ordered: bool = True,
    chunk_size: int = CHUNK_SIZE,
    max_chars: int = MAX_CHARS,
    initializer: Callable[[], None] | None = None,
    nice: int = 0,
) -> Iterator[Article]:
    """Stream ``raws`` through every stage and yield ``Article``s (input order if ``ordered``).

    ``workers``: processes on this machine; None = all cores (in-process for small inputs),
    1 = in-process (easy to debug). ``cluster``: ``"local"`` for a local Dask cluster or a
    scheduler address ``tcp://host:8786``. ``initializer`` runs once in every worker after
    the model is loaded (a module-level function, e.g. to register spaCy components).
    ``nice``: worker processes lower their CPU priority by this much before loading, so a
    run in the background (``eventwire serve --ingest``) leaves the cores to requests first.
    """
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if cluster:
        _require_dask()
        from eventwire.scale.cluster import run_cluster

        yield from run_cluster(
            raws,
            cluster=cluster,
            workers=workers,
            published=published,
            max_chars=max_chars,
            chunk_size=chunk_size,
            ordered=ordered,
            initializer=initializer,
        )
        return
    iterator: Iterator[RawDocument] = iter(raws)
    if workers is None:
        head = list(islice(iterator, SMALL_RUN))
        workers = 1 if len(head) < SMALL_RUN else default_workers()
        iterator = chain(head, iterator)
    if workers == 1:
        yield from _run_here(
            iterator,
            published=published,
            max_chars=max_chars,
            doc_timeout=doc_timeout,
            chunk_size=chunk_size,
            ordered=ordered,
            initializer=initializer,
        )
        return
    from eventwire.scale.pool import run_pool

    yield from run_pool(
        iterator,
        workers=workers,
        published=published,
        max_chars=max_chars,
        doc_timeout=doc_timeout,
        chunk_size=chunk_size,
        ordered=ordered,
        initializer=initializer,
        nice=nice,
    )


def _run_here(
    raws: Iterator[RawDocument],
    *,
    published: str | None,
    max_chars: int,
    doc_timeout: float,
    chunk_size: int,
    ordered: bool,
    initializer: Callable[[], None] | None,
) -> Iterator[Article]:
    """In this process. The time limit is an alarm, so it needs the main thread and it
    interrupts Python code only; worker processes are the hard guarantee."""
    from eventwire.pipeline.work import alarm_limit, analyse_chunk, no_limit, warm_up

    warm_up()
    if initializer is not None:
        initializer()
    in_main_thread = threading.current_thread() is threading.main_thread()
    phase = alarm_limit(doc_timeout) if in_main_thread and hasattr(signal, "SIGALRM") else no_limit
    source = enumerate(raws)
    while chunk := list(islice(source, chunk_size)):
        results = analyse_chunk(chunk, published=published, max_chars=max_chars, phase=phase)
        if ordered:
            yield from (article for _, article in sorted(results, key=lambda pair: pair[0]))
        else:
            yield from (article for _, article in results)


def _require_dask() -> None:
    """Dask is an optional extra: say how to get it rather than fail on an import."""
    import importlib.util

    if importlib.util.find_spec("distributed") is None:
        raise ValueError(
            "--cluster needs Dask, an optional extra: pip install 'eventwire[cluster]' "
            "(or pip install 'dask[distributed]')"
        )
