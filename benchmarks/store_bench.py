"""Store benchmark: bulk-load N synthetic events, then time the dyad-series query.

    PYTHONPATH=src python3 benchmarks/store_bench.py                 # 10 million events
    PYTHONPATH=src python3 benchmarks/store_bench.py --events 1000000 --db /tmp/bench.duckdb

Reports (1) the bulk write rate: events and their mentions loaded as Arrow tables through
the store's own ``_insert`` (one columnar INSERT per chunk, never row by row); (2) the
per-article ``Store.add`` rate (one transaction per article with its events and quotes, the
path an ingest run takes); (3) the median time of ``Store.series`` for a busy dyad, by day,
week and month, over the whole range and over one year. Goal: series <= 200 ms at 10M events.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import numpy as np
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from eventwire.analytics import AnalyticsStore
from eventwire.store import Store

COUNTRIES = [
    "USA",
    "RUS",
    "UKR",
    "CHN",
    "FRA",
    "DEU",
    "GBR",
    "IRN",
    "ISR",
    "TUR",
    "IND",
    "PAK",
    "SYR",
    "IRQ",
    "JPN",
    "KOR",
    "PRK",
    "SAU",
    "EGY",
    "NGA",
    "BRA",
    "MEX",
    "CAN",
    "AUS",
    "POL",
    "BLR",
    "AFG",
    "VEN",
    "ZAF",
    "ETH",
    "KEN",
    "SDN",
    "YEM",
    "LBN",
    "PSE",
    "ITA",
    "ESP",
    "NLD",
    "SWE",
    "NOR",
]
SECTORS = ["", "GOV", "MIL", "COP", "OPP", "BUS", "MED"]
# cameo, root, quad_class, goldstein
CAMEO = [
    ("010", "01", 1, 0.0),
    ("020", "02", 1, 3.0),
    ("036", "03", 1, 4.0),
    ("040", "04", 1, 1.0),
    ("042", "04", 1, 1.9),
    ("051", "05", 1, 3.4),
    ("057", "05", 1, 8.0),
    ("061", "06", 2, 6.4),
    ("070", "07", 2, 7.0),
    ("081", "08", 2, 5.0),
    ("100", "10", 3, -5.0),
    ("111", "11", 3, -2.0),
    ("120", "12", 3, -4.0),
    ("130", "13", 3, -4.4),
    ("141", "14", 3, -6.5),
    ("150", "15", 4, -7.2),
    ("163", "16", 4, -8.0),
    ("173", "17", 4, -5.0),
    ("190", "19", 4, -10.0),
    ("193", "19", 4, -10.0),
]
START = date(2015, 1, 1)
DAYS = 3650
EVENTS_PER_ARTICLE = 8
CHUNK = 1_000_000


def synthetic_chunk(
    rng: np.random.Generator, first_id: int, n: int
) -> tuple[pa.Table, pa.Table, pa.Table]:
    """Articles, events and event mentions for ``n`` events, as Arrow tables (columnar)."""
    weights = 1.0 / np.arange(1, len(COUNTRIES) + 1)  # Zipf-like: a few countries dominate the news
    weights /= weights.sum()
    countries = np.array(COUNTRIES)
    sectors = np.array(SECTORS)
    src = countries[rng.choice(len(COUNTRIES), n, p=weights)]
    tgt = countries[rng.choice(len(COUNTRIES), n, p=weights)]
    src_sector = sectors[rng.integers(0, len(SECTORS), n)]
    tgt_sector = sectors[rng.integers(0, len(SECTORS), n)]
    codes = rng.integers(0, len(CAMEO), n)
    cameo = np.array([c[0] for c in CAMEO])[codes]
    root = np.array([c[1] for c in CAMEO])[codes]
    quad = np.array([c[2] for c in CAMEO], dtype=np.int8)[codes]
    goldstein = np.array([c[3] for c in CAMEO])[codes]
    ids = np.arange(first_id, first_id + n, dtype=np.int64)
    article_index = (ids - 1) // EVENTS_PER_ARTICLE
    article_ids = np.char.add("art", article_index.astype(str))
    day_offsets = rng.integers(0, DAYS, n // EVENTS_PER_ARTICLE + 1)[
        (ids - first_id) // EVENTS_PER_ARTICLE
    ]
    days = np.datetime64(START) + day_offsets.astype("timedelta64[D]")
    now = datetime.now()
    events = pa.table(
        {
            "event_id": ids,
            "cluster_id": article_ids,
            "signature": np.char.add(cameo, src),
            "article_id": article_ids,
            "day": days,
            "source_code": np.char.add(src, src_sector),
            "source_name": src,
            "source_country": src,
            "source_sector": src_sector,
            "target_code": np.char.add(tgt, tgt_sector),
            "target_name": tgt,
            "target_country": tgt,
            "target_sector": tgt_sector,
            "source_key": src,
            "target_key": tgt,
            "cameo": cameo,
            "root": root,
            "quad_class": quad,
            "goldstein": goldstein,
            "sentence": np.full(n, "A synthetic sentence."),
            "sentence_index": ids % 20,
            "span_start": np.zeros(n, dtype=np.int32),
            "span_end": np.full(n, 21, dtype=np.int32),
            "num_mentions": np.ones(n, dtype=np.int32),
            "num_articles": np.ones(n, dtype=np.int32),
            "num_sources": np.ones(n, dtype=np.int32),
            "added_at": pa.array([now] * n, pa.timestamp("us")),
        }
    )
    mentions = pa.table(
        {
            "event_id": ids,
            "article_id": article_ids,
            "cluster_id": article_ids,
            "signature": np.char.add(cameo, src),
            "event_ref": np.char.add("e", (ids % 8).astype(str)),
            "sentence_index": ids % 20,
            "span_start": np.zeros(n, dtype=np.int32),
            "span_end": np.full(n, 21, dtype=np.int32),
        }
    )
    first_of_article = np.concatenate([[True], article_index[1:] != article_index[:-1]])
    articles = pa.table(
        {
            "article_id": article_ids[first_of_article],
            "doc_id": article_ids[first_of_article],
            "cluster_id": article_ids[first_of_article],
            "publisher_key": np.full(first_of_article.sum(), "bench"),
            "body": np.full(first_of_article.sum(), "A synthetic sentence."),
            "published_day": days[first_of_article],
        }
    )
    return articles, events, mentions


def actors_table() -> pa.Table:
    codes = [(c + s, c, s or None) for c in COUNTRIES for s in SECTORS]
    return pa.table(
        {
            "code": [c[0] for c in codes],
            "name": [c[1] for c in codes],
            "country": [c[1] for c in codes],
            "sector": [c[2] for c in codes],
        }
    )


def bulk_load(store: Store, total: int, seed: int = 7) -> tuple[float, float]:
    """Load ``total`` events in chunks; returns (wall, CPU) seconds inserting (generation excluded)."""
    rng = np.random.default_rng(seed)
    store._insert("actors", actors_table(), ignore_conflicts=True)
    spent = cpu_spent = 0.0
    for first in range(1, total + 1, CHUNK):
        n = min(CHUNK, total - first + 1)
        articles, events, mentions = synthetic_chunk(rng, first, n)
        started, cpu = time.perf_counter(), time.process_time()
        store._con.begin()
        store._insert("articles", articles, ignore_conflicts=True)
        store._insert("events", events)
        store._insert("event_mentions", mentions)
        store._con.commit()
        spent += time.perf_counter() - started
        cpu_spent += time.process_time() - cpu
        print(f"  loaded {first + n - 1:>11,} events", file=sys.stderr)
    return spent, cpu_spent


def add_rate(articles: int = 1000) -> tuple[float, float, float]:
    """(articles/s, events/s, CPU ms per article) of ``Store.add`` with pydantic Articles."""
    from store_factory import make_article

    rng = np.random.default_rng(3)
    pairs = [
        ("RUSGOV", "111", "UKR"),
        ("RUSMIL", "190", "UKR"),
        ("FRAGOV", "040", "RUSGOV"),
        ("USA", "070", "UKR"),
        ("UKR", "130", "RUSMIL"),
    ]
    batch = [
        make_article(
            f"a{i}",
            [pairs[j] for j in rng.integers(0, len(pairs), 10)],
            published=(START + timedelta(days=int(i % DAYS))).isoformat(),
            source=f"paper{i % 50}",
            extra_text=f"Unique detail {i}: " + " ".join(map(str, rng.integers(0, 10**6, 60))),
        )
        for i in range(articles)
    ]
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "add.duckdb") as store:
        started, cpu = time.perf_counter(), time.process_time()
        summary = store.add(batch)
        spent, cpu = time.perf_counter() - started, time.process_time() - cpu
    return (
        summary.articles / spent,
        (summary.events + summary.merged) / spent,
        cpu * 1000 / summary.articles,
    )


def timed(fn, repeats: int = 7) -> tuple[float, float, object]:
    """Median wall and CPU milliseconds (CPU: all of DuckDB's threads; tells a busy machine apart)."""
    fn()  # warm-up: first touch of the columns
    walls, cpus = [], []
    for _ in range(repeats):
        started, cpu = time.perf_counter(), time.process_time()
        result = fn()
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - cpu) * 1000)
    return statistics.median(walls), statistics.median(cpus), result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--events", type=int, default=10_000_000)
    parser.add_argument(
        "--db", type=Path, help="Reuse/keep this store (default: a temporary file)."
    )
    parser.add_argument(
        "--add-articles", type=int, default=1000, help="Articles for the Store.add rate."
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.duckdb"
        with Store(path) as store:
            existing = store.counts()["events"]
            if existing < args.events:
                print(
                    f"bulk-loading {args.events - existing:,} synthetic events into {path}",
                    file=sys.stderr,
                )
                spent, cpu = bulk_load(store, args.events - existing)
                print(
                    f"bulk write: {args.events - existing:,} events (+ mentions, articles) in {spent:.1f} s wall, "
                    f"{cpu:.1f} s CPU = {(args.events - existing) / spent:,.0f} events/s"
                )
            started, cpu = time.perf_counter(), time.process_time()
            if store.optimize():
                print(
                    f"optimize (sort events by dyad, day): {time.perf_counter() - started:.1f} s wall, "
                    f"{time.process_time() - cpu:.1f} s CPU"
                )
            store._con.execute("CHECKPOINT")
        size = Path(path).stat().st_size / 1e9
        print(f"store: {args.events:,} events, {size:.2f} GB on disk")

        with AnalyticsStore(path, read_only=True) as store:
            for label, kwargs in [
                ("day, all 10 years", {"freq": "day"}),
                ("week, all 10 years", {"freq": "week"}),
                ("month, all 10 years", {"freq": "month"}),
                ("day, one year", {"freq": "day", "since": "2020-01-01", "until": "2020-12-31"}),
                ("week, both directions", {"freq": "week", "undirected": True}),
            ]:
                ms, cpu, frame = timed(lambda kwargs=kwargs: store.series("RUS:UKR", **kwargs))
                print(
                    f"series RUS:UKR {label:<24} {ms:7.1f} ms wall {cpu:7.1f} ms CPU  ({len(frame)} periods, "
                    f"{int(frame['events'].sum()):,} events)"
                )
            ms, cpu, _ = timed(
                lambda: store.events(dyad="RUS:UKR", limit=100, newest_first=True), repeats=3
            )
            print(f"events RUS:UKR newest 100            {ms:7.1f} ms wall {cpu:7.1f} ms CPU")
            ms, cpu, _ = timed(lambda: store.top_dyads(), repeats=3)
            print(f"top dyads                            {ms:7.1f} ms wall {cpu:7.1f} ms CPU")

    articles_per_s, events_per_s, cpu_ms = add_rate(args.add_articles)
    print(
        f"Store.add (one transaction per article, 10 events each): {articles_per_s:,.0f} articles/s, "
        f"{events_per_s:,.0f} events/s, {cpu_ms:.1f} ms CPU per article"
    )


if __name__ == "__main__":
    main()
