"""Verbs that state nothing (``events/unsaid.py``), on real parses with the real actors stage:
an attitude, a poll's result, a quoted question, a credit line."""

from __future__ import annotations

from event_coding import coded


def said_by(text: str) -> list[str]:
    """The source text of each statement coded, in order."""
    return [e.source.text for e in coded(text) if e.root == "01"]


def test_an_attitude_is_no_utterance_but_what_it_is_about_may_be_an_event():
    assert said_by("“I think she’s Obama’s third term,” he said.") == ["he"]
    believed = coded("Officials think the rebels attacked the town on Monday.")
    assert [e.root for e in believed] == ["18"]
    assert coded("Democrats hope the senator will win.") == ()
    assert coded("Trump is considering a run for governor.") == ()


def test_a_poll_s_result_is_no_statement():
    assert said_by("Sixty-six percent said it made no difference to them.") == []
    assert said_by("Polls suggest Kasich has the best chance of beating Clinton.") == []
    # a name that is also a word of markets still speaks
    assert len(said_by("“Own your magic,” Bond said on Tuesday.")) == 1


def test_a_quoted_question_asks_but_the_quoting_verb_states():
    assert said_by("“Who do they think they are?”") == []
    sentence = "Graham said, “How many of you believe we lose elections because of immigration?"
    assert said_by(sentence) == ["Graham"]


def test_a_credit_line_is_no_event_but_a_report_with_content_is():
    assert coded("Amanda Terkel contributed reporting.") == ()
    assert coded("Lerer reported from Los Angeles.") == ()
    assert said_by("Reuters reported from Baghdad that two bombs exploded.") == ["Reuters"]


def test_what_was_said_named_as_a_thing_is_no_statement_but_a_speaker_s_clause_is():
    assert said_by("Sanders will not take back everything he said about Clinton.") == []
    assert said_by("Here are nine things Trump has said about Latinos.") == []
    assert said_by("The senator, who said Iran was a threat, met the envoy.") == ["senator"]
    assert said_by("The claims he made were false, Rubio said.") == ["Rubio"]


def test_a_poll_s_result_is_no_act_and_a_kind_of_people_does_nothing_in_particular():
    assert coded("More than half of the respondents who support Sanders are in college.") == ()
    assert coded("To those who support Mr. Trump, I understand your anger.") == ()
    assert [e.cameo for e in coded("Rep. Peter Welch is supporting Sen. Bernie Sanders.")] == [
        "051"
    ]


def test_two_people_of_one_code_are_two_sides():
    """Obama and Biden are both USAGOV, yet one met the other; one person is no pair."""
    met = coded("Obama met Biden at the White House on Monday.")
    assert [(e.source.name, e.cameo, e.target.name if e.target else None) for e in met] == [
        ("Barack Obama", "040", "Joe Biden")
    ]


def test_a_question_asked_is_no_appeal_but_asking_someone_to_act_is():
    question = (
        "Lee Wang of The Intercept asked Clinton Friday whether she would release transcripts."
    )
    assert coded(question) == ()
    assert [e.cameo for e in coded("Texas asked a federal judge to block the rules.")] == ["020"]
