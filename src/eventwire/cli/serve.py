"""``eventwire serve``: the REST API and the web dashboard."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.common import fail

DEFAULT_DB = Path("eventwire.duckdb")
BACKGROUND_NICE = 10  # the ingest's workers yield the cores to the dashboard's requests
MAX_CONNECTIONS = 1000  # open connections and requests beyond this get a 503 at once
KEEP_ALIVE = 5  # seconds an idle keep-alive connection is kept
LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1", "[::1]"]


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    db: Annotated[
        Path,
        typer.Option(
            "--db", envvar="EVENTWIRE_DB", help="DuckDB file written by `eventwire ingest`."
        ),
    ] = DEFAULT_DB,
    host: Annotated[
        str, typer.Option(help="Interface to listen on; 0.0.0.0 exposes it to the network.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
    ingest: Annotated[
        list[str] | None,
        typer.Option(
            "--ingest",
            help="Also ingest these files/folders into --db while serving (repeatable). DuckDB "
            "allows one writing process, so a separate `eventwire ingest` would lock the "
            "dashboard out; here the server owns the file and queries read live snapshots.",
        ),
    ] = None,
    watch: Annotated[
        Path | None,
        typer.Option(
            "--watch",
            help="Also watch this sources file into --db while serving (see `eventwire watch`; "
            "its defaults: 15m interval, 2 s per-host delay).",
        ),
    ] = None,
) -> None:
    """Serve the dashboard and the REST API (OpenAPI at /docs) over a store, read-only."""
    import uvicorn

    from eventwire.api import create_app
    from eventwire.store.files import store_file_problem

    if db.is_dir():
        fail(f"--db {db} is a directory; give the DuckDB file")
    if problem := store_file_problem(db):
        fail(problem)
    if not db.exists() and not ingest and not watch:
        typer.echo(
            f"warning: no database at {db}: run `eventwire ingest FILES --db {db}` first; "
            "until then only the paste page works",
            err=True,
        )
    store = _start_ingest(db, ingest) if ingest else None
    stop_watching = None
    if watch:
        from eventwire.cli.watch import start_watching

        store, stop_watching = start_watching(watch, db, store)
    from eventwire.api.protocol import HeaderTimeoutProtocol

    # On a loopback address only loopback names may be asked for (no DNS rebinding);
    # on another interface any name, since how clients reach it is not known here.
    loopback = host in LOOPBACK_NAMES or host.startswith("127.")
    allowed = [*LOOPBACK_NAMES, host] if loopback else None
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(db, shared_store=store, allowed_hosts=allowed),
            host=host,
            port=port,
            log_level="warning",
            http=HeaderTimeoutProtocol,
            limit_concurrency=MAX_CONNECTIONS,
            timeout_keep_alive=KEEP_ALIVE,
        )
    )
    _announce_when_listening(server, host, port)
    try:
        server.run()
    finally:
        if stop_watching is not None:
            stop_watching()
        if store is not None:
            store.close()
    if not server.started:
        fail(f"could not listen on {host}:{port} (is another server using the port?)")


def _announce_when_listening(server, host: str, port: int) -> None:
    """Print the URL once the port is bound (not before: a URL that refuses is no help)."""
    import threading
    import time

    def wait() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.05)
        if server.started:
            shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
            typer.echo(
                f"eventwire dashboard on http://{shown}:{port}/  (API docs at /docs; Ctrl+C stops)",
                err=True,
            )

    threading.Thread(target=wait, name="eventwire-announce", daemon=True).start()


def _start_ingest(db: Path, inputs: list[str]):
    """Open ``db`` read-write in this process and ingest ``inputs`` on a background thread."""
    import threading

    from eventwire.analytics import AnalyticsStore
    from eventwire.scale import default_workers
    from eventwire.store import StoreError
    from eventwire.store.ingest_run import ingest as run_ingest

    try:
        store = AnalyticsStore(db)
    except StoreError as exc:
        fail(str(exc))

    def work() -> None:
        try:
            # Worker processes do the parsing, so the server's own threads (and GIL) stay free
            # for requests; this process only writes the store.
            run_id, summary = run_ingest(
                inputs, store, workers=max(2, default_workers()), nice=BACKGROUND_NICE
            )
        except Exception as exc:
            typer.echo(f"ingest into {db} failed: {type(exc).__name__}: {exc}", err=True)
            return
        typer.echo(
            f"ingest run {run_id} -> {db}: {summary.articles} new articles, {summary.events} events, "
            f"{summary.quotes} quotes; {summary.failures} failures",
            err=True,
        )

    threading.Thread(target=work, name="eventwire-ingest", daemon=True).start()
    return store
