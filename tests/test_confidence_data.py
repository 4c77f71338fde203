"""The judgment reader: an audit row (``audit-NN.jsonl``) overrides the batch row at its trigger."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import confidence_data  # noqa: E402


def _write(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def test_an_audit_row_overrides_the_batch_row_at_its_trigger(tmp_path):
    batch = {"article": "a1", "sentence": [0, 40], "trigger": [10, 17], "events": []}
    other = {"article": "a1", "sentence": [0, 40], "trigger": [20, 26], "events": []}
    attack = {"root": "18", "source": "-.REB|UAF", "target": "USA.CVL|-"}
    audit = {**batch, "events": [attack], "was": [], "rule": "named attack with known doer: 18"}
    # "audit-" sorts before "batch-" and "unjudged-": the reader must still read it last
    _write(tmp_path / "audit-00.jsonl", [audit])
    _write(tmp_path / "batch-00.jsonl", [batch, other])
    _write(tmp_path / "unjudged-00.jsonl", [batch])
    judged = confidence_data.read_judgments(tmp_path)
    assert judged[("a1", 10, 17)]["events"] == [attack]
    assert judged[("a1", 20, 26)]["events"] == []


def test_the_stored_audit_rows_are_what_the_reader_returns():
    audits = [
        row
        for path in sorted(confidence_data.JUDGMENTS.glob("audit-*.jsonl"))
        for row in confidence_data.read_jsonl(path)
    ]
    assert audits, "the audit of issue #20 is stored"
    judged = confidence_data.read_judgments()
    for row in audits:
        assert row["events"] != row["was"], row
        assert judged[(row["article"], *row["trigger"])]["events"] == row["events"]


def test_the_dev_halves_split_the_judged_dev_articles_in_two_without_reading_them():
    articles = {key[0] for key in confidence_data.read_judgments()}
    dev = sorted(a for a in articles if confidence_data.split_of(a) == "dev")
    even = [a for a in dev if confidence_data.in_half(a, "even")]
    odd = [a for a in dev if confidence_data.in_half(a, "odd")]
    assert sorted(even + odd) == dev and not set(even) & set(odd)
    assert len(dev) / 3 < len(even) < 2 * len(dev) / 3  # an independent hash, not the split's
    assert all(confidence_data.in_half(a, None) for a in dev)
    assert confidence_data.tuning_data("dev", "even") and not confidence_data.tuning_data(
        "dev", "odd"
    )


def test_only_train_and_dev_even_articles_are_readable_while_tuning():
    ids = [f"article-{n}" for n in range(200)]
    for article in ids:
        allowed = confidence_data.split_of(article) == "train" or (
            confidence_data.half_of(article) == "even"
        )
        assert confidence_data.readable(article) == allowed
    odd_dev = [
        a
        for a in ids
        if confidence_data.split_of(a) == "dev" and confidence_data.half_of(a) == "odd"
    ]
    assert odd_dev and not any(confidence_data.readable(a) for a in odd_dev)
