"""``eventwire quotes [FILE]`` (who said what) and ``eventwire eval quotes``.

With FILE the quotes are extracted from it now; without, the store is queried (the query
itself is ``cli.store``'s, whose options this command shares).
"""

from __future__ import annotations

import csv
import json
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.common import EXIT_OK, EXIT_SOME_FAILED, Quiet, fail, progress
from eventwire.cli.evaluate import eval_app
from eventwire.cli.store import (
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
    eval_app.command("quotes")(evaluate_quotes)
    eval_app.command("quotes-own")(evaluate_own_quotes)


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
) -> None:
    """Who said what: speaker — quote, from FILE (extracted now) or from the store."""
    if file is None:
        from eventwire.cli.store import quotes as stored_quotes

        stored_quotes(
            db=db, speaker=speaker, since=since, until=until, q=q, limit=limit, format=format
        )
        return
    if since or until:
        fail("--since/--until filter the store; with FILE every quote in it is shown")
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


class Half(str, Enum):
    even = "even"
    odd = "odd"


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


def evaluate_quotes(
    file: Annotated[
        Path,
        typer.Argument(help="PolNeAR-style JSONL: text + attributions (source, cue, content)."),
    ],
    errors: Annotated[
        int,
        typer.Option(
            "--errors", help="Also print this many misses, spurious quotes and wrong speakers."
        ),
    ] = 0,
    half: Annotated[
        Half | None,
        typer.Option(
            "--half", help="Only the even or odd records (0-based), to confirm tuning on the other."
        ),
    ] = None,
    quiet: Quiet = False,
) -> None:
    """Content, direct-quote and speaker scores of the quote extractor on gold attributions."""
    from eventwire.quotes.evaluate import evaluate, read

    if not file.exists():
        fail(f"no such file: {file}")
    records = list(read(file))
    if half is not None:
        records = records[half is Half.odd :: 2]
    started = time.perf_counter()
    score = evaluate(records, progress=lambda docs: progress(docs, quiet=quiet, total=len(records)))
    seconds = time.perf_counter() - started
    typer.echo(
        f"records {len(records)}   gold attributions {score.content.gold}   "
        f"predicted {score.content.predicted}   ({seconds:.1f} s, parse and every stage)"
    )
    for name, counts in (("content", score.content), ("direct", score.direct)):
        typer.echo(
            f"{name:8} P {counts.precision:.3f}  R {counts.recall:.3f}  F1 {counts.f1:.3f}   "
            f"(matched {counts.matched}, gold {counts.gold}, predicted {counts.predicted})"
        )
    typer.echo(
        f"topic-only gold {score.topic_only_gold} of {score.content.gold}   (no verb, no quotation "
        "mark: never emitted under the content rules)"
    )
    typer.echo(
        f"speaker  accuracy {score.speaker_accuracy:.3f}   "
        f"({score.speaker_correct} of {score.speaker_pairs} matched pairs whose gold names a source)"
    )
    if errors:
        for title, rows in (
            ("MISSED", score.misses),
            ("SPURIOUS", score.spurious),
            ("WRONG SPEAKER", score.wrong_speaker),
        ):
            typer.echo(f"\n{title}")
            for row in rows[:errors]:
                typer.echo("  " + " | ".join(str(x)[:200] for x in row))


def evaluate_own_quotes(
    annotations: Annotated[
        Path, typer.Argument(help="annotations/quotes/own_set.jsonl (article id + spans).")
    ] = Path("annotations/quotes/own_set.jsonl"),
    corpus: Annotated[
        Path, typer.Option("--corpus", help="The corpus the spans point into.")
    ] = Path("../shared/corpus/news.jsonl"),
    split: Annotated[
        str | None, typer.Option("--split", help="dev or test (held out); both when omitted.")
    ] = None,
    errors: Annotated[
        int, typer.Option("--errors", help="Also print this many non-attributions and uncoded.")
    ] = 0,
    quiet: Quiet = False,
) -> None:
    """Share of emitted quotes that are real attributions, and of right speakers with a code."""
    from eventwire.quotes.own_set import evaluate, read

    for path in (annotations, corpus):
        if not path.exists():
            fail(f"no such file: {path}")
    records = read(annotations, corpus, split)
    score = evaluate(records, progress=lambda d: progress(d, quiet=quiet, total=len(records)))
    typer.echo(
        f"articles {len(records)}   annotated {score.gold}   emitted {score.emitted}\n"
        f"real attributions {score.real_share:.3f}   ({score.real} of {score.emitted} emitted)\n"
        f"coded speakers    {score.coded_share:.3f}   ({score.coded} of {score.codable} right "
        f"speakers whose person the actors stage codes; {score.right_speaker} right speakers)"
    )
    if errors:
        for title, rows in (("NOT AN ATTRIBUTION", score.not_real), ("UNCODED", score.uncoded)):
            typer.echo(f"\n{title}")
            for row in rows[:errors]:
                typer.echo("  " + " | ".join(str(x)[:200] for x in row))
