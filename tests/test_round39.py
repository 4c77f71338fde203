"""Rules of the thirty-ninth round (issues #14 and #20): what an outcome verb leaves was
suffered ("left 11 people dead and dozens injured"); a share support comes from is a poll's
tally; a bloc's officials are its governments; what is made ready for has not happened; echoing
is no act; a name given through a misparsed object and a stance towards a clause's subject
still judge someone."""

from __future__ import annotations

from event_coding import coded, event_of, resolved


def test_what_an_outcome_verb_leaves_was_suffered():
    text = "A car bomb in Mogadishu left 11 people dead and dozens injured, police said."
    injury = event_of(text, "2016-04-18", root="18")
    assert injury.target is not None and injury.target.text == "dozens", injury
    assert injury.source is None or "dozens" not in injury.source.text, injury
    text = "A gunman left five people dead and dozens injured in Mogadishu."
    injury = event_of(text, "2016-04-18", root="18")
    assert injury.source is not None and injury.source.text == "gunman", injury
    assert injury.target is None or "gunman" not in injury.target.text, injury
    text = "Police fired tear gas, leaving two protesters dead and dozens injured in Nairobi."
    injury = event_of(text, "2016-04-18", cameo="182")
    assert injury.source is not None and injury.source.text == "Police", injury


def test_a_share_support_comes_from_is_a_tally():
    text = (
        "Mrs. Clinton has support from 52 percent of Democratic primary voters, while Mr. "
        "Sanders has backing from 33 percent, the poll found."
    )
    assert not [e for e in coded(text, "2015-11-13") if e.root == "05"]
    # support from a state is support
    text = "The rebels are backed by Rwanda and receive support from Uganda."
    assert any(e.root == "05" for e in coded(text, "2015-11-13"))


def test_a_blocs_officials_are_its_governments():
    text = "European officials said they had decided not to include income taxes in the budget."
    assert resolved(text, "2016-03-16")["European officials"] == ("EUR", "GOV")
    # an international organisation's office is the organisation's
    found = resolved("The UN's high commissioner said the camps were full.", "2016-03-16")
    assert found["UN's high commissioner"] == ("UN", "IGO"), found


def test_what_is_made_ready_for_has_not_happened():
    text = (
        "Japanese police on Wednesday deployed more than 6,000 officers to prepare for major "
        "protests against Prime Minister Shinzo Abe."
    )
    assert not [e for e in coded(text, "2015-09-16") if e.root == "14"]
    text = (
        "Police prepared for the protest by closing roads, and thousands of protesters marched "
        "through Nairobi."
    )
    assert any(e.root == "14" for e in coded(text, "2016-05-16"))


def test_echoing_is_no_act_of_its_own():
    text = "But so far Canova, a law professor, has echoed Sanders' success online."
    assert not [e for e in coded(text, "2016-07-26") if e.root == "11"]
    # a criticism repeated is criticism
    text = "Iranian Foreign Minister Javad Zarif repeated his criticism of the United States."
    criticism = event_of(text, "2016-07-26", root="11")
    assert criticism.target is not None and criticism.target.code == "USA", criticism


def test_a_name_given_through_a_misparsed_object_judges():
    text = 'New York Mayor Bill de Blasio, speaking on WOR710, called Donald Trump a "blowhard."'
    criticism = event_of(text, "2015-12-08", root="11")
    assert criticism.target is not None and criticism.target.text == "Donald Trump", criticism


def test_a_stance_is_towards_the_subject_of_its_clause():
    text = (
        '"I am deeply offended when Donald Trump fails to honor the sacrifices of our '
        'soldiers," Senator John McCain said.'
    )
    criticism = event_of(text, "2016-08-01", root="11")
    assert criticism.target is not None and criticism.target.text == "Donald Trump", criticism
    # a stance that would be is none
    text = '"I would be disappointed if President Obama vetoed the bill," Senator John McCain said.'
    assert not [e for e in coded(text, "2016-08-01") if e.root == "11"]
