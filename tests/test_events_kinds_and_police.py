"""An act after a kind's "of" names a kind of act ("a mode of attack", "the problem of mass
shootings"); force on the police by no one armed and no state is an assault (18), not fighting
(19); "economic forces" are no armed men (``word_senses.kind_named``,
``doers._irregular_assault``, ``actors.role_senses.figurative_forces``)."""

from __future__ import annotations

from event_coding import coded
from eventwire import actors, nlp
from eventwire.models import Article


def roots(text: str) -> list[str]:
    return [e.cameo[:2] for e in coded(text)]


def test_an_act_after_a_kind_of_names_a_kind():
    assert "18" not in roots("The Chinese have zeroed in on his ethnicity as a mode of attack.")
    assert "18" not in roots("This type of attack is rare in the region, police said.")
    assert "18" not in roots("He blamed the problem of mass shootings on the gun lobby.")
    assert "18" in roots("A new wave of attacks hit Baghdad on Monday, police said.")


def test_in_the_form_of_tells_the_act_that_came():
    assert "14" in roots("The disruption arrived in the form of a protest by the group Code Pink.")


def test_force_on_the_police_by_no_one_armed_is_an_assault():
    text = "Police in Sweden said a police station was attacked during a night of rioting."
    assert "18" in roots(text)
    assert "19" not in roots(text)
    assert "19" in roots("Rebels attacked army positions near Goma on Monday.")


def test_economic_forces_are_no_armed_men():
    document = next(
        nlp.parse([Article(id="t", body="Voters are angry at the economic forces in Ohio.")])
    )
    assert all(m.actor.sector != "MIL" for m in actors.resolve(document))
    document = next(nlp.parse([Article(id="t", body="Syrian forces shelled the town.")]))
    assert any(m.actor.sector == "MIL" for m in actors.resolve(document))
