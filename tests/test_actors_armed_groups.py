"""Members and definite mentions of a named armed group, and offices stated by "who served
as" (issue #14, tenth round, `dev10`). Sentences from real news."""

from __future__ import annotations

from eventwire import actors
from test_actors import by_text, code_of, resolve_text


def _mentions(text: str, published: str = "2015-12-21") -> dict[str, actors.Mention]:
    return by_text(resolve_text(text, published))


def test_soldiers_of_a_named_armed_group_are_the_group():
    found = _mentions(
        "ISIS has recently released a recruitment video. ISIS soldiers mock America's "
        "military tactics in the video and put a pulse on racial tensions in the United States."
    )
    assert code_of(found["soldiers"]) == (None, "REB")


def test_the_terrorist_group_after_a_named_armed_group_is_that_group():
    found = _mentions(
        "ISIS has recently released a propaganda, recruitment video and Democratic "
        "presidential candidate Hillary Clinton will not be happy about who the terrorist "
        "group features as the center of hate."
    )
    assert code_of(found["terrorist group"]) == (None, "REB")


def test_who_served_as_states_a_past_office():
    found = _mentions(
        "C. Boyden Gray, who served as White House counsel under Mr. Bush's father, George "
        "Bush, ticked through the code of conduct the Bush dynasty has long embodied.",
        "2016-01-19",
    )
    assert code_of(found["C. Boyden Gray"]) == ("USA", "ELI")
