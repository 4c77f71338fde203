"""``eventwire extract`` and ``eventwire demo``."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from contextlib import nullcontext
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated

import typer

from eventwire.cli.common import EXIT_OK, EXIT_SOME_FAILED, Inputs, Published, Quiet, fail, progress
from eventwire.cli.scale import Cluster, DocTimeout, Workers, progress_total
from eventwire.scale import DOC_TIMEOUT

if TYPE_CHECKING:
    from eventwire.models import Article


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("demo")(demo)


def extract(
    inputs: Inputs,
    format: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="json or jsonl.")
    ] = OutputFormat.json,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")
    ] = None,
    published: Published = None,
    quiet: Quiet = False,
    workers: Workers = None,
    cluster: Cluster = None,
    doc_timeout: DocTimeout = DOC_TIMEOUT,
    min_confidence: Annotated[
        float,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            help="Leave out events whose confidence is below this (0 to 1; default: keep all).",
        ),
    ] = 0.0,
) -> None:
    """Extract clean articles with their events and quotes, as JSON."""
    from eventwire import ingest
    from eventwire.scale import run

    if published is not None:
        published = _check_iso(published)
    try:
        ingest.readers.default_max_bytes()
    except ValueError as exc:
        fail(str(exc))
    articles = progress(
        run(
            ingest.read(inputs),
            workers=workers,
            cluster=cluster,
            published=published,
            doc_timeout=doc_timeout,
        ),
        quiet=quiet,
        total=progress_total(inputs, quiet),
    )
    with open(output, "w", encoding="utf-8") if output else nullcontext(sys.stdout) as out:
        failures = _write(articles, out, format, min_confidence)
    for article in failures:
        for error in article.errors:
            typer.echo(f"{article.id}: {error.stage}: {error.message}", err=True)
    if failures:
        typer.echo(f"{len(failures)} document(s) failed", err=True)
        raise typer.Exit(EXIT_SOME_FAILED)
    raise typer.Exit(EXIT_OK)


def _write(
    articles: Iterable[Article], out: IO[str], format: OutputFormat, min_confidence: float
) -> list[Article]:
    """Write each article as it comes (JSON array or JSON lines); the failed ones are returned."""
    failures = []
    if format is OutputFormat.json:
        out.write('{"articles": [')
    for index, article in enumerate(articles):
        if article.errors:
            failures.append(article)
        if min_confidence > 0:
            keep_confident_events(article, min_confidence)
        text = article.model_dump_json(indent=None if format is OutputFormat.jsonl else 2)
        if format is OutputFormat.json:
            out.write(("," if index else "") + "\n" + text)
        else:
            out.write(text + "\n")
    if format is OutputFormat.json:
        out.write("\n]}\n")
    return failures


def keep_confident_events(article: Article, min_confidence: float) -> None:
    """Drop events below ``min_confidence``, and the quotes' links to them (in place)."""
    article.events = [e for e in article.events if e.confidence >= min_confidence]
    kept = {e.id for e in article.events}
    for quote in article.quotes:
        quote.event_ids = [i for i in quote.event_ids if i in kept]


def _check_iso(value: str) -> str:
    from datetime import datetime

    try:
        datetime.fromisoformat(value)
    except ValueError:
        fail(f"--published must be an ISO 8601 date or date-time, got {value!r}")
    return value


def sample_paths() -> list[Path]:
    """The bundled sample articles (written for eventwire in the style of wire copy)."""
    folder = resources.files("eventwire") / "samples"
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith((".txt", ".html")))


def demo(quiet: Quiet = False) -> None:
    """Run the whole pipeline on the bundled sample articles and show what it found."""
    from rich.console import Console

    from eventwire import ingest
    from eventwire.pipeline import process

    console = Console()
    for article in progress(process(ingest.read(sample_paths())), quiet=quiet):
        console.rule(f"[bold]{article.title or article.id}")
        console.print(
            f"published: {article.published or '—'}   dateline: {article.dateline or '—'}   "
            f"removed junk lines: {len(article.removed)}"
        )
        for error in article.errors:
            console.print(f"[red]error[/red] {error.stage}: {error.message}")
        for event in article.events:
            target = (event.target.code or f"“{event.target.text}”") if event.target else "-"
            source = event.source.code or f"“{event.source.text}”"
            plover = f"PLOVER {event.plover}, " if event.plover else ""
            console.print(
                f"  EVENT {source} -> {target}  CAMEO {event.cameo} ({plover}"
                f"Goldstein {event.goldstein:+.1f})  {event.date or ''}  "
                f"{event.location.name if event.location else ''}"
            )
            console.print(f"        [dim]{event.sentence}[/dim]")
        for quote in article.quotes:
            speaker = quote.speaker.code if quote.speaker else quote.speaker_text
            console.print(
                f"  QUOTE {speaker} ({quote.kind}): {json.dumps(quote.text, ensure_ascii=False)}"
            )
    console.print(
        "\nnext: eventwire ingest YOUR_FILES --db eventwire.duckdb   "
        "then: eventwire serve   (and open http://127.0.0.1:8000/)"
    )
