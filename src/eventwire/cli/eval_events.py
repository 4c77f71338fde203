"""``eventwire eval cameo`` and ``eventwire eval plover``: the event coder against gold sentences."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.common import fail


def register(eval_app: typer.Typer) -> None:
    eval_app.command("cameo")(cameo)
    eval_app.command("plover")(plover)


def _rows(path: Path) -> list[dict]:
    from eventwire.evaluation.sentences import read_jsonl

    if not path.is_file():
        fail(f"no such file: {path}")
    try:
        rows = read_jsonl(path)
    except ValueError as exc:
        fail(str(exc))
    if not rows:
        fail(f"{path} holds no gold rows")
    return rows


# The options both event evaluations take.
AsJson = Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")]
ListErrors = Annotated[bool, typer.Option("--errors", help="Also list the sentences coded wrong.")]
Half = Annotated[
    str | None, typer.Option("--half", help="Only the rows at even or odd positions (0-based).")
]
Imported = Annotated[
    bool,
    typer.Option(
        "--imported/--no-imported", help="With (default) or without PETRARCH-2's verb frames."
    ),
]


def cameo(
    file: Annotated[Path, typer.Argument(help="JSONL with 'text' and gold 'root_codes'.")],
    as_json: AsJson = False,
    errors: ListErrors = False,
    half: Half = None,
    imported: Imported = True,
) -> None:
    """Micro precision/recall/F1 of predicted CAMEO root codes, per sentence, per code and overall."""
    from eventwire.evaluation.cameo import evaluate_cameo
    from eventwire.events import ontology

    report = evaluate_cameo(_gold_rows(file, half, "root_codes"), imported=imported)
    if as_json:
        typer.echo(json.dumps(report.as_dict(), indent=2))
        return
    typer.echo(
        f"{'root':<5} {'name':<34} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"
    )
    for code, counts in sorted(report.per_code.items()):
        name = ontology.lookup(code).name.title()[:34] if code in ontology.codes() else "?"
        typer.echo(
            f"{code:<5} {name:<34} {counts.tp:>4} {counts.fp:>4} {counts.fn:>4} "
            f"{counts.precision:>6.3f} {counts.recall:>6.3f} {counts.f1:>6.3f}"
        )
    o = report.overall
    typer.echo(
        f"\n{len(report.sentences)} sentences   micro precision {o.precision:.3f}   recall {o.recall:.3f}   "
        f"F1 {o.f1:.3f}"
    )
    if errors:
        for sentence in report.sentences:
            if sentence["gold"] != sentence["predicted"]:
                typer.echo(
                    f"\n gold {sentence['gold']} predicted {sentence['predicted']}\n   {sentence['text']}"
                )


def plover(
    file: Annotated[
        Path, typer.Argument(help="JSONL with 'text', gold 'event', 'source' and 'target' actors.")
    ],
    as_json: AsJson = False,
    errors: ListErrors = False,
    half: Half = None,
    imported: Imported = True,
) -> None:
    """PLOVER event-type accuracy and source/target country accuracy of each sentence's main event."""
    from eventwire.evaluation.plover import evaluate_plover

    report = evaluate_plover(_gold_rows(file, half, "event"), imported=imported)
    scores = report.as_dict()
    if as_json:
        typer.echo(json.dumps(scores, indent=2))
        return
    wrong = report.per_gold_type()
    typer.echo(f"{'gold type':<11} {'n':>3} {'correct':>7}")
    for gold, (n, correct) in sorted(wrong.items()):
        typer.echo(f"{gold:<11} {n:>3} {correct:>7}")
    typer.echo(
        f"\n{scores['sentences']} sentences   event-type accuracy {scores['event_type_accuracy']:.3f}   "
        f"source-country accuracy {scores['source_country_accuracy']:.3f} (of {scores['source_scored']})   "
        f"target-country accuracy {scores['target_country_accuracy']:.3f} (of {scores['target_scored']})"
    )
    if errors:
        for sentence in report.sentences:
            if (
                sentence["gold"] != sentence["predicted"]
                or sentence["source"] not in sentence["gold_source"]
            ):
                typer.echo(
                    f"\n gold {sentence['gold']} {sentence['gold_source']} predicted {sentence['predicted']} "
                    f"{sentence['source']}\n   {sentence['text']}"
                )


def _gold_rows(path: Path, half: str | None, gold_field: str) -> list[dict]:
    """The gold rows of ``path`` (one half of them if asked), each with its text and gold."""
    rows = _half(_rows(path), half)
    if not all(gold_field in row and "text" in row for row in rows):
        fail(f"{path}: every row needs 'text' and '{gold_field}'")
    return rows


def _half(rows: list[dict], half: str | None) -> list[dict]:
    from eventwire.evaluation.splits import select_half

    try:
        return select_half(rows, half)
    except ValueError as exc:
        fail(str(exc))
    return rows
