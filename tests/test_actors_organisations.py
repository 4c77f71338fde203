"""Actor resolution of organisations and the people who work for them (unions, think tanks,
outlets, companies, their officers): the sector failure classes of the dev5 tuning split
(annotations/actors/GUIDE.md)."""

from __future__ import annotations

from test_actors import _actor


def test_the_head_of_a_named_organisation_holds_its_office_not_a_state_office():
    text = "Teamsters President James Hoffa and AFL-CIO President Richard Trumka met in Detroit."
    assert _actor(text, "AFL-CIO President Richard Trumka") == ("USA", "LAB")
    text = "Judicial Watch President Tom Fitton sued the State Department in Washington."
    assert _actor(text, "Judicial Watch President Tom Fitton") == ("USA", "NGO")
    text = "Democratic President Barack Obama signed the bill in Washington on Monday."
    assert _actor(text, "Democratic President Barack Obama")[1] == "GOV"  # a party is no employer


def test_an_appositive_chair_of_a_party_named_after_a_state_is_a_party_officer():
    text = (
        "Turnout will decide it, said Jaime Harrison, chair of the South Carolina Democratic "
        "Party, at a rally in Columbia."
    )
    assert _actor(text, "Jaime Harrison") == ("USA", "PTY")


def test_a_person_of_an_organisation_no_dictionary_knows_takes_its_head_word_sector():
    text = (
        "WASHINGTON (AP) - The overtime rule will cost retailers dearly, said David French of "
        "the National Retail Federation, as the Labor Department defended it."
    )
    assert _actor(text, "David French") == ("USA", "NGO")


def test_where_someone_was_born_or_is_based_is_not_whom_they_serve():
    text = (
        "Its donors included Leonard Blavatnik, a Russian-born, London-based American investor, "
        "and several Republican senators in Washington."
    )
    assert _actor(text, "Leonard Blavatnik") == ("USA", "BUS")
    text = "Dublin-based Shire called off the merger, the company said in a statement."
    assert _actor(text, "Dublin-based Shire") == ("IRL", "BUS")  # not the Irish government


def test_a_city_naming_where_an_organisation_is_gives_its_country_not_the_government():
    text = "The list was compiled by a Mexico City advocacy group that tracks murders."
    assert _actor(text, "Mexico City advocacy group") == ("MEX", "NGO")
    text = "Washington officials said the Beijing government had been warned."
    assert _actor(text, "Beijing government") == ("CHN", "GOV")


def test_unions_outlets_and_companies_by_name_and_name_word():
    text = (
        "The United Steelworkers endorsed her on Tuesday, as did the Teamsters; the Las Vegas "
        "Sun and Forbes reported that ValueAct Capital and Trump Restaurants LLC gave money."
    )
    assert _actor(text, "United Steelworkers") == ("USA", "LAB")
    assert _actor(text, "Las Vegas Sun")[1] == "MED"
    assert _actor(text, "ValueAct Capital")[1] == "BUS"
    assert _actor(text, "Trump Restaurants LLC")[1] == "BUS"


def test_a_charity_called_a_foundation_is_not_a_militia():
    text = "Donors to the Clinton Foundation met the secretary of state in Washington."
    assert _actor(text, "Clinton Foundation")[1] == "NGO"


def test_a_role_word_inside_an_organisation_name_does_not_say_what_it_is():
    text = "The League of Women Voters endorsed her, and the Police Department agreed."
    assert _actor(text, "League of Women Voters")[1] == "NGO"
    assert _actor(text, "Police Department")[1] == "COP"  # the role word is the name's head


def test_a_centre_named_for_a_faith_is_religious():
    text = "Mourners gathered at the Louisville Islamic Center on Sunday night."
    assert _actor(text, "Louisville Islamic Center") == ("USA", "REL")


def test_a_no_break_space_inside_a_role_phrase_and_leaders_in_a_party():
    text = "It took $2 million from a Russian\xa0uranium company, records show."
    assert _actor(text, "Russian\xa0uranium company") == ("RUS", "BUS")
    text = "It became a test for the leadership in the Democratic Party, he said in Ohio."
    assert _actor(text, "leadership in the Democratic Party") == ("USA", "PTY")


def test_the_head_of_an_organisation_no_dictionary_knows_takes_its_name_word_sector():
    text = "WASHINGTON (AP) - The president of the Ohio Farm Bureau Federation spoke on Monday."
    assert _actor(text, "president") == ("USA", "NGO")  # not the US president
    assert _actor(text, "Ohio Farm Bureau Federation") == ("USA", "NGO")
    text = "The president of Mexico spoke, and the president of Bucknell University listened."
    assert _actor(text, "president of Mexico") == ("MEX", "GOV")
    assert _actor(text, "president")[1] == "EDU"


def test_an_appositive_spokesman_for_an_organisation_named_after_a_state():
    text = "John Smith, a spokesman for the Nevada Mining Association, disagreed on Monday."
    assert _actor(text, "John Smith") == ("USA", "NGO")


def test_a_foreign_city_name_followed_by_a_us_state_is_the_us_town():
    text = "The Latest: New Hampshire votes.\n\nMANCHESTER, N.H. (AP) - Protesters chanted outside."
    assert _actor(text, "Protesters") == ("USA", "CVL")
    text = "Police in Birmingham, Ala., arrested two men; police in Manchester did not."
    assert _actor(text, "Police in Birmingham, Ala.") == ("USA", "COP")
    assert _actor(text, "police in Manchester")[0] == "GBR"


def test_local_news_schools_utilities_and_papers():
    text = (
        "ATLANTA (AP) - Georgia Power cut service, and the utility apologized. Superintendent "
        "John Doe said the Board of Education would meet, the Chicago Sun-Times reported."
    )
    assert _actor(text, "utility") == ("USA", "BUS")
    assert _actor(text, "Superintendent John Doe") == ("USA", "EDU")
    assert _actor(text, "Board of Education") == ("USA", "EDU")
    assert _actor(text, "Chicago Sun-Times") == ("USA", "MED")


def test_a_name_set_off_after_a_one_person_office_and_parties_abroad():
    text = (
        "LAGOS, Nigeria (Reuters) - The Senate President, Bukola Saraki, met leaders of the "
        "All Progressives Congress, and Germany's Social Democrats sent a message."
    )
    assert _actor(text, "Bukola Saraki") == ("NGA", "LEG")
    assert _actor(text, "leaders of the All Progressives Congress") == ("NGA", "PTY")
    assert _actor(text, "Germany's Social Democrats") == ("DEU", "PTY")


def test_an_officer_of_a_committee_or_an_organisation_named_before_the_title():
    text = "House Intelligence Committee Chairman Adam Schiff questioned the ambassador."
    assert _actor(text, "House Intelligence Committee Chairman Adam Schiff")[1] == "LEG"
    text = "Economic Policy Institute Director Jane Roe said wages fell in Ohio."
    assert _actor(text, "Economic Policy Institute Director Jane Roe")[1] == "NGO"


def test_a_first_name_that_is_a_common_noun_is_no_title_and_a_described_company():
    text = "Hunter Biden sat on the board of the Ukrainian energy company Burisma until 2019."
    assert _actor(text, "Hunter Biden")[1] is None  # not a hunter (CVL)
    assert _actor(text, "Burisma") == ("UKR", "BUS")
    text = "Archbishop Desmond Tutu spoke in Cape Town, South Africa."
    assert _actor(text, "Archbishop Desmond Tutu")[1] == "REL"


def test_local_says_the_story_country_even_when_the_sentence_names_another_state():
    text = (
        "KABUL, Afghanistan (AP) - Afghan officials met on Monday. The two men were flown to "
        "a US base, local officials said, and US troops guarded them."
    )
    assert _actor(text, "local officials") == ("AFG", "GOV")


def test_an_office_the_context_country_lacks_takes_the_articles_next_country():
    text = (
        "WASHINGTON (AP) - President Obama met senators on Tuesday, and Congress will act. "
        "Spain agreed on Monday. Prime Minister Mariano Rajoy said he was ready."
    )
    assert _actor(text, "Prime Minister Mariano Rajoy", "2015-11-20") == ("ESP", "GOV")
    assert _actor(text, "Congress", "2015-11-20") == ("USA", "LEG")
