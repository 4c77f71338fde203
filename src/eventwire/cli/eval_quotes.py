"""``eventwire eval quotes`` (PolNeAR-style gold) and ``eventwire eval quotes-own`` (the
project's own annotated set): the quote extractor's scores (scoring: ``evaluation``)."""

from __future__ import annotations

import time
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.common import Quiet, fail, progress


def register(eval_app: typer.Typer) -> None:
    eval_app.command("quotes")(evaluate_quotes)
    eval_app.command("quotes-own")(evaluate_own_quotes)


class Half(str, Enum):
    even = "even"
    odd = "odd"


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
    breakdown: Annotated[
        bool,
        typer.Option(
            "--breakdown", help="Also print where content F1 is lost (missed and spurious, why)."
        ),
    ] = False,
    quiet: Quiet = False,
) -> None:
    """Content, direct-quote and speaker scores of the quote extractor on gold attributions."""
    from eventwire.evaluation.quotes import evaluate, read
    from eventwire.evaluation.splits import select_half

    if not file.exists():
        fail(f"no such file: {file}")
    records = select_half(list(read(file)), half.value if half else None)
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
    if breakdown:
        typer.echo("\nwhere content F1 is lost")
        for reason, count in sorted(score.breakdown.items()):
            typer.echo(f"  {count:5d}  {reason}")
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
    from eventwire.evaluation.quotes_own import evaluate, read

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
