"""Why a store cannot be used, said once and clearly; and opening a file another process
holds, with a bounded wait.

DuckDB's own errors name the symptom (``IO Error``, a checksum, ``File too large``); the
user needs the cause and what to do: another process holds the file, the file is damaged,
the disk is full, the folder is not writable.
"""

from __future__ import annotations

import sys
import time

import duckdb

__all__ = ["WRITER_LOCK_WAIT", "StoreError", "connect", "store_failure"]


class StoreError(RuntimeError):
    """A store that cannot be opened or written, with a message a user can act on."""


WRITER_LOCK_WAIT = 30.0  # seconds `eventwire ingest` waits for readers to let go of the file
LOCK_RETRY = 0.05  # seconds between two attempts to open a file another process holds
_LOCKED = "Could not set lock"
_DAMAGED = ("not a valid DuckDB database file", "Corrupt database file", "checksum")
_NO_SPACE = ("No space left", "File too large", "Disk quota")
_NO_PERMISSION = ("Permission denied", "Read-only file system")


def store_failure(path: str, exc: BaseException, doing: str = "open") -> StoreError:
    """One clear message for a store that cannot be used, by cause: held by another
    process, damaged, out of disk space, not writable."""
    text = str(exc)
    if _LOCKED in text:
        hint = (
            "another process holds it (an ingest run, or `eventwire serve` reading it); "
            "DuckDB allows one writer or several readers"
        )
    elif any(mark in text for mark in _DAMAGED):
        hint = (
            "the file is damaged (not a DuckDB database, or a block fails its checksum); "
            "restore it from a backup, or ingest into a new --db"
        )
    elif any(mark in text for mark in _NO_SPACE):
        hint = "the disk is full; free space, then rerun the same command to resume"
    elif any(mark in text for mark in _NO_PERMISSION):
        hint = "the file or its folder is not writable; choose another --db"
    else:
        hint = text
    return StoreError(f"cannot {doing} {path}: {hint} ({text.splitlines()[0][:300]})")


def connect(path: str, read_only: bool, lock_wait: float) -> duckdb.DuckDBPyConnection:
    """``duckdb.connect``, retried for up to ``lock_wait`` seconds while the file is locked
    by another process; any failure a ``StoreError`` that says why."""
    deadline = time.monotonic() + lock_wait
    told = False
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.Error as exc:
            if _LOCKED not in str(exc) or time.monotonic() >= deadline:
                raise store_failure(path, exc) from exc
            if not told:
                sys.stderr.write(
                    f"waiting up to {lock_wait:g} s for {path}: another process "
                    "(eventwire serve answering a request?) holds it\n"
                )
                told = True
            time.sleep(LOCK_RETRY)
