"""The eventwire store: one DuckDB file with articles, events, quotes, actors and ingest runs.

Idempotent: an article is keyed by a content hash of (source, url, body), so ingesting it
again stores nothing. Each article is written with its events and quotes in one
transaction, so a killed ingest leaves whole articles only and a rerun skips them.
Syndicated copies of a story (near-duplicate bodies) share a cluster, and the same event
reported by several articles of a cluster is stored once, with ``num_articles`` and
``num_sources`` (as GDELT's NumArticles/NumSources) and every report in ``event_mentions``.

DuckDB lets one process write a file, or several processes read it; an ingest run is the
only writer. Query methods use their own cursor, so one ``Store`` may serve many threads.
"""

from __future__ import annotations

import hashlib
import json
import re
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import duckdb
import pandas as pd
import pyarrow as pa

from eventwire.models import Article, ErrorEntry, Event
from eventwire.store import rows as mapping
from eventwire.store import syndication
from eventwire.store.failures import StoreError, connect, store_failure
from eventwire.store.filters import contains_pattern, event_where, parse_actor, parse_day

DEFAULT_PATH = "eventwire.duckdb"
SORT_KEY = "source_key, target_key, day, event_id"  # physical order of events after optimize()
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


@dataclass
class IngestSummary:
    """What one ``add`` or ingest run did."""

    articles: int = 0  # new articles stored
    duplicates: int = 0  # already stored (same content hash): nothing written
    skipped: int = 0  # raw inputs already stored: not even parsed
    syndicated: int = 0  # new articles that joined an existing syndication cluster
    events: int = 0  # new distinct events
    merged: int = 0  # event reports collapsed into an event already stored
    quotes: int = 0
    failures: int = 0  # documents with errors (stored when they have a body)
    errors: list[tuple[str, str, str]] = field(default_factory=list)  # (doc_id, stage, message)

    def as_dict(self) -> dict[str, int]:
        return {k: v for k, v in self.__dict__.items() if k != "errors"}


def scalar(cursor: duckdb.DuckDBPyConnection) -> Any:
    """The one value an aggregate query returns (``count(*)``, ``max(...)``)."""
    row = cursor.fetchone()
    if row is None:
        raise StoreError("an aggregate query returned no row")
    return row[0]


@cache
def _schema() -> str:
    return (resources.files("eventwire.store") / "schema.sql").read_text(encoding="utf-8")


def _table_ddl(table: str) -> str:
    match = re.search(rf"CREATE TABLE IF NOT EXISTS {table} \(.*?\n\);", _schema(), re.S)
    if match is None:  # pragma: no cover - a broken package, not a user error
        raise StoreError(f"schema.sql has no table {table}")
    return match.group(0)


def content_hash(article: Article) -> str:
    """The idempotency key: same source, URL and (whitespace-normalised) body = same article."""
    body = " ".join(article.body.split())
    payload = json.dumps([article.source or "", article.url or "", body], ensure_ascii=False)
    return hashlib.sha1(payload.encode("utf-8")).hexdigest()[:20]


def _day(value: str | None) -> date | None:
    if value and _ISO_DAY.match(value):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _publisher_key(article: Article, article_id: str) -> str:
    if article.source:
        return article.source.strip().lower()
    if article.url and (host := urlsplit(article.url).hostname):
        return host.removeprefix("www.")
    return article_id


def event_signature(event: Event, day: date | None) -> str:
    """Two reports in one syndication cluster with this signature are the same event."""
    target = event.target.code if event.target else ""
    place = event.location.name.lower() if event.location else ""
    return "|".join(
        [
            event.source.code or event.source.text.lower(),
            target or "",
            event.cameo,
            day.isoformat() if day else "",
            place,
        ]
    )


class Store:
    """An eventwire DuckDB store.

    ``Store(path, read_only=False)`` creates the file and schema when writable. Use as a
    context manager or call ``close()``. ``path=":memory:"`` gives a throwaway store.
    ``lock_wait``: seconds to keep retrying while another process holds the file (readers
    of ``eventwire serve`` hold it for a request at a time).
    """

    def __init__(
        self, path: str | Path = DEFAULT_PATH, read_only: bool = False, lock_wait: float = 0.0
    ) -> None:
        self.path = str(path)
        self.read_only = read_only
        if read_only and self.path != ":memory:" and not Path(self.path).exists():
            raise StoreError(
                f"no eventwire store at {self.path}; create one with: eventwire ingest INPUT --db {self.path}"
            )
        self._con = connect(self.path, read_only, lock_wait)
        if not read_only:
            try:
                self._con.execute(_schema())
            except duckdb.Error as exc:
                self._con.close()
                raise store_failure(self.path, exc, "create the tables of") from exc
        self._lock = threading.RLock()
        self._clusters: syndication.Clusters | None = None
        self._next_event_id: int | None = None
        self._known_actors: set[str] | None = None
        self._generation = 0

    @property
    def generation(self) -> int:
        """How many writes this connection has committed: readers that cache answers
        (the API) know the store changed when it moves."""
        return self._generation

    # -- lifecycle ---------------------------------------------------------------------

    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A cursor of its own (thread-safe reads); close it when done."""
        return self._con.cursor()

    def query(self, sql: str, params: list | None = None) -> pd.DataFrame:
        """Any read-only SQL on the store's tables, as a DataFrame."""
        with self.cursor() as cur:
            return cur.execute(sql, params or []).df()

    # -- writing -----------------------------------------------------------------------

    def begin_run(self, inputs: Iterable[str]) -> int:
        with self._lock:
            run_id = scalar(
                self._con.execute("SELECT coalesce(max(run_id), 0) + 1 FROM ingest_runs")
            )
            self._con.execute(
                "INSERT INTO ingest_runs (run_id, started_at, status, inputs) VALUES (?, ?, 'running', ?)",
                [run_id, _now(), [str(i) for i in inputs]],
            )
            return run_id

    def finish_run(self, run_id: int, summary: IngestSummary, status: str = "done") -> None:
        with self._lock:
            self._con.execute(
                "UPDATE ingest_runs SET finished_at = ?, status = ?, articles = ?, duplicates = ?, events = ?, "
                "merged = ?, quotes = ?, failures = ? WHERE run_id = ?",
                [
                    _now(),
                    status,
                    summary.articles,
                    summary.duplicates + summary.skipped,
                    summary.events,
                    summary.merged,
                    summary.quotes,
                    summary.failures,
                    run_id,
                ],
            )

    def known_raw_hashes(self) -> set[str]:
        """Raw-input hashes of stored articles: an ingest run skips these before parsing."""
        with self.cursor() as cur:
            return {
                row[0]
                for row in cur.execute(
                    "SELECT raw_hash FROM articles WHERE raw_hash IS NOT NULL"
                ).fetchall()
            }

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
    ):
        con = self._con
        if not article.body.strip():
            summary.failures += 1
            errors = article.errors or [ErrorEntry(stage="store", message="no article body")]
            self._insert(
                "failures",
                [
                    {"run_id": run_id, "doc_id": article.id, "stage": e.stage, "message": e.message}
                    for e in errors
                ],
            )
            return None
        article_id = content_hash(article)
        if con.execute("SELECT 1 FROM articles WHERE article_id = ?", [article_id]).fetchone():
            summary.duplicates += 1
            return None
        if article.errors:
            summary.failures += 1
        minhash = syndication.signature(article.body)
        cluster_id = clusters.assign(article_id, minhash)
        if cluster_id != article_id:
            summary.syndicated += 1
        published_day = _day(article.published)
        now = _now()
        first_event_id = self._event_ids()
        self._insert(
            "articles",
            [
                mapping.article_row(
                    article,
                    article_id=article_id,
                    raw_hash=raw_hash,
                    cluster_id=cluster_id,
                    publisher_key=_publisher_key(article, article_id),
                    published_day=published_day,
                    minhash=syndication.to_bytes(minhash),
                    first_event_id=first_event_id,
                    run_id=run_id,
                    ingested_at=now,
                )
            ],
        )

        existing: dict[str, list[int]] = defaultdict(list)
        lower = clusters.first_event_id(cluster_id)
        if cluster_id != article_id:
            for event_id, signature in con.execute(
                "SELECT DISTINCT event_id, signature FROM event_mentions WHERE event_id >= ? AND cluster_id = ? "
                "ORDER BY event_id",
                [lower, cluster_id],
            ).fetchall():
                existing[signature].append(event_id)
        seen: dict[str, int] = defaultdict(int)
        ref_to_id: dict[str, int] = {}
        new_events, mentions, merged_ids = [], [], []
        for event in article.events:
            day = _day(event.date) or published_day
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
                        cluster_id=cluster_id,
                        signature=signature,
                        article_id=article_id,
                        day=day,
                        added_at=now,
                    )
                )
            ref_to_id[event.id] = event_id
            mentions.append(
                mapping.mention_row(
                    event,
                    event_id=event_id,
                    article_id=article_id,
                    cluster_id=cluster_id,
                    signature=signature,
                )
            )
        self._insert("events", new_events)
        self._insert("event_mentions", mentions)
        if merged_ids:
            placeholders = ",".join("?" * len(merged_ids))
            con.execute(
                f"""
                UPDATE events SET num_mentions = m.n, num_articles = m.na, num_sources = m.ns
                FROM (SELECT em.event_id, count(*) AS n, count(DISTINCT em.article_id) AS na,
                             count(DISTINCT a.publisher_key) AS ns
                      FROM event_mentions em JOIN articles a ON a.article_id = em.article_id
                      WHERE em.event_id >= ? AND em.event_id IN ({placeholders}) GROUP BY em.event_id) AS m
                WHERE events.event_id = m.event_id""",
                [lower, *merged_ids],
            )

        quotes = [
            mapping.quote_row(
                quote,
                article_id,
                [ref_to_id[ref] for ref in quote.event_ids if ref in ref_to_id],
                cluster_id=cluster_id,
                day=published_day,
            )
            for quote in article.quotes
        ]
        self._insert("quotes", quotes)

        if self._known_actors is None:
            self._known_actors = {
                row[0] for row in con.execute("SELECT code FROM actors").fetchall()
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

        summary.articles += 1
        summary.events += len(new_events)
        summary.merged += len(merged_ids)
        summary.quotes += len(quotes)
        return article_id, cluster_id, minhash, first_event_id, set(actors)

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
                self._con.execute("ALTER TABLE events RENAME TO events_unsorted")
                self._con.execute(_table_ddl("events"))
                self._con.execute(
                    f"INSERT INTO events SELECT * FROM events_unsorted ORDER BY {SORT_KEY}"
                )
                self._con.execute("DROP TABLE events_unsorted")
                self._con.execute(
                    "INSERT OR REPLACE INTO store_meta VALUES ('sorted_events', ?)", [total]
                )
                self._con.commit()
                self._generation += 1
            except BaseException:
                self._con.rollback()
                raise
            self._con.execute("CHECKPOINT")
            return True

    # -- reading -----------------------------------------------------------------------

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


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    """Roll back, keeping the error that made us (a full disk can fail the rollback too)."""
    try:
        con.rollback()
    except duckdb.Error:
        pass


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


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
