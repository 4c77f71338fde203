"""What a modal or a blocking verb makes of an act, for verbs and nouns alike: "will attack" is
a threat, not an attack; "would mount an offensive" is no offensive mounted; "more airstrikes
are needed" and "the talks were postponed" report no airstrike and no talks; a decided act short
of force ("will withdraw its ambassador") stays the act (``governance._modal_effect``,
``noun_governance._verb_over``, the ``nsubjpass`` step of ``governance._governance``)."""

from __future__ import annotations

from event_coding import coded


def codes(text: str) -> list[str]:
    return [e.cameo for e in coded(text)]


def test_a_firm_future_attack_is_a_threat():
    assert codes("Russia will bomb the rebels.") == ["138"]
    assert codes("Russia will attack the rebels next week.") == ["138"]


def test_a_firm_future_short_of_force_stays_decided():
    assert codes("Turkey will withdraw its ambassador from Austria.") == ["161"]


def test_a_modal_on_the_verb_of_a_nominal_act_governs_it():
    assert codes("The army would mount an offensive against the rebels in the spring.") == ["138"]
    assert codes("The army mounted an offensive against the rebels in the spring.") == ["190"]


def test_an_act_already_known_is_not_undone_by_a_modal_said_of_it():
    text = "Officials argued over how the Orlando attack should be described."
    assert "180" in codes(text)


def test_an_act_needed_or_postponed_is_not_reported_as_done():
    assert not [
        c
        for c in codes("More airstrikes are needed against the rebels, the defence minister said.")
        if c.startswith("19")
    ]
    assert not [
        c
        for c in codes("The talks between Israel and the Palestinians were postponed.")
        if c.startswith("04")
    ]


def test_more_of_an_act_that_no_verb_does_is_a_view():
    text = "The bottom line is more bombing has absolutely no bearing on individuals like him."
    assert not [c for c in codes(text) if c[:2] in ("18", "19")]
    assert "195" in codes("Russian jets carried out more airstrikes on Aleppo on Monday.")


def test_a_stand_on_an_act_of_force_is_no_act():
    text = "A majority of Republicans support deploying ground forces against the Islamic State."
    assert not [c for c in codes(text) if c.startswith("15")]


def test_would_on_cooperation_is_a_condition_s_outcome_not_an_intent():
    assert not [c for c in codes("The senator would support the nominee if he wins.") if c < "10"]
    assert "036" in codes("Netanyahu will meet with Trump later this month.")
    assert codes("Russia would bomb the rebels.")[0].startswith("13")
