"""``eventwire quotes [FILE]``: who said what.

With FILE the quotes are extracted from it now; without, the store is queried (the query
itself is ``cli.store``'s; the options both share are ``cli.store_options``).
"""

from __future__ import annotations

import csv
import json
import sys
from typing import Annotated

import typer

from eventwire.cli.common import EXIT_OK, EXIT_SOME_FAILED, Quiet, fail, progress
from eventwire.cli.store_options import (
    DEFAULT_DB,
    DbOption,
    FrameFormat,
    QuoteLimit,
    QuoteText,
    Since,
    Speaker,
    Until,
)


def register(app: typer.Typer) -> None:
    """Registered after ``cli.store`` so that this command, which covers both modes, is the one."""
    app.command("quotes")(quotes)


def quotes(
    file: Annotated[
        str | None,
        typer.Argument(
            help="A file, folder, .jsonl, .warc or - for stdin. Without FILE, query the store (--db)."
        ),
    ] = None,
    db: DbOption = DEFAULT_DB,
    speaker: Speaker = None,
    since: Since = None,
    until: Until = None,
    q: QuoteText = None,
    limit: QuoteLimit = None,
    format: Annotated[
        FrameFormat,
        typer.Option("--format", "-f", help="table (readable lines for FILE), json or csv."),
    ] = FrameFormat.table,
    quiet: Quiet = False,
    kind: Annotated[
        str | None, typer.Option("--kind", help="direct or indirect (store only).")
    ] = None,
    speaker_country: Annotated[
        str | None,
        typer.Option(
            "--speaker-country", help="The speaker's country code, e.g. RUS (store only)."
        ),
    ] = None,
    publisher: Annotated[
        str | None, typer.Option("--publisher", help="The publisher's name (store only).")
    ] = None,
) -> None:
    """Who said what: speaker — quote, from FILE (extracted now) or from the store."""
    if file is None:
        from eventwire.cli.store import quotes as stored_quotes

        stored_quotes(
            db=db,
            speaker=speaker,
            since=since,
            until=until,
            q=q,
            limit=limit,
            format=format,
            kind=kind,
            speaker_country=speaker_country,
            publisher=publisher,
        )
        return
    if since or until or kind or speaker_country or publisher:
        fail(
            "--since/--until/--kind/--speaker-country/--publisher filter the store; "
            "with FILE every quote in it is shown"
        )
    failed = _quotes_from_file(file, speaker, q, limit, format, quiet)
    raise typer.Exit(EXIT_SOME_FAILED if failed else EXIT_OK)


CSV_COLUMNS = (
    "article",
    "speaker_code",
    "speaker_text",
    "kind",
    "cue",
    "cue_polarity",
    "text",
    "start",
    "end",
)


def _quotes_from_file(
    file: str,
    speaker: str | None,
    q: str | None,
    limit: int | None,
    format: FrameFormat,
    quiet: bool,
) -> int:
    """Extract and print the quotes of every document in ``file``; returns how many failed."""
    from eventwire import ingest
    from eventwire.pipeline import process

    failed, shown = 0, 0
    writer = csv.writer(sys.stdout) if format is FrameFormat.csv else None
    if writer:
        writer.writerow(CSV_COLUMNS)
    for article in progress(process(ingest.read([file])), quiet=quiet):
        for error in article.errors:
            typer.echo(f"{article.id}: {error.stage}: {error.message}", err=True)
        failed += bool(article.errors)
        for quote in article.quotes:
            code = quote.speaker.code if quote.speaker else None
            if speaker and not (code or "").startswith(speaker.upper()):
                continue
            if q and q.lower() not in quote.text.lower():
                continue
            if limit is not None and shown >= limit:
                break
            shown += 1
            if writer:
                writer.writerow(_csv_row(article.id, quote))
            elif format is FrameFormat.json:
                row = {"article": article.id, **quote.model_dump(mode="json")}
                typer.echo(json.dumps(row, ensure_ascii=False))
            else:
                typer.echo(format_quote(quote))
    return failed


def _csv_row(article_id: str, quote) -> list:
    return [
        article_id,
        quote.speaker.code if quote.speaker and quote.speaker.code else "",
        quote.speaker_text or "",
        quote.kind,
        quote.cue or "",
        getattr(quote, "cue_polarity", None) or "",
        quote.text,
        *quote.span,
    ]


def format_quote(quote) -> str:
    """``Vladimir Putin (RUSGOV) said — “The key question was also ignored”  [direct]``; the
    cue stays beside the speaker, so "Russia denies — any plans to invade  [indirect, denied]"
    never reads as its opposite."""
    speaker = quote.speaker_text or "(unattributed)"
    if quote.speaker is not None and quote.speaker.code:
        speaker = f"{quote.speaker.name or speaker} ({quote.speaker.code})"
    cue = f" {quote.cue}" if quote.cue else ""
    text = f"“{quote.text}”" if quote.kind == "direct" else quote.text
    polarity = getattr(quote, "cue_polarity", None)
    return f"{speaker}{cue} — {text}  [{quote.kind}{f', {polarity}' if polarity else ''}]"
