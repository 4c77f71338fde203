"""``eventwire eval ...``: built-in evaluation against gold data sets.

Each stage adds its own sub-command to ``eval_app`` from its CLI module.
"""

from __future__ import annotations

import typer

eval_app = typer.Typer(help="Measure eventwire against gold data.", no_args_is_help=True)
