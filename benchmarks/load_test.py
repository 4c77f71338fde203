"""Load test: concurrent API queries against `eventwire serve` while an ingest runs.

    python benchmarks/load_test.py [--concurrency 200] [--rounds 10] [--docs 150] [--distinct]

Bounded and loopback only: it builds a store in a temporary folder, starts
``eventwire serve --host 127.0.0.1 --port <free port> --ingest <feed>`` (the server owns the
DuckDB file and ingests on a background thread, so queries read live snapshots instead of
meeting a file lock), fires ``--rounds`` bursts of ``--concurrency`` simultaneous GETs over
the read endpoints, stops the server and prints latency percentiles and errors. It stops
by itself after ``--max-seconds`` at the latest. With ``--distinct`` every request of the
run differs (a page offset, a search word, a date range), so none is answered from the
server's answer cache: the worst case for the server.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

QUERIES = [
    "/api/events?limit=50",
    "/api/events?actor=RUS&limit=20",
    "/api/events?dyad=RUS:UKR",
    "/api/events?since=2022-02-01&until=2022-02-20&root=01",
    "/api/events?order=oldest&offset=20&limit=20",
    "/api/series?dyad=RUS:UKR&freq=day",
    "/api/series?actor=FRA&freq=week",
    "/api/series",
    "/api/quotes?limit=20",
    "/api/quotes?q=respond",
    "/api/articles?limit=20",
    "/api/articles?q=talks",
    "/api/alerts",
    "/api/overview",
]
# With --distinct: templates filled with a number no other request of the run uses.
DISTINCT = [
    "/api/events?limit=20&offset={n}",
    "/api/events?actor=RUS&limit=20&offset={n}",
    "/api/quotes?limit=20&offset={n}",
    "/api/quotes?q=respond{n}",
    "/api/articles?q=talks{n}",
    "/api/articles?limit=20&offset={n}",
    "/api/events?since=2022-02-01&until=2022-02-20&limit=5&offset={n}",
    "/api/series?dyad=RUS:UKR&freq=day&since={day}",
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def write_feed(path: Path, n: int, seed: int) -> None:
    import hostile

    stories = hostile.wire_stories(n, seed=seed)
    for story in stories:
        story["id"] = f"s{seed}-{story['id']}"
        story["url"] = story["url"].replace("/story/", f"/{seed}/")
    path.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")


def env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT / "src"))


async def wait_ready(client: httpx.AsyncClient, deadline: float) -> None:
    while time.monotonic() < deadline:
        try:
            if (await client.get("/api/overview")).status_code == 200:
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.5)
    raise SystemExit("the server did not come up in time")


async def stored_articles(client: httpx.AsyncClient) -> int:
    response = await client.get("/api/articles", params={"limit": 1000})
    return len(response.json()["items"])


async def get(port: int, path: str) -> int:
    """One GET on a fresh connection, as a separate client would open it; returns the status.

    A bare asyncio request rather than an HTTP client library: the load generator shares
    the machine with the server, and httpx spends ~3 ms of CPU per request, more than the
    server itself, which would measure the client's queue instead of the server's latency.
    """
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode()
        )
        await writer.drain()
        response = await reader.read()  # until the server closes: status line, headers, whole body
    finally:
        writer.close()
    head, _, body = response.partition(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    if status == 200 and not body:
        raise ValueError("empty body")
    return status


def query(number: int, distinct: bool) -> str:
    """The ``number``-th request of the run: cycling through QUERIES, or all different."""
    if not distinct:
        return QUERIES[number % len(QUERIES)]
    template = DISTINCT[number % len(DISTINCT)]
    unique = number // len(DISTINCT)
    day = date(2000, 1, 1) + timedelta(days=unique)  # distinct, and before the data: clamped
    return template.format(n=unique, day=day.isoformat())


async def burst(
    port: int, concurrency: int, offset: int, distinct: bool = False
) -> list[tuple[float, int | str]]:
    async def one(i: int) -> tuple[float, int | str]:
        start = time.perf_counter()
        try:
            status: int | str = await asyncio.wait_for(
                get(port, query(offset * concurrency + i, distinct)), 30
            )
        except (TimeoutError, OSError, ValueError, IndexError) as exc:
            status = type(exc).__name__
        return time.perf_counter() - start, status

    return await asyncio.gather(*(one(i) for i in range(concurrency)))


async def load(
    port: int, args: argparse.Namespace, server: subprocess.Popen, deadline: float
) -> dict:
    async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
        await wait_ready(client, deadline)
        before = await stored_articles(client)
        # Queries start once the ingest writes (its workers are loaded), so they meet the writes.
        while (
            time.monotonic() < deadline
            and server.poll() is None
            and await stored_articles(client) == before
        ):
            await asyncio.sleep(0.5)
        results, growth, rounds, overlapping, slowest = [], [before], 0, 0, []
        # Burst until the ingest is done and at least --rounds bursts ran (at most --max-rounds).
        while time.monotonic() < deadline and server.poll() is None and rounds < args.max_rounds:
            ingesting = growth[-1] < before + args.docs
            if rounds >= args.rounds and not ingesting:
                break
            done = await burst(port, args.concurrency, rounds, args.distinct)
            slowest.append(max(latency for latency, _ in done))
            results += done
            rounds += 1
            overlapping += ingesting
            growth.append(await stored_articles(client))
    return {
        "results": results,
        "growth": growth,
        "rounds": rounds,
        "overlapping": overlapping,
        "slowest": slowest,
    }


def percentile(values: list[float], q: float) -> float:
    return (
        statistics.quantiles(values, n=100, method="inclusive")[q - 1]
        if len(values) > 1
        else values[0]
    )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--concurrency", type=int, default=200)
    parser.add_argument(
        "--rounds", type=int, default=5, help="at least this many bursts of --concurrency requests"
    )
    parser.add_argument("--max-rounds", type=int, default=40, help="at most this many bursts")
    parser.add_argument(
        "--docs", type=int, default=100, help="stories ingested while the queries run"
    )
    parser.add_argument("--max-seconds", type=float, default=600)
    parser.add_argument(
        "--distinct", action="store_true", help="every request different: nothing cached"
    )
    args = parser.parse_args()
    deadline = time.monotonic() + args.max_seconds

    with tempfile.TemporaryDirectory(prefix="eventwire-load-") as tmp:
        folder = Path(tmp)
        db, first, second = folder / "load.duckdb", folder / "first.jsonl", folder / "second.jsonl"
        write_feed(first, 40, seed=1)
        write_feed(second, args.docs, seed=2)
        subprocess.run(
            [sys.executable, "-m", "eventwire", "ingest", str(first), "--db", str(db), "-q"],
            env=env(),
            check=False,
            capture_output=True,
            timeout=args.max_seconds,
        )
        port = free_port()
        log = open(folder / "serve.log", "w+b")  # noqa: SIM115 - the server writes to it until it is stopped below
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "eventwire",
                "serve",
                "--db",
                str(db),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--ingest",
                str(second),
            ],
            env=env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            outcome = asyncio.run(load(port, args, server, deadline))
        finally:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
            log.seek(0)
            server_log = log.read().decode("utf-8", "replace")
            log.close()

    results = outcome["results"]
    latencies = [latency for latency, _ in results]
    errors = [status for _, status in results if not (isinstance(status, int) and status < 400)]
    growth = outcome["growth"]
    print(
        f"{len(results)} requests in {outcome['rounds']} bursts of {args.concurrency} concurrent, "
        f"127.0.0.1, while `serve --ingest` stored {args.docs} more stories"
    )
    print(
        f"latency: p50 {percentile(latencies, 50) * 1000:.0f} ms, p99 {percentile(latencies, 99) * 1000:.0f} ms, "
        f"max {max(latencies) * 1000:.0f} ms"
    )
    if len(results) > args.concurrency:
        # The first burst meets a cold server: every distinct query is computed for the first time.
        warm = latencies[args.concurrency :]
        print(
            f"  first (cold) burst: p50 {percentile(latencies[: args.concurrency], 50) * 1000:.0f} ms, max "
            f"{max(latencies[: args.concurrency]) * 1000:.0f} ms; after it: p50 {percentile(warm, 50) * 1000:.0f} ms, "
            f"p99 {percentile(warm, 99) * 1000:.0f} ms, max {max(warm) * 1000:.0f} ms"
        )
    print(
        "slowest request of each burst (ms): "
        + " ".join(f"{x * 1000:.0f}" for x in outcome["slowest"])
    )
    print(f"errors: {len(errors)}" + (f" ({sorted(set(map(str, errors)))})" if errors else ""))
    print(
        f"stored articles before/after each burst: {growth}; {outcome['overlapping']} of {outcome['rounds']} "
        "bursts started while the ingest was running"
    )
    if "ingest run" in server_log:
        print("server: " + next(line for line in server_log.splitlines() if "ingest run" in line))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
