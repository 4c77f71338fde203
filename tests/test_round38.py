"""Rules of the thirty-eighth round (issues #14 and #20): a count standing alone for people
("Thousands took to the streets") is a crowd of civilians; one who answers or fends off an act
("rebutted the criticism", "responded to the accusations") is its target, not its doer."""

from __future__ import annotations

from event_coding import coded, event_of, resolved


def test_a_count_standing_alone_is_a_crowd():
    text = "Thousands took to the streets of Nairobi on Saturday to protest against the tax."
    assert resolved(text, "2016-04-18")["Thousands"] == ("KEN", "CVL")
    protest = event_of(text, "2016-04-18", root="14")
    assert (protest.source.country, protest.source.sector) == ("KEN", "CVL"), protest
    arrest = event_of("Police arrested dozens in Lagos.", cameo="173")
    assert (arrest.target.country, arrest.target.sector) == ("NGA", "CVL"), arrest
    # a count of something else, or money, is no one
    found = resolved(
        "The Dow lost hundreds of points. Clinton accepted millions from donors.", "2016-04-18"
    )
    assert not {"hundreds", "millions"} & set(found), found


def test_one_who_answers_an_act_is_its_target():
    text = "Sanders has begun to rebut that criticism, raising money for House candidates."
    criticism = event_of(text, "2016-05-24", root="11")
    assert criticism.source is None or "Sanders" not in criticism.source.text, criticism
    assert criticism.target is not None and criticism.target.text == "Sanders", criticism
    text = "The campaign of Ben Carson responded on Sunday to accusations from Donald Trump."
    accusation = event_of(text, "2015-11-08", root="11")
    assert "Trump" in accusation.source.text and "campaign" in accusation.target.text, accusation
    # one reacts to a shooting without being shot at
    text = "U.S. presidential candidates on Wednesday reacted to a mass shooting in California."
    shooting = event_of(text, "2015-12-02", root="18")
    assert shooting.target is None or "candidates" not in shooting.target.text, shooting


def test_a_poll_tally_is_no_act():
    for text in (
        "Trump was supported by 42 percent of the Republicans surveyed in the CBS poll.",
        "Male troops backed Trump, 57 percent to 22 percent.",
    ):
        assert not [e for e in coded(text, "2016-04-16") if e.root == "05"], text
    # a vote of a majority is an act
    text = "The deal was rejected by large majorities in Congress."
    assert any(e.root == "12" for e in coded(text, "2015-11-11"))


def test_unethical_judges_the_one_it_is_said_of():
    text = '"Bill Clinton is unethical," spokesman Jeff Bechdel said in a statement.'
    event = event_of(text, "2016-02-09", root="11")
    assert event.target is not None and event.target.text == "Bill Clinton", event


def test_a_role_led_by_a_town_the_article_names_is_that_towns():
    text = (
        "Dresden Drive is closed due to a gas leak, Brookhaven Police Department reported on "
        "Nov. 8. The city of Brookhaven is building its new city hall two blocks away."
    )
    assert resolved(text, "2016-11-08")["Police Department"] == ("USA", "COP")
    # a town named only before the role word may be any country's
    found = resolved("Brookhaven Police Department reported a gas leak.", "2016-11-08")
    assert found["Police Department"] == (None, "COP"), found


def test_an_it_that_points_to_a_body_passes_it_on():
    text = (
        "The House Oversight Committee released a report on Wednesday. It accused the FDIC of "
        "trying to cover up the hacks. It said FDIC officials had concealed information."
    )
    statement = event_of(text, "2016-07-14", cameo="010")
    assert statement.source.code == "USALEG", statement
    # the subject of a relative clause is no one's antecedent
    text = (
        "Canada Post said it signed an agreement that includes two companies. "
        "It said that it will expand its shipping network."
    )
    assert resolved(text, "2016-04-18")["It"] == ("CAN", "MED")
