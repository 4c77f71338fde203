"""Group coreference: 'both leaders' and 'the two sides' point back; 'two opposition leaders'
and 'Two United States service members' name who they are."""

from __future__ import annotations

from eventwire import actors
from test_actors import by_text, resolve_text


def _mentions(text: str) -> dict[str, actors.Mention]:
    return by_text(resolve_text(text, "2016-05-01"))


def test_a_count_and_a_group_noun_point_back_to_the_people_just_named():
    found = _mentions("Putin met Xi Jinping in Moscow. The two leaders signed a gas deal.")
    assert found["The two leaders"].kind == "pronoun"
    assert found["The two leaders"].actor.country == "RUS"


def test_a_noun_between_the_count_and_the_group_noun_names_a_new_group():
    found = _mentions(
        "NAIROBI, Kenya (AP) -- Police arrested two opposition leaders on Friday. "
        "Two United States diplomats said they were concerned."
    )
    leaders = found["two opposition leaders"]
    assert (leaders.actor.country, leaders.actor.sector) == ("KEN", "OPP")
    diplomats = found["Two United States diplomats"]
    assert diplomats.kind != "pronoun" and diplomats.actor.country == "USA"
