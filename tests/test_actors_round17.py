"""Actors of sport news (issue #14, twenty-first round, tuned on `dev14`): a person named after a
word of sport is a sportsperson, who keeps a country and holds no office, not a private
citizen."""

from __future__ import annotations

from test_actors_wire import _code

NFL = (
    "GREEN BAY, Wis. -- Quarterback Aaron Rodgers threw three touchdown passes on Sunday. "
    "Green Bay coach Mike McCarthy said the offense played well. Local resident Jim Bennett "
    "said he was happy with the win."
)


def test_a_person_named_after_a_word_of_sport_is_a_sportsperson():
    assert _code(NFL, "Aaron Rodgers") == ("USA", None)
    assert _code(NFL, "Mike McCarthy") == ("USA", None)


def test_other_people_with_no_office_stay_private_citizens():
    assert _code(NFL, "Jim Bennett") == ("USA", "CVL")
