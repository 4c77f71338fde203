"""A generic head after a known body ("the Air Asia chief"), an employer past a possessive owner
or an "X-based" place, an employer named beside the noun that says what it is, collective role
words in the plural, US legislative roles, a company's foundation, and the staff of an
organisation an earlier rule named (issue #14, twenty-seventh round, tuned on `dev13`, `dev14`,
the judged dev split's even half and the judged train split)."""

from __future__ import annotations

import pytest

from test_actors import by_text, resolve_text


def test_a_generic_head_after_a_known_body_speaks_for_it():
    text = (
        "Tony Fernandes, the Air Asia chief, has been speaking at Surabaya's airport about the "
        "rescue operation, badly hampered today by poor weather."
    )
    found = by_text(resolve_text(text, published="2014-12-30"))
    assert (found["Tony Fernandes"].actor.country, found["Tony Fernandes"].actor.sector) == (
        "MYS",
        "BUS",
    ), found["Tony Fernandes"].reason
    assert (found["Air Asia chief"].actor.country, found["Air Asia chief"].actor.sector) == (
        "MYS",
        "BUS",
    )
    # alone, "chief" is still no one ("a chief concern")
    found = resolve_text("A chief concern of the airline was the weather.", published="2014-12-30")
    assert not any(m.text.lower().endswith("chief") for m in found), [m.text for m in found]


EMPLOYERS_WRITTEN_AT_LENGTH = [
    pytest.param(
        "Most construction work is halted because concrete freezes in colder temperatures, said "
        "Ian Michaels, a spokesman for the city's Department of Design and Construction.",
        "2018-01-08",
        "Ian Michaels",
        "GOV",
        id="past-a-possessive-owner",
    ),
    pytest.param(
        "\u201cI was shocked to see that level,\u201d said Tyler Besecker, president of Mercer "
        "Island-based Dana F. Besecker Company, the largest buyer of Pacific halibut.",
        "2018-03-25",
        "Tyler Besecker",
        "BUS",
        id="past-the-place-it-is-based-in",
    ),
    pytest.param(
        "Matt Sinovic, executive director of the advocacy group Progress Iowa, has accused "
        "Grassley of trying to use his role as Judiciary Committee chairman to keep a Supreme "
        "Court nominee from getting a hearing.",
        "2016-06-08",
        "Matt Sinovic",
        "NGO",
        id="beside-the-noun-that-says-what-it-is",
    ),
]


@pytest.mark.parametrize(("text", "published", "name", "sector"), EMPLOYERS_WRITTEN_AT_LENGTH)
def test_an_employer_written_at_length(text, published, name, sector):
    person = by_text(resolve_text(text, published=published))[name]
    assert person.actor.sector == sector, person.reason


def test_collective_role_words_in_the_plural():
    text = "Two grand juries declined to indict the officers, and city councils called for calm."
    found = by_text(resolve_text(text, published="2014-12-30"))
    assert found["Two grand juries"].actor.sector == "JUD"
    assert found["city councils"].actor.sector == "GOV"
    # a plural with another sense is no one's ("the parties to the talks")
    text = "The parties were on the street all night."
    assert not any(m.actor.sector == "PTY" for m in resolve_text(text, published="2014-12-30"))


def test_us_legislative_roles():
    text = (
        "House appropriators cut the agency's budget, and a congressional committee will hear "
        "the general public next week."
    )
    found = by_text(resolve_text(text, published="2015-01-01"))
    assert found["House appropriators"].actor.sector == "LEG"
    assert found["congressional committee"].actor.sector == "LEG"
    assert found["general public"].actor.sector == "CVL"


def test_a_company_foundation_is_not_the_company():
    text = (
        "The Comcast Foundation gave $50,000 to Big Brothers Big Sisters, a Comcast Foundation "
        "spokesman said."
    )
    found = resolve_text(text, published="2014-12-30")
    foundation = next(m for m in found if m.text == "Comcast Foundation")
    assert (foundation.actor.country, foundation.actor.sector) == ("USA", "NGO")
    spokesman = next(m for m in found if m.text == "spokesman")
    assert (spokesman.actor.country, spokesman.actor.sector) == ("USA", "NGO"), spokesman.reason
    # the company itself stays a business
    found = by_text(resolve_text("Comcast raised its prices.", published="2014-12-30"))
    assert found["Comcast"].actor.sector == "BUS"


def test_the_staff_of_an_organisation_named_with_its_place():
    text = "The Kenya Union of Journalists spokesman said the two reporters had been released."
    found = resolve_text(text, published="2014-12-30")
    spokesman = next(m for m in found if m.text == "spokesman")
    assert (spokesman.actor.country, spokesman.actor.sector) == ("KEN", "LAB"), spokesman.reason
