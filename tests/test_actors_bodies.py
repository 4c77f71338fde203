"""Parties, legislatures, courts and security forces of the world from the CIA World
Factbook (actors/factbook.py, actors/bodies.py): names that give their country alone,
generic names that take it from context, acronyms that must be capitals and unambiguous."""

from __future__ import annotations

from test_actors import _actor, by_text, resolve_text


def test_a_party_by_its_full_name_and_by_its_acronym():
    text = (
        "ABUJA (Reuters) - The Peoples Democratic Party rejected the results on Sunday, and "
        "PDP officials said they would go to court."
    )
    assert _actor(text, "Peoples Democratic Party", "2019-03-01") == ("NGA", "PTY")
    text = "HARARE (Reuters) - ZANU-PF said on Monday it would hold its congress in December."
    assert _actor(text, "ZANU-PF", "2019-03-01") == ("ZWE", "PTY")


def test_a_shared_acronym_takes_the_country_the_article_is_about():
    text = (
        "ABUJA, Nigeria (AP) - Nigeria's election commission said the PDP candidate had won "
        "the governorship of Bayelsa state."
    )
    assert _actor(text, "PDP", "2019-11-20") == ("NGA", "PTY")
    text = "The PDP said on Monday that it would field candidates everywhere."
    assert by_text(resolve_text(text, "2019-11-20"))["PDP"].actor.country is None


def test_an_acronym_that_is_an_english_word_or_another_thing_stays_out():
    text = "ABUJA, Nigeria (AP) - Soldiers in an APC fired on the crowd, and NOW the army says it will investigate."
    found = by_text(resolve_text(text, "2019-11-20"))
    assert "NOW" not in found or found["NOW"].actor.sector != "PTY"
    assert "APC" not in found or found["APC"].actor.sector != "PTY"
    text = "ABUJA, Nigeria (AP) - The All Progressives Congress won, and the APC said so."
    assert _actor(text, "APC", "2019-11-20") == ("NGA", "PTY")


def test_a_generic_body_is_the_country_of_the_story_only():
    text = (
        "NAIROBI, Kenya (AP) - The Court of Appeal upheld the ruling on Tuesday after a "
        "stormy hearing."
    )
    assert _actor(text, "Court of Appeal", "2019-11-20") == ("KEN", "JUD")
    text = "The Court of Appeal upheld the ruling on Tuesday after a stormy hearing."
    assert _actor(text, "Court of Appeal", "2019-11-20") == (None, "JUD")
    text = "Kenya's National Assembly passed the finance bill on Tuesday."
    assert _actor(text, "Kenya's National Assembly", "2019-11-20") == ("KEN", "LEG")


def test_a_named_force_gives_its_country_alone():
    text = "The Nigeria Police Force said it had arrested ten suspects after the attack."
    assert _actor(text, "Nigeria Police Force", "2019-11-20") == ("NGA", "COP")
    text = "Armed Forces of Nigeria spokesman Onyema Nwachukwu said troops repelled the raid."
    assert _actor(text, "Armed Forces of Nigeria spokesman Onyema Nwachukwu", "2019-11-20") == (
        "NGA",
        "MIL",
    )


def test_an_acronym_of_one_country_needs_its_country_in_the_story():
    text = (
        "The PNP said on Friday that 12 suspects were killed in raids, as drug killings "
        "continued across the Philippines."
    )
    assert _actor(text, "PNP", "2017-08-18") == ("PHL", "COP")  # Philippine National Police
    text = "WASHINGTON (AP) - ABC reported on Sunday that the president would veto the bill."
    assert by_text(resolve_text(text, "2017-08-18"))["ABC"].actor.country != "LSO"


def test_a_party_name_that_is_a_word_needs_its_country_in_the_story():
    text = "WASHINGTON (AP) - Momentum is on our side, the senator told reporters on Sunday."
    found = by_text(resolve_text(text, "2017-08-18"))
    assert "Momentum" not in found or found["Momentum"].actor.sector != "PTY"


def test_a_settled_acronym_is_read_in_titles_and_role_phrases():
    text = (
        "ABUJA, Nigeria (AP) - PDP spokesman Kola Ologbondiyan said the party would "
        "challenge the result in court."
    )
    assert _actor(text, "PDP spokesman Kola Ologbondiyan", "2019-03-01") == ("NGA", "PTY")
    text = "MAPUTO, Mozambique (AP) - Frelimo won the election, and Renamo rejected it."
    assert _actor(text, "Frelimo", "2019-10-20") == ("MOZ", "PTY")


def test_a_party_name_several_countries_use_takes_the_story_s_country():
    text = (
        "CAPE TOWN (Reuters) - The Democratic Alliance won the Cape Town municipality on "
        "Thursday, and the African National Congress lost ground."
    )
    assert _actor(text, "Democratic Alliance", "2021-11-04") == ("ZAF", "PTY")
    text = (
        "MADRID (Reuters) - Spain's ruling conservative Popular Party lost its majority in "
        "Sunday's election."
    )
    assert _actor(text, "ruling conservative Popular Party", "2015-12-21") == ("ESP", "PTY")
    text = "The Democratic Progressive party of Taiwan said on Saturday it would not back down."
    assert _actor(text, "Democratic Progressive party", "2019-11-20") == ("TWN", "PTY")
    text = "The Democratic Alliance said on Monday that it would field candidates everywhere."
    found = resolve_text(text, "2019-11-20")
    assert all(m.actor.country != "ZAF" for m in found)  # no country of its readings named
