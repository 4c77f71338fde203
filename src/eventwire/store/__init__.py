"""Store: the DuckDB file behind every query, idempotent, with provenance on every row.

Public surface: ``Store`` (write with ``add``, read with ``events``/``quotes``/``articles``/
``article``), ``IngestSummary``, ``StoreError`` and ``DEFAULT_PATH``. The analytics over it
(series, alerts, top actors and dyads) live one layer up, in ``eventwire.analytics``.
"""

from eventwire.store.store import DEFAULT_PATH, IngestSummary, Store, StoreError, content_hash

__all__ = ["DEFAULT_PATH", "IngestSummary", "Store", "StoreError", "content_hash"]
