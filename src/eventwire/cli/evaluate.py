"""``eventwire eval ...``: built-in evaluation against gold data sets.

Every ``eval`` sub-command is registered here, from the CLI module of the stage it measures;
the scoring itself lives in ``eventwire.evaluation``.
"""

from __future__ import annotations

import typer

from eventwire.cli import eval_events, eval_ingest, eval_quotes

EVAL_MODULES = (eval_events, eval_ingest, eval_quotes)


def register(app: typer.Typer) -> None:
    eval_app = typer.Typer(help="Measure eventwire against gold data.", no_args_is_help=True)
    for module in EVAL_MODULES:
        module.register(eval_app)
    app.add_typer(eval_app, name="eval")
