"""``eventwire eval extraction DIR`` and ``eventwire eval dates DIR``: the ingest stage's body
extraction and publication dates against the benchmark folder (scoring: ``evaluation``)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.common import EXIT_USAGE, fail, progress


def register(eval_app: typer.Typer) -> None:
    eval_app.command("extraction")(extraction)
    eval_app.command("dates")(dates)


def extraction(
    directory: Annotated[
        Path, typer.Argument(help="Folder with ground-truth.json, html/, fulltext.json.")
    ],
    baselines: Annotated[
        bool, typer.Option("--baselines", help="Also score trafilatura's defaults and jusText.")
    ] = False,
    subset: Annotated[
        str, typer.Option(help="all, even or odd pages (sorted ids), for honest development.")
    ] = "all",
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
    limit: Annotated[int | None, typer.Option(help="Score only the first N pages.")] = None,
    folds: Annotated[
        int,
        typer.Option(help="Also report F1 per fold (page i of the sorted ids in fold i % N)."),
    ] = 0,
) -> None:
    """Precision, recall, F1 and pages/s of body extraction, for HTML pages and full-page text."""
    from eventwire.evaluation.extraction import load, runs, score

    if not (directory / "ground-truth.json").exists():
        fail(f"{directory} has no ground-truth.json", EXIT_USAGE)
    if subset not in {"all", "even", "odd"}:
        fail(f"--subset must be all, even or odd, got {subset!r}", EXIT_USAGE)
    gold, html, fulltext = load(directory, subset)
    if limit:
        gold = dict(list(gold.items())[:limit])
    if folds == 1 or folds < 0:
        fail(f"--folds must be 0 (none) or at least 2, got {folds}", EXIT_USAGE)

    def pages(keys):
        return progress(keys, quiet=quiet, unit="page")

    results = [
        score(name, g, inputs, fn, folds=folds, progress=pages)
        for name, g, inputs, fn in runs(gold, html, fulltext, baselines)
    ]
    if as_json:
        typer.echo(json.dumps([r.__dict__ for r in results], indent=2))
        return
    typer.echo(
        f"{'extractor':28} {'precision':>9} {'recall':>7} {'F1':>6} {'pages/s':>8} {'(CPU)':>8} {'pages':>6}"
    )
    for r in results:
        typer.echo(
            f"{r.name:28} {r.precision:9.3f} {r.recall:7.3f} {r.f1:6.3f} {r.pages_per_second:8.1f} "
            f"{r.cpu_pages_per_second:8.1f} {r.pages:6d}"
        )
    if folds:
        typer.echo(f"\nF1 per fold ({folds} folds)")
        for r in results:
            per_fold = " ".join(f"{f:.3f}" for f in r.fold_f1)
            mean = sum(r.fold_f1) / len(r.fold_f1)
            typer.echo(f"{r.name:28} mean {mean:.3f} worst {min(r.fold_f1):.3f}  folds {per_fold}")


def dates(
    directory: Annotated[Path, typer.Argument(help="Folder with ground-truth.json and html/.")],
    gold_file: Annotated[
        Path, typer.Option("--gold", help="JSONL of {id, published: YYYY-MM-DD}.")
    ] = Path("annotations/dates/dev_pages.jsonl"),
    folds: Annotated[int, typer.Option(help="Report F per fold (page i in fold i % N).")] = 5,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bars.")] = False,
) -> None:
    """Publication dates of the benchmark's HTML pages against a date gold: eventwire and
    htmldate alone (extensive search, page URL), precision, recall, F, and F per fold."""
    from eventwire.evaluation.dates import FINDERS, load_gold, score_dates

    if not (directory / "ground-truth.json").exists() or not gold_file.exists():
        fail(f"need {directory}/ground-truth.json and {gold_file}", EXIT_USAGE)
    gold, truth = load_gold(directory, gold_file)

    def pages(keys):
        return progress(keys, quiet=quiet, unit="page")

    typer.echo(f"{'dates':16} {'precision':>9} {'recall':>7} {'F':>6}  F per fold ({folds})")
    for name, finder in FINDERS:
        r = score_dates(name, finder, directory, gold, truth, folds, progress=pages)
        typer.echo(
            f"{name:16} {r.precision:9.3f} {r.recall:7.3f} {r.f:6.3f}  "
            + " ".join(f"{x:.3f}" for x in r.fold_f)
        )
