"""Actors of foreign and US news (issue #14, fifteenth round, tuned on `dev7`, `dev11` and
`dev12`): German and other European states and regions named in English, businesspeople named
without what they are, US universities and think tanks named with no place in the name."""

from __future__ import annotations

from test_actors import by_text, code_of, resolve_text
from test_actors_wire import _code


def test_states_and_regions_named_in_english_are_their_countrys():
    text = (
        "Authorities in North-Rhine Westphalia said on Friday that the men had been "
        "arrested in Cologne."
    )
    assert _code(text, "North-Rhine Westphalia") == ("DEU", "GOV")
    text = "The governor of Bavaria, Markus Soeder, called for tighter border checks."
    assert _code(text, "Bavaria")[0] == "DEU"


def test_oligarchs_are_their_countrys_business():
    text = (
        "KIEV, Ukraine - The party was bankrolled by Rinat Akhmetov and other wealthy "
        "supporters, according to the ledger."
    )
    assert _code(text, "Rinat Akhmetov") == ("UKR", "BUS")


def test_us_universities_and_think_tanks_named_without_a_place():
    text = (
        "TORONTO - A study by economists at Duke University found that the carbon tax had "
        "little effect on growth."
    )
    assert _code(text, "Duke University") == ("USA", "EDU")
    text = (
        "MOSCOW - Michael Kofman, a fellow at the Woodrow Wilson Center, said the Kremlin "
        "had few options."
    )
    assert _code(text, "Woodrow Wilson Center") == ("USA", "NGO")
    text = "The Republican Jewish Coalition said it would hold a forum for the candidates."
    assert _code(text, "Republican Jewish Coalition") == ("USA", "NGO")
    text = (
        "BEIJING - Raffaello Pantucci, of the Royal United Services Institute, said China "
        "wanted stability."
    )
    assert _code(text, "Royal United Services Institute") == ("GBR", "NGO")


def test_security_services_are_intelligence_and_migrant_workers_labour():
    text = (
        "MOSCOW - Russian security services detained a Ukrainian man on suspicion of "
        "spying, the agency said."
    )
    assert _code(text, "Russian security services") == ("RUS", "SPY")
    text = (
        "BEIJING - Chinese migrant workers protested over unpaid wages outside a factory in "
        "Shenzhen on Monday."
    )
    assert _code(text, "Chinese migrant workers") == ("CHN", "LAB")


def test_staff_of_a_named_body_take_its_sector():
    text = (
        "WASHINGTON - More than 50 State Department employees signed an internal memo urging "
        "military strikes against the Syrian government."
    )
    assert _code(text, "State Department employees") == ("USA", "GOV")
    text = "Google employees protested the company's contract with the Pentagon."
    assert _code(text, "Google employees") == ("USA", "BUS")


def test_an_officer_title_before_a_rank_is_the_bodys():
    text = (
        '"This is a real threat," NSA Director Adm. Michael Rogers told the House '
        "Intelligence Committee on Tuesday."
    )
    assert _code(text, "Michael Rogers") == ("USA", "SPY")
    text = "CIA Director Gen. David Petraeus resigned on Friday after an affair came to light."
    assert _code(text, "David Petraeus") == ("USA", "SPY")


def test_the_vatican_acting_is_the_church():
    text = (
        "VATICAN CITY (AP) - The Vatican said on Tuesday that the pope would visit Mexico, "
        "and Vatican spokesman the Rev. Federico Lombardi said the trip was safe."
    )
    found = by_text(resolve_text(text))
    assert code_of(found["Vatican"]) == ("VAT", "REL")
    # the spokesman's title and his style "the Rev." are one title before his name
    assert code_of(found["Vatican spokesman the Rev. Federico Lombardi"]) == ("VAT", "REL")


def test_a_known_company_after_where_it_is_based_is_one_mention():
    text = "Chicago-based AbbVie agreed to buy the drugmaker for $54 billion, the company said."
    found = by_text(resolve_text(text, "2014-07-18"))
    assert code_of(found["Chicago-based AbbVie"]) == ("USA", "BUS")
    text = "Dublin-based Shire rejected the offer on Friday."
    found = by_text(resolve_text(text, "2014-07-18"))
    assert code_of(found["Dublin-based Shire"]) == ("IRL", "BUS")


def test_us_federal_departments_govern_whatever_their_field():
    text = (
        "BEIJING - The Treasury Department said on Monday that it would sanction two Chinese "
        "banks over their dealings with North Korea."
    )
    assert _code(text, "Treasury Department") == ("USA", "GOV")
    text = "The Department of Labor and the EPA issued new rules for the coal industry."
    found = by_text(resolve_text(text, "2016-05-01"))
    assert code_of(found["Department of Labor"]) == ("USA", "GOV")
    assert code_of(found["EPA"]) == ("USA", "GOV")


def test_us_companies_and_groups_named_without_what_they_are():
    text = (
        "NASA awarded contracts to Sierra Nevada Corp. and SpaceX, while Blue Origin was left "
        "out, the agency said."
    )
    found = by_text(resolve_text(text, "2016-01-15"))
    assert code_of(found["Sierra Nevada Corp."]) == ("USA", "BUS")  # not Spain's mountains
    assert code_of(found["Blue Origin"]) == ("USA", "BUS")
    text = "The League of Conservation Voters and NextGen Climate spent millions on the race."
    found = by_text(resolve_text(text, "2016-01-15"))
    assert code_of(found["League of Conservation Voters"]) == ("USA", "ENV")


def test_an_outlet_led_title_before_a_courtesy_judge_is_the_outlets():
    text = (
        "Fox News host Judge Jeanine Pirro said on Saturday that the charges against the "
        "president's aide were weak."
    )
    assert _code(text, "Jeanine Pirro") == ("USA", "MED")
    text = "Judge Gonzalo Curiel of the Southern District of California ruled on Friday."
    assert _code(text, "Gonzalo Curiel")[1] == "JUD"  # a judge's own title stays his office
