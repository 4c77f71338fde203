"""The ``eventwire`` command: one module per command group, registered here."""

from __future__ import annotations

import typer

from eventwire.cli import actors, evaluate, extract

app = typer.Typer(
    name="eventwire",
    help="Raw news in; who did what to whom, when and where, and who said what, out.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
from eventwire.cli import events as _events  # noqa: E402,F401 - registers eval cameo/plover
app.add_typer(evaluate.eval_app, name="eval")
extract.register(app)
actors.register(app)


def main() -> None:
    app()
