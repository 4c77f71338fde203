"""The store's writes: articles with their events, quotes and actors, and ``optimize``.

Idempotent: an article is keyed by a content hash of (source, url, body), so ingesting it
again stores nothing. Each article is written with its events and quotes in one
transaction, so a killed ingest leaves whole articles only and a rerun skips them.
Syndicated copies of a story (near-duplicate bodies) share a cluster, and the same event
reported by several articles of a cluster is stored once, with ``num_articles`` and
``num_sources`` (as GDELT's NumArticles/NumSources) and every report in ``event_mentions``.
Rows are made by ``eventwire.store.rows``, the one mapping between models and tables.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

import duckdb
import pandas as pd
import pyarrow as pa
from datasketch import MinHash

from eventwire.models import Article, ErrorEntry
from eventwire.store import rows as mapping
from eventwire.store import schema, syndication
from eventwire.store.failures import StoreError
from eventwire.store.keys import content_hash, day_of, event_signature, publisher_key
from eventwire.store.read import scalar
from eventwire.store.runs import IngestSummary, RunLog, now

# (article_id, cluster_id, minhash, first_event_id, new actor codes) of a written article
_Written = tuple[str, str, MinHash, int, set[str]]


@dataclass
class _Placement:
    """Where a new article goes: its key and cluster, and the values all its rows share."""

    article_id: str
    cluster_id: str
    minhash: MinHash
    published_day: date | None
    now: datetime
    first_event_id: int


class StoreWriter(RunLog):
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

    def _event_ids(self) -> int:
        if self._next_event_id is None:
            self._next_event_id = scalar(
                self._con.execute("SELECT coalesce(max(event_id), 0) + 1 FROM events")
            )
        return self._next_event_id

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

    def _write_failure(self, article: Article, summary: IngestSummary, run_id: int | None) -> None:
        """A document without a body is a failure row, not an article."""
        summary.failures += 1
        errors = article.errors or [ErrorEntry(stage="store", message="no article body")]
        self._insert("failures", [mapping.failure_row(e, article.id, run_id) for e in errors])

    def _place(
        self, article: Article, summary: IngestSummary, clusters: syndication.Clusters
    ) -> _Placement | None:
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
        return _Placement(
            article_id=article_id,
            cluster_id=cluster_id,
            minhash=minhash,
            published_day=day_of(article.published),
            now=now(),
            first_event_id=self._event_ids(),
        )

    def _insert_article(
        self, article: Article, placed: _Placement, raw_hash: str | None, run_id: int | None
    ) -> None:
        row = mapping.article_row(
            article,
            article_id=placed.article_id,
            raw_hash=raw_hash,
            cluster_id=placed.cluster_id,
            publisher_key=publisher_key(article, placed.article_id),
            published_day=placed.published_day,
            minhash=syndication.to_bytes(placed.minhash),
            first_event_id=placed.first_event_id,
            run_id=run_id,
            ingested_at=placed.now,
        )
        self._insert("articles", [row])

    def _cluster_events(self, placed: _Placement, lower: int) -> dict[str, list[int]]:
        """Events already stored for the article's syndication cluster, by signature."""
        existing: dict[str, list[int]] = defaultdict(list)
        if placed.cluster_id != placed.article_id:
            for event_id, signature in self._con.execute(
                "SELECT DISTINCT event_id, signature FROM event_mentions WHERE event_id >= ? AND cluster_id = ? "
                "ORDER BY event_id",
                [lower, placed.cluster_id],
            ).fetchall():
                existing[signature].append(event_id)
        return existing

    def _write_events(
        self, article: Article, placed: _Placement, lower: int
    ) -> tuple[dict[str, int], int, list[int]]:
        """A mention per event; an event row only for events its cluster does not have yet
        (the n-th report of a signature merges into the cluster's n-th event).
        Returns the event ids by the article's event ids, the new count and the merged ids."""
        existing = self._cluster_events(placed, lower)
        seen: dict[str, int] = defaultdict(int)
        ref_to_id: dict[str, int] = {}
        new_events, mentions, merged_ids = [], [], []
        keys = {"cluster_id": placed.cluster_id, "article_id": placed.article_id}
        for event in article.events:
            day = day_of(event.date) or placed.published_day
            signature = event_signature(event, day)
            occurrence = seen[signature]
            seen[signature] += 1
            if occurrence < len(existing[signature]):
                event_id = existing[signature][occurrence]
                merged_ids.append(event_id)
            else:
                event_id = self._event_ids()
                self._next_event_id = event_id + 1
                new_events.append(
                    mapping.event_row(
                        event,
                        event_id=event_id,
                        signature=signature,
                        day=day,
                        added_at=placed.now,
                        **keys,
                    )
                )
            ref_to_id[event.id] = event_id
            mentions.append(
                mapping.mention_row(event, event_id=event_id, signature=signature, **keys)
            )
        self._insert("events", new_events)
        self._insert("event_mentions", mentions)
        return ref_to_id, len(new_events), merged_ids

    def _recount_merged(self, lower: int, merged_ids: list[int]) -> None:
        """Events that got another report: recount their mentions, articles and sources."""
        if not merged_ids:
            return
        placeholders = ",".join("?" * len(merged_ids))
        self._con.execute(
            f"""
            UPDATE events SET num_mentions = m.n, num_articles = m.na, num_sources = m.ns
            FROM (SELECT em.event_id, count(*) AS n, count(DISTINCT em.article_id) AS na,
                         count(DISTINCT a.publisher_key) AS ns
                  FROM event_mentions em JOIN articles a ON a.article_id = em.article_id
                  WHERE em.event_id >= ? AND em.event_id IN ({placeholders}) GROUP BY em.event_id) AS m
            WHERE events.event_id = m.event_id""",
            [lower, *merged_ids],
        )

    def _write_quotes(self, article: Article, placed: _Placement, ref_to_id: dict[str, int]) -> int:
        quotes = [
            mapping.quote_row(
                quote,
                placed.article_id,
                [ref_to_id[ref] for ref in quote.event_ids if ref in ref_to_id],
                cluster_id=placed.cluster_id,
                day=placed.published_day,
            )
            for quote in article.quotes
        ]
        self._insert("quotes", quotes)
        return len(quotes)

    def _write_new_actors(self, article: Article) -> set[str]:
        """Coded actors of the article's events and quotes not yet in ``actors``."""
        if self._known_actors is None:
            self._known_actors = {
                row[0] for row in self._con.execute("SELECT code FROM actors").fetchall()
            }
        actors = {}
        for actor in (
            [e.source for e in article.events]
            + [e.target for e in article.events]
            + [q.speaker for q in article.quotes]
        ):
            if (
                actor is not None
                and actor.code
                and actor.code not in actors
                and actor.code not in self._known_actors
            ):
                actors[actor.code] = mapping.actor_row(actor)
        self._insert("actors", list(actors.values()), ignore_conflicts=True)
        return set(actors)

    def _insert(
        self,
        table: str,
        rows: list[dict] | pa.Table | pd.DataFrame,
        *,
        ignore_conflicts: bool = False,
    ) -> None:
        """Bulk insert by column name from Arrow (never row by row)."""
        if isinstance(rows, list):
            if not rows:
                return
            rows = pa.Table.from_pylist(rows)
        if len(rows) == 0:
            return
        name = f"_new_{table}"
        self._con.register(name, rows)
        try:
            verb = "INSERT OR IGNORE INTO" if ignore_conflicts else "INSERT INTO"
            self._con.execute(f"{verb} {table} BY NAME SELECT * FROM {name}")
        finally:
            self._con.unregister(name)

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
