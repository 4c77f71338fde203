"""Event rules of the twenty-fourth round (issue #20), written from the confident errors of the
dev split's even half (``benchmarks/confidence_reliability.py --split dev --half even
--errors``) and the ``web`` set's even half: saying that someone failed is criticism of them,
competing is no event, a heading that names a force and no doer is a topic, and force on
privacy or wages is a figure."""

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


def test_a_heading_naming_a_force_with_no_doer_is_a_topic():
    text = "The Massacre of Two Families\n\nThe family had lived on the colony for years."
    assert not root_set(text) & {"18", "19", "20"}
    # a heading that names its doer tells the news
    told = "Israeli airstrikes on Gaza\n\nThe city was quiet on Monday."
    assert "19" in root_set(told)


def test_force_on_privacy_or_wages_is_a_figure():
    assert "19" not in root_set("It routinely invades the privacy of civilians.")
    assert "17" not in root_set("Overall wages and benefits are suppressed for the majority.")
