"""Store: the DuckDB file behind every query, idempotent, with provenance on every row.

Public surface: ``Store`` (write with ``add``, read with ``events``/``series``/``quotes``/
``alerts``/``articles``/``article``/``top_actors``/``top_dyads``), ``IngestSummary``,
``StoreError``, ``open_store`` and ``DEFAULT_PATH``.
"""

from pathlib import Path

from eventwire.store.store import DEFAULT_PATH, IngestSummary, Store, StoreError, content_hash


def open_store(path: str | Path = DEFAULT_PATH, read_only: bool = True) -> Store:
    """Open a store for analysis (read-only by default: an ingest run is the only writer)."""
    return Store(path, read_only=read_only)


__all__ = ["DEFAULT_PATH", "IngestSummary", "Store", "StoreError", "content_hash", "open_store"]
