"""Clubs named after their home town, a head word before a place that ends a name, titles
that spaCy splits ("Lt" "."; "search-and-rescue"), two-word cities inside a title, the one
country an article names with the actors its sentences placed, companies' chief officers and
experts (issue #14, twenty-sixth round, tuned on `dev13`, `dev14` and the judged dev split's
even half)."""

from __future__ import annotations

from test_actors import by_text, resolve_text


def test_a_club_named_after_its_home_town_is_a_business_there():
    text = "The Chicago Bears beat the Detroit Lions on Sunday at Soldier Field."
    found = by_text(resolve_text(text, published="2014-12-29"))
    bears = found["Chicago Bears"]
    assert (bears.actor.country, bears.actor.sector) == ("USA", "BUS")
    # a people after a demonym is no club ("Syrian Kurds"), nor a state's force after its name
    text = "The Pakistan Rangers arrested two men in Karachi."
    found = resolve_text(text, published="2014-12-29")
    assert not any(m.actor.sector == "BUS" for m in found), [(m.text, m.actor) for m in found]


def test_a_head_word_before_a_place_that_ends_the_name():
    text = "Researchers at King's College London said the drug worked."
    college = by_text(resolve_text(text, published="2014-12-29"))["King's College London"]
    assert (college.actor.country, college.actor.sector) == ("GBR", "EDU")
    # a name that is a place and a word we do not know stays no one's state
    text = "Real Madrid signed the striker on Monday."
    found = by_text(resolve_text(text, published="2014-12-29"))
    assert all(m.actor.country != "ESP" or m.actor.sector for m in found.values())


def test_a_state_before_a_hyphenated_modifier_in_a_title():
    text = (
        "Indonesia search-and-rescue director Henry Bambang Soelistyo said the search would "
        "resume at dawn."
    )
    found = resolve_text(text, published="2014-12-30")
    director = next(m for m in found if "Soelistyo" in m.text)
    assert director.actor.country == "IDN", director.reason


def test_an_honorific_spacy_splits_from_its_dot():
    text = "Lt. David Lelevier said the suspect was armed when he fled the bank."
    found = resolve_text(text, published="2014-12-30")
    officer = next(m for m in found if "Lelevier" in m.text)
    assert officer.text.startswith("Lt."), officer.text
    assert officer.actor.sector == "MIL" and "private person" not in officer.reason
    # a role before the rank decides ("Detective Lt."), and "Lt." before "Gov." is no rank
    text = (
        "The man is described as being in his 20s, Ann Arbor Police Department Detective Lt. "
        "Robert Pfannes said. "
        "Texas Lt. Gov. Dan Patrick said the state would help."
    )
    found = resolve_text(text, published="2014-12-30")
    detective = next(m for m in found if "Pfannes" in m.text)
    assert (detective.actor.country, detective.actor.sector) == ("USA", "COP")
    patrick = next(m for m in found if "Patrick" in m.text)
    assert patrick.actor.sector == "GOV"


def test_the_one_country_named_counts_the_actors_placed_by_their_sentences():
    text = (
        "Posted on\n\nCalling the return to school the litmus test, the Ministry of Education "
        "said yesterday it was satisfied children can safely attend classes, even as Barbados "
        "continues to deal with a surge in cases.\n\nWithin the next few weeks, the ministry "
        "will be utilising a special vaccination bus to visit secondary schools.\n\nThis was "
        "revealed yesterday in a televised press conference by Minister of Education Kay "
        "McConney."
    )
    found = resolve_text(text, published="2022-04-22")
    ministry = next(m for m in found if m.text == "ministry")
    assert ministry.actor.country == "BRB", ministry.reason
    minister = next(m for m in found if "McConney" in m.text)
    assert (minister.actor.country, minister.actor.sector) == ("BRB", "GOV")


def test_a_companys_chief_officers_and_experts():
    text = "Verizon CIO Shaygan Kheradpir said the network grew. Security experts doubted it."
    found = resolve_text(text, published="2014-12-30")
    cio = next(m for m in found if "Kheradpir" in m.text)
    assert (cio.actor.country, cio.actor.sector) == ("USA", "BUS")
    assert by_text(found)["experts"].actor.sector == "EDU"


def test_a_person_of_an_organisation_described_before_its_name():
    text = (
        'Washington is far. "It will keep him on top for now," said Phil Musser of digital '
        "consulting firm IMGE."
    )
    musser = by_text(resolve_text(text, published="2015-11-25"))["Phil Musser"]
    assert musser.actor.sector == "BUS" and "IMGE" in musser.reason, musser.reason
    # a known organisation after its description keeps its own code
    text = '"It was a lawsuit," said Tom Fitton of the conservative legal group Judicial Watch.'
    fitton = by_text(resolve_text(text, published="2016-07-13"))["Tom Fitton"]
    assert (fitton.actor.country, fitton.actor.sector) == ("USA", "NGO"), fitton.reason


def test_a_person_named_after_an_unknown_organisations_possessive():
    text = "Iowa State University's Dianne Bystrom agreed with the poll."
    found = resolve_text(text, published="2016-01-13")
    bystrom = next(m for m in found if "Bystrom" in m.text)
    assert (bystrom.actor.country, bystrom.actor.sector) == ("USA", "EDU"), bystrom.reason
