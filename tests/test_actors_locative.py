"""A state after 'on' is acted upon ("sanctions on Iran"), after 'in' it only says where."""

from __future__ import annotations

from eventwire import actors
from test_actors import by_text, resolve_text
from test_events_idioms import coded


def _iran(text: str) -> actors.Mention:
    return by_text(resolve_text(text, "2016-05-01"))["Iran"]


def test_a_state_after_on_is_acted_upon_and_after_in_is_a_place():
    assert not _iran(
        "The United States imposed sanctions on Iran over its nuclear program."
    ).locative
    assert _iran("The talks were held in Iran last week.").locative


def test_sanctions_on_a_state_have_that_state_as_target():
    found = coded("The United States imposed sanctions on Iran over its nuclear program.")
    assert [(e.root, e.source.code, e.target.code if e.target else None) for e in found] == [
        ("16", "USA", "IRN")
    ]


def test_a_state_acted_upon_gives_no_country_to_the_roles_acting_on_it():
    found = by_text(resolve_text("The ministers imposed sanctions on Iran.", "2016-05-01"))
    assert found["ministers"].actor.country is None
    found = by_text(resolve_text("Police imposed a curfew in Sudan.", "2016-05-01"))
    assert found["Police"].actor.country == "SDN"
