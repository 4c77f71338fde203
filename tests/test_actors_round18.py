"""US counties and bodies named for their officer (issue #14, twenty-second round, tuned on
`dev13` and `dev14`)."""

from __future__ import annotations

from test_actors_wire import _code


def test_a_us_county_is_american_and_acting_alone_is_its_government():
    text = "Broward County sued the state on Monday. Lincoln County prosecutors filed charges."
    assert _code(text, "Broward County") == ("USA", "GOV")
    assert _code(text, "Lincoln County prosecutors") == ("USA", "JUD")


def test_a_county_named_like_a_british_county_is_not_taken_as_american():
    text = "Kent County Council voted on Tuesday to close two libraries in Canterbury."
    assert _code(text, "County Council") == ("GBR", "GOV")


def test_a_body_named_for_its_officer_takes_the_officers_sector():
    text = (
        "KYIV -- The Prosecutor General’s Office said on Monday that it had opened a case. "
        "The Riverside County Sheriff’s Department said the man fled."
    )
    assert _code(text, "Prosecutor General’s Office") == ("UKR", "JUD")
    assert _code(text, "Riverside County Sheriff’s Department") == ("USA", "COP")


def test_the_reverend_is_a_clergyman_unless_another_title_says_his_office():
    text = (
        "NEW YORK -- The Rev. Al Sharpton led the march on Monday. MSNBC host Rev. Al Sharpton "
        "said on his show that the march was peaceful."
    )
    assert _code(text, "The Rev. Al Sharpton") == ("USA", "REL")
    assert _code(text, "MSNBC host Rev. Al Sharpton") == ("USA", "MED")


def test_a_job_between_a_known_group_and_a_name_is_a_job_at_that_group():
    text = "ATLANTA -- CNN meteorologist Chad Myers said the storm would reach the coast."
    assert _code(text, "CNN meteorologist Chad Myers") == ("USA", "MED")


def test_air_forces_defence_ministries_and_budget_airlines():
    text = (
        "Hadi Tjahnanto, a senior Indonesian air-force officer, said the search went on. "
        "Malaysia-based budget carrier AirAsia said it was cooperating. The UK Ministry of "
        "Defence sent a ship."
    )
    assert _code(text, "senior Indonesian air-force officer") == ("IDN", "MIL")
    assert _code(text, "Malaysia-based budget carrier") == ("MYS", "BUS")
    assert _code(text, "UK Ministry of Defence") == ("GBR", "MIL")


def test_the_city_or_state_of_a_place_acting_is_its_government():
    text = (
        "BROOKHAVEN, Ga. -- The city of Brookhaven sued the company on Monday. The State of "
        "Louisiana appealed the ruling. The State of Israel rejected the plan."
    )
    assert _code(text, "The city of Brookhaven") == ("USA", "GOV")
    assert _code(text, "The State of Louisiana") == ("USA", "GOV")
    assert _code(text, "State of Israel") == ("ISR", None)  # a state's own name


def test_known_leagues_outlets_and_companies():
    text = (
        "GREEN BAY, Wis. -- The NFL fined the club on Monday, ESPN reported. Cathay Pacific "
        "and JPMorgan Chase said they would cooperate."
    )
    assert _code(text, "NFL") == ("USA", "BUS")
    assert _code(text, "ESPN") == ("USA", "MED")
    assert _code(text, "Cathay Pacific") == ("HKG", "BUS")
    assert _code(text, "JPMorgan Chase") == ("USA", "BUS")


def test_a_person_titled_as_an_officer_of_a_body_no_rule_reads_is_not_a_private_citizen():
    text = (
        "SURABAYA, Indonesia -- Indonesia search-and-rescue director Henry Bambang Soelistyo "
        "said the weather was bad."
    )
    assert _code(text, "Henry Bambang Soelistyo") == ("IDN", None)
