"""Issue 16, the store under stress: a file another process holds, a full disk, a folder
that cannot be written, a damaged file. Each ends in one clear message (never a traceback),
the documented exit code, and counts that match what was stored.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time

import duckdb
import pytest

import hostile
from conftest import ROOT
from eventwire.store import Store, StoreError
from store_factory import make_article

ENV = dict(os.environ, PYTHONPATH=str(ROOT / "src"))


def _cli(*args: str, limit_file_size: int | None = None) -> subprocess.CompletedProcess:
    """``eventwire ARGS``; with ``limit_file_size`` no file may grow past that many bytes
    (``RLIMIT_FSIZE``, its signal ignored): writes fail as on a full disk."""
    prefix = []
    if limit_file_size is not None:
        prefix = [
            "-c",
            textwrap.dedent(f"""
                import resource, runpy, signal, sys
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
                resource.setrlimit(resource.RLIMIT_FSIZE, ({limit_file_size}, {limit_file_size}))
                sys.argv = ["eventwire", *sys.argv[1:]]
                runpy.run_module("eventwire", run_name="__main__")
            """),
        ]
    else:
        prefix = ["-m", "eventwire"]
    return subprocess.run(
        [sys.executable, *prefix, *args], capture_output=True, text=True, env=ENV, timeout=300
    )


def _small_store(path) -> None:
    with Store(path) as store:
        store.add(
            [
                make_article(f"a{i}", [("RUSGOV", "190", "UKR")], url=f"https://x/{i}")
                for i in range(40)
            ]
        )


# -- 6. serve's readers must not lock an ingest out ------------------------------------------


def test_a_writer_waits_for_another_process_to_let_go_of_the_file(tmp_path):
    path = tmp_path / "s.duckdb"
    _small_store(path)
    holder = subprocess.Popen(  # a reader, as `serve` opens one per request (longer here)
        [
            sys.executable,
            "-c",
            f"import duckdb, time; c = duckdb.connect({str(path)!r}, read_only=True); "
            "print('held', flush=True); time.sleep(1.5)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(StoreError, match="another process holds it"):
            Store(path)  # no wait: refused at once, saying why
        started = time.monotonic()
        with Store(path, lock_wait=30) as store:
            assert store.counts()["articles"] == 40
        assert time.monotonic() - started < 30
    finally:
        holder.wait(30)


# -- 25. a full disk -------------------------------------------------------------------------


def test_a_full_disk_ends_the_ingest_clearly_with_exact_counts_and_a_rerun_resumes(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps(s) + "\n" for s in hostile.wire_stories(12)))
    db = tmp_path / "full.duckdb"
    args = ["ingest", str(feed), "--db", str(db), "-q", "--workers", "1"]
    full = _cli(*args, limit_file_size=40_000)
    assert full.returncode == 2, full.stderr[-2000:]
    assert "Traceback" not in full.stderr
    assert "the disk is full" in full.stderr
    stored = int(full.stderr.split("; ")[-1].split(" new articles")[0])
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == stored < 12
        [run] = store.runs().to_dict("records")
        assert (run["status"], run["articles"]) == ("interrupted", stored)
    again = _cli(*args)
    assert again.returncode == 0, again.stderr[-2000:]
    with Store(db, read_only=True) as store:
        assert store.counts()["articles"] == 12


# -- 26. a folder that cannot be written -----------------------------------------------------


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_database_in_a_read_only_folder_is_one_clear_message(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = _cli(
            "ingest", str(ROOT / "src/eventwire/samples"), "--db", str(folder / "x.duckdb")
        )
    finally:
        folder.chmod(0o755)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "not writable" in result.stderr


def test_a_read_only_folder_message_for_any_user(tmp_path, monkeypatch):
    """The same, whatever the user: DuckDB's own error for a folder it may not write."""

    def refuse(path, read_only=False):
        raise duckdb.IOException(f'IO Error: Cannot open file "{path}": Permission denied')

    monkeypatch.setattr(duckdb, "connect", refuse)
    with pytest.raises(StoreError) as caught:
        Store(tmp_path / "x.duckdb")
    assert "is not writable; choose another --db" in str(caught.value)


# -- 27. a damaged database ------------------------------------------------------------------


def _damage(path) -> None:
    data = bytearray(path.read_bytes())
    for block in range(12_288, len(data), 4096):  # every block after the headers
        data[block + 100 : block + 200] = b"\xff" * 100
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["garbage", "flipped blocks"])
@pytest.mark.parametrize("command", ["events", "ingest"])
def test_a_damaged_database_is_one_clear_message(tmp_path, how, command):
    db = tmp_path / "s.duckdb"
    if how == "garbage":
        db.write_bytes(os.urandom(64 * 1024))
    else:
        _small_store(db)
        _damage(db)
    args = ["events", "--db", str(db)]
    if command == "ingest":
        args = ["ingest", str(ROOT / "src/eventwire/samples/sanctions.txt"), "--db", str(db), "-q"]
    result = _cli(*args)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    if how == "garbage":  # not even a DuckDB header: refused before DuckDB opens it
        assert "is not a DuckDB file" in result.stderr
    else:
        assert (
            "the file is damaged" in result.stderr and "restore it from a backup" in result.stderr
        )
