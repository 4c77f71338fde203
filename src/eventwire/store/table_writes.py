"""Inserting a placed article's rows, table by table, inside the caller's transaction.

The same event reported by several articles of a syndication cluster is stored once, with
``num_articles`` and ``num_sources`` (as GDELT's NumArticles/NumSources) and every report in
``event_mentions``. Rows are made by ``eventwire.store.rows``, the one mapping between
models and tables, and inserted in bulk from Arrow.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

import duckdb
import pandas as pd
import pyarrow as pa
from datasketch import MinHash

from eventwire.models import Article, ErrorEntry
from eventwire.store import rows as mapping
from eventwire.store import syndication
from eventwire.store.keys import day_of, event_signature, publisher_key
from eventwire.store.read import scalar
from eventwire.store.runs import IngestSummary


@dataclass
class Placement:
    """Where a new article goes: its key and cluster, and the values all its rows share."""

    article_id: str
    cluster_id: str
    minhash: MinHash
    published_day: date | None
    now: datetime
    first_event_id: int


class TableWriter:
    """The row writes of ``StoreWriter``, a method per table, and the next free event id."""

    _con: duckdb.DuckDBPyConnection
    _next_event_id: int | None
    _known_actors: set[str] | None

    def _event_ids(self) -> int:
        if self._next_event_id is None:
            self._next_event_id = scalar(
                self._con.execute("SELECT coalesce(max(event_id), 0) + 1 FROM events")
            )
        return self._next_event_id

    def _write_failure(self, article: Article, summary: IngestSummary, run_id: int | None) -> None:
        """A document without a body is a failure row, not an article."""
        summary.failures += 1
        errors = article.errors or [ErrorEntry(stage="store", message="no article body")]
        self._insert("failures", [mapping.failure_row(e, article.id, run_id) for e in errors])

    def _insert_article(
        self, article: Article, placed: Placement, raw_hash: str | None, run_id: int | None
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

    def _cluster_events(self, placed: Placement, lower: int) -> dict[str, list[int]]:
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
        self, article: Article, placed: Placement, lower: int
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

    def _write_quotes(self, article: Article, placed: Placement, ref_to_id: dict[str, int]) -> int:
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
