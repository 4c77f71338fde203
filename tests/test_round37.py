"""Rules of the thirty-seventh round (issues #20 and #14): the "by" phrase the parser hangs on a
nominal act's object names its doer; "the group" with no name is the group or organisation
named last; what is on the calendar has not happened."""

from __future__ import annotations

from event_coding import coded, event_of, resolved


def test_a_by_phrase_hung_on_the_acts_object_names_its_doer():
    text = (
        "The criticisms of her actions by FBI Director James Comey have weighed heavily on her "
        "public image."
    )
    event = event_of(text, "2016-07-10", root="11")
    assert event.source.text == "FBI Director James Comey", event
    assert event.target is None or "Comey" not in event.target.text, event
    # a "by" phrase of the act itself is read as before
    event = next(
        e for e in coded("The invasion of Ukraine by Russia shocked Europe.") if e.root == "19"
    )
    assert (event.source.country, event.target.country) == ("RUS", "UKR"), event


def test_the_group_with_no_name_is_the_body_named_last():
    text = (
        "The American Action Network polled the race in February. "
        "Shuster was above 50 percent, the group said."
    )
    group = resolved(text, "2016-04-18")["the group"]
    assert group == ("USA", "NGO"), group
    statement = event_of(text, "2016-04-18", cameo="010")
    assert (statement.source.country, statement.source.sector) == ("USA", "NGO"), statement
    # a group introduced after the one named is not the one named
    text = (
        "Fox Business reported the story. A major climate group criticized the plan. "
        "The group said it was dangerous."
    )
    assert "The group" not in resolved(text, "2016-04-18")
    # a group that is defined where it is named is not the one before
    text = (
        "The American Action Network polled the race in February. "
        "The group of voters who answered was small."
    )
    assert not any(name.startswith("The group") for name in resolved(text, "2016-04-18"))


def test_what_is_on_the_calendar_has_not_happened():
    for text in (
        "Gruenberg is scheduled to testify on Thursday before the committee.",
        "The French president is due to visit Moscow next week.",
    ):
        assert not coded(text), (text, coded(text))
    # what was done is still coded
    assert any(e.root == "04" for e in coded("The French president visited Moscow last week."))
