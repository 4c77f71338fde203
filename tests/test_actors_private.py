"""A named person whom nothing in the article describes is a private person of their country."""

from test_actors import by_text, resolve_text

STORY = (
    "MANCHESTER, N.H. (AP) — Two neighbours stood outside the polling place on Tuesday.\n"
    "“We are friends,” Jim Bennett told a voter passing by.\n"
    "Sandra Paradis said she had known him for years.\n"
    "“We’re Manchester people,” Bennett said.\n"
    "Sen. Jeanne Shaheen greeted them, and Zorblax Quintavius, the leader in Republican polls, "
    "spoke first."
)


def _mentions(text: str = STORY) -> list:
    return resolve_text(text, "2016-02-09")


def test_an_undescribed_person_and_their_later_mentions_are_private():
    mentions = _mentions()
    found = by_text(mentions)
    assert (found["Jim Bennett"].actor.country, found["Jim Bennett"].actor.sector) == ("USA", "CVL")
    assert found["Bennett"].actor.sector == "CVL"  # the surname after the full name
    she = [m for m in mentions if m.text == "she"]
    assert she and she[0].actor.sector == "CVL"  # the pronoun shares Sandra Paradis's reading
    assert "private person" in found["Sandra Paradis"].reason


def test_office_holders_and_described_people_are_not_private():
    found = by_text(_mentions())
    assert found["Sen. Jeanne Shaheen"].actor.sector == "LEG"
    assert found["Zorblax Quintavius"].actor.sector is None  # described, by words we cannot read


def test_a_person_with_no_country_stays_unresolved():
    found = by_text(resolve_text("Zorblax Quintavius praised the plan on Tuesday."))
    assert found["Zorblax Quintavius"].actor.sector is None
