"""Event rules of the twenty-fourth round (issue #20), written from the confident errors of the
dev split's even half (``benchmarks/confidence_reliability.py --split dev --half even
--errors``): saying that someone failed is criticism of them, and competing is no event."""

from __future__ import annotations

from event_coding import coded, root_set


def test_saying_someone_failed_is_criticism_of_them():
    text = 'She said Rubio "has failed to do anything beyond furthering his own ambitions."'
    criticism = [e for e in coded(text) if e.cameo == "111"]
    assert len(criticism) == 1
    assert criticism[0].target is not None and criticism[0].target.text == "Rubio"
    # a bill that failed is judged by no one
    assert "11" not in root_set("The senator said the bill failed to pass on Friday.")


def test_competing_for_votes_is_no_event():
    text = "Rubio is now competing in the establishment lane for the GOP nomination."
    assert not root_set(text)
