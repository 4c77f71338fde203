"""``eventwire watch``: poll feeds, sitemaps and home pages; fetch, archive and store new articles."""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from eventwire.cli.common import EXIT_OK, EXIT_SOME_FAILED, fail

if TYPE_CHECKING:
    from eventwire.store import Store
    from eventwire.watch import Politeness, Watcher

DEFAULT_DB = Path("eventwire.duckdb")
BACKGROUND_NICE = 10  # as `serve --ingest`: the watcher's workers yield the cores to requests
STOP_WAIT = 60.0  # seconds `serve` waits, when stopping, for the watcher to store what it holds


def register(app: typer.Typer) -> None:
    app.command("watch")(watch)


def watch(
    sources: Annotated[
        Path, typer.Argument(help="Sources file: one feed, sitemap or home page URL per line.")
    ],
    db: Annotated[
        Path, typer.Option("--db", envvar="EVENTWIRE_DB", help="The store (a DuckDB file).")
    ] = DEFAULT_DB,
    interval: Annotated[
        str, typer.Option(help="Poll each source this often (90s, 15m, 1h), unless it says every=.")
    ] = "15m",
    once: Annotated[
        bool, typer.Option("--once", help="Poll every source once, then stop.")
    ] = False,
    workers: Annotated[
        int,
        typer.Option(
            "--workers",
            "-w",
            min=1,
            help="Worker processes (1 = in this process, model kept loaded).",
        ),
    ] = 1,
    user_agent: Annotated[
        str | None,
        typer.Option(
            envvar="EVENTWIRE_USER_AGENT",
            help="User-Agent sent to sites: say who you are and how to reach you "
            "(default: eventwire/VERSION (news event watcher; obeys robots.txt)).",
        ),
    ] = None,
    delay: Annotated[
        float, typer.Option(min=0, help="Seconds between two requests to one host (or delay=).")
    ] = 2.0,
    timeout: Annotated[float, typer.Option(min=0.01, help="Seconds a request may take.")] = 20.0,
    retries: Annotated[
        int, typer.Option(min=0, help="Retries after a 5xx answer or network error.")
    ] = 3,
    backoff: Annotated[
        float,
        typer.Option(min=0, help="Seconds before the first retry; doubled for each next one."),
    ] = 2.0,
    max_redirects: Annotated[int, typer.Option(min=0, help="Redirects followed per URL.")] = 5,
    archive: Annotated[
        Path | None, typer.Option(help="WARC archive folder (default: DB name + .archive).")
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="A log line per poll and per skipped page.")
    ] = False,
) -> None:
    """Watch news SOURCES: poll them on a schedule, fetch new articles politely (robots.txt,
    one request per host at a time), archive every byte to WARC and store the articles.

    SIGTERM or Ctrl-C finishes the articles in hand and stops; a rerun resumes."""
    from eventwire.watch import DEFAULT_USER_AGENT, Politeness, parse_duration

    try:
        seconds = parse_duration(interval)
    except ValueError as exc:
        fail(str(exc))
    logging.basicConfig(format="%(asctime)s %(message)s", datefmt="%H:%M:%S")
    logging.getLogger("eventwire.watch").setLevel(logging.INFO if verbose else logging.WARNING)
    politeness = Politeness(
        user_agent=user_agent or DEFAULT_USER_AGENT,
        delay=delay,
        timeout=timeout,
        retries=retries,
        backoff=backoff,
        max_redirects=max_redirects,
    )
    stop = threading.Event()
    _stop_on_signals(stop)
    store = _open_store(db)
    try:
        watcher = make_watcher(sources, db, store, politeness, seconds, workers, archive, stop)
        summary = watcher.run(once=once)
    finally:
        store.close()
    typer.echo(
        f"watch -> {db}: {summary.polls} polls ({summary.poll_errors} errors), {summary.pages} "
        f"pages fetched, {summary.skipped} skipped, {summary.failed} failed; "
        f"{summary.store.articles} new articles, {summary.store.events} events, "
        f"{summary.store.quotes} quotes; archive in {watcher.pages.folder}",
        err=True,
    )
    problems = summary.poll_errors + summary.failed + summary.store.failures
    raise typer.Exit(EXIT_SOME_FAILED if problems else EXIT_OK)


def make_watcher(
    sources: Path,
    db: Path,
    store: Store,
    politeness: Politeness,
    interval: float,
    workers: int,
    archive: Path | None,
    stop: threading.Event,
    nice: int = 0,
) -> Watcher:
    """The watcher of ``sources`` into ``store`` (at ``db``), its state file beside it."""
    from eventwire.watch import (
        SourcesError,
        Watcher,
        WatchState,
        archive_path,
        load_sources,
        state_path,
    )

    try:
        listed = load_sources(sources)
    except SourcesError as exc:
        fail(str(exc))
    return Watcher(
        listed,
        store,
        WatchState(state_path(db)),
        archive=archive or archive_path(db),
        politeness=politeness,
        interval=interval,
        workers=workers,
        nice=nice,
        stop=stop,
    )


def start_watching(
    sources: Path, db: Path, store: Store | None, *, workers: int | None = None
) -> tuple[Store, Callable[[], None]]:
    """For ``eventwire serve --watch``: this process owns the store and a background thread
    watches into it. Returns the store and ``stop()``, which lets the watcher finish the
    articles in hand and waits for it."""
    from eventwire.scale import default_workers
    from eventwire.watch import DEFAULT_USER_AGENT, Politeness, parse_duration

    store = store or _open_store(db)
    stop = threading.Event()
    user_agent = os.environ.get("EVENTWIRE_USER_AGENT") or DEFAULT_USER_AGENT
    # Worker processes do the parsing, so the server's threads (and GIL) stay free for requests.
    watcher = make_watcher(
        sources,
        db,
        store,
        Politeness(user_agent=user_agent),
        parse_duration("15m"),
        workers or max(2, default_workers()),
        None,
        stop,
        nice=BACKGROUND_NICE,
    )

    def work() -> None:
        try:
            watcher.run()
        except Exception as exc:
            typer.echo(f"watching {sources} stopped: {type(exc).__name__}: {exc}", err=True)

    thread = threading.Thread(target=work, name="eventwire-watch", daemon=True)
    thread.start()

    def stop_watching() -> None:
        stop.set()
        thread.join(timeout=STOP_WAIT)

    return store, stop_watching


def _open_store(db: Path) -> Store:
    from eventwire.analytics import AnalyticsStore
    from eventwire.store import StoreError

    if db.is_dir():
        fail(f"--db {db} is a directory; give the DuckDB file")
    try:
        return AnalyticsStore(db)
    except StoreError as exc:
        fail(str(exc))
    raise AssertionError("unreachable")


def _stop_on_signals(stop: threading.Event) -> None:
    """The first SIGTERM/SIGINT asks the watcher to finish what it holds and stop; a second
    Ctrl-C stops at once."""

    def ask_to_stop(signum: int, frame) -> None:
        if stop.is_set() and signum == signal.SIGINT:
            raise KeyboardInterrupt
        typer.echo("stopping after the articles in hand (Ctrl-C again to stop now)", err=True)
        stop.set()

    signal.signal(signal.SIGTERM, ask_to_stop)
    signal.signal(signal.SIGINT, ask_to_stop)
