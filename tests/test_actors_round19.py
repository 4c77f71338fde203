"""Organisations described by where they are based, rescuers, surnames inside other names,
and the label of a listed company (issue #14, twenty-third round, tuned on `dev14`)."""

from __future__ import annotations

from test_actors import by_text, resolve_text
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


def test_a_company_listed_with_others_is_explained_by_its_own_name():
    found = by_text(resolve_text("Comcast sued Verizon on Monday in a federal court."))
    comcast = found["Comcast"]
    assert (comcast.actor.country, comcast.actor.sector) == ("USA", "BUS")
    assert "DuPont" not in comcast.reason  # the first company of its groups.yaml entry
    assert "Comcast" in comcast.reason
