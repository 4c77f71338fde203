"""Ingest: raw news (files, folders, JSONL, WARC, stdin) in, clean ``Article`` out.

Public surface:
- ``read(inputs)`` streams ``RawDocument`` from paths (or ``-`` for stdin);
- ``to_article(raw, published=None)`` turns one into an ``Article`` (body + metadata),
  recording problems in ``article.errors`` instead of raising.
"""

from eventwire.ingest.article import to_article
from eventwire.ingest.readers import read

__all__ = ["read", "to_article"]
