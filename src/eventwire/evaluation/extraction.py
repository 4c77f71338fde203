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

from eventwire.evaluation.splits import fold_of, select_half

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
    folds: int = 0,
    progress: Callable = iter,
) -> Result:
    """Run ``extractor`` on every page and score its bodies against ``gold``."""
    outputs: dict[str, str] = {}
    if gold:  # warm-up outside the clock: models and locale data load once per process
        try:
            extractor(inputs[next(iter(gold))])
        except Exception:
            pass
    start, cpu_start = time.perf_counter(), time.process_time()
    for key in progress(list(gold)):
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


def eventwire_body(content: str | bytes) -> str:
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


def _unchanged_text(content: str | bytes) -> str:
    """The full-page text as it is: the floor any extractor of full-page text must beat."""
    return content if isinstance(content, str) else content.decode("utf-8")


def load(
    directory: Path, subset: str = "all"
) -> tuple[dict[str, str], dict[str, bytes], dict[str, str]]:
    """Gold bodies, HTML pages and full-page texts of a benchmark folder (``subset``: all/even/odd)."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)
    if subset != "all":
        keys = select_half(keys, subset)
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


Run = tuple[str, dict[str, str], dict, Callable[[str | bytes], str]]


def runs(
    gold: dict[str, str], html: dict[str, bytes], fulltext: dict[str, str], baselines: bool
) -> list[Run]:
    """What to score: eventwire on the HTML pages and on the full-page texts that exist, and,
    with ``baselines``, trafilatura's defaults, jusText and the unchanged text beside it."""
    chosen: list[Run] = []
    html_gold = {k: v for k, v in gold.items() if k in html}
    text_gold = {k: v for k, v in gold.items() if k in fulltext}
    if html_gold:
        chosen.append(("html: eventwire", html_gold, html, eventwire_body))
        if baselines:
            chosen += [
                ("html: trafilatura defaults", html_gold, html, _trafilatura_defaults),
                ("html: justext", html_gold, html, _justext),
            ]
    if text_gold:
        chosen.append(("fulltext: eventwire", text_gold, fulltext, eventwire_body))
        if baselines:
            chosen += [
                ("fulltext: unchanged text", text_gold, fulltext, _unchanged_text),
                ("fulltext: justext", text_gold, fulltext, _justext_on_text),
            ]
    return chosen
