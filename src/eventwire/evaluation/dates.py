"""``eventwire eval dates DIR``: publication days of the extraction benchmark's HTML pages
against a date gold (``{id, published: YYYY-MM-DD}`` lines), for eventwire and for htmldate
alone, as precision, recall and F overall and per fold."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from eventwire.evaluation.splits import fold_of

DateFinder = Callable[[bytes, str | None], str | None]


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


FINDERS: tuple[tuple[str, DateFinder], ...] = (
    ("eventwire", _eventwire_date),
    ("htmldate alone", _htmldate_alone),
)


@dataclass
class DateResult:
    name: str
    precision: float
    recall: float
    f: float
    fold_f: list[float]


def load_gold(directory: Path, gold_file: Path) -> tuple[dict[str, str], dict[str, dict]]:
    """Gold days of the pages that have HTML (sorted ids), and the benchmark's page records."""
    truth = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    rows = [json.loads(line) for line in gold_file.read_text(encoding="utf-8").splitlines() if line]
    gold = {row["id"]: row["published"] for row in rows if row.get("published")}
    keys = sorted(k for k in gold if (directory / "html" / f"{k}.html.gz").exists())
    return {k: gold[k] for k in keys}, truth


def score_dates(
    name: str,
    finder: DateFinder,
    directory: Path,
    gold: dict[str, str],
    truth: dict[str, dict],
    folds: int,
    progress: Callable = iter,
) -> DateResult:
    """Run ``finder`` on every gold page and score its days, overall and per fold."""
    keys = list(gold)
    assignment = fold_of(keys, max(folds, 1))
    predicted: dict[str, str | None] = {}
    for key in progress(keys):
        content = gzip.decompress((directory / "html" / f"{key}.html.gz").read_bytes())
        try:
            predicted[key] = finder(content, truth[key].get("url"))
        except Exception:
            predicted[key] = None
    p, r, f = date_scores(gold, predicted)
    per_fold = [
        date_scores({k: gold[k] for k in keys if assignment[k] == i}, predicted)[2]
        for i in range(folds)
    ]
    return DateResult(name, p, r, f, per_fold)
