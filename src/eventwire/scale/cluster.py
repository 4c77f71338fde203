"""A Dask cluster: the same chunks, the same ``analyse_chunk``, on Dask workers.

``"local"`` starts a ``LocalCluster`` (one single-threaded process per worker);
``tcp://host:8786`` joins a running scheduler. Each worker loads spaCy once (a worker
plugin; ``nlp.load`` is cached per process). In-flight chunks are bounded and results are
re-ordered by input position. A task lost with its worker is retried by Dask; a chunk that
still fails is split and retried document by document, so only the culprit gets a
``crash`` error. The per-document time limit is not enforced here (a Dask task cannot be
killed): run stubborn inputs with local workers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from eventwire.models import Article, RawDocument
from eventwire.pipeline.failures import Item, failed_article
from eventwire.pipeline.work import analyse_chunk, warm_up
from eventwire.scale.chunks import Chunker, release


class _LoadModel(WorkerPlugin):
    """Warm up (load the model) when a worker joins, then run the caller's initializer there."""

    def __init__(self, initializer: Callable[[], None] | None) -> None:
        self.initializer = initializer

    def setup(self, worker: object) -> None:
        warm_up()
        if self.initializer is not None:
            self.initializer()


def _analyse_task(
    chunk: list[Item], published: str | None, max_chars: int
) -> list[tuple[int, Article]]:
    return list(analyse_chunk(chunk, published=published, max_chars=max_chars))


def connect(cluster: str, workers: int | None) -> tuple[Client, LocalCluster | None]:
    """A client for ``"local"`` (a new LocalCluster) or a scheduler address."""
    if cluster == "local":
        from eventwire.scale import default_workers

        local = LocalCluster(
            n_workers=workers or default_workers(),
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
        )
        return Client(local), local
    return Client(cluster), None


def run_cluster(
    raws: Iterable[RawDocument],
    *,
    cluster: str,
    workers: int | None,
    published: str | None,
    max_chars: int,
    chunk_size: int,
    ordered: bool,
    initializer: Callable[[], None] | None,
) -> Iterator[Article]:
    client, local = connect(cluster, workers)
    try:
        client.register_plugin(_LoadModel(initializer), name="eventwire-model")
        n_workers = max(1, len(client.scheduler_info().get("workers", {})))
        window = 4 * n_workers * chunk_size  # documents read but not yet yielded
        chunks = Chunker(raws, workers=n_workers, chunk_size=chunk_size)
        pending: dict = {}  # future -> its chunk
        finished: dict[int, Article] = {}
        next_seq = 0
        in_flight = 0
        completed = as_completed()

        def submit(chunk: list[Item]) -> None:
            future = client.submit(_analyse_task, chunk, published, max_chars, pure=False)
            pending[future] = chunk
            completed.add(future)

        def fill() -> None:
            nonlocal in_flight
            while not chunks.done and len(pending) < 2 * n_workers and in_flight < window:
                chunk = chunks.next_chunk()
                in_flight += len(chunk)
                if chunk:
                    submit(chunk)

        fill()
        while pending or finished:
            if pending:
                future = next(completed)
                chunk = pending.pop(future)
                try:
                    finished.update(future.result())
                except Exception as exc:
                    if len(chunk) > 1:
                        for item in chunk:
                            submit([item])
                    else:
                        seq, raw = chunk[0]
                        finished[seq] = failed_article(
                            raw, "crash", f"{type(exc).__name__}: {exc}", published
                        )
                future.release()
            ready, next_seq = release(finished, next_seq, ordered)
            for article in ready:
                in_flight -= 1
                yield article
            fill()
            if not pending and finished and next_seq not in finished:
                raise RuntimeError(f"document {next_seq} was lost by the cluster")
    finally:
        client.close()
        if local is not None:
            local.close()
