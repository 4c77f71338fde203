"""Actors of foreign news (issue #14, fourteenth round, tuned on `dev12`): environment
ministries and Green parties, defence officials, Syria's Kurdish-led militias, think tanks the
PETRARCH dictionaries code as elites, the party a person leads or founded (after descriptive
words, "whose leader"), a party name many states share written with its own state, and an
outlet named before the noun that says what it is."""

from __future__ import annotations

from test_actors import code_of, resolve_text
from test_actors_wire import _code


def test_environment_ministries_govern_and_green_parties_are_parties():
    text = (
        "OTTAWA - An advisory panel to the Ministry of the Environment said on Monday that the "
        "province would miss its emissions goal."
    )
    assert _code(text, "Ministry of the Environment") == ("CAN", "GOV")
    text = "BERLIN - Volker Beck, a lawmaker from Germany's Green Party, filed a lawsuit."
    assert _code(text, "Green Party") == ("DEU", "PTY")


def test_defence_officials_are_the_military():
    text = "Top South Korean defense officials warned on Friday that the North could test again."
    assert _code(text, "defense officials") == ("KOR", "MIL")


def test_kurdish_led_militias_of_syria_are_rebels_not_its_army():
    text = "The Syrian Democratic Forces captured the town from Islamic State fighters on Sunday."
    assert _code(text, "Syrian Democratic Forces") == ("SYR", "REB")


def test_think_tanks_coded_as_elites_are_ngos():
    text = (
        "The memo was praised by Jon Smith, a Middle East analyst with the Center for Strategic "
        "and International Studies, on Tuesday."
    )
    assert _code(text, "Center for Strategic and International Studies") == ("USA", "NGO")


def test_the_party_a_person_leads_or_founded():
    text = (
        "Nigel Farage, leader of the anti-immigration UK Independence Party, says such votes "
        "are a prelude to the referendum."
    )
    assert _code(text, "Nigel Farage") == ("GBR", "PTY")
    text = (
        "The vote signals the beginning of the end, said Geert Wilders, founder of the "
        "right-wing Dutch Party for Freedom."
    )
    assert _code(text, "Geert Wilders") == ("NLD", "PTY")
    text = (
        "BERLIN - His comments were derided by Armin Laschet, the leader of the opposition in "
        "the state parliament, on Tuesday."
    )
    assert _code(text, "Armin Laschet") == ("DEU", "OPP")


def test_whose_leader_is_the_partys():
    text = (
        "In France, officials are considering a coalition to thwart the conservative National "
        "Front, whose leader, Marine Le Pen, topped a poll with 30 percent."
    )
    assert _code(text, "Marine Le Pen") == ("FRA", "PTY")


def test_a_shared_party_name_written_with_its_own_state():
    text = (
        "Stefan Koerner, chairman of Germany's liberal Pirate Party, argued that democracies "
        "must bear a measure of dissent."
    )
    assert _code(text, "Pirate Party") == ("DEU", "PTY")


def test_an_outlet_named_before_the_noun_that_says_what_it_is():
    text = (
        "MEXICO CITY - Foreign Secretary Claudia Ruiz Massieu told El Universal newspaper on "
        "Tuesday that the government must change course."
    )
    assert _code(text, "El Universal") == ("MEX", "MED")


def test_a_definite_body_is_the_one_named_just_before():
    text = (
        "The United States pressed China on Saturday to rein in its actions at sea, and "
        "American officials said Washington would keep sailing there. A Chinese official said "
        "Japan should be careful, while China's foreign ministry also weighed in. Countries "
        "outside the region should keep their promises, the ministry said in a statement. U.S. "
        "Defense Secretary Ash Carter told the forum in Singapore that the United States would stay."
    )
    found = {m.text: m for m in resolve_text(text)}
    assert code_of(found["ministry"]) == ("CHN", "GOV")
    text = (
        "Republicans in the United States fear a carbon tax. In 2008, the British Columbia "
        "Liberal Party introduced one anyway. The party stuck to the tax even as its rivals "
        "attacked it."
    )
    assert _code(text, "party") == ("CAN", "PTY")


def test_the_provinces_and_the_countrys_institutions_are_of_the_place_named_before():
    text = (
        "Republicans in the United States fear a carbon tax. British Columbia introduced one "
        "in 2008. ''It worked,'' said Mary Polak, the province's environment minister."
    )
    assert _code(text, "environment minister") == ("CAN", "GOV")
    text = (
        "Mr. Yanukovych fled to Russia in 2014. He had been declared the winner of an election "
        "in Ukraine a decade before, a result overturned by the country's highest court after "
        "weeks of protests."
    )
    assert _code(text, "highest court") == ("UKR", "JUD")


def test_its_and_his_point_to_the_state_group_or_person_named_before():
    text = (
        "Clinton said she had imposed tough sanctions on Iran that forced its leaders to the "
        "bargaining table."
    )
    assert _code(text, "leaders") == ("IRN", "GOV")
    text = (
        "The rebel Kurdistan Workers' Party demanded that the Turkish government give news of "
        "the safety of its leader Abdullah Ocalan."
    )
    assert _code(text, "Abdullah Ocalan") == ("TUR", "REB")
    text = (
        "Joe Biden visited Ankara this week. He spoke of Fethullah Gulen, the preacher whom "
        "Erdogan accuses of masterminding the coup attempt against his government."
    )
    found = {m.text: m for m in resolve_text(text)}
    assert code_of(found["government"]) == ("TUR", "GOV")


def test_a_spokesman_named_after_his_principal_speaks_for_the_principals_office():
    text = (
        "Rep. Trey Gowdy said the panel would meet in January. Gowdy spokesman Jamal Ware said "
        "the committee had asked for the emails."
    )
    found = {m.text: m for m in resolve_text(text, published="2016-04-29")}
    assert code_of(found["Gowdy spokesman Jamal Ware"]) == ("USA", "LEG")


def test_a_titled_person_takes_the_state_his_appositive_names():
    text = (
        "''You hear that a lot,'' said Representative Dan Kildee, a Michigan Democrat who flew "
        "to Germany with the family of one of the men."
    )
    assert _code(text, "Dan Kildee") == ("USA", "LEG")
    text = "Prime Minister Hashim Thaci, the Prime Minister of Kosovo, said talks would resume."
    assert _code(text, "Hashim Thaci") == ("XKX", "GOV")


def test_a_governing_party_is_a_party():
    text = (
        "Donald Trump's campaign chairman helped a pro-Russian governing party in Ukraine route "
        "millions of dollars to two Washington lobbying firms."
    )
    assert _code(text, "governing party") == ("UKR", "PTY")


def test_a_states_envoy_for_a_region_is_the_states():
    text = (
        "The talks on Yemen in Jeddah, attended by the Russian Middle East envoy, ended without "
        "an agreement."
    )
    assert _code(text, "Middle East envoy") == ("RUS", "GOV")


def test_an_institute_of_technology_is_a_school():
    text = (
        "Christopher Knittel, an expert on energy economics at the Massachusetts Institute of "
        "Technology, said a carbon price could replace the regulations."
    )
    assert _code(text, "Massachusetts Institute of Technology") == ("USA", "EDU")
    assert _code(text, "Christopher Knittel") == ("USA", "EDU")
