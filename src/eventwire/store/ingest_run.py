"""An ingest run: read inputs, skip what is stored, run the pipeline, write each article.

The run is the store's only writer. Each article is committed with its events and quotes
in one transaction, so a killed run leaves whole articles and a rerun resumes: inputs whose
raw hash is stored are skipped before parsing, and any article already stored (same content
hash) is skipped at write time. At the end, ``Store.optimize`` re-sorts the events by dyad
when enough new rows have piled up.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import duckdb

from eventwire.models import Article, RawDocument
from eventwire.store.failures import StoreError, store_failure
from eventwire.store.store import IngestSummary, Store

# What one document's bad data raises while it is written (not the store failing).
_DATA_ERRORS = (
    UnicodeError,
    ValueError,
    TypeError,
    OverflowError,
    duckdb.DataError,
    duckdb.InvalidInputException,
    duckdb.ConstraintException,
)


def analyse(
    raws: Iterable[RawDocument],
    *,
    published: str | None = None,
    workers: int | None = None,
    cluster: str | None = None,
    doc_timeout: float | None = None,
    nice: int = 0,
) -> Iterator[Article]:
    """The pipeline an ingest run uses: the parallel runner (all cores, or a Dask cluster),
    articles in input order."""
    from eventwire.scale import DOC_TIMEOUT, run

    return run(
        raws,
        published=published,
        workers=workers,
        cluster=cluster,
        doc_timeout=doc_timeout or DOC_TIMEOUT,
        nice=nice,
    )


def raw_hash(raw: RawDocument, published: str | None = None) -> str:
    """Identifies an input record (content and the metadata that shapes its article)."""
    content = (
        raw.content.encode("utf-8", "surrogatepass")
        if isinstance(raw.content, str)
        else raw.content
    )
    meta = json.dumps(
        [raw.id, raw.url, raw.title, raw.published, published, raw.extra],
        sort_keys=True,
        default=str,
        ensure_ascii=False,
    )
    return hashlib.sha1(hashlib.sha1(content).digest() + meta.encode("utf-8")).hexdigest()[:24]


def _publisher(raw: RawDocument) -> str | None:
    """A JSONL record's publisher/source field: who published it counts for ``num_sources``."""
    for key in ("source", "publisher", "site"):
        value = raw.extra.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _store_one(
    store: Store, article: Article, summary: IngestSummary, run_id: int, digest: str | None
) -> None:
    """Store ``article``; one whose data the store refuses (a value no column takes)
    becomes a failure row of its own, so it never ends the run. Errors of the store
    itself (disk full, a damaged file) still stop it."""
    try:
        store.add_article(article, summary=summary, run_id=run_id, raw_hash=digest)
    except _DATA_ERRORS as exc:
        failed = Article(id=article.id, body="")
        failed.add_error("store", f"cannot store this document: {type(exc).__name__}: {exc}")
        store.add_article(failed, summary=summary, run_id=run_id)


def _record_end(store: Store, run_id: int, summary: IngestSummary) -> None:
    """Mark the run interrupted, if the store can still be written (a full disk may refuse)."""
    try:
        store.finish_run(run_id, summary, status="interrupted")
    except duckdb.Error:
        pass


def ingest(
    inputs: Iterable[str | Path],
    store: Store,
    *,
    published: str | None = None,
    wrap: Callable[[Iterator[Article]], Iterator[Article]] | None = None,
    workers: int | None = None,
    cluster: str | None = None,
    doc_timeout: float | None = None,
    nice: int = 0,
) -> tuple[int, IngestSummary]:
    """Ingest files/folders/JSONL/WARC (or ``-``) into ``store``; returns (run_id, summary).

    ``workers``, ``cluster``, ``doc_timeout`` and ``nice`` go to the runner (``eventwire.scale.run``).
    ``wrap`` decorates the article stream (a progress bar). An interrupted run is recorded
    with status ``interrupted``; a killed one stays ``running`` with no end time.
    """
    from eventwire import ingest as readers

    names = [str(i) for i in inputs]
    run_id = store.begin_run(names)
    summary = IngestSummary()
    known = store.known_raw_hashes()
    pending: dict[str, deque[tuple[str | None, str | None]]] = defaultdict(deque)

    def fresh() -> Iterator[RawDocument]:
        for raw in readers.read(names):
            try:
                digest: str | None = raw_hash(raw, published)
            except (ValueError, TypeError) as exc:  # unhashable metadata: this record fails alone
                raw.content, raw.error = b"", f"unusable record: {type(exc).__name__}: {exc}"
                digest = None
            if digest in known:
                summary.skipped += 1
                continue
            pending[raw.id].append((digest, _publisher(raw)))
            yield raw

    articles = analyse(
        fresh(),
        published=published,
        workers=workers,
        cluster=cluster,
        doc_timeout=doc_timeout,
        nice=nice,
    )
    try:
        for article in wrap(articles) if wrap else articles:
            queue = pending.get(article.id)
            digest, publisher = queue.popleft() if queue else (None, None)
            if not article.source and publisher:
                article.source = publisher
            _store_one(store, article, summary, run_id, digest)
    except duckdb.Error as exc:  # the store itself failed (disk full, a damaged block)
        _record_end(store, run_id, summary)
        failure = store_failure(store.path, exc, "write")
        raise StoreError(f"{failure}; {summary.articles} new articles were stored") from exc
    except BaseException:
        _record_end(store, run_id, summary)
        raise
    store.finish_run(run_id, summary)
    store.optimize()
    return run_id, summary
