"""Rules of the thirty-second round (issues #20 and #14): a warner announcing their own harmful
act ("Iran warned it would strike Israel") makes a threat; a warning of consequences is a
threat; force that names no one it hits is aimed at whom its purpose is; aid agencies and
charities are NGOs."""

from __future__ import annotations

from event_coding import coded
from test_actors import by_text, code_of, resolve_text


def roots(events: list) -> set[str]:
    return {e.cameo[:2] for e in events}


def test_a_warning_of_the_warners_own_attack_is_a_threat():
    events = coded("Iran warned that it would strike Israel.")
    threats = [e for e in events if e.cameo[:2] == "13"]
    assert threats and threats[0].source.country == "IRN", events
    assert threats[0].target is not None and threats[0].target.country == "ISR", events
    # the warning itself stays a statement, as the CAMEO raters code "X said ..." with its content
    assert "01" in roots(events), events


def test_a_warning_of_what_another_may_do_stays_a_warning():
    events = coded("Iran warned that Russia could attack Ukraine.")
    assert "13" not in roots(events) and "18" not in roots(events), events
    assert "01" in roots(events), events


def test_a_warning_of_serious_consequences_is_a_threat_to_the_one_warned():
    events = [
        e for e in coded("Russia warned Ukraine of serious consequences.") if e.cameo == "130"
    ]
    assert events and events[0].target is not None and events[0].target.country == "UKR", events
    # a warning of dangers is no threat
    assert "13" not in roots(coded("The minister warned of the dangers of inflation."))


def test_force_that_names_no_one_is_aimed_at_whom_its_purpose_is():
    fired = [
        e
        for e in coded("Police fired tear gas to disperse protesters in Nairobi.")
        if e.cameo[:2] == "17"
    ]
    assert fired and fired[0].target is not None, fired
    assert (fired[0].target.country, fired[0].target.sector) == ("KEN", "CVL"), fired
    # an act that names whom it hits keeps that target
    hit = [
        e
        for e in coded("Soldiers shot two students to scare the protesters.")
        if e.cameo[:2] == "18"
    ]
    assert hit and all(e.target is not None and "students" in e.target.text for e in hit), hit


def test_aid_agencies_and_charities_are_ngos():
    found = by_text(
        resolve_text("The aid agency and a local charity delivered food. Aid workers were killed.")
    )
    for phrase in ("aid agency", "local charity", "Aid workers"):
        assert found[phrase].actor.sector == "NGO", found[phrase].reason


def test_a_body_takes_no_country_from_the_state_it_acts_on():
    found = by_text(resolve_text("The Foreign Ministry condemned Ecuador."))
    assert found["Foreign Ministry"].actor.country is None, found["Foreign Ministry"].reason
    found = by_text(resolve_text("The army attacked Ukraine on Monday."))
    assert found["army"].actor.country is None, found["army"].reason
    # a state where the body acts is still its own
    found = by_text(resolve_text("Police arrested three men in Ecuador."))
    assert found["Police"].actor.country == "ECU", found["Police"].reason


def test_a_state_fired_at_is_the_target():
    fired = [
        e for e in coded("Hamas fired rockets at Israel overnight.") if e.cameo[:2] in ("18", "19")
    ]
    assert fired and fired[0].target is not None and fired[0].target.country == "ISR", fired


def test_arms_a_state_sends_go_to_the_recipient():
    sent = [e for e in coded("Germany sent tanks to Ukraine.") if e.cameo[:2] == "07"]
    assert sent and sent[0].target is not None and sent[0].target.country == "UKR", sent


def test_a_military_convoy_is_the_armys():
    found = by_text(resolve_text("Rebels ambushed a military convoy in Mali."))
    assert code_of(found["military convoy in Mali"]) == ("MLI", "MIL"), found


def test_investigator_is_a_police_title_before_a_name():
    found = by_text(resolve_text("Investigator Robert Cornett said the boy was found."))
    assert found["Investigator Robert Cornett"].actor.sector == "COP", found
    # alone, the word names no one's police
    assert "investigator" not in {k.lower() for k in by_text(resolve_text("An investigator said."))}


def test_those_a_state_arrests_are_of_that_state():
    text = "Tunisian authorities arrested a prominent opposition figure."
    found = by_text(resolve_text(text))
    assert code_of(found["prominent opposition figure"]) == ("TUN", "OPP"), found
    # a state that deports or expels acts on foreigners: no country from the deporter
    found = by_text(resolve_text("Tunisian authorities deported a prominent opposition figure."))
    assert found["prominent opposition figure"].actor.country is None, found
