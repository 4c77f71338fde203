"""Rules of the fortieth round (issue #20): a subject with "neither" names no one; dismay
expressed is disapproval; targeting voters courts them; a quoted title names a show; "pledged
delegates" is no pledge; an obligation under an attitude is an opinion; naming judges only
through the name given (two objects, "as"); a financial filing, a poll's tally "of" a share and
an intent to speak are no events; "when asked" is passive; shooting down aircraft is fighting;
who comes away from a meeting took part in it; vouching for and speaking highly of someone
praise them."""

from __future__ import annotations

from event_coding import coded, event_of


def roots(text: str, published: str = "2016-06-11") -> set[str]:
    return {e.root for e in coded(text, published)}


def test_a_subject_with_neither_names_no_one():
    assert "04" not in roots("Neither Warren nor Clinton spoke with reporters.")
    assert "04" not in roots("Neither leader met the protesters on Monday.")
    assert "04" in roots("Warren and Clinton spoke with reporters.")


def test_dismay_expressed_at_someone_is_disapproval():
    text = "Several prominent Republicans expressed dismay at Mr. Trump's treatment of the family."
    disapproval = event_of(text, "2016-08-01", root="11")
    assert disapproval.cameo == "110", disapproval
    assert disapproval.target is not None and "Trump" in disapproval.target.text, disapproval


def test_targeting_voters_courts_them():
    text = "Clinton is targeting Latino and black voters as she campaigns across the state."
    assert "11" not in roots(text, "2016-05-24")
    text = "Trump targeted Clinton in a scathing attack on Monday, calling her a liar."
    assert "11" in roots(text, "2016-05-24")


def test_a_quoted_title_names_a_show():
    text = "''It's nonsense,'' Mr. Trump said by telephone on NBC's ''Meet the Press.''"
    assert "04" not in roots(text, "2015-12-22")
    assert "04" in roots("Mr. Trump met the press in New York on Monday.", "2015-12-22")


def test_pledged_delegates_are_no_pledge():
    text = "She clinched an outright majority of regular, pledged delegates."
    assert "03" not in roots(text, "2016-06-09")
    assert "03" in roots("Clinton pledged to raise the minimum wage.", "2016-06-09")


def test_an_obligation_under_an_attitude_is_an_opinion():
    text = "''I think the American government should tighten its gun control,'' Ms. Gao said."
    assert "10" not in roots(text, "2016-06-15")
    text = "Ms. Gao said the American government should tighten its gun control."
    assert "10" in roots(text, "2016-06-15")


def test_naming_judges_only_through_the_name_given():
    text = "The comedian dubbed himself over footage of Trump talking about Hillary Clinton."
    assert "11" not in roots(text, "2015-12-19")
    text = "Senator Lindsey Graham branded the protesters traitors on Monday."
    criticism = event_of(text, "2016-03-20", root="11")
    assert criticism.target is not None and criticism.target.text == "protesters", criticism
    text = "Clinton portrayed Trump as a dangerous demagogue at the rally."
    criticism = event_of(text, "2016-06-02", root="11")
    assert criticism.target is not None and "Trump" in criticism.target.text, criticism


def test_a_financial_filing_is_no_statement():
    text = "Mr. Kasich reported having $1.3 million in cash on hand at the beginning of March."
    assert "01" not in roots(text, "2016-03-22")
    text = "Mr. Kasich reported that the governor had vetoed the bill."
    assert "01" in roots(text, "2016-03-22")


def test_when_asked_the_subject_is_the_one_asked():
    text = "Donald Trump named Sen. Ted Cruz when asked to pick a possible running mate."
    appeal = event_of(text, "2015-11-18", root="02")
    assert appeal.source is None or "Trump" not in appeal.source.text, appeal


def test_shooting_down_aircraft_is_fighting():
    text = "Rebels shot down a government helicopter near Aleppo on Thursday."
    assert event_of(text, "2016-05-12", root="19").cameo == "190"
    assert "19" not in roots("Gunmen shot down the mayor outside his house in Aleppo.")
    assert "18" in roots("Gunmen shot down the mayor outside his house in Aleppo.")


def test_who_comes_away_from_a_meeting_took_part_in_it():
    text = (
        "Emerging from a 45-minute meeting with President Obama, Sanders said the session "
        "provided a chance to talk about policy."
    )
    meetings = [e for e in coded(text, "2016-01-28") if e.root == "04"]
    assert [text[slice(*e.trigger)] for e in meetings] == ["meeting"], meetings
    assert meetings[0].source.text == "Sanders", meetings


def test_support_of_a_share_is_a_tally():
    text = "He received the backing of 33% of national Republican primary voters."
    assert "05" not in roots(text, "2016-01-04")
    assert "05" in roots("He received the backing of Senator Graham.", "2016-01-04")


def test_an_intent_to_speak_is_no_intent_to_cooperate():
    text = "Mr. Trump intends to deliver a foreign policy address at the National Press Club."
    assert "03" not in roots(text, "2016-04-23")
    text = "Mr. Trump intends to meet Mexican President Enrique Pena Nieto."
    assert "03" in roots(text, "2016-04-23")


def test_vouching_for_and_speaking_highly_of_someone_praise_them():
    text = "Sheriff Joe Arpaio vouched for Donald Trump on Monday."
    praise = event_of(text, "2016-01-26", cameo="051")
    assert praise.target is not None and "Trump" in praise.target.text, praise
    text = "Putin spoke highly of Donald Trump in remarks after the news conference."
    praise = event_of(text, "2015-12-19", cameo="051")
    assert praise.target is not None and "Trump" in praise.target.text, praise
