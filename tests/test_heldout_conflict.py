"""The held-out material-conflict sets: every judged trigger is one the export listed, in an
article of the set's split that none of its annotation files touches, with roots the save step
accepts."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import confidence_data  # noqa: E402

import heldout_conflict  # noqa: E402


@pytest.mark.parametrize("name", sorted(heldout_conflict.SETS))
def test_every_judgment_is_an_exported_trigger_of_a_held_out_article(name):
    held = heldout_conflict.SETS[name]
    candidates = confidence_data.read_jsonl(held.candidates)
    judgments = confidence_data.read_jsonl(held.judgments)
    exported = {(c["article"], *c["trigger"]) for c in candidates}
    touched = heldout_conflict.listed_articles(held.untouched_by)
    assert len(judgments) == len(candidates) > 0
    for row in judgments:
        assert (row["article"], *row["trigger"]) in exported
        assert held.split is None or confidence_data.split_of(row["article"]) == held.split
        assert row["article"] not in touched
        assert all(len(r) == 2 and "01" <= r <= "20" for r in row["roots"])


def test_the_unannotated_set_is_untouched_by_every_annotation_file():
    """No annotation file of events, actors or quotes may list an article of the second set,
    so that a later annotation round cannot quietly read it."""
    held = heldout_conflict.SETS["unannotated"]
    assert set(held.untouched_by) == set(heldout_conflict.ANNOTATION_FILES)
    judged = {row["article"] for row in confidence_data.read_jsonl(held.judgments)}
    assert not judged & heldout_conflict.listed_articles(heldout_conflict.ANNOTATION_FILES)


def test_save_refuses_a_malformed_root(tmp_path, monkeypatch):
    typed = tmp_path / "typed.txt"
    typed.write_text("0 | 1x\n", encoding="utf-8")
    held = heldout_conflict.SETS["dev"]
    target = heldout_conflict.HeldoutSet(
        "t", held.split, held.untouched_by, held.candidates, tmp_path / "out.jsonl"
    )
    with pytest.raises(ValueError, match="roots are two digits"):
        heldout_conflict.save(target, typed)
    assert not target.judgments.exists()
