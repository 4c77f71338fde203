"""The store's reads: articles, one article with its events and quotes, events, quotes,
runs and counts. Query methods use their own cursor, so one ``Store`` may serve many threads.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import duckdb
import pandas as pd

from eventwire.store import rows as mapping
from eventwire.store.failures import StoreError
from eventwire.store.filter_sql import contains_pattern, event_where
from eventwire.store.filter_values import parse_actor, parse_day


def scalar(cursor: duckdb.DuckDBPyConnection) -> Any:
    """The one value an aggregate query returns (``count(*)``, ``max(...)``)."""
    row = cursor.fetchone()
    if row is None:
        raise StoreError("an aggregate query returned no row")
    return row[0]


class StoreReader:
    """The reading half of ``Store``."""

    _con: duckdb.DuckDBPyConnection

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of its own (thread-safe reads); close it when done."""
        return self._con.cursor()

    def query(self, sql: str, params: list | None = None) -> pd.DataFrame:
        """Any read-only SQL on the store's tables, as a DataFrame."""
        with self.cursor() as cur:
            return cur.execute(sql, params or []).df()

    def known_raw_hashes(self) -> set[str]:
        """Raw-input hashes of stored articles: an ingest run skips these before parsing."""
        with self.cursor() as cur:
            return {
                row[0]
                for row in cur.execute(
                    "SELECT raw_hash FROM articles WHERE raw_hash IS NOT NULL"
                ).fetchall()
            }

    def articles(self, limit: int = 50, offset: int = 0, q: str | None = None) -> list[dict]:
        """Articles, newest first, without bodies; ``q`` searches title and body (case-insensitive)."""
        where, params = "TRUE", []
        if q:
            pattern = contains_pattern(q)
            where = "(a.title ILIKE ? ESCAPE '\\' OR a.body ILIKE ? ESCAPE '\\')"
            params = [pattern, pattern]
        with self.cursor() as cur:
            return _rows(
                cur,
                f"""
            WITH page AS (
                SELECT a.article_id AS id, a.doc_id, a.source, a.url, a.title, a.subtitle, a.published,
                       a.published_day, a.dateline, a.author, a.language, a.cluster_id, a.ingested_at
                FROM articles a WHERE {where}
                ORDER BY a.published_day DESC NULLS LAST, a.ingested_at DESC, a.article_id
                LIMIT ? OFFSET ?)
            SELECT page.* EXCLUDE (published_day, ingested_at),
                   (SELECT count(*) FROM event_mentions m WHERE m.article_id = page.id) AS num_events,
                   (SELECT count(*) FROM quotes qq WHERE qq.article_id = page.id) AS num_quotes
            FROM page ORDER BY page.published_day DESC NULLS LAST, page.ingested_at DESC, page.id""",
                params + [limit, offset],
            )

    def article(self, id: str) -> dict | None:
        """One article with body, events (spans into this article's body) and quotes.

        ``id`` is the store's ``article_id`` or, failing that, the input's ``doc_id``.
        """
        with self.cursor() as cur:
            rows = _rows(
                cur,
                "SELECT * EXCLUDE (minhash) FROM articles WHERE article_id = ? OR doc_id = ? "
                "ORDER BY (article_id = ?) DESC LIMIT 1",
                [id, id, id],
            )
            if not rows:
                return None
            article = rows[0]
            article["id"] = article["article_id"]
            article["errors"] = mapping.errors_from_json(article["errors"])
            article["events"] = _rows(
                cur,
                """
                SELECT e.* EXCLUDE (article_id, sentence, sentence_index, span_start, span_end, confidence, signature),
                       m.event_ref, m.sentence, m.sentence_index, m.span_start, m.span_end, m.confidence,
                       m.article_id
                FROM event_mentions m JOIN events e ON e.event_id = m.event_id
                WHERE m.article_id = ? ORDER BY m.span_start, e.event_id""",
                [article["article_id"]],
            )
            article["quotes"] = _rows(
                cur,
                "SELECT * FROM quotes WHERE article_id = ? ORDER BY span_start",
                [article["article_id"]],
            )
        return article

    def events(
        self,
        actor: str | None = None,
        dyad: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        root: str | int | None = None,
        limit: int | None = None,
        offset: int = 0,
        *,
        quad_class: int | None = None,
        cameo: str | None = None,
        undirected: bool = False,
        newest_first: bool = True,
    ) -> pd.DataFrame:
        """Distinct events (syndicated copies collapsed) with their first report's provenance.

        Filters: see ``eventwire.store.filters``. Newest first (day, then event id), as in the
        CLI and the API; ``newest_first=False`` for oldest first.
        """
        return self.query(
            *self.events_sql(
                actor=actor,
                dyad=dyad,
                since=since,
                until=until,
                root=root,
                limit=limit,
                offset=offset,
                quad_class=quad_class,
                cameo=cameo,
                undirected=undirected,
                newest_first=newest_first,
            )
        )

    def events_sql(
        self,
        *,
        columns: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = True,
        **filters,
    ) -> tuple[str, list]:
        """The SQL behind ``events`` (``columns`` over ``e`` events and ``a`` articles), for exports."""
        with self.cursor() as cur:
            where, params = event_where(cur=cur, **filters)
        order = "DESC" if newest_first else "ASC"
        columns = columns or (
            "e.* EXCLUDE (signature), a.title AS article_title, a.url AS article_url, "
            "a.source AS article_source, a.published AS article_published"
        )
        page = ""
        if limit is not None:
            page, params = " LIMIT ? OFFSET ?", params + [limit, offset]
        elif offset:
            page, params = " OFFSET ?", params + [offset]
        # Filter, order and page the events first; join the page's articles afterwards.
        sql = (
            f"SELECT {columns} FROM (SELECT * FROM events e WHERE {where} "
            f"ORDER BY e.day {order} NULLS LAST, e.event_id {order}{page}) AS e "
            f"LEFT JOIN articles a ON a.article_id = e.article_id "
            f"ORDER BY e.day {order} NULLS LAST, e.event_id {order}"
        )
        return sql, params

    def quotes(
        self,
        speaker: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        q: str | None = None,
        limit: int | None = None,
        offset: int = 0,
        *,
        collapse: bool = True,
    ) -> pd.DataFrame:
        """Quotes, optionally by speaker (actor token), text search ``q`` and day range.

        With ``collapse`` the same quote (same speaker and text) in syndicated copies is one
        row with ``num_articles``.
        """
        clauses: list[str] = []
        params: list[Any] = []
        if speaker:
            token = parse_actor(speaker)
            clauses.append("(starts_with(qt.speaker_code, ?) OR qt.speaker_country = ?)")
            params += [token, token]
        if (start := parse_day(since, "since")) is not None:
            clauses.append("qt.day >= ?")
            params.append(start)
        if (end := parse_day(until, "until")) is not None:
            clauses.append("qt.day <= ?")
            params.append(end)
        if q:
            clauses.append("qt.text ILIKE ? ESCAPE '\\'")
            params.append(contains_pattern(q))
        where = " AND ".join(clauses) or "TRUE"
        key = "qt.cluster_id, coalesce(qt.speaker_code, lower(qt.speaker_text)), lower(qt.text)"
        collapse_sql = (
            f"QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY a.ingested_at, qt.quote_id) = 1"
            if collapse
            else ""
        )
        page = " LIMIT ? OFFSET ?" if limit is not None else ""
        params += [limit, offset] if limit is not None else []
        return self.query(
            f"""
            SELECT qt.*, count(*) OVER (PARTITION BY {key}) AS num_articles,
                   a.title AS article_title, a.url AS article_url, a.source AS article_source
            FROM quotes qt JOIN articles a ON a.article_id = qt.article_id
            WHERE {where} {collapse_sql}
            ORDER BY qt.day NULLS LAST, qt.quote_id{page}""",
            params,
        )

    def runs(self) -> pd.DataFrame:
        """Ingest runs, newest first (status ``running`` with no end: killed or still going)."""
        return self.query("SELECT * FROM ingest_runs ORDER BY run_id DESC")

    def counts(self) -> dict[str, int]:
        """Row counts per table (articles, events, event_mentions, quotes, actors)."""
        with self.cursor() as cur:
            return {
                t: scalar(cur.execute(f"SELECT count(*) FROM {t}"))
                for t in ("articles", "events", "event_mentions", "quotes", "actors")
            }


def _rows(cur: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[dict]:
    """Query -> JSON-friendly dicts (dates and times as ISO strings)."""
    result = cur.execute(sql, params)
    names = [d[0] for d in result.description]
    return [{name: _plain(value) for name, value in zip(names, row)} for row in result.fetchall()]


def _plain(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, bytes):
        return None
    return value
