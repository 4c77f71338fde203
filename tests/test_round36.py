"""Rules of the thirty-sixth round (issue #20): a plain statement's audience is no target; an
attack that names no one it hits hits the civilians of its place."""

from __future__ import annotations

from event_coding import coded, event_of


def test_a_plain_statements_audience_is_no_target():
    for text in (
        "Senate Majority Leader Mitch McConnell told reporters that the vote would be held.",
        "Indonesia's foreign minister told the Associated Press that talks would resume.",
        "Obama told young leaders in Vietnam that the United States would stay in Asia.",
    ):
        statements = [e for e in coded(text) if e.cameo == "010"]
        assert statements and all(e.target is None for e in statements), (text, statements)
    # a statement that judges someone is that act, aimed at the one judged
    event = next(
        e
        for e in coded("Senator Lindsey Graham told CNN that Trump was reckless.")
        if e.cameo == "111"
    )
    assert event.target is not None and event.target.text == "Trump", event


def test_an_attack_naming_no_one_hit_hits_civilians_of_its_place():
    for text, country in (
        ("A suicide bomber blew himself up in a market in Baghdad on Monday.", "IRQ"),
        ("A gunman opened fire at a nightclub in Orlando, Florida, on Sunday.", "USA"),
    ):
        attacks = [e for e in coded(text) if e.root == "18"]
        assert attacks, text
        assert all(
            e.target is not None and (e.target.country, e.target.sector) == (country, "CVL")
            for e in attacks
        ), (text, attacks)
    # one it names is its target; fighting (19) gets no default victims
    event = event_of("Gunmen shot two policemen in Kano on Friday.", root="18")
    assert event.target is not None and event.target.sector == "COP", event
    assert all(
        e.target is None for e in coded("Fighting broke out in Aleppo on Monday.") if e.root == "19"
    )


def test_a_protest_no_one_is_said_to_hold_is_held_by_the_people_of_its_place():
    event = next(
        e
        for e in coded("The protest in Stockholm drew 1,800 people, police said.")
        if e.root == "14"
    )
    assert (event.source.country, event.source.sector) == ("SWE", "CVL"), event
    # one who holds it is its source
    event = event_of("Students held a protest in Nairobi.", root="14")
    assert event.source.text == "Students", event


def test_it_acting_points_back_to_the_body_last_the_subject():
    text = (
        "The House Oversight Committee released a report on Thursday. "
        "It accused the FDIC of covering up the hacks."
    )
    event = event_of(text, root="11")
    assert (event.source.text, event.source.sector) == ("It", "LEG"), event
    # a thing last the subject: "it" stays unresolved
    text = "The report was released on Thursday. It accused the FDIC of covering up the hacks."
    event = event_of(text, root="11")
    assert event.source.sector is None and event.source.country is None, event
