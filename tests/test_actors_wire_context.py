"""Foreign wire actors (issue #14, twelfth round, tuned on `dev3`/`dev7`/`dev11`): a dateline
over a foreign actor's deed, envoys and the state they are sent to, "City, State," inside a
title, a party's leaders named with their chamber, counted ethnic groups, environmental groups,
police troops, foreign people, agencies and lobbies, crime rings, heads of bodies."""

from __future__ import annotations

from test_actors import by_text, resolve_text
from test_actors_wire import _code


def test_a_foreign_actor_does_not_move_a_dated_story_elsewhere():
    text = (
        "PESHAWAR: A US drone killed three suspected militants in an attack on a compound "
        "on Friday, officials said."
    )
    assert _code(text, "three suspected militants") == ("PAK", "REB")
    text = "KABUL: Afghan police arrested two Pakistani smugglers near Jalalabad, officials said."
    assert _code(text, "Pakistani smugglers") == ("PAK", "CRM")  # their own state stays


def test_an_envoy_is_not_of_the_state_he_is_sent_to():
    text = "WASHINGTON (AP) — Former special envoy to Ukraine Kurt Volker testified on Tuesday."
    assert _code(text, "special envoy") == ("USA", "ELI")


def test_former_with_a_city_and_state_before_the_title():
    text = (
        "WASHINGTON, March 1 (Xinhua) -- Former South Bend, Indiana, Mayor Pete Buttigieg on "
        "Sunday night announced he is ending his presidential campaign."
    )
    assert _code(text, "Pete Buttigieg") == ("USA", "ELI")


def test_party_leaders_named_with_their_chamber_are_legislators():
    text = "Trump promoted the tax plan with House Republican leaders at the White House."
    assert _code(text, "Republican leaders") == ("USA", "LEG")
    text = "Senate Democratic leaders rejected the plan in Washington on Monday."
    assert _code(text, "Democratic leaders") == ("USA", "LEG")
    text = "Republican leaders rejected the plan in Washington on Monday."
    assert _code(text, "Republican leaders") == ("USA", "PTY")


def test_counted_ethnic_group_are_civilians():
    text = "Up to 100 ethnic Albanians demonstrated on Tuesday in the province of Kosovo."
    assert _code(text, "Albanians") == ("XKX", "CVL")
    text = "Hundreds of ethnic Turks were sent back to Bulgaria on Monday."
    assert _code(text, "Turks") == ("BGR", "CVL")
    assert _code("Ethnic Albanians demonstrated in Kosovo.", "Albanians") == ("XKX", None)


def test_environmental_groups():
    text = "Authorities released a ship operated by the Greenpeace ecology movement."
    assert _code(text, "Greenpeace") == ("GRNPC", "ENV")
    text = "The Sierra Club sued the agency over the pipeline on Monday."
    assert _code(text, "Sierra Club") == ("USA", "ENV")


def test_police_troops_are_police():
    text = "Serbian special police troops raided the village on Monday."
    assert _code(text, "police troops") == ("SRB", "COP")


def test_foreign_people_take_no_country_from_the_story():
    text = (
        "France received nearly 90 million foreign tourists in 2018, according to figures "
        "released by the country's ministry of foreign affairs on Thursday."
    )
    assert _code(text, "foreign tourists") == (None, "CVL")
    assert _code(text, "ministry of foreign affairs") == ("FRA", "GOV")
    text = "PARIS -- The foreign minister said local officials would meet the Foreign Ministry."
    assert _code(text, "foreign minister") == ("FRA", "GOV")
    assert _code(text, "local officials") == ("FRA", "GOV")


def test_us_agencies_and_lobbies_by_name_and_acronym():
    text = "The FDIC and the Federal Aviation Administration said on Monday they would act."
    assert _code(text, "FDIC") == ("USA", "GOV")
    assert _code(text, "Federal Aviation Administration") == ("USA", "GOV")
    text = "The GAO found that the ATF had lost track of the guns, AIPAC said."
    assert _code(text, "GAO") == ("USA", "GOV")  # not Gao in Mali
    assert _code(text, "ATF") == ("USA", "COP")
    assert _code(text, "AIPAC") == ("USA", "NGO")


def test_crime_rings_and_terror_cells():
    text = (
        "ANAHEIM, Calif. (AP) -- Police arrested five people in connection with an alleged "
        "drug trafficking ring, authorities said."
    )
    assert _code(text, "drug trafficking ring") == ("USA", "CRM")
    text = (
        "Eleven members of a far-right terror group went on trial in the German city of Stuttgart."
    )
    assert _code(text, "terror group") == ("DEU", "REB")


def test_a_nationality_with_an_occupation_before_a_name():
    text = "The Nobel-winning Peruvian novelist Mario Vargas Llosa criticised the plan."
    assert _code(text, "Mario Vargas Llosa")[0] == "PER"


def test_the_head_of_a_body_speaks_for_it():
    text = (
        "Lawmakers were kept out, though the former head of Hong Kong's legislative council "
        "was later allowed to enter."
    )
    assert _code(text, "former head") == ("HKG", "ELI")
    text = "In Kenya, the head of the army resigned after he was shot in the head."
    assert _code(text, "head of the army") == ("KEN", "MIL")
    assert "head" not in by_text(resolve_text(text))  # a body part is no one
