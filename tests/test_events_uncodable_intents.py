"""An intent to demand, criticise or reject has no CAMEO code: it is neither a threat (13) nor an
offer of cooperation (03), so nothing is coded (``modality.uncodable_intents``); an intent to
harm stays a threat. A thing that "threatens" tells a risk, not a threat
(``own_or_governed._thing_threatens``)."""

from __future__ import annotations

from event_coding import root_set as roots


def test_an_intent_to_reject_or_demand_is_no_threat():
    assert "13" not in roots("Nearly all congressional Democrats would resist the proposals.")
    text = "A worthy opposition would demand more force and clarity from Obama."
    assert "13" not in roots(text)
    assert "13" not in roots("Trump and Sanders may blame trade deals for the plight of workers.")


def test_an_intent_to_harm_is_still_a_threat():
    assert "13" in roots("Russia threatened to cut gas supplies to Ukraine.")
    assert "13" in roots("The rebels vowed to attack the capital.")


def test_a_thing_that_threatens_makes_no_threat():
    text = "As technology threatens to change the industry ever more quickly, talks may reset."
    assert "13" not in roots(text)
    assert "13" not in roots("The rise of terrorism threatens the way of life for all people.")
    assert "13" in roots("The president threatened the rebels with force.")
