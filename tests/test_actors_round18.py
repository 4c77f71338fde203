"""US counties and bodies named for their officer (issue #14, twenty-second round, tuned on
`dev13` and `dev14`)."""

from __future__ import annotations

from test_actors_wire import _code


def test_a_us_county_is_american_and_acting_alone_is_its_government():
    text = "Broward County sued the state on Monday. Lincoln County prosecutors filed charges."
    assert _code(text, "Broward County") == ("USA", "GOV")
    assert _code(text, "Lincoln County prosecutors") == ("USA", "JUD")


def test_a_county_named_like_a_british_county_is_not_taken_as_american():
    text = "Kent County Council voted on Tuesday to close two libraries in Canterbury."
    assert _code(text, "County Council") == ("GBR", "GOV")


def test_a_body_named_for_its_officer_takes_the_officers_sector():
    text = (
        "KYIV -- The Prosecutor General’s Office said on Monday that it had opened a case. "
        "The Riverside County Sheriff’s Department said the man fled."
    )
    assert _code(text, "Prosecutor General’s Office") == ("UKR", "JUD")
    assert _code(text, "Riverside County Sheriff’s Department") == ("USA", "COP")
