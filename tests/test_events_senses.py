"""Words of acts used in a sense that is no act: a campaign's rally is no protest, a threat
that is a danger is no threat made, and a pointer inside a statement is no second statement
(``campaigns._campaign_gathering``, ``word_senses.py``, ``unsaid._restated``), on real parses with
the real actors stage."""

from __future__ import annotations

from event_coding import coded
from eventwire import actors, nlp
from eventwire.models import Article, Event


def roots(text: str) -> list[str]:
    return [e.root for e in coded(text)]


CAMPAIGN = (
    "Donald Trump, the Republican presidential candidate, leads the race for delegates before "
    "the Indiana primary. "
)


def test_a_campaign_rally_is_no_protest():
    assert "14" not in roots(CAMPAIGN + "At a rally in Evansville on Friday, he spoke for an hour.")
    assert "14" not in roots("Fiorina made a surprise appearance at Cruz's rally in Miami.")
    assert "14" not in roots(
        "Sanders rallied young people with his calls to end the rigged economy."
    )


def test_a_rally_held_by_a_candidate_or_a_skill_demonstrated_is_no_protest():
    assert "14" not in roots(CAMPAIGN + "Sanders held a rally in Springfield on Saturday.")
    assert "14" not in roots("Cruz has consistently demonstrated his commitment to the law.")
    assert "14" not in roots("Trump has demonstrated that he has the guts to bring jobs back.")
    assert "14" in roots("Thousands of students demonstrated in Caracas on Monday.")


def test_a_rally_told_as_a_protest_is_one_even_in_an_election_story():
    assert "14" in roots(CAMPAIGN + "Thousands joined a rally against the Iran deal on Friday.")
    assert "14" in roots(CAMPAIGN + "Protesters rallied in Times Square on Saturday.")
    assert "14" in roots(
        "Hundreds of workers held a rally outside the ministry in Athens on Tuesday."
    )


def test_a_threat_that_is_a_danger_is_no_threat_made():
    assert "13" not in roots("Americans are forced to face the threat of terrorism.")
    assert "13" not in roots(
        "Netanyahu said the deal is an existential threat to Israel from Iran."
    )
    assert "13" not in roots("Glenn Beck says liberals pose a threat to democracy.")


def test_a_document_released_is_no_yielding():
    assert "08" not in roots("WikiLeaks released the DNC emails before the convention.")
    assert "08" not in roots("The emails released by the State Department show the ties.")
    assert "08" not in roots("Judicial Watch stated in a release Tuesday that it found the email.")
    assert "08" in roots("Russia released two Ukrainian soldiers on Monday.")
    assert "08" in roots("The release of the hostages came after weeks of talks in Doha.")


def test_a_threat_made_or_naming_its_act_is_coded():
    assert "13" in roots("The bill passed the House over veto threats from the White House.")
    assert "13" in roots("Russia issued a threat against Ukraine on Monday.")
    assert "13" in roots("North Korea repeated its threat to strike Guam on Tuesday.")


def test_a_second_verb_of_one_statement_is_not_a_second_statement():
    text = "“I'm a unifier, unlike our president right now,” Trump said, referring to Barack Obama."
    assert roots(text) == ["01"]
    citing = "Salceda, citing data from the State Department, said four million live there."
    assert roots(citing) == ["01"]
    adding = "Trump said the wall would be built, adding that Mexico would pay for it."
    assert roots(adding).count("01") == 2  # the second adds what was said


def coded_with(text: str, table) -> list[Event]:
    from eventwire.events.coder import code_document

    document = next(nlp.parse([Article(id="t", body=text)]))
    return code_document(document, actors.resolve(document), patterns=table)


def test_a_pruned_verb_keeps_only_its_imported_null_patterns():
    """Verbs the judged train split found almost always wrong in PETRARCH's frames
    (data/imported_pruned.tsv) code nothing of theirs, but their null patterns still stop."""
    from eventwire.events import imported, patterns

    pruned = {lemma for lemma, why in imported.read_pruned().items() if why == "verb"}
    assert {"need", "serve", "join"} <= pruned  # "we need a leader", "who served as", ...
    full = patterns.load(imported=True, pruned=False)
    shipped = patterns.load()
    for lemma in sorted(pruned):
        frames = shipped.verbs.get(lemma, ())
        assert not any(f.imported and not f.stops for f in frames), lemma
        assert [f for f in frames if f.stops] == [
            f for f in full.verbs.get(lemma, ()) if f.stops
        ], lemma
    text = "Mike Nellis served as the digital director of Senator Bernie Sanders."
    assert [e.root for e in coded_with(text, full)] == ["06"]  # PETRARCH's "serve": aid
    assert coded_with(text, shipped) == []


def test_help_for_a_person_is_support_and_help_for_a_state_or_its_forces_is_aid():
    assert "07" not in roots("Graham said he will help Ted Cruz in every way he can.")
    assert "07" not in roots("The fading attention on the Democratic race helped Clinton.")
    assert "07" in roots("Germany helped Greece with a loan of 10 billion euros.")
    assert "07" in roots("The Red Cross helped refugees on the island of Lesbos on Monday.")


def test_consulting_and_hosting_need_someone_on_the_other_side():
    """ "discussed his book" and "hosted a debate" consult and host no one (``discuss`` needs
    "with" or a group, ``needs_other_side`` holds 043); with a partner or a guest they are events."""
    assert "04" not in roots("Bolton also discussed the lengths officials must go to.")
    assert "040" in [e.cameo for e in coded("Obama discussed Syria with Putin on Monday.")]
    assert "040" in [
        e.cameo for e in coded("Russia and China are discussing a number of areas of interest.")
    ]
    assert "04" not in roots("Clinton hosted a get out the vote event in Iowa on Monday.")
    assert "043" in [e.cameo for e in coded("Pate also hosted Jeb Bush aboard his private jet.")]
    assert "04" not in roots("Hundreds of protesters had gathered outside the hotel.")


def test_meetings_in_the_plural_are_a_record_unless_between_two_sides():
    assert "04" not in roots("Clinton's meetings with foundation donors drew criticism.")
    assert "040" in [
        e.cameo
        for e in coded("Meetings between Israeli and Palestinian negotiators resumed on Monday.")
    ]


def test_data_and_figures_released_are_no_yielding():
    text = "Revenue rose 3.5 percent, according to data released Friday by the state."
    assert "08" not in roots(text)
    assert "08" not in roots("Clinton had more cash, according to figures her campaign released.")
    assert "08" in roots("The rebels released two soldiers on Friday.")


def test_a_statement_released_is_where_something_was_said():
    text = (
        "In a statement released Thursday, Rep. Hakeem Jeffries said the killer belongs in prison."
    )
    assert "08" not in roots(text)
    text = "She told CNN in an interview taped and released on Wednesday that she owes no one."
    assert "08" not in roots(text)
    assert "01" in roots("Sanders released a statement in opposition to the deal last week.")


def test_money_given_by_no_state_to_no_state_or_aid_body_is_a_donation():
    assert "07" not in roots("C.V. Starr gave $10 million to a group backing Bush last year.")
    assert "07" not in roots("Mr. Rastin also contributed $300,000 to an independent group.")
    assert "07" in roots("Germany gave Greece a loan of 10 billion euros.")
    assert "07" in roots("Saudi Arabia funded the rebels fighting the Syrian government.")


def test_what_laws_require_and_people_ignored_are_no_demand_and_no_rejection():
    assert "10" not in roots("The laws require that doctors at clinics have admitting privileges.")
    assert "12" not in roots("Trump spoke for an hour, totally ignoring Hillary Clinton.")
    assert "12" in roots("The government ignored the United Nations' call for a ceasefire.")


def test_a_saying_that_may_be_is_no_statement():
    assert roots("It is too soon to say how severe the damage to the campaign might be.") == []
    assert roots("When reached by the Associated Press, Lewandowski had little to say.") == []
    assert "01" in roots("He went on to say that she once threw a Bible at an agent.")


def test_people_armed_with_weapons_are_described_not_armed_by_anyone():
    assert "07" not in roots("Terrorists armed with revolvers killed ten people in the city.")
    assert "07" in roots("Iran armed the rebels with rockets last year.")


def test_a_plea_in_court_is_no_appeal():
    assert "02" not in roots("The hacker pleaded guilty on Wednesday to identity theft.")
    assert "02" in roots("The mother pleaded with the rebels to spare her son.")


def test_a_candidate_s_visit_at_home_in_a_sentence_of_campaigning_is_a_campaign_stop():
    assert "04" not in roots(
        "Hillary Clinton visited the St. Louis area to campaign over the weekend."
    )
    assert "04" in roots("Hillary Clinton visited Louisiana on Friday.")
    text = "President Obama visited Cuba on Sunday, as the primary campaign heated up at home."
    assert "04" in roots(text)


def test_a_bill_passing_a_chamber_yields_nothing():
    assert "08" not in roots("The legislation passed the House again over veto threats.")
    assert "08" not in roots("Legislation offering that amount passed the Senate on Tuesday.")
