"""The held-out material-conflict set: every judged trigger is one the export listed, in a
dev-split article that no judged candidate file touches, with roots the save step accepts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import confidence_data  # noqa: E402

import heldout_conflict  # noqa: E402


def test_every_judgment_is_an_exported_trigger_of_a_held_out_article():
    candidates = confidence_data.read_jsonl(heldout_conflict.HELDOUT_CANDIDATES)
    judgments = confidence_data.read_jsonl(heldout_conflict.HELDOUT_JUDGMENTS)
    exported = {(c["article"], *c["trigger"]) for c in candidates}
    judged_elsewhere = {
        row["article"] for row in confidence_data.read_jsonl(confidence_data.CANDIDATES)
    }
    assert len(judgments) == len(candidates)
    for row in judgments:
        assert (row["article"], *row["trigger"]) in exported
        assert confidence_data.split_of(row["article"]) == "dev"
        assert row["article"] not in judged_elsewhere
        assert all(len(r) == 2 and "01" <= r <= "20" for r in row["roots"])


def test_save_refuses_a_malformed_root(tmp_path, monkeypatch):
    typed = tmp_path / "typed.txt"
    typed.write_text("0 | 1x\n", encoding="utf-8")
    monkeypatch.setattr(heldout_conflict, "HELDOUT_JUDGMENTS", tmp_path / "out.jsonl")
    with pytest.raises(ValueError, match="roots are two digits"):
        heldout_conflict.save(typed)
