"""Helpers shared by the command modules: output, progress, exit codes."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Annotated, TypeVar

import typer
from tqdm import tqdm

T = TypeVar("T")

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

# Options shared by the commands that run the pipeline (extract, ingest, quotes FILE, demo).
Inputs = Annotated[list[str], typer.Argument(help="Files, folders, .jsonl, .warc, or - for stdin.")]
Published = Annotated[str | None, typer.Option(help="Publication date (ISO 8601) for every input.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]


def progress(
    items: Iterable[T], *, quiet: bool, unit: str = "doc", total: int | None = None
) -> Iterator[T]:
    """A progress bar on stderr (rate and ETA); silent with --quiet or when stderr is no TTY."""
    disable = True if quiet else None
    yield from tqdm(
        items, unit=unit, total=total, disable=disable, file=sys.stderr, dynamic_ncols=True
    )


def fail(message: str, code: int = EXIT_USAGE) -> None:
    import typer

    typer.echo(f"Error: {message}", err=True)
    raise typer.Exit(code)


def checked(check, *args, **kwargs):
    """``check(...)``, a refused value ending the command with its message (exit 2)."""
    try:
        return check(*args, **kwargs)
    except ValueError as exc:
        fail(str(exc))
