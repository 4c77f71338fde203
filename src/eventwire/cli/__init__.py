"""The ``eventwire`` command: one module per command group, registered here.

Every module in ``COMMAND_MODULES`` exposes ``register(app)``; ``evaluate`` registers the
``eval`` sub-commands the same way.
"""

from __future__ import annotations

from typing import Annotated

import typer

from eventwire.cli import actors, evaluate, extract, quotes, serve, store, watch

COMMAND_MODULES = (
    extract,
    actors,
    store,
    quotes,
    serve,
    watch,
    evaluate,
)

app = typer.Typer(
    name="eventwire",
    help="Raw news in; who did what to whom, when and where, and who said what, out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(show: bool) -> None:
    if show:
        import eventwire

        typer.echo(f"eventwire {eventwire.__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Raw news in; who did what to whom, when and where, and who said what, out."""


for module in COMMAND_MODULES:
    module.register(app)


def main() -> None:
    app()
