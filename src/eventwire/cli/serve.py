"""``eventwire serve``: the REST API and the web dashboard."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.common import fail

DEFAULT_DB = Path("eventwire.duckdb")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)


def serve(
    db: Annotated[Path, typer.Option("--db", envvar="EVENTWIRE_DB", help="DuckDB file written by `eventwire ingest`.")] = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to listen on; 0.0.0.0 exposes it to the network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the dashboard and the REST API (OpenAPI at /docs) over a store, read-only."""
    import uvicorn

    from eventwire.api import create_app

    if db.is_dir():
        fail(f"--db {db} is a directory; give the DuckDB file")
    if not db.exists():
        typer.echo(f"warning: no database at {db}: run `eventwire ingest FILES --db {db}` first; "
                   "until then only the paste page works", err=True)
    typer.echo(f"eventwire dashboard on http://{host}:{port}/  (API docs at /docs; Ctrl+C stops)", err=True)
    uvicorn.run(create_app(db), host=host, port=port, log_level="warning")
