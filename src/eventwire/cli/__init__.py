"""The ``eventwire`` command: one module per command group, registered here."""

from __future__ import annotations

import typer

from eventwire.cli import evaluate, extract, serve, store

app = typer.Typer(
    name="eventwire",
    help="Raw news in; who did what to whom, when and where, and who said what, out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(evaluate.eval_app, name="eval")
extract.register(app)
store.register(app)
serve.register(app)


def main() -> None:
    app()
