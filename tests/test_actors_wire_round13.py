"""Wire actors (issue #14, thirteenth round, tuned on `dev3`/`dev7`/`dev9`/`dev11`): "the
country's" institutions in a sentence naming another state; a person's employer named after
"at" in an appositive; a school named with a demonym and its place; major parties named
without their country."""

from __future__ import annotations

from test_actors_wire import _code


def test_the_countrys_institution_is_the_storys_state():
    text = (
        "Venezuelan troops patrolled Caracas on Sunday. Venezuelan opposition leaders called "
        "for calm. Thousands marched against the country's government and Washington, which "
        "protesters accused of meddling."
    )
    assert _code(text, "government") == ("VEN", "GOV")


def test_an_appositive_employer_named_after_at():
    text = (
        "Steven Taylor, a chairman of the political science department at Troy University "
        "in Alabama, said the race was close."
    )
    assert _code(text, "Steven Taylor") == ("USA", "EDU")
    text = "John Smith, a senior fellow at the Brookings Institution, said the plan would fail."
    assert _code(text, "John Smith") == ("USA", "NGO")


def test_a_school_named_with_a_demonym_is_of_the_place_it_stands_in():
    text = "Two professors at the American University of Kabul were freed on Tuesday."
    assert _code(text, "American University of Kabul") == ("AFG", "EDU")
    text = "The British Embassy in Kabul closed on Monday."
    assert _code(text, "British Embassy") == ("GBR", "GOV")  # an embassy is its state's


def test_major_parties_named_without_their_country():
    text = "The AGP and the Trinamool Congress walked out of the assembly on Tuesday."
    assert _code(text, "AGP") == ("IND", "PTY")
    assert _code(text, "Trinamool Congress") == ("IND", "PTY")
    text = "The PSOE said it would not back the budget."
    assert _code(text, "PSOE") == ("ESP", "PTY")
