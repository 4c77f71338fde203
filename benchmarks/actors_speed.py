"""Actor resolution throughput on the news corpus (../shared/corpus/news.jsonl).

Parses N articles with spaCy (not timed), then times ``actors.resolve`` alone, and prints
tokens/s, mentions per article and the share of mentions resolved to a country.

Usage: python3 benchmarks/actors_speed.py [N=100]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from eventwire import actors, nlp  # noqa: E402
from eventwire.actors.kb import knowledge_base  # noqa: E402
from eventwire.models import Article  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"


def main() -> int:
    if not CORPUS.exists():
        print(f"corpus not available: {CORPUS}", file=sys.stderr)
        return 0
    limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    started = time.perf_counter()
    knowledge_base()
    print(f"knowledge base built in {time.perf_counter() - started:.2f} s")
    with CORPUS.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for _, line in zip(range(limit), handle)]
    articles = [Article(id=r["id"], body=r["text"], published=r.get("published")) for r in rows]
    documents = list(nlp.parse(articles))
    actors.resolve(documents[0])  # build the matchers outside the timing
    tokens = sum(len(d.doc) for d in documents)
    started = time.perf_counter()
    mentions = [actors.resolve(d) for d in documents]
    elapsed = time.perf_counter() - started
    flat = [m for ms in mentions for m in ms]
    with_country = sum(1 for m in flat if m.actor.country)
    print(
        f"{len(documents)} articles, {tokens} tokens: resolve {elapsed:.2f} s = {tokens / elapsed:,.0f} tokens/s, "
        f"{elapsed / len(documents) * 1000:.1f} ms/article"
    )
    print(
        f"{len(flat)} mentions ({len(flat) / len(documents):.1f}/article), {with_country / len(flat):.1%} with a country"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
