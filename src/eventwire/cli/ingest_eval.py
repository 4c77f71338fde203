"""``eventwire eval extraction DIR``: article-body extraction scored like the Zyte benchmark.

The metric (Zyte's article-extraction-benchmark): tokens are ``\\w+`` matches, case kept;
per page TP/FP/FN are multiset overlaps of word 4-gram shingles of gold vs. extracted body,
each divided by TP+FP+FN; precision is the mean over pages with output, recall the mean over
all pages, F1 their harmonic mean. DIR holds ``ground-truth.json`` (``{id: {"articleBody"}}``),
``html/<id>.html.gz`` and optionally ``fulltext.json`` (``{id: {"text"}}``, whole-page text).
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.common import EXIT_USAGE, fail, progress
from eventwire.cli.evaluate import eval_app

_TOKEN = re.compile(r"\w+")
SHINGLE = 4


def shingles(text: str, n: int = SHINGLE) -> Counter:
    tokens = _TOKEN.findall(text or "")
    return Counter(
        " ".join(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n]
    )


def page_score(gold: str, predicted: str) -> tuple[float, float, float]:
    """Normalised ``(tp, fp, fn)`` of one page."""
    g, p = shingles(gold), shingles(predicted)
    tp, fp, fn = sum((g & p).values()), sum((p - g).values()), sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision_recall_f1(scores: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    precisions = [tp / (tp + fp) for tp, fp, _ in scores if tp + fp > 0]
    recalls = [tp / (tp + fn) if tp + fn > 0 else 0.0 for tp, _, fn in scores]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass
class Result:
    name: str
    precision: float
    recall: float
    f1: float
    pages_per_second: float  # wall clock
    cpu_pages_per_second: float  # process CPU time: fairer on a busy machine
    pages: int
    fold_f1: list[float] = field(default_factory=list)  # per fold, when folds were asked for


def fold_of(keys: list[str], folds: int) -> dict[str, int]:
    """Fold index of each page: the ``i``-th page of the sorted ids goes to fold ``i % folds``."""
    return {key: i % folds for i, key in enumerate(sorted(keys))}


def fold_f1(scores: dict[str, tuple[float, float, float]], folds: int) -> list[float]:
    """F1 of each fold's pages (see ``fold_of``)."""
    if folds < 2:
        return []
    assignment = fold_of(list(scores), folds)
    return [
        precision_recall_f1([s for k, s in scores.items() if assignment[k] == fold])[2]
        for fold in range(folds)
    ]


def score(
    name: str,
    gold: dict[str, str],
    inputs: dict[str, str | bytes],
    extractor: Callable[[str | bytes], str],
    quiet: bool = True,
    folds: int = 0,
) -> Result:
    """Run ``extractor`` on every page and score its bodies against ``gold``."""
    outputs: dict[str, str] = {}
    if gold:  # warm-up outside the clock: models and locale data load once per process
        try:
            extractor(inputs[next(iter(gold))])
        except Exception:
            pass
    start, cpu_start = time.perf_counter(), time.process_time()
    for key in progress(list(gold), quiet=quiet, unit="page"):
        try:
            outputs[key] = extractor(inputs[key]) or ""
        except Exception:
            outputs[key] = ""
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    scores = {k: page_score(gold[k], outputs[k]) for k in gold}
    p, r, f = precision_recall_f1(list(scores.values()))
    return Result(
        name,
        p,
        r,
        f,
        len(gold) / elapsed if elapsed else 0.0,
        len(gold) / cpu if cpu else 0.0,
        len(gold),
        fold_f1(scores, folds),
    )


def _eventwire_body(content: str | bytes) -> str:
    from eventwire.ingest import to_article
    from eventwire.models import RawDocument

    return to_article(RawDocument(id="page", content=content)).body


def _trafilatura_defaults(content: str | bytes) -> str:
    import trafilatura

    return trafilatura.extract(content) or ""


def _justext(content: str | bytes) -> str:
    import justext

    paragraphs = justext.justext(content, justext.get_stoplist("English"))
    return "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def _justext_on_text(content: str | bytes) -> str:
    """jusText on plain text: each line becomes a paragraph of a bare HTML page."""
    from html import escape

    text = content.decode("utf-8") if isinstance(content, bytes) else content
    page = "<html><body>" + "".join(
        f"<p>{escape(line)}</p>" for line in text.splitlines() if line.strip()
    )
    return _justext(page + "</body></html>")


def load(
    directory: Path, subset: str = "all"
) -> tuple[dict[str, str], dict[str, bytes], dict[str, str]]:
    """Gold bodies, HTML pages and full-page texts of a benchmark folder (``subset``: all/even/odd)."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)
    if subset != "all":
        keys = keys[0 if subset == "even" else 1 :: 2]
    gold = {k: truth[k].get("articleBody") or "" for k in keys}
    html = {}
    for key in keys:
        path = directory / "html" / f"{key}.html.gz"
        if path.exists():
            html[key] = gzip.decompress(path.read_bytes())
    fulltext_path = directory / "fulltext.json"
    fulltext = {}
    if fulltext_path.exists():
        data = json.loads(fulltext_path.read_text(encoding="utf-8"))
        fulltext = {k: data[k]["text"] for k in keys if k in data}
    return gold, html, fulltext


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
    if not (directory / "ground-truth.json").exists():
        fail(f"{directory} has no ground-truth.json", EXIT_USAGE)
    if subset not in {"all", "even", "odd"}:
        fail(f"--subset must be all, even or odd, got {subset!r}", EXIT_USAGE)
    gold, html, fulltext = load(directory, subset)
    if limit:
        gold = dict(list(gold.items())[:limit])
    runs: list[tuple[str, dict[str, str], dict, Callable]] = []
    html_gold = {k: v for k, v in gold.items() if k in html}
    text_gold = {k: v for k, v in gold.items() if k in fulltext}
    if html_gold:
        runs.append(("html: eventwire", html_gold, html, _eventwire_body))
        if baselines:
            runs += [
                ("html: trafilatura defaults", html_gold, html, _trafilatura_defaults),
                ("html: justext", html_gold, html, _justext),
            ]
    if text_gold:
        runs.append(("fulltext: eventwire", text_gold, fulltext, _eventwire_body))
        if baselines:
            runs += [
                ("fulltext: unchanged text", text_gold, fulltext, lambda text: text),
                ("fulltext: justext", text_gold, fulltext, _justext_on_text),
            ]
    if folds == 1 or folds < 0:
        fail(f"--folds must be 0 (none) or at least 2, got {folds}", EXIT_USAGE)
    results = [score(name, g, inputs, fn, quiet=quiet, folds=folds) for name, g, inputs, fn in runs]
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


eval_app.command("extraction")(extraction)


def date_scores(
    gold: dict[str, str], predicted: dict[str, str | None]
) -> tuple[float, float, float]:
    """Precision (right among pages given a date), recall (right among pages with a gold
    date) and F of publication days (``YYYY-MM-DD``, the date part of the prediction)."""
    given = [k for k in gold if predicted.get(k)]
    right = sum(1 for k in given if (predicted[k] or "")[:10] == gold[k])
    precision = right / len(given) if given else 0.0
    recall = right / len(gold) if gold else 0.0
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f


def _eventwire_date(content: bytes, url: str | None) -> str | None:
    from eventwire.ingest import to_article
    from eventwire.models import RawDocument

    return to_article(RawDocument(id="page", content=content, url=url)).published


def _htmldate_alone(content: bytes, url: str | None) -> str | None:
    from htmldate import find_date

    return find_date(content, url=url, original_date=True, extensive_search=True)


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
    if not (directory / "ground-truth.json").exists() or not gold_file.exists():
        fail(f"need {directory}/ground-truth.json and {gold_file}", EXIT_USAGE)
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    rows = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line]
    gold = {row["id"]: row["published"] for row in rows if row.get("published")}
    keys = sorted(k for k in gold if (directory / "html" / f"{k}.html.gz").exists())
    assignment = fold_of(keys, max(folds, 1))
    runs = [("eventwire", _eventwire_date), ("htmldate alone", _htmldate_alone)]
    typer.echo(f"{'dates':16} {'precision':>9} {'recall':>7} {'F':>6}  F per fold ({folds})")
    for name, finder in runs:
        predicted: dict[str, str | None] = {}
        for key in progress(keys, quiet=quiet, unit="page"):
            content = gzip.decompress((directory / "html" / f"{key}.html.gz").read_bytes())
            try:
                predicted[key] = finder(content, truth[key].get("url"))
            except Exception:
                predicted[key] = None
        p, r, f = date_scores({k: gold[k] for k in keys}, predicted)
        per_fold = [
            date_scores({k: gold[k] for k in keys if assignment[k] == i}, predicted)[2]
            for i in range(folds)
        ]
        typer.echo(
            f"{name:16} {p:9.3f} {r:7.3f} {f:6.3f}  " + " ".join(f"{x:.3f}" for x in per_fold)
        )


eval_app.command("dates")(dates)
