"""Event confidence: features that tell the model when a candidate is risky (issue #20).

A statement whose sentence criticises, a statement "of" someone, a pronoun source, a source that is
not the subject of its trigger, a country read off the place of the event."""

from __future__ import annotations

import pytest

from eventwire.events import confidence
from eventwire.models import Actor

GOVERNOR = Actor(text="the governor", country="USA", sector="GOV", code="USAGOV")


@pytest.fixture(scope="module")
def parse():
    from eventwire import nlp
    from eventwire.models import Article

    def run(text: str):
        return next(nlp.parse([Article(id="t", body=text)])).doc

    return run


def _features(doc, word: str, code: str = "010", source: Actor | None = GOVERNOR) -> dict:
    trigger = next(t for t in doc if t.text == word)
    return confidence.features(confidence.CandidateView(code, trigger, source, None))


def test_a_statement_in_a_critical_sentence_is_marked(parse):
    critical = parse("The governor said the senator's plan was dangerous and reckless.")
    plain = parse("The governor said the plan would be announced on Monday.")
    assert _features(critical, "said")["statement:criticism_cue"] == 1.0
    assert _features(plain, "said")["statement:criticism_cue"] == 0.0
    # only statements (root 01) are read so: a criticism coded 11 is what the words say
    assert "statement:criticism_cue" not in _features(critical, "said", code="111")


def test_a_statement_said_of_someone_is_marked(parse):
    about = parse("“He is not ready for the job,” the governor said of the senator.")
    plain = parse("“The bridge will open next week,” the governor said on Monday.")
    assert _features(about, "said")["statement:about_someone"] == 1.0
    assert _features(plain, "said")["statement:about_someone"] == 0.0


def test_a_pronoun_source_is_marked_by_where_its_antecedent_is_named(parse):
    he = Actor(text="he", name="Vladimir Putin", country="RUS", sector="GOV", code="RUSGOV")
    same = parse("Mr. Putin drew applause on Thursday when he lashed out at Turkey.")
    across = parse(
        "Vladimir Putin held a news conference on Thursday. Then he lashed out at Turkey."
    )
    assert _features(same, "lashed", "111", he)["source:pronoun_same_sentence"] == 1.0
    found = _features(across, "lashed", "111", he)
    assert found["source:pronoun_across"] == 1.0 and "source:pronoun_same_sentence" not in found
    named = Actor(text="Mr. Putin", name="Vladimir Putin", country="RUS", sector="GOV")
    found = _features(same, "lashed", "111", named)
    assert "source:pronoun_same_sentence" not in found and "source:pronoun_across" not in found


def test_a_country_read_off_the_place_of_the_event_is_marked(parse):
    doc = parse("Los Angeles-based attorney Edgar Martirosyan explained the ruling.")
    placed = Actor(
        text="attorney Edgar Martirosyan",
        name="Edgar Martirosyan",
        country="USA",
        sector="JUD",
        country_source="place of the event",
    )
    assert _features(doc, "explained", source=placed)["source:country_from_place"] == 1.0
    assert _features(doc, "explained")["source:country_from_place"] == 0.0


def test_where_the_source_stands_is_read_off_the_sentence(parse):
    powell = Actor(text="Powell", name="Colin Powell", country="USA", sector="ELI")
    office = parse("Powell's office said in a statement that he did not recall the dinner.")
    himself = parse("Powell said in a statement that he did not recall the dinner.")
    found = _features(office, "said", source=powell)
    assert found["source:possessive"] == 1.0 and found["source:not_subject"] == 1.0
    found = _features(himself, "said", source=powell)
    assert found["source:possessive"] == 0.0 and found["source:not_subject"] == 0.0


def test_a_source_in_a_prepositional_phrase_is_not_the_subject(parse):
    graham = Actor(text="Mr. Graham", name="Lindsey Graham", country="USA", sector="LEG")
    letter = parse("A letter from Mr. Graham criticized the president on Sunday.")
    himself = parse("Mr. Graham criticized the president in a letter on Sunday.")
    found = _features(letter, "criticized", "111", graham)
    assert found["source:prep_object"] == 1.0 and found["source:not_subject"] == 1.0
    found = _features(himself, "criticized", "111", graham)
    assert found["source:prep_object"] == 0.0 and found["source:not_subject"] == 0.0
    elsewhere = parse("The senator criticized the president on Sunday.")
    assert "source:not_subject" not in _features(elsewhere, "criticized", "111", graham)


def test_the_shipped_model_trusts_a_critical_statement_less_than_a_plain_one(parse):
    """The statement in a sentence of criticism is as often a criticism (11) as a statement:
    the model scores it below the same statement reporting a plain fact."""
    critical = parse("The governor said the senator's plan was dangerous and reckless.")
    plain = parse("The governor said the senator's plan was announced on Monday.")
    scores = [
        confidence.score(
            confidence.CandidateView(
                "010", next(t for t in doc if t.text == "said"), GOVERNOR, None
            )
        )
        for doc in (critical, plain)
    ]
    assert scores[0] < scores[1]
