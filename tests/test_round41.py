"""Rules of the forty-first round (issues #20, #14): speaking out against, railing against and
taking aim at someone criticise them; a preposition hung on "back" ("fired back at") is the
trigger's; a judgement made through a part, a relative clause or a verb of seeming, or of "it"
standing for a that-clause, judges the one named; an inverted condition ("should he win") is no
obligation; backing out is a refusal; two parties or two people of one code are two actors."""

from __future__ import annotations

from event_coding import coded, event_of


def roots(text: str, published: str = "2016-06-11") -> set[str]:
    return {e.root for e in coded(text, published)}


def targets_of(text: str, root: str, published: str = "2016-06-11") -> list[str]:
    return [e.target.text for e in coded(text, published) if e.root == root and e.target]


def test_speaking_out_and_railing_against_someone_is_criticism_of_them():
    text = "Libby Schaaf, the mayor of Oakland, spoke out against Donald Trump on Monday."
    assert targets_of(text, "11") == ["Donald Trump"]
    text = "Elizabeth Warren railed against Mitch McConnell on Monday."
    assert targets_of(text, "11") == ["Mitch McConnell"]
    text = "Ted Cruz took aim at Donald Trump in Iowa."
    assert targets_of(text, "11") == ["Donald Trump"]
    assert "11" not in roots("Libby Schaaf spoke at a rally in Oakland on Monday.")


def test_a_preposition_hung_on_back_is_the_triggers():
    text = "Donald Trump fired back at Warren on Twitter."
    assert targets_of(text, "11") == ["Warren"]  # not Twitter, where he said it


def test_a_judgement_through_a_part_a_relative_clause_or_seeming():
    text = '"Marco Rubio is one of the worst senators in history," Harry Reid said.'
    assert targets_of(text, "11") == ["Marco Rubio"]
    text = '"Hillary Clinton is a person who is dishonest," Donald Trump said.'
    assert targets_of(text, "11") == ["Hillary Clinton"]
    text = '"Hillary Clinton has been proven to be a liar," Donald Trump said.'
    assert targets_of(text, "11") == ["Hillary Clinton"]
    text = '"Hillary Clinton is one of the candidates in the race," Donald Trump said.'
    assert "11" not in roots(text)


def test_a_judgement_of_it_standing_for_a_that_clause():
    text = '"It is outrageous that Hillary Clinton deleted the emails," Donald Trump said.'
    assert targets_of(text, "11") == ["Hillary Clinton"]
    text = '"It is true that Hillary Clinton deleted the emails," Donald Trump said.'
    assert "11" not in roots(text)


def test_an_inverted_condition_is_no_obligation():
    text = (
        "Cruz will have a much tougher time in the general election, should he win the"
        " nomination, Henson said."
    )
    assert "10" not in roots(text, "2016-03-01")
    assert "10" in roots("Henson said Cruz should drop out of the race.", "2016-03-01")


def test_backing_out_is_a_refusal():
    refusal = event_of("Donald Trump backed out of the conference on Friday.", root="12")
    assert refusal.cameo == "120", refusal
    assert "05" not in roots("Donald Trump backed out of the conference on Friday.")


def test_two_parties_of_one_code_are_two_sides():
    text = "Democrats blasted Republicans for being sore losers."
    assert targets_of(text, "11") == ["Republicans"]


def test_two_people_of_one_code_are_two_actors():
    text = "Elizabeth Warren and Bernie Sanders criticized Donald Trump on Monday."
    sources = sorted(e.source.text for e in coded(text) if e.root == "11")
    assert sources == ["Bernie Sanders", "Elizabeth Warren"]
    meeting = event_of("Elizabeth Warren and Bernie Sanders met on Monday.", root="04")
    assert meeting.target is not None, meeting
    assert {meeting.source.text, meeting.target.text} == {"Elizabeth Warren", "Bernie Sanders"}
