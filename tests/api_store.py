"""A temporary store filled by the real pipeline, built once per test session.

Shared by tests/test_api.py and tests/test_api_browser.py: the seed article plus the first
corpus articles, through ingest -> nlp -> actors -> events -> quotes -> store.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from itertools import islice
from pathlib import Path

from conftest import shared_path

CORPUS_ARTICLES = 10


@functools.cache
def filled_store() -> Path:
    """Path of a DuckDB file holding the seed article and ``CORPUS_ARTICLES`` corpus articles."""
    seed = shared_path("seed", "article.txt")
    corpus = shared_path("corpus", "news.jsonl")
    from eventwire import ingest
    from eventwire.pipeline import process
    from eventwire.store import Store

    folder = Path(tempfile.mkdtemp(prefix="eventwire-api-test-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    path = folder / "store.duckdb"
    raws = [*ingest.read([seed]), *islice(ingest.read([corpus]), CORPUS_ARTICLES)]
    with Store(path) as store:
        store.add(process(raws))
    return path
