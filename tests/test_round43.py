"""Rules of the forty-third round (issue #20): an arrest that names no one taken takes people of
its place; "talk" in the singular is speech, not negotiation; a verb of saying "by" a margin is a
poll's result; a reported obligation on a thing is no one's demand; and (issue #14) an appositive
whose first noun names no office states the office of the noun coordinated with it."""

from __future__ import annotations

from event_coding import coded


def roots(text: str, published: str = "2016-06-11") -> set[str]:
    return {e.root for e in coded(text, published)}


def test_an_arrest_that_names_no_one_taken_takes_people_of_its_place():
    text = "Police said about 35 arrests were made for disorderly conduct in downtown Manhattan."
    arrests = [e for e in coded(text) if e.cameo == "173"]
    assert [(e.target.country, e.target.sector) for e in arrests if e.target] == [("USA", "CVL")]
    text = "Police arrested two protesters in Manhattan."  # someone named: they are taken
    arrests = [e for e in coded(text) if e.root == "17"]
    assert [e.target.text for e in arrests if e.target] == ["two protesters"]


def test_talk_in_the_singular_is_speech_not_negotiation():
    assert "04" not in roots("Trump rises on tough talk.")
    assert "04" not in roots("There has been a lot of talk about Democratic unity lately.")
    assert "04" in roots("Iran and the United States began talks on Monday.")


def test_saying_by_a_margin_is_a_polls_result():
    text = "Young voters say by an overwhelming margin that Congress should act on guns."
    assert not roots(text) & {"01", "10"}
    assert "01" in roots("Senator Chris Murphy said that Congress should act on guns.")


def test_an_obligation_on_a_thing_is_no_demand():
    text = "Obama said terrorism must be quashed everywhere."
    assert "10" not in roots(text)
    assert "10" in roots("Obama said Russia must withdraw its troops.")


def test_a_coordinated_appositive_states_the_office_of_its_second_noun():
    text = (
        '"Reagan Democrats have left the party," said Andrew Rice, a Democrat and former'
        " Oklahoma state senator who ran for the U.S. Senate in 2008."
    )
    (statement,) = [e for e in coded(text, "2016-03-02") if e.cameo == "010"]
    assert (statement.source.text, statement.source.country, statement.source.sector) == (
        "Andrew Rice",
        "USA",
        "ELI",
    )
