"""Crash-safe ingest: a real ``eventwire ingest`` subprocess SIGKILLed mid-run, several times.

After every kill the store must be consistent (DuckDB replays its WAL on open; every stored
article has all of its events and quotes, none half-written); rerunning the same command
resumes; the final store equals that of an uninterrupted run: same articles, events,
mentions, quotes and actors, none lost, none doubled.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import random
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import duckdb
import pytest

import hostile
from conftest import ROOT

KILLS = 3
# Columns that differ between runs by design (when, and by which run).
VOLATILE = {"run_id", "ingested_at", "added_at"}
TABLES = ["articles", "events", "event_mentions", "quotes", "actors"]
PROGRESS = re.compile(rb"(\d+)(?:doc|/\d+) \[")  # "12doc [" or, with a known total, "12/47 ["


def _feed(path: Path) -> int:
    """40 wire stories plus syndicated copies, an exact repeat and two unusable records."""
    stories = hostile.wire_stories(40)
    copies = [
        dict(s, id=s["id"] + "-syndicated", url=s["url"].replace("wire.example", "paper.example"))
        for s in stories[5:9]
    ]
    records = stories[:20] + copies + [dict(stories[3], id="repeat-of-3")] + stories[20:]
    records += [{"id": "empty", "text": ""}, {"id": "binary", "text": "\x00\x01\x02\x03" * 50}]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return len(records)


def _command(feed: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "eventwire", "ingest", str(feed), "--db", str(db)]


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT / "src"))


def _run_and_kill(
    feed: Path, db: Path, after_docs: int, extra_delay: float
) -> tuple[int | None, int]:
    """Run ingest with its progress bar on a pseudo-terminal; SIGKILL it once it reports
    ``after_docs`` documents done (plus ``extra_delay`` s). Returns (exit code, docs seen)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # tqdm needs a width
    proc = subprocess.Popen(
        _command(feed, db),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=slave,
        env=_env(),
        start_new_session=True,
    )
    os.close(slave)
    seen, tail = 0, b""
    deadline = time.monotonic() + 600
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            ready, _, _ = select.select([master], [], [], 0.02)
            if ready:
                try:
                    tail = (tail + os.read(master, 4096))[-400:]
                except OSError:  # the child closed the terminal
                    break
                if counts := PROGRESS.findall(tail):
                    seen = int(counts[-1])
            if seen >= after_docs:
                time.sleep(extra_delay)
                os.kill(proc.pid, signal.SIGKILL)
                break
        proc.wait(timeout=60)
    finally:
        os.close(master)
        if proc.poll() is None:  # pragma: no cover - only when the deadline passed
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    return proc.returncode, seen


def _snapshot(db: Path) -> dict[str, list[tuple]]:
    """Every table's rows without the volatile columns, sorted (opening replays the WAL)."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        snapshot = {}
        for table in TABLES:
            columns = [
                c
                for (c,) in con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                    [table],
                ).fetchall()
                if c not in VOLATILE
            ]
            rows = con.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall()
            snapshot[table] = sorted(rows, key=repr)
        snapshot["failures"] = sorted(
            set(con.execute("SELECT doc_id, stage, message FROM failures").fetchall())
        )
        snapshot["runs"] = con.execute(
            "SELECT status, count(*) FROM ingest_runs GROUP BY status"
        ).fetchall()
        return snapshot
    finally:
        con.close()


def _per_article(snapshot: dict, table: str) -> dict[str, list[tuple]]:
    """Rows of ``table`` grouped by article_id (the second column of events, first of quotes...)."""
    con_columns = {"events": 3, "event_mentions": 1, "quotes": 1}
    grouped: dict[str, list[tuple]] = {}
    for row in snapshot[table]:
        grouped.setdefault(row[con_columns[table]], []).append(row)
    return grouped


@pytest.fixture(scope="module")
def reference(tmp_path_factory):
    """The same feed ingested by one uninterrupted ``eventwire ingest`` run."""
    folder = tmp_path_factory.mktemp("reference")
    feed, db = folder / "feed.jsonl", folder / "ref.duckdb"
    _feed(feed)
    result = subprocess.run(
        _command(feed, db) + ["-q"], capture_output=True, env=_env(), timeout=600
    )
    assert result.returncode == 1, result.stderr.decode()[-2000:]  # the two unusable records
    return _snapshot(db)


@pytest.mark.slow
def test_killed_ingest_resumes_to_exactly_the_uninterrupted_result(tmp_path, reference):
    feed, db = tmp_path / "feed.jsonl", tmp_path / "killed.duckdb"
    total = _feed(feed)
    assert (
        len(reference["articles"]) >= 40 and len(reference["events"]) > 40 and reference["quotes"]
    )
    rng = random.Random(8)
    ref_events, ref_quotes = _per_article(reference, "events"), _per_article(reference, "quotes")
    stored_counts, wal_seen = [], False
    for kill in range(KILLS):
        done = len(_snapshot(db)["articles"]) if db.exists() else 0
        remaining = total - done
        code, seen = _run_and_kill(
            feed,
            db,
            after_docs=rng.randint(1, max(1, remaining * 2 // 3)),
            extra_delay=rng.choice([0.0, 0.0, 0.005, 0.02, 0.1]),
        )
        assert code == -signal.SIGKILL, (
            f"kill {kill}: the run ended by itself (exit {code}) after {seen} docs"
        )
        wal_seen |= Path(str(db) + ".wal").exists()
        state = _snapshot(db)
        stored_counts.append(len(state["articles"]))
        # Consistent: every stored article has exactly its events and quotes, none half-written.
        for article_id, rows in _per_article(state, "events").items():
            assert len(rows) == len(ref_events.get(article_id, [])), (
                f"partial events for {article_id}"
            )
        for article_id, rows in _per_article(state, "quotes").items():
            assert rows == ref_quotes.get(article_id), f"partial quotes for {article_id}"
        assert {a for a in _per_article(state, "events")} <= {row[0] for row in state["articles"]}
        assert ("running", kill + 1) in state["runs"]  # a killed run is never marked done
    assert stored_counts == sorted(stored_counts) and stored_counts[-1] > 0, stored_counts
    assert wal_seen, "no kill left a write-ahead log to replay"
    print(f"\ncrash-resume: {KILLS} SIGKILLs, articles stored after each: {stored_counts}")

    result = subprocess.run(
        _command(feed, db) + ["-q"], capture_output=True, env=_env(), timeout=600
    )
    assert result.returncode == 1, result.stderr.decode()[-2000:]
    final = _snapshot(db)
    for table in [*TABLES, "failures"]:
        assert final[table] == reference[table], f"{table} differs from the uninterrupted run"
    print(
        f"crash-resume: final store = uninterrupted run: {len(final['articles'])} articles, "
        f"{len(final['events'])} events, {len(final['quotes'])} quotes"
    )
