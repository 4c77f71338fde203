"""What the watcher knows between runs, in a SQLite file next to the store.

Every article URL found has one row whose ``status`` moves forward only:
``queued`` (found in a source) -> ``archived`` (its record reserved in the archive) ->
``stored`` (its article committed to the store), or ``skipped``/``failed`` with a reason.
Rows are written before the action they announce, so after a kill the watcher knows what
may be half done: an ``archived`` record is checked in its file and ingested from there, a
``queued`` URL is fetched. Feeds keep their ETag/Last-Modified for conditional GETs, and
each source its last poll, for the dashboard.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from eventwire.watch.archive import Stored

MAX_ATTEMPTS = 3  # polls at which a URL that failed for a passing reason is tried again

_SCHEMA = """
CREATE TABLE IF NOT EXISTS urls (
    url TEXT PRIMARY KEY, source TEXT, status TEXT NOT NULL, reason TEXT,
    attempts INTEGER NOT NULL DEFAULT 0, seq INTEGER, record_id TEXT, warc TEXT,
    offset INTEGER, length INTEGER, found_at TEXT, fetched_at TEXT);
CREATE INDEX IF NOT EXISTS urls_status ON urls (status);
CREATE TABLE IF NOT EXISTS validators (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT);
CREATE TABLE IF NOT EXISTS sources (
    url TEXT PRIMARY KEY, label TEXT, kind TEXT, interval REAL, last_poll TEXT,
    last_status TEXT, last_error TEXT, found INTEGER DEFAULT 0, new_articles INTEGER DEFAULT 0,
    articles INTEGER DEFAULT 0, errors INTEGER DEFAULT 0, polls INTEGER DEFAULT 0);
"""


def state_path(db: str | Path) -> Path:
    """The state file of the watcher writing store ``db``: ``news.duckdb`` -> ``news.watch.sqlite``."""
    db = Path(db)
    return db.with_name(db.stem + ".watch.sqlite")


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class WatchState:
    """The state file; one connection shared by the watcher's threads (serialised)."""

    def __init__(self, path: str | Path, read_only: bool = False) -> None:
        uri = f"file:{Path(path)}?mode=ro" if read_only else f"file:{Path(path)}"
        self.con = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
        self.con.execute("PRAGMA busy_timeout = 5000")
        if not read_only:
            self.con.execute("PRAGMA journal_mode = WAL")
            self.con.executescript(_SCHEMA)
        self.lock = threading.Lock()

    def close(self) -> None:
        self.con.close()

    def _run(self, sql: str, params: Iterable = ()) -> list[tuple]:
        with self.lock:
            return self.con.execute(sql, tuple(params)).fetchall()

    # -- article URLs ------------------------------------------------------------------

    def add_found(self, source: str, urls: list[str]) -> list[str]:
        """Queue the URLs not seen before; returns them."""
        with self.lock:
            known = {
                row[0]
                for chunk in _chunks(urls, 500)
                for row in self.con.execute(
                    f"SELECT url FROM urls WHERE url IN ({','.join('?' * len(chunk))})", chunk
                )
            }
            new = [url for url in urls if url not in known]
            self.con.executemany(
                "INSERT INTO urls (url, source, status, found_at) VALUES (?, ?, 'queued', ?)",
                [(url, source, _now()) for url in new],
            )
            return new

    def skip(self, source: str, url: str, reason: str) -> None:
        self._run(
            "INSERT INTO urls (url, source, status, reason, found_at) VALUES (?, ?, 'skipped', ?, ?) "
            "ON CONFLICT (url) DO NOTHING",
            [url, source, reason, _now()],
        )

    def to_fetch(self) -> list[tuple[str, str]]:
        """(url, source) of queued URLs and of failures worth another try, oldest first."""
        return [
            (row[0], row[1])
            for row in self._run(
                "SELECT url, source FROM urls WHERE status = 'queued' OR "
                "(status = 'failed' AND attempts < ?) ORDER BY rowid",
                [MAX_ATTEMPTS],
            )
        ]

    def still_wanted(self, url: str) -> bool:
        """Whether ``url`` still needs fetching (a redirect may have fetched it meanwhile)."""
        rows = self._run("SELECT status FROM urls WHERE url = ?", [url])
        return bool(rows) and rows[0][0] in ("queued", "failed")

    def archived(self, url: str, stored: Stored) -> None:
        self._run(
            "UPDATE urls SET status = 'archived', record_id = ?, warc = ?, offset = ?, length = ?, "
            "seq = (SELECT coalesce(max(seq), 0) + 1 FROM urls), fetched_at = ? WHERE url = ?",
            [stored.record_id, stored.path, stored.offset, stored.length, _now(), url],
        )

    def claim_redirect(self, url: str, target: str) -> bool:
        """Whether ``url`` may follow its redirect to ``target``: not if ``target`` is already
        archived, stored or skipped; if it is only queued, this fetch takes its place."""
        with self.lock:
            row = self.con.execute("SELECT status FROM urls WHERE url = ?", [target]).fetchone()
            if row and row[0] not in ("queued", "failed"):
                return False
            self.con.execute(
                "INSERT INTO urls (url, source, status, reason, found_at) "
                "SELECT ?, source, 'skipped', ?, ? FROM urls WHERE url = ? "
                "ON CONFLICT (url) DO UPDATE SET status = 'skipped', reason = excluded.reason",
                [target, f"fetched through the redirect from {url}", _now(), url],
            )
            return True

    def pending(self) -> list[tuple[str, str, Stored]]:
        """(url, source, where) of archived records not yet in the store, in archive order."""
        return [
            (row[0], row[1], Stored(row[2], row[3], row[4], row[5]))
            for row in self._run(
                "SELECT url, source, record_id, warc, offset, length FROM urls "
                "WHERE status = 'archived' ORDER BY seq"
            )
        ]

    def finish(self, url: str, status: str, reason: str = "", transient: bool = False) -> None:
        """``stored``, ``skipped`` or ``failed`` (``transient`` failures are tried again)."""
        attempts = "attempts + 1" if status != "stored" else "attempts"
        final = "" if transient or status == "stored" else f", attempts = {MAX_ATTEMPTS}"
        self._run(
            f"UPDATE urls SET status = ?, reason = ?, attempts = {attempts}{final} WHERE url = ?",
            [status, reason, url],
        )

    def forget_record(self, url: str) -> None:
        """A record that never made it whole to the archive: fetch the URL again."""
        self._run(
            "UPDATE urls SET status = 'queued', record_id = NULL, warc = NULL, offset = NULL, "
            "length = NULL, seq = NULL WHERE url = ?",
            [url],
        )

    def counts(self) -> dict[str, int]:
        return {
            row[0]: row[1] for row in self._run("SELECT status, count(*) FROM urls GROUP BY status")
        }

    # -- conditional GET ---------------------------------------------------------------

    def validators(self, url: str) -> dict[str, str]:
        rows = self._run("SELECT etag, last_modified FROM validators WHERE url = ?", [url])
        return {"etag": rows[0][0] or "", "last_modified": rows[0][1] or ""} if rows else {}

    def set_validators(self, url: str, etag: str, last_modified: str) -> None:
        self._run(
            "INSERT OR REPLACE INTO validators (url, etag, last_modified) VALUES (?, ?, ?)",
            [url, etag, last_modified],
        )

    # -- sources -----------------------------------------------------------------------

    def register(self, url: str, label: str, kind: str, interval: float) -> None:
        self._run(
            "INSERT INTO sources (url, label, kind, interval) VALUES (?, ?, ?, ?) ON CONFLICT (url) "
            "DO UPDATE SET label = excluded.label, kind = excluded.kind, interval = excluded.interval",
            [url, label, kind, interval],
        )

    def last_poll(self, url: str) -> datetime | None:
        rows = self._run("SELECT last_poll FROM sources WHERE url = ?", [url])
        return datetime.fromisoformat(rows[0][0]) if rows and rows[0][0] else None

    def polled(self, url: str, status: str, error: str, found: int) -> None:
        """Record a poll; ``new_articles`` restarts counting when the poll found new links."""
        self._run(
            "UPDATE sources SET last_poll = ?, last_status = ?, last_error = ?, found = ?, "
            "new_articles = CASE WHEN ? > 0 THEN 0 ELSE new_articles END, polls = polls + 1, "
            "errors = errors + ? WHERE url = ?",
            [_now(), status, error or None, found, found, 1 if error else 0, url],
        )

    def article_stored(self, source: str) -> None:
        self._run(
            "UPDATE sources SET new_articles = new_articles + 1, articles = articles + 1 "
            "WHERE url = ?",
            [source],
        )

    def sources(self) -> list[dict]:
        """Every source with its last poll, for ``GET /api/sources``."""
        with self.lock:
            cursor = self.con.execute("SELECT * FROM sources ORDER BY label, url")
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, row)) for row in cursor.fetchall()]
            for row in rows:
                row["queued"] = self.con.execute(
                    "SELECT count(*) FROM urls WHERE source = ? AND status IN ('queued', 'archived')",
                    [row["url"]],
                ).fetchone()[0]
        return rows


def _chunks(items: list[str], size: int) -> Iterable[list[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]
