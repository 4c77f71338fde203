"""Actor classes the judged real-news events showed wrong (issue #14 / #20): who a source is,
by the conventions of annotations/events/GUIDE.md (campaign staff PTY, ...)."""

from __future__ import annotations

from eventwire import actors
from test_actors import by_text, resolve_text


def _mentions(text: str, published: str = "2016-04-27") -> dict[str, actors.Mention]:
    return by_text(resolve_text(text, published))


def _code(mention: actors.Mention) -> tuple[str | None, str | None]:
    return mention.actor.country, mention.actor.sector


def test_campaign_staff_titles_are_party():
    found = _mentions(
        "Campaign spokesman Brian Fallon told Politico that Hillary Clinton had offered to "
        "answer any questions. Democratic pollster Chris Anderson told Fox that the loss "
        "accelerated after Iowa."
    )
    assert _code(found["Campaign spokesman Brian Fallon"]) == ("USA", "PTY")
    assert _code(found["Democratic pollster Chris Anderson"]) == ("USA", "PTY")


def test_a_campaign_role_in_an_appositive_makes_the_person_and_his_surname_party():
    found = _mentions(
        'Hillary Clinton won four of five states on Tuesday. "He can assert it, but it seems '
        "extremely unlikely,\" said Steve Elmendorf, deputy campaign manager for John Kerry's "
        '2004 Democratic presidential campaign. "The numbers don\'t add up," said Elmendorf.'
    )
    assert _code(found["Steve Elmendorf"]) == ("USA", "PTY")
    assert _code(found["Elmendorf"]) == ("USA", "PTY")


def test_a_spokesman_without_campaign_still_speaks_for_the_government():
    found = _mentions(
        "White House spokesman Eric Schultz said on Tuesday that the talks would go on."
    )
    assert _code(found["White House spokesman Eric Schultz"]) == ("USA", "GOV")
