"""Rules of the thirty-third round (issue #20): a state named as a verb's object is the word
"country" for frames ("the African Union suspended Gabon", "recognized Palestine"); a warning
that tells an actor what (not) to do is a threat; dissent and offensives called off, strikes
begun, martial law declared, arms laid down, demands met; ties resumed or upgraded; arms and
loans given; a candidate leaving a race is no retreat; the internet or a newspaper shut down
is speech restricted; a strike staged is a strike (143), a sit-in a protest."""

from __future__ import annotations

from event_coding import coded, codes


def only(text: str, code: str):
    found = [e for e in coded(text) if e.cameo == code]
    assert found, coded(text)
    return found[0]


def test_a_state_suspended_by_a_bloc_is_its_target():
    event = only("The African Union suspended Gabon.", "160")
    assert event.target is not None and event.target.country == "GAB", event
    assert event.source is not None and event.source.code == "IGOAU", event


def test_a_state_recognized_by_name_is_diplomatic_recognition():
    event = only("Spain recognized Palestine as a state.", "054")
    assert event.target is not None and event.target.country == "PSE", event


def test_a_warning_telling_an_actor_what_not_to_do_is_a_threat():
    event = only("Russia warned Finland not to join NATO.", "130")
    assert (event.source.country, event.target.country) == ("RUS", "FIN"), event
    event = only("The US warned Israel against an invasion of Rafah.", "130")
    assert event.target is not None and event.target.country == "ISR", event


def test_advice_to_the_public_and_warnings_to_no_one_are_no_threats():
    assert not any(
        c.startswith("13") for c in codes("Authorities warned residents to stay indoors.")
    )
    assert codes("Economists warned against raising interest rates.") == {"111"}


def test_dissent_called_off_or_ended_is_eased_dissent():
    assert "082" in codes("The union called off the strike.")
    assert "082" in codes("The opposition ended its boycott of parliament.")
    assert "082" in codes("The opposition suspended its protests.")
    # an offensive called off is de-escalation, not talks halted
    assert codes("Rebels called off their attack on the city.") == {"087"}


def test_going_on_strike_declaring_martial_law_and_laying_down_arms():
    assert "143" in codes("Thousands of workers went on strike over unpaid wages.")
    assert "1724" in codes("The army declared martial law.")
    assert "0873" in codes("The rebels laid down their arms.")
    assert "0813" in codes("The government suspended the curfew.")


def test_demands_met_and_backing_down_are_yielding():
    assert codes("The government met the demands of the strikers.") == {"083"}
    assert "080" in codes("The government backed down on the tax plan.")
    # a meeting and support stay what they were
    assert codes("Putin met Xi in Beijing.") == {"040"}
    assert codes("The senator backed the bill.") == {"051"}


def test_ties_resumed_or_upgraded_and_borders_reopened_are_diplomatic_cooperation():
    event = only("Saudi Arabia and Iran resumed diplomatic relations.", "050")
    assert {event.source.country, event.target.country} == {"SAU", "IRN"}, event
    assert "050" in codes("India and the UAE upgraded their ties to a strategic partnership.")
    assert "050" in codes("Mali reopened its border with Algeria.")


def test_arms_delivered_and_loans_approved_are_aid():
    event = only("Germany delivered air defence systems to Ukraine.", "072")
    assert event.target is not None and event.target.country == "UKR", event
    assert "072" in codes("Russia sent drones to Iran.")
    assert "071" in codes("The World Bank approved a $1 billion loan to Pakistan.")
    # a budget approved is no aid
    assert not codes("The Senate approved the budget.")


def test_a_candidate_leaving_a_race_or_a_motion_withdrawn_is_no_retreat():
    assert not codes("Brooks is planning to withdraw from her House reelection race.")
    assert not codes("She withdrew her name from the ballot.")
    # troops withdrawn still retreat
    assert "0874" in codes("Russia withdrew its troops from Syria.")


def test_the_internet_or_a_newspaper_shut_down_is_speech_restricted():
    assert "1721" in codes("Authorities shut down the internet in the region.")
    assert "1721" in codes("The government suspended the newspaper's license.")
    # a road blocked by protesters stays a protest, a factory shut no event
    assert codes("Protesters blocked the main highway.") == {"144"}
    assert not codes("The factory shut down last year.")


def test_a_strike_or_walkout_staged_is_a_strike_and_a_sit_in_a_protest():
    assert codes("Workers staged a strike.") == {"143"}
    assert codes("The opposition staged a walkout.") == {"143"}
    assert codes("Workers held a sit-in at the factory.") == {"141"}
    assert codes("Farmers staged a protest outside parliament.") == {"141"}


def test_a_firm_ending_its_operations_is_no_de_escalation():
    assert "087" not in codes("Visa ended its operations in Russia.")
    assert "087" in codes("The army ended its offensive in the north.")
