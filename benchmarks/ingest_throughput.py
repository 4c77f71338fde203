"""Ingest throughput: documents per second through ``ingest.to_article`` (no NLP).

Usage: PYTHONPATH=src python3 benchmarks/ingest_throughput.py [../shared/corpus/news.jsonl] [--limit N]

Prints plain-text documents/s and words/s on the corpus (JSONL ``text`` records), and HTML
pages/s on ``../shared/eval/extraction/html`` when present. Warm-up (model and locale loading)
is excluded from the clock; CPU time is printed beside wall time since the machine may be shared.
"""

from __future__ import annotations

import argparse
import gzip
import re
import time
from pathlib import Path

from eventwire import ingest
from eventwire.models import RawDocument

ROOT = Path(__file__).resolve().parent.parent


def measure(label: str, contents: list[bytes | str]) -> None:
    ingest.to_article(RawDocument(id="warm-up", content=contents[0]))
    words = sum(
        len(re.findall(r"\w+", c if isinstance(c, str) else c.decode("utf-8", "replace")))
        for c in contents
    )
    wall, cpu = time.perf_counter(), time.process_time()
    failed = sum(
        1
        for i, c in enumerate(contents)
        if ingest.to_article(RawDocument(id=str(i), content=c)).errors
    )
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(
        f"{label}: {len(contents)} docs, {len(contents) / wall:.1f} docs/s wall, {len(contents) / cpu:.1f} docs/s CPU, "
        f"{words / cpu:,.0f} words/s CPU, {failed} with errors"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "corpus", nargs="?", default=str(ROOT.parent / "shared" / "corpus" / "news.jsonl")
    )
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if corpus.exists():
        raws = list(ingest.read([corpus]))[: args.limit]
        measure("plain text (corpus)", [r.content for r in raws if r.content])
    else:
        print(f"skipped: {corpus} not found")
    pages = sorted((ROOT.parent / "shared" / "eval" / "extraction" / "html").glob("*.html.gz"))[
        : args.limit
    ]
    if pages:
        measure(
            "HTML pages (extraction benchmark)", [gzip.decompress(p.read_bytes()) for p in pages]
        )


if __name__ == "__main__":
    main()
