"""Actors of local, business and foreign news from the web (issue #14, sixteenth round, tuned on
`dev13`): companies, airlines and outlets named alone, police ranks and heads of government whose
title names their state, people of a trade, regions' adjectives and peoples."""

from __future__ import annotations

from test_actors import code_of, resolve_text
from test_actors_wire import _code


def test_companies_airlines_and_outlets_named_alone():
    text = (
        "SEATTLE - Whole Foods cut the price of salmon this week, and Kroger matched it at its "
        "stores in the region."
    )
    assert _code(text, "Whole Foods") == ("USA", "BUS")
    assert _code(text, "Kroger") == ("USA", "BUS")
    text = (
        "MADRID - Air Europa will connect its flights with Iberojet from June, the airlines said."
    )
    assert _code(text, "Air Europa") == ("ESP", "BUS")
    text = "A survey by The Economist found that most industries had become more concentrated."
    assert _code(text, "The Economist") == ("GBR", "MED")
    text = "The minister told RTE on Sunday that the plan would not change."
    assert _code(text, "RTE") == ("IRL", "MED")
    text = "MOSCOW - Roscosmos said the cargo ship burned up over Siberia."
    assert _code(text, "Roscosmos") == ("RUS", "GOV")


def test_police_ranks_and_titles_that_name_their_state():
    text = (
        "PORT OF SPAIN, Trinidad - The suspect was arrested on Friday by Inspector Rajiv Ramlal "
        "of the Fraud Squad."
    )
    assert _code(text, "Inspector Rajiv Ramlal") == ("TTO", "COP")
    text = (
        "LEEDS, England - Detective Sergeant Mark Hollis said the van had been found "
        "abandoned near the motorway."
    )
    assert _code(text, "Detective Sergeant Mark Hollis") == ("GBR", "COP")
    text = (
        "DUBLIN - Tanaiste Simon Coveney said on Monday that the talks with Brussels "
        "would continue."
    )
    assert _code(text, "Tanaiste") == ("IRL", "GOV")


def test_people_of_a_trade_are_business_and_boycotters_civilians():
    text = "KIEV, Ukraine - Local oligarchs bought up the regional television stations."
    assert _code(text, "oligarchs") == ("UKR", "BUS")
    text = "CORK, Ireland - Publicans across the county said they would close their doors again."
    assert _code(text, "Publicans") == ("IRL", "BUS")
    text = "CHICAGO - The developers will present the plan to the city council next week."
    assert _code(text, "developers") == ("USA", "BUS")
    text = "PHOENIX - The boycotters marched outside the bookstore on Saturday."
    assert _code(text, "boycotters") == ("USA", "CVL")
    text = "NASSAU, Bahamas - The resort said local charities would share the donated supplies."
    assert _code(text, "local charities") == ("BHS", "NGO")


def test_regions_adjectives_and_peoples_are_their_states():
    text = "The putsch failed when the Bavarian government sent the police against it."
    assert _code(text, "Bavarian government") == ("DEU", "GOV")
    text = "Without electricity, many Californians had to choose between heat and smoke."
    assert _code(text, "Californians") == ("USA", "CVL")


def test_who_works_for_an_organisation_is_of_it():
    text = (
        "NEW YORK - Potholes form when water seeps into cracks, said Joe Carbone, who works "
        "for the Transportation Department."
    )
    assert _code(text, "Joe Carbone") == ("USA", "GOV")
    text = "BOSTON - The app was built by Maria Lopez, who works at Google, and two students."
    assert _code(text, "Maria Lopez") == ("USA", "BUS")


def test_detective_bureaus_are_police():
    text = (
        "PORT OF SPAIN - The woman was detained by officers of the Homicide Bureau of "
        "Investigations on Thursday."
    )
    assert _code(text, "Homicide Bureau of Investigations") == ("TTO", "COP")


def test_a_state_a_hospital_is_named_for_in_friendship_is_not_its_country():
    text = (
        "KHAN YOUNIS, Gaza - The hospital has run out of fuel, said Dr. Sobhi Skaik, the "
        "director of the Turkish Friendship Hospital in the central Gaza Strip."
    )
    assert _code(text, "Sobhi Skaik") == ("PSE", "HLH")
    assert _code(text, "Turkish Friendship Hospital") == ("PSE", "HLH")


def test_companies_named_by_a_common_word_only_where_spacy_says_organisation():
    text = "Nintendo and Apple surprised investors this year by announcing a phone game."
    assert _code(text, "Apple") == ("USA", "BUS")
    text = "SEATTLE - Amazon bought the grocery chain in 2017 for $13.7 billion."
    assert _code(text, "Amazon") == ("USA", "BUS")
    text = "Heavy rain swelled the Amazon river on Monday, officials in Manaus said."
    found = [m for m in resolve_text(text) if m.text == "Amazon"]
    assert all(code_of(m) != ("USA", "BUS") for m in found)
