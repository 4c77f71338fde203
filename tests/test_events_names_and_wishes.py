"""Words of acts that tell no act: a clause in the subjunctive says what someone wants done
("recommended that the mayor be charged"), a capitalised word inside a longer name names a
thing ("the Russia Sanctions Act"), a noun of force said of an act already named tells it again
("the Benghazi attack was a terrorist attack"), and a null idiom phrase is a figure whoever
speaks it ("generals beating their chest"); harm told by a participle after an accident or a
death has no doer ("the bridge collapsed, killing nine") (``clause_mood.mandative``,
``names_and_headings.name_part``, ``talk_of_force._named_as_predicate``,
``force_as_words._figure_phrase``, ``doers._thing_as_doer``)."""

from __future__ import annotations

from event_coding import coded


def roots(text: str) -> list[str]:
    return [e.cameo[:2] for e in coded(text)]


def test_a_subjunctive_clause_is_wanted_not_done():
    assert "17" not in roots("The panel declined to recommend that the mayor be prosecuted.")
    assert "17" not in roots("Lawmakers have urged that the general be arrested at once.")
    assert "17" in roots("The prosecutor said that the mayor was arrested on Monday.")


def test_a_bare_infinitive_after_help_is_no_wish():
    text = (
        "American advisers arrived in Kuwait to help the government fight an uprising by militants."
    )
    assert "19" in roots(text)


def test_a_word_inside_the_name_of_an_organisation_or_law_is_no_act():
    assert "16" not in roots("The senator backed the Russia Sanctions Act of 2017.")
    assert "16" not in roots("The Boycott Divestment and Sanction movement grew in Europe.")
    assert "16" in roots("The United States imposed new sanctions on Russia.")


def test_a_title_case_headline_still_reports_its_act():
    assert "18" in roots("Trump Addresses Munich Attack: 'This Cannot Continue.'")


def test_a_noun_of_force_said_of_an_act_already_named_tells_it_again():
    text = "She said that the Benghazi attack was a terrorist attack."
    assert roots(text).count("18") == 1


def test_a_null_idiom_is_a_figure_even_with_an_armed_doer():
    assert not [
        r for r in roots("Some generals are beating their chest about the war.") if r >= "15"
    ]
    assert "18" in roots("Soldiers beat the protesters with batons.")


def test_a_participle_of_harm_after_an_accident_or_a_death_has_no_doer():
    assert not [r for r in roots("The bridge collapsed, killing nine workers.") if r >= "15"]
    text = "Dozens of people died when the ferry sank, killing 40 passengers."
    assert not [r for r in roots(text) if r >= "15"]
    assert "18" in roots("A car bomb exploded near the market, killing 12 people.")
