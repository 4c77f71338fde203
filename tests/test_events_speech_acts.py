"""What is said, coded by what it does: criticism named by a judging word, a reproach for the
past, a judgement of someone named inside its subject or spoken of, and the lexicon of judging
words (real-style sentences from political news; actors from the coder tests' table)."""

from __future__ import annotations

import pytest

import test_events_coder
from eventwire.events import patterns as patterns_module
from eventwire.events.patterns import PatternError
from test_events_coder import triples

coded = test_events_coder.coded  # the coder tests' fixture (session-scoped, cached), shared


def codes(events) -> set[str]:
    return {e.cameo for e in events}


def test_should_have_done_is_a_reproach_not_a_demand(coded):
    found = triples(coded("Mr. Putin said Germany should not have accepted the deal."))
    assert ("RUSGOV", "111", "DEU") in found and not any(c == "100" for _, c, _ in found)
    known = triples(coded("Mr. Macron said Mr. Putin should have known better."))
    assert ("FRAGOV", "111", "RUSGOV") in known and not any(c == "100" for _, c, _ in known)


def test_a_demand_is_still_a_demand(coded):
    found = triples(coded("Mr. Macron said Mr. Putin should withdraw his troops."))
    assert ("FRAGOV", "100", "RUSGOV") in found
    assert not any(c == "111" for _, c, _ in found)


def test_a_passive_obligation_is_on_its_subject(coded):
    found = triples(coded("Mr. Macron said Mr. Putin should be held accountable."))
    assert ("FRAGOV", "100", "RUSGOV") in found
    assert ("FRAGOV", "100", None) not in found


def test_a_judgement_of_someone_named_inside_its_subject(coded):
    said = triples(coded("Mr. Macron said what Mr. Putin is saying is dangerous."))
    assert ("FRAGOV", "111", "RUSGOV") in said


def test_a_thing_judged_is_not_the_actors_a_comma_sets_aside_in_its_phrase(coded):
    text = (
        "The plane, whose engines were made by CFM International, co-owned by General Electric "
        "and Safran of France, lacked real-time engine diagnostics or monitoring, a GE "
        "spokesman said."
    )
    found = codes(coded(text))
    assert "010" in found and "111" not in found
    said = triples(coded("Mr. Macron said the way Mr. Putin handled the crisis was disastrous."))
    assert ("FRAGOV", "111", "RUSGOV") in said


def test_a_judgement_of_the_one_spoken_of(coded):
    found = triples(coded('"It\'s flat-out plagiarism," Mr. Macron said of Mr. Putin.'))
    assert ("FRAGOV", "111", "RUSGOV") in found


def test_that_points_back_to_what_someone_did(coded):
    assert "111" in codes(coded('"That is disqualifying right there," Mr. Macron said.'))
    assert "111" in codes(coded('"This was the worst day of the summit," Mr. Macron said.'))


def test_it_and_things_judged_stay_statements(coded):
    for text in (
        '"It\'s our bad luck," Mr. Macron said.',
        "Mr. Putin said the weather was terrible.",
    ):
        found = codes(coded(text))
        assert "010" in found and "111" not in found, text


def test_new_judging_words(coded):
    unfit = triples(coded("Mr. Macron said Mr. Putin is not fit to serve as president."))
    assert ("FRAGOV", "111", "RUSGOV") in unfit
    unelectable = triples(coded('Mr. Macron said Mr. Putin is "unelectable now."'))
    assert ("FRAGOV", "111", "RUSGOV") in unelectable
    right = triples(coded("Mr. Macron said Mr. Putin was exactly right."))
    assert ("FRAGOV", "051", "RUSGOV") in right


def test_a_stance_of_support_is_praise(coded):
    found = triples(coded("Mr. Macron said that he supports Mr. Putin 100 percent."))
    assert ("FRAGOV", "051", "RUSGOV") in found


def test_reproach_codes_are_validated():
    text = patterns_module.packaged_text()
    assert '"111": [should, ought]' in text
    with pytest.raises(PatternError):
        patterns_module.parse(text.replace('"111": [should, ought]', '"999": [should, ought]'))


def test_a_judging_word_on_what_someone_did_judges_them(coded):
    text = "Mr. Putin said Mr. Macron's disastrous actions in Libya are not confined to Benghazi."
    assert ("RUSGOV", "111", "FRAGOV") in triples(coded(text))
    plain = triples(
        coded("Mr. Putin said Mr. Macron's actions in Libya are not confined to Benghazi.")
    )
    assert ("RUSGOV", "111", "FRAGOV") not in plain


def test_what_someone_is_said_to_try_to_do_is_judged(coded):
    found = triples(coded("Mr. Putin said the West is trying to interfere in the election."))
    assert ("RUSGOV", "111", "WST") in found
    refused = triples(coded("Mr. Putin said the West refused to lie."))
    assert not any(c == "111" for _, c, _ in refused)


def test_naming_someone_judges_them_by_the_name_given():
    """ "called Haley very weak", "called him a liar": criticism (111) aimed at the one named;
    a name that judges nothing is a plain statement; "called on X to V" is still an appeal."""
    from eventwire import actors, events, nlp
    from eventwire.models import Article

    def codes(text: str) -> list[str]:
        document = next(nlp.parse([Article(id="t", body=text)]))
        return [e.cameo for e in events.code(document, actors.resolve(document))]

    assert codes("Donald Trump later called Nikki Haley very weak on immigration.") == ["111"]
    assert "111" in codes("Senator Rubio called Donald Trump a con artist and a liar.")
    assert "100" in codes("Obama called on Congress to pass the bill.")  # a demand, no naming


def test_a_speech_to_come_is_no_statement_unless_its_words_are_quoted():
    from eventwire import actors, events, nlp
    from eventwire.models import Article

    def roots(text: str) -> list[str]:
        document = next(nlp.parse([Article(id="t", body=text)]))
        return [e.root for e in events.code(document, actors.resolve(document))]

    assert "01" not in roots("Governor Scott Walker will speak at the convention in Cleveland.")
    assert "01" in roots('"Nothing prepares you for the Oval Office," President Obama will say.')
