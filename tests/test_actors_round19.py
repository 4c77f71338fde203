"""Organisations described by where they are based, and rescuers (issue #14, twenty-third
round, tuned on `dev14`)."""

from __future__ import annotations

from test_actors_wire import _code


def test_a_place_based_descriptor_is_an_organisation_of_that_place():
    text = (
        "Payam-e-Afghan, a California-based channel, aired the video. The Cambodia-based "
        "anti-pedophile group Action pour les Enfants said the man was arrested."
    )
    assert _code(text, "California-based channel") == ("USA", "MED")
    assert _code(text, "Cambodia-based anti-pedophile group") == ("KHM", "NGO")


def test_where_someone_was_born_is_not_whose_they_are():
    text = "The Canadian-born senator from Texas spoke in Washington on Monday."
    assert _code(text, "Canadian-born senator")[0] != "CAN"


def test_rescuers_are_emergency_services_of_the_state():
    text = "Indonesian rescuers pulled more bodies from the Java Sea on Friday."
    assert _code(text, "Indonesian rescuers") == ("IDN", "GOV")


def test_a_surname_inside_a_company_name_is_the_company():
    text = (
        "ALBUQUERQUE -- Kevin Yearout founded the firm in 1963. Yearout Mechanical Inc. won "
        "the contract on Monday. Yearout said he was pleased."
    )
    assert _code(text, "Yearout Mechanical Inc.")[1] == "BUS"
