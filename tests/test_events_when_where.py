"""The event's own date (resolved against publication) and place (offline gazetteer)."""

from __future__ import annotations

import pytest

from eventwire import actors, nlp
from eventwire.actors import Mention, make_actor
from eventwire.events import dates, places
from eventwire.models import Article

FRIDAY = "2022-01-28T22:43:00+05:30"  # the seed article's publication, a Friday


@pytest.mark.parametrize(
    "words, expected",
    [
        ("on Friday", "2022-01-28"),  # a weekday is the latest such day on or before publication
        ("on Wednesday", "2022-01-26"),
        ("Monday morning", "2022-01-24"),
        ("yesterday", "2022-01-27"),
        ("today", "2022-01-28"),
        ("earlier this week", "2022-W04"),
        ("last week", "2022-W03"),
        ("in February", "2022-02"),  # a month without a year: the occurrence nearest publication
        ("in December", "2021-12"),
        ("last month", "2021-12"),
        ("this month", "2022-01"),
        ("last year", "2021"),
        ("in 2019", "2019"),
        ("January 26", "2022-01-26"),
        ("Jan. 26, 2021", "2021-01-26"),
        ("late on January 10, 2018", "2018-01-10"),
        ("February 2021", "2021-02"),
    ],
)
def test_date_words_resolve_to_the_most_precise_iso_value(words, expected):
    assert dates.resolve(words, FRIDAY) == expected


def test_words_that_are_no_date_resolve_to_none():
    assert dates.resolve("the weekend", FRIDAY) is None
    assert dates.resolve("on Friday", None) is None  # nothing to resolve against


def test_places_come_from_the_actors_gazetteer_with_coordinates():
    paris = places.location_of("Paris", None)
    assert (paris.name, paris.country) == ("Paris", "FRA")
    assert paris.lat == pytest.approx(48.853, abs=0.01) and paris.lon == pytest.approx(
        2.349, abs=0.01
    )
    assert places.location_of("Basra", None).country == "IRQ"  # an alternate name


def test_a_place_takes_the_country_the_actors_stage_resolved():
    """A namesake is the actors stage's decision: its country wins over the most populous city."""
    assert places.location_of("Birmingham", None).country == "GBR"  # the most populous
    us = Mention(0, 10, "Birmingham", make_actor("Birmingham", "USA", None), "test", 0, 0, 1)
    found = places.location_of("Birmingham", us)
    assert (found.name, found.country, found.lat) == ("Birmingham", "USA", None)


def test_countries_have_no_invented_coordinates_and_unknown_places_none():
    text = "Talks were held in Ukraine."
    document = next(nlp.parse([Article(id="u", body=text)]))
    ukraine_mention = next(m for m in actors.resolve(document) if m.text == "Ukraine")
    ukraine = places.location_of("Ukraine", ukraine_mention)
    assert ukraine.country == "UKR" and ukraine.lat is None and ukraine.lon is None
    assert places.location_of("Nowhereville", None) is None
