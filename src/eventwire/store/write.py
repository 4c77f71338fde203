"""The store's writes: articles with their events, quotes and actors, and ``optimize``.

Idempotent: an article is keyed by a content hash of (source, url, body), so ingesting it
again stores nothing. Each article is written with its events and quotes in one
transaction, so a killed ingest leaves whole articles only and a rerun skips them.
Syndicated copies of a story (near-duplicate bodies) share a cluster, and their reports of
one event are stored as one event (``table_writes``, which inserts each table's rows).
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

import duckdb
from datasketch import MinHash

from eventwire.models import Article
from eventwire.store import schema, syndication
from eventwire.store.failures import StoreError
from eventwire.store.keys import content_hash, day_of
from eventwire.store.read import scalar
from eventwire.store.runs import IngestSummary, RunLog, now
from eventwire.store.table_writes import Placement, TableWriter

# (article_id, cluster_id, minhash, first_event_id, new actor codes) of a written article
_Written = tuple[str, str, MinHash, int, set[str]]


class StoreWriter(TableWriter, RunLog):
    """The writing half of ``Store`` (one writer: an ingest run)."""

    path: str
    read_only: bool
    _con: duckdb.DuckDBPyConnection
    _lock: threading.RLock
    _clusters: syndication.Clusters | None
    _next_event_id: int | None
    _known_actors: set[str] | None
    _generation: int

    def add(self, articles: Iterable[Article], *, run_id: int | None = None) -> IngestSummary:
        """Store articles with their events and quotes, one transaction per article.

        Articles already stored (same content hash) are counted as duplicates and skipped.
        """
        summary = IngestSummary()
        for article in articles:
            self.add_article(article, summary=summary, run_id=run_id)
        return summary

    def add_article(
        self,
        article: Article,
        *,
        summary: IngestSummary | None = None,
        run_id: int | None = None,
        raw_hash: str | None = None,
    ) -> IngestSummary:
        """Store one article atomically (see ``add``); ``raw_hash`` lets reruns skip its input."""
        summary = summary if summary is not None else IngestSummary()
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        counts = summary.as_dict()
        with self._lock:
            clusters = self._cluster_index()
            next_id = self._event_ids()
            self._con.begin()
            try:
                placed = self._write(article, summary, run_id, raw_hash, clusters)
                self._con.commit()
                self._generation += 1
            except BaseException:
                _rollback(self._con)
                self._next_event_id = next_id
                summary.__dict__.update(counts)  # nothing was stored: count nothing
                raise
        for error in article.errors:
            summary.errors.append((article.id, error.stage, error.message))
        if placed:
            article_id, cluster_id, minhash, first_event_id, actor_codes = placed
            clusters.insert(article_id, cluster_id, minhash, first_event_id)
            if self._known_actors is not None:
                self._known_actors.update(actor_codes)
        return summary

    def _cluster_index(self) -> syndication.Clusters:
        if self._clusters is None:
            clusters = syndication.Clusters()
            rows = self._con.execute(
                "SELECT * FROM (SELECT article_id, cluster_id, minhash, coalesce(first_event_id, 0), ingested_at "
                "FROM articles WHERE minhash IS NOT NULL ORDER BY ingested_at DESC LIMIT ?) ORDER BY ingested_at",
                [syndication.RECENT],
            ).fetchall()
            for article_id, cluster_id, minhash, first_event_id, _ in rows:
                clusters.insert(
                    article_id, cluster_id, syndication.from_bytes(minhash), first_event_id
                )
            self._clusters = clusters
        return self._clusters

    def _write(
        self,
        article: Article,
        summary: IngestSummary,
        run_id: int | None,
        raw_hash: str | None,
        clusters: syndication.Clusters,
    ) -> _Written | None:
        """Write one article's rows (inside the caller's transaction), in order: a failure
        row for an empty body, nothing for a duplicate, else the article, its events (merged
        into its cluster's), their counts, its quotes and its new actors."""
        if not article.body.strip():
            self._write_failure(article, summary, run_id)
            return None
        placed = self._place(article, summary, clusters)
        if placed is None:
            return None
        self._insert_article(article, placed, raw_hash, run_id)
        lower = clusters.first_event_id(placed.cluster_id)
        ref_to_id, new_events, merged_ids = self._write_events(article, placed, lower)
        self._recount_merged(lower, merged_ids)
        quotes = self._write_quotes(article, placed, ref_to_id)
        actor_codes = self._write_new_actors(article)
        summary.articles += 1
        summary.events += new_events
        summary.merged += len(merged_ids)
        summary.quotes += quotes
        return (
            placed.article_id,
            placed.cluster_id,
            placed.minhash,
            placed.first_event_id,
            actor_codes,
        )

    def _place(
        self, article: Article, summary: IngestSummary, clusters: syndication.Clusters
    ) -> Placement | None:
        """Its key, syndication cluster and first event id; None when already stored."""
        article_id = content_hash(article)
        found = self._con.execute("SELECT 1 FROM articles WHERE article_id = ?", [article_id])
        if found.fetchone():
            summary.duplicates += 1
            return None
        if article.errors:
            summary.failures += 1
        minhash = syndication.signature(article.body)
        cluster_id = clusters.assign(article_id, minhash)
        if cluster_id != article_id:
            summary.syndicated += 1
        return Placement(
            article_id=article_id,
            cluster_id=cluster_id,
            minhash=minhash,
            published_day=day_of(article.published),
            now=now(),
            first_event_id=self._event_ids(),
        )

    def optimize(self, *, force: bool = False) -> bool:
        """Rewrite ``events`` sorted by dyad and day, so dyad queries read only their row groups.

        Runs when ``force`` or when the rows appended since the last sort are at least
        ``max(100_000, 10%)`` of the table (an ingest run calls it at its end); returns
        whether it ran. Appended rows stay correct before a sort, only slower to filter.
        """
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        with self._lock:
            total = scalar(self._con.execute("SELECT count(*) FROM events"))
            row = self._con.execute(
                "SELECT value FROM store_meta WHERE key = 'sorted_events'"
            ).fetchone()
            unsorted = total - (row[0] if row else 0)
            if not force and unsorted < max(100_000, total // 10):
                return False
            self._con.begin()
            try:
                schema.rewrite_events_sorted(self._con, total)
                self._con.commit()
                self._generation += 1
            except BaseException:
                self._con.rollback()
                raise
            self._con.execute("CHECKPOINT")
            return True


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back, keeping the error that made us (a full disk can fail the rollback too)."""
    try:
        con.rollback()
    except duckdb.Error:
        pass
