"""Known people on real-style campaign news: bare surnames the tagger misreads, and a public
figure before the office the knowledge base dates."""

from __future__ import annotations

from test_actors import resolve_text

CAMPAIGN_DAY = "2016-05-24"


def codes_of(text: str, written: str, published: str = CAMPAIGN_DAY) -> list[str | None]:
    return [m.actor.code for m in resolve_text(text, published) if m.text == written]


def test_bare_surname_opening_a_paragraph_is_the_person_named_in_full():
    text = (
        "Bernie Sanders won the Michigan primary on Tuesday.\n\n"
        "Sanders, meanwhile, hopes that winning California will change the race.\n\n"
        "Sanders said he would stay in the race."
    )
    assert codes_of(text, "Sanders") == ["USALEG", "USALEG"]
    assert codes_of(text, "he") == ["USALEG"]


def test_a_misread_surname_does_not_make_a_namesake():
    text = (
        "Bernie Sanders spoke in Los Angeles.\n\n"
        "But some Democrats are concerned that Sanders’ tactics could make unity harder.\n\n"
        "Sanders said the process was rigged."
    )
    assert set(codes_of(text, "Sanders")) == {"USALEG"}


def test_known_person_before_office_is_elite_then_holds_the_office():
    text = "Donald Trump attacked Jeb Bush on Tuesday. Trump said Bush was weak."
    assert codes_of(text, "Donald Trump") == ["USAELI"]
    assert codes_of(text, "Trump") == ["USAELI"]
    assert codes_of(text, "Donald Trump", "2018-03-01") == ["USAGOV"]


def test_surname_alone_is_the_known_person_named_in_full_before():
    text = (
        "Former Vice President Al Gore will skip the Democratic convention.\n\n"
        "Gore declined an interview request on Sunday."
    )
    assert codes_of(text, "Gore", "2016-07-24") == ["USAELI"]


def test_surname_with_a_particle_opening_a_paragraph_is_the_person_named_in_full():
    text = (
        "Mayor Bill de Blasio rejected criticism from Donald Trump.\n\n"
        "De Blasio, speaking on the radio, called Trump a blowhard.\n\n"
        "De Blasio repeatedly said New York was safe."
    )
    assert codes_of(text, "De Blasio", "2015-11-20") == ["USAGOV", "USAGOV"]


def test_party_and_state_tag_makes_a_legislator():
    text = (
        "Chairman Trey Gowdy (R-S.C.) said the committee will release its report.\n\n"
        "Gowdy said the investigation was not political."
    )
    assert codes_of(text, "Gowdy", "2016-02-19") == ["USALEG"]


def test_an_undated_text_speaks_from_the_time_its_people_held_office():
    text = "Angela Merkel said on Tuesday that Germany would take in more refugees."
    assert codes_of(text, "Angela Merkel", None) == ["DEUGOV"]
    assert codes_of(text, "Angela Merkel", "2025-01-10") == ["DEUELI"]
    text = "Former chancellor Angela Merkel said on Tuesday that she had no regrets."
    assert codes_of(text, "Former chancellor Angela Merkel", None) == ["DEUELI"]
