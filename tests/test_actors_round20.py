"""A dateline filed from two places, a name inside another name that serves no one, and a
spokeswoman spaCy reads as an object (issue #14, twenty-fourth round, tuned on `dev14` and the
dev split's even half)."""

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
