"""Event rules of the twenty-eighth round (issue #20), written from the judged train split's
errors (``benchmarks/judged_actors.py --split train --errors``): "its" on an event noun is the
subject of the clause the noun is in, as "his", "her" and "their" are; a deed with no doer
named and no place in its sentence happened in the country the article is about."""

from __future__ import annotations

from event_coding import coded


def test_its_on_an_event_noun_is_the_subject_of_its_clause():
    text = "The FBI is expanding the parameters of its probe into Hillary Clinton\u2019s emails."
    probes = [e for e in coded(text) if e.cameo.startswith("09")]
    assert probes and all(e.source.text == "FBI" for e in probes), [
        (e.cameo, e.source.text) for e in probes
    ]
    # a plural subject is not what "its" points to
    text = "The senators criticised the agency and its investigation of the company."
    assert not any(e.source.text == "senators" for e in coded(text) if e.cameo.startswith("09"))


def test_a_deed_with_no_doer_named_happened_in_the_country_the_article_is_about():
    text = (
        "ORLANDO, Fla. (Reuters) - President Barack Obama met survivors of a gay nightclub "
        "massacre and relatives of the 49 people killed on Thursday and said the United States "
        "must act to control gun violence.\n"
        "Obama and Vice President Joe Biden arrived in Orlando, Florida, four days after a "
        "U.S.-born gunman carried out the deadliest mass shooting in modern U.S. history.\n"
        "The attack sparked a fresh debate over how the United States responds to Islamist "
        "militant violence at home and abroad."
    )
    attacks = [e for e in coded(text) if e.cameo.startswith("18") and e.source.text == ""]
    assert attacks and all(e.source.country == "USA" for e in attacks), [
        (e.cameo, e.source) for e in attacks
    ]
    # a text that names no country leaves the unnamed doer's country open
    attacks = [
        e for e in coded("The attack sparked a fresh debate about violence.") if e.source.text == ""
    ]
    assert all(e.source.country is None for e in attacks)
