"""The watcher as a process: killed mid-poll it loses and duplicates nothing, SIGTERM lets it
finish the articles in hand, and the archive of a killed-and-resumed watch still rebuilds
the store. Sites on 127.0.0.1 only; article pages answer slowly so the signal lands mid-poll.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from test_watch import _contents, _dead_port
from watch_site import sources_file, three_sites

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
PAGE_DELAY = 0.3
ARTICLE_PATHS = ("/news/", "/b/", "/c/")


def _start(sources: Path, db: Path, *extra: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "EVENTWIRE_MAX_BYTES": "1M"}
    command = [sys.executable, "-m", "eventwire", "watch", str(sources), "--db", str(db), "--once"]
    command += [
        "--delay",
        "0.05",
        "--timeout",
        "0.5",
        "--retries",
        "2",
        "--backoff",
        "0.05",
        *extra,
    ]
    return subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True, cwd=ROOT)


def _in_archive(db: Path) -> set[str]:
    """URLs whose page the (killed) watcher had written whole to the archive."""
    from eventwire.watch import state_path
    from eventwire.watch.archive import Stored, read_record

    with sqlite3.connect(f"file:{state_path(db)}?mode=ro", uri=True) as con:
        rows = con.execute(
            "SELECT url, record_id, warc, offset, length FROM urls WHERE warc IS NOT NULL"
        ).fetchall()
    return {row[0] for row in rows if read_record(Stored(*row[1:])) is not None}


def _statuses(db: Path) -> dict[str, str]:
    from eventwire.watch import state_path

    path = state_path(db)
    if not path.exists():
        return {}
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
            return dict(con.execute("SELECT url, status FROM urls").fetchall())
    except sqlite3.OperationalError:  # the watcher is creating it
        return {}


def _wait_for(condition, what: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.02)


def _article_fetches(sites) -> dict[str, int]:
    counts: dict[str, int] = {}
    for site in sites.all():
        for hit in site.hits:
            if hit.path.startswith(ARTICLE_PATHS) and hit.status == 200:
                counts[site.base + hit.path] = counts.get(site.base + hit.path, 0) + 1
    return counts


@pytest.fixture
def sites():
    made = three_sites(page_delay=PAGE_DELAY)
    yield made
    made.close()


def test_killed_mid_poll_then_restarted_loses_and_duplicates_nothing(sites, tmp_path):
    from eventwire.store import Store

    sources, db = tmp_path / "sources.txt", tmp_path / "watch.duckdb"
    sources_file(sources, sites, _dead_port())
    first = _start(sources, db)
    _wait_for(lambda: list(_statuses(db).values()).count("archived") >= 2, "two archived pages")
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=30)
    done_before = _in_archive(db)
    fetched_before = _article_fetches(sites)
    assert done_before  # the kill landed mid-poll, with pages archived
    assert len(done_before) < len(sites.expected)

    second = _start(sources, db)
    _, stderr = second.communicate(timeout=120)
    assert second.returncode == 1, stderr  # 1: the dead source and the slow page are reported

    with Store(db, read_only=True) as store, store.cursor() as cur:
        urls = [row[0] for row in cur.execute("SELECT url FROM articles").fetchall()]
    assert sorted(urls) == sorted(sites.expected)  # every article, each once
    fetched_after = _article_fetches(sites)
    for url in done_before:  # what the killed run had archived is never fetched again
        # (a page it had fetched but not yet written whole is fetched again: it was in hand)
        assert fetched_after.get(url, 0) == fetched_before.get(url, 0), url
    in_flight = [url for url, n in fetched_after.items() if n > 1]
    assert len(in_flight) <= len(sites.all())  # at most the page each host had in hand

    replay = tmp_path / "replay.duckdb"
    from typer.testing import CliRunner

    from eventwire.cli import app
    from eventwire.watch import archive_path

    warcs = sorted(str(p) for p in archive_path(db).glob("*.warc.gz"))
    result = CliRunner().invoke(
        app, ["ingest", *warcs, "--db", str(replay), "--workers", "1", "-q"]
    )
    assert result.exit_code == 0, result.output
    assert _contents(db) == _contents(replay)


def test_sigterm_finishes_the_articles_in_hand_and_stops(sites, tmp_path):
    from eventwire.store import Store

    sources, db = tmp_path / "sources.txt", tmp_path / "watch.duckdb"
    sources_file(sources, sites, _dead_port())
    watcher = _start(sources, db, "--verbose")
    _wait_for(lambda: "archived" in _statuses(db).values(), "a first archived page")
    watcher.send_signal(signal.SIGTERM)
    _, stderr = watcher.communicate(timeout=60)
    assert watcher.returncode in (0, 1), stderr
    assert "stopping after the articles in hand" in stderr
    assert "poll Main feed: ok" in stderr  # a log line per poll with --verbose
    statuses = _statuses(db)
    assert "archived" not in statuses.values()  # every page fetched was stored before stopping
    assert "queued" in statuses.values()  # and it did stop: not everything was fetched
    with Store(db, read_only=True) as store, store.cursor() as cur:
        stored = {row[0] for row in cur.execute("SELECT url FROM articles").fetchall()}
    assert stored and stored <= set(sites.expected)
