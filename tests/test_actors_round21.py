"""Streets named after places, a place name that is a person's given name or surname, clergy
out of office, two-word cities spaCy misreads before a role, surnames spaCy tags as a
person elsewhere in the article, roles whose sector the story decides, and a place and its
state between commas before a role ("the Cupertino, Calif., company") (issue #14,
twenty-fifth round, tuned on `dev3`, `dev13`, `dev14` and the judged dev split's even half)."""

from __future__ import annotations

from test_actors import by_text, resolve_text

COURT = (
    "A 35-year-old woman of Clarkia Drive, Wellington Road, Debe is due to appear at the San "
    "Fernando Magistrates' Court today after she was charged with the murder of her mother. "
    "The investigation was supervised by Inspector Anil Maharaj."
)


def test_a_street_named_after_a_capital_is_no_state():
    found = resolve_text(COURT, published="2021-03-02")
    assert not any(m.actor.country == "NZL" for m in found), [m.text for m in found]
    assert "Clarkia Drive" not in by_text(found)  # a street, not a person
    # the capital alone still names its state's government
    text = "Wellington and Canberra signed the treaty on Monday."
    assert by_text(resolve_text(text))["Wellington"].actor.country == "NZL"


def test_a_street_is_no_person():
    text = "Costigans Pub on Washington St was open until midnight, the owner said."
    found = resolve_text(text, published="2020-10-07")
    assert not any("Washington" in m.text for m in found), [m.text for m in found]


def test_a_place_name_inside_a_persons_name_is_no_state():
    text = "Sister Sharon Holland, the head of the sisters' conference, said the nuns would meet."
    found = by_text(resolve_text(text, published="2012-06-12"))
    assert found["Sharon Holland"].actor.country != "NLD"
    # two place words are still one phrase of places
    serbs = by_text(resolve_text("Bosnian Serbs protested in Banja Luka."))["Bosnian Serbs"]
    assert serbs.actor.country == "BIH"


def test_a_given_name_that_is_a_demonym_makes_another_person():
    text = "German Ortega, a farmer, said the rain came late this year."
    ortega = by_text(resolve_text(text, published="2015-11-08"))["German Ortega"]
    assert ortega.actor.country not in ("DEU", "NIC")
    # the known person, titled, is still read
    text = "President Daniel Ortega spoke on Sunday; Ortega said the vote was fair."
    assert by_text(resolve_text(text, published="2015-11-08"))["Ortega"].actor.country == "NIC"


def test_a_retired_pope_is_still_clergy():
    text = "Pope Benedict XVI met the nuns in Rome."
    pope = by_text(resolve_text(text, published="2014-12-16"))["Pope Benedict XVI"]
    assert (pope.actor.country, pope.actor.sector) == ("VAT", "REL")
    # a former head of government is an elite, as before
    text = "Tony Blair met the nuns in Rome."
    blair = by_text(resolve_text(text, published="2014-12-16"))["Tony Blair"]
    assert blair.actor.sector == "ELI"


def test_a_two_word_city_spacy_misreads_gives_a_role_its_country():
    text = (
        "The man is described as being in his 20s, Ann Arbor Police Department Detective "
        "Lt. Robert Pfannes said."
    )
    found = resolve_text(text, published="2014-12-30")
    # the role phrase, or the titled person it is part of (the honorific "Lt." read with it)
    detective = next(m for m in found if m.text.startswith("Ann Arbor Police Department"))
    assert (detective.actor.country, detective.actor.sector) == ("USA", "COP"), detective.reason


PRESUMPTIVE = (
    "The pressure to drop out ramped up quickly. Republican National Committee Chairman Reince "
    'Priebus tweeted Tuesday night he considered Trump the "presumptive nominee."\n\n'
    "Trump welcomed the news that Kasich would quit, saying the Ohio Republican was "
    '"doing the right thing."'
)


def test_a_surname_tagged_a_person_elsewhere_is_that_person_as_a_subject():
    found = resolve_text(PRESUMPTIVE, published="2016-05-05")
    opening = PRESUMPTIVE.index("Trump welcomed")
    trump = next(m for m in found if m.start == opening)
    assert trump.actor.country == "USA"
    # a month is no person: "in May" stays no one
    text = "Theresa May spoke on Monday. May said the vote would come in May."
    months = [
        m for m in resolve_text(text, published="2017-04-18") if m.start == text.rindex("May")
    ]
    assert not months


def test_the_story_decides_what_delegates_and_deputies_are():
    text = (
        "Trump won the Nevada caucuses. Christopher Harvey, a delegate from Houston, said "
        "hundreds of delegates would back the nominee."
    )
    found = by_text(resolve_text(text, published="2016-07-21"))
    assert found["delegates"].actor.sector == "PTY"
    text = "Sheriff Tom Smith said deputies arrested two men near the county line."
    assert by_text(resolve_text(text, published="2016-07-21"))["deputies"].actor.sector == "COP"
    # without the story's cue, the dictionaries' sectors stay
    text = "Delegates to the National People's Congress voted in Beijing on Monday."
    assert by_text(resolve_text(text, published="2016-03-15"))["Delegates"].actor.sector == "LEG"


def test_a_place_and_its_state_between_commas_say_where_a_role_is_based():
    text = "Apple reported strong sales. The Cupertino, Calif., company said profits rose."
    company = by_text(resolve_text(text, published="2014-10-20"))["Cupertino, Calif., company"]
    assert (company.actor.country, company.actor.sector) == ("USA", "BUS")
    text = "The Lagos, Nigeria, bank said its profits rose."
    bank = by_text(resolve_text(text, published="2014-10-20"))["Lagos, Nigeria, bank"]
    assert bank.actor.country == "NGA"
