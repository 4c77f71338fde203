"""A dateline filed from two places, a name inside another name that serves no one, a
spokeswoman spaCy reads as an object, a party word that begins another party's name, officers
of health and schools, double-barrelled surnames, and a descent demonym in an appositive
(issue #14, twenty-fourth round, tuned on `dev13`, `dev14` and the dev split's even half)."""

from __future__ import annotations

from test_actors import by_text, resolve_text
from test_actors_wire import _code

TWO_PLACES = (
    "SURABAYA, Indonesia/JAKARTA (Reuters) - Search teams found more wreckage on Tuesday.\n\n"
    "The AirAsia jet had left for Singapore. Malaysia sent a ship, and Singapore sent two "
    "planes. Malaysian officials met Singaporean officials.\n\n"
    "A navy spokesman said one body had been recovered."
)


def test_a_dateline_filed_from_two_places_gives_its_country():
    assert _code(TWO_PLACES, "navy spokesman") == ("IDN", "MIL")


def test_a_name_inside_another_name_is_no_principal_served():
    text = (
        "CLARKSTON, Ga. -- Refugees from Syria settled in the town this year. Jennifer Green, "
        "director of the Mommy and Me literacy program, said she encourages participants."
    )
    green = by_text(resolve_text(text, published="2015-12-29"))["Jennifer Green"]
    assert green.actor.sector != "PTY"
    assert "staff of" not in green.reason
    # a person served, named as the object of "for", still makes campaign staff
    served = "Rick Tyler, a spokesman for Ted Cruz, said the senator would run."
    tyler = by_text(resolve_text(served, published="2015-12-29"))["Rick Tyler"]
    assert tyler.actor.sector == "PTY"


def test_a_spokeswoman_read_as_an_object_still_speaks_for_the_doer():
    text = (
        "Facebook activated its Safety Check tool. Facebook created the tool to help in times "
        "of crisis, a spokeswoman, Anna Richardson White, said on Saturday, and it has "
        "activated it five times in the last year."
    )
    found = by_text(resolve_text(text, published="2015-11-16"))
    assert found["Anna Richardson White"].actor.sector == "BUS"


def test_a_party_word_beginning_another_partys_name_gives_no_country():
    text = "Syrian Kurds of the Democratic Union Party said on Monday they would fight in Kobani."
    assert _code(text, "Democratic Union Party") == ("SYR", "PTY")
    # the US party's own words keep its country
    assert _code("The Republican state party chairman spoke on Monday.", "Republican") == (
        "USA",
        "PTY",
    )


def test_officers_of_health_and_schools_and_public_prosecutors_are_no_police():
    text = (
        "BRIDGETOWN, Barbados -- Acting Chief Medical Officer Dr Anton Best said schools would "
        "close. Deputy Director of Public Prosecutions Joan Honoré-Paul spoke on Monday."
    )
    assert _code(text, "Chief Medical Officer") == ("BRB", "GOV")
    assert _code(text, "Director of Public Prosecutions") == ("BRB", "JUD")


def test_a_name_hyphened_to_another_is_no_known_persons_surname():
    text = "BRIDGETOWN, Barbados -- Prosecutor Joan Honoré-Paul spoke on Monday."
    found = by_text(resolve_text(text, published="2014-12-30"))
    assert all(m.actor.country != "USA" for m in found.values()), sorted(found)


def test_a_descent_demonym_in_an_appositive_is_no_country():
    text = "Christopher Harvey, an African-American delegate from Houston, Texas, said no."
    harvey = by_text(resolve_text(text, published="2016-07-21"))["Christopher Harvey"]
    assert harvey.actor.country == "USA"
