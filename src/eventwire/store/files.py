"""Whether a path can be opened as an eventwire store, said before DuckDB says it less clearly."""

from __future__ import annotations

from pathlib import Path

_MAGIC = b"DUCK"  # a DuckDB file carries it at bytes 8..12


def store_file_problem(path: str | Path) -> str | None:
    """Why ``path`` is no DuckDB store (a folder, another kind of file), or None when it may be
    one (or does not exist yet: the caller decides whether that is an error)."""
    path = Path(path)
    if path.is_dir():
        return f"{path} is a directory; give the DuckDB file (e.g. {path / 'eventwire.duckdb'})"
    if not path.is_file():
        return None
    try:
        with open(path, "rb") as handle:
            head = handle.read(12)
    except OSError as exc:
        return f"cannot read {path}: {exc.strerror or exc}"
    if head and head[8:12] != _MAGIC:
        return (
            f"{path} is not a DuckDB file (an eventwire store is one, written by "
            "`eventwire ingest FILES --db PATH`)"
        )
    return None
