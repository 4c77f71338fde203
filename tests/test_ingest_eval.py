"""``eventwire eval extraction``: the benchmark's metric and the command on a tiny folder."""

from __future__ import annotations

import gzip
import json

import pytest

from eventwire.evaluation.extraction import page_score, precision_recall_f1, shingles


def test_shingles_are_case_sensitive_word_4grams():
    assert shingles("A b, c d e") == {"A b c d": 1, "b c d e": 1}
    assert shingles("Short text") == {"Short text": 1}
    assert shingles("a b c d a b c d")["a b c d"] == 2


def test_page_score_and_aggregate():
    gold = "one two three four five six"
    assert page_score(gold, gold) == (1.0, 0.0, 0.0)
    tp, fp, fn = page_score(gold, "one two three four five six seven")
    assert (tp, fp, fn) == pytest.approx((3 / 4, 1 / 4, 0.0))
    assert page_score(gold, "") == (0.0, 0.0, 1.0)
    # precision averages over pages with output only; recall over all pages
    p, r, f = precision_recall_f1([(1.0, 0.0, 0.0), (0.0, 0.0, 1.0)])
    assert (p, r) == (1.0, 0.5) and f == pytest.approx(2 / 3)


def test_eval_command_on_a_small_folder(tmp_path):
    from test_contract import run_cli

    body = (
        "The minister resigned on Monday after weeks of pressure over the budget, telling reporters "
        "that she had lost the confidence of her colleagues."
    )
    (tmp_path / "html").mkdir()
    (tmp_path / "ground-truth.json").write_text(json.dumps({"p1": {"articleBody": body}}))
    page = (
        f"<html><body><nav><a href='/'>Home</a></nav><article><p>{body}</p></article></body></html>"
    )
    (tmp_path / "html" / "p1.html.gz").write_bytes(gzip.compress(page.encode()))
    (tmp_path / "fulltext.json").write_text(
        json.dumps({"p1": {"text": f"Home\nNews\n\n{body}\n\nShare this"}})
    )
    result = run_cli("eval", "extraction", str(tmp_path), "--json", "-q", "--baselines")
    assert result.returncode == 0, result.stderr
    rows = {r["name"]: r for r in json.loads(result.stdout)}
    assert rows["html: eventwire"]["f1"] == 1.0 and rows["fulltext: eventwire"]["f1"] == 1.0
    assert rows["fulltext: unchanged text"]["precision"] < 1.0
    assert {"html: trafilatura defaults", "html: justext", "fulltext: justext"} <= set(rows)
    assert run_cli("eval", "extraction", str(tmp_path / "missing")).returncode == 2


def test_folds_split_sorted_ids_round_robin_and_score_each():
    from eventwire.evaluation.extraction import fold_f1
    from eventwire.evaluation.splits import fold_of

    assert fold_of(["c", "a", "b", "d"], 2) == {"a": 0, "b": 1, "c": 0, "d": 1}
    scores = {"a": (1.0, 0.0, 0.0), "b": (0.0, 0.0, 1.0), "c": (0.5, 0.0, 0.5)}
    per_fold = fold_f1(scores, 2)
    assert per_fold[1] == 0.0  # fold 1 holds only the page with no output
    assert per_fold[0] == pytest.approx(2 * 1.0 * 0.75 / 1.75)
    assert fold_f1(scores, 0) == []
