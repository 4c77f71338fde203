"""Precision guards of the coder on real parses with the real actors stage: words of force that
mean politics (force idioms), labels, topics, characterisations, and who did a reported act."""

from __future__ import annotations

from functools import cache

import pytest

from eventwire import actors, events, nlp
from eventwire.models import Article, Event


@cache
def coded(text: str) -> tuple[Event, ...]:
    document = next(nlp.parse([Article(id="t", body=text)]))
    return tuple(events.code(document, actors.resolve(document)))


def roots(text: str) -> set[str]:
    return {e.root for e in coded(text)}


FORCE = {"15", "16", "17", "18", "19", "20"}


@pytest.mark.parametrize(
    "text",
    [
        "Republican senators seized on the report to attack the administration's budget plan.",
        "The Clinton campaign is targeting young voters in Ohio.",
        "Sanders beat Clinton by 20 points in the Michigan primary.",
        "The former minister died of a heart attack in 2003.",
        "The governor has vowed to keep fighting discrimination in the state.",
    ],
)
def test_idioms_of_politics_are_no_material_conflict(text):
    assert not roots(text) & FORCE


def test_firing_back_at_a_politician_is_criticism():
    text = "Senator Elizabeth Warren fired back at Treasury Secretary Steven Mnuchin over the plan."
    assert [e.cameo for e in coded(text)] == ["111"]


def test_a_politician_attacking_a_person_criticises_but_militants_attack():
    assert roots("Trump attacked Senator John McCain on Twitter.") == {"11"}
    assert roots("Hamas militants attacked an army post near Gaza on Monday.") == {"19"}


def test_a_noun_attack_is_unconventional_violence_unless_a_state_or_its_army_did_it():
    assert {e.cameo for e in coded("The Orlando attack shocked the country.")} == {"180"}
    assert "190" in {e.cameo for e in coded("The Israeli army attack on the camp killed five.")}


def test_a_participle_that_labels_a_person_is_no_accusation():
    text = "Two Americans accused of helping the escape were indicted by Japanese prosecutors."
    assert roots(text) == {"17"}


def test_an_organisation_in_apposition_is_the_office_a_person_acts_for():
    text = "Jan Egeland, the United Nations relief coordinator, condemned the blockade of Gaza."
    criticism = [e for e in coded(text) if e.root == "11"]
    assert criticism and criticism[0].source.sector == "IGO"


def test_who_condemns_an_act_did_not_do_it():
    text = "Jan Egeland, the United Nations relief coordinator, condemned the blockade of Gaza."
    blockade = [e for e in coded(text) if e.root == "19"]
    assert blockade and blockade[0].source.sector != "IGO"


def test_a_passive_killing_in_a_bombing_is_the_bomb_s():
    text = "Three soldiers were killed in a car bomb explosion in Kabul on Sunday."
    killing = [e for e in coded(text) if e.root == "18"]
    assert killing and (killing[0].source.country, killing[0].source.sector) == ("AFG", "UAF")


def test_a_topic_is_no_event():
    text = "As for requests to lift the sanctions, the minister said he was skeptical."
    assert "10" not in roots(text)


def test_a_relative_clause_in_the_present_characterises_a_named_actor():
    text = "Israel threatened to ban voting if Hamas, which advocates Israel's destruction, ran."
    assert roots(text) == {"13"}


def test_a_dateline_place_gives_way_to_the_doer_in_apposition():
    text = "NAIROBI, Kenya's leading opposition party on Wednesday accused the government of lying."
    accusation = [e for e in coded(text) if e.root == "11"]
    assert accusation and accusation[0].source.sector == "OPP"


def test_an_investigation_presupposes_the_act_it_investigates():
    text = "The commission ordered a probe into the murder of a prisoner in Cuttack."
    assert "18" in roots(text)


def test_a_thing_s_purpose_is_no_event():
    text = "The Senate debated a bill aimed at forcing China to let its currency rise."
    assert "17" not in roots(text)


def test_denying_visas_reduces_relations():
    text = "Its members were denied visas by the U.S. State Department."
    assert "16" in roots(text)


def test_investigators_are_not_the_killers():
    text = "Police opened an investigation into the killing of a journalist."
    killing = [e for e in coded(text) if e.root == "18"]
    assert killing and killing[0].source.sector != "COP"


def test_force_as_a_purpose_or_in_a_time_to_come_has_not_happened():
    assert not roots("They travelled to Syria to fight the Islamic State.") & FORCE
    assert not roots("Police are watching the gunmen until they attack the town.") & FORCE
    assert roots("The gunmen attacked the town on Monday.") & FORCE
