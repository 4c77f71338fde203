"""Words of force in campaign news: a state won in a vote, a tone struck, a candidate who "fired
at" rivals, a gun-control offensive, inflammatory attacks, a battle for finishes, and attacks
that may "stick" after a sentence about a debate are politics, not force (``politics.py``,
``force_as_words.py``, ``force_context._force_cue_near``); the same words in news of violence
stay force. Charging a device charges no one (``charge`` needs someone charged); a deployment
discussed is weighed, not made; only forces or a front line are reinforced."""

from __future__ import annotations

from event_coding import root_set as roots

CONFLICT = {"15", "16", "17", "18", "19", "20"}


def test_states_captured_in_a_primary_are_won_not_seized():
    text = (
        "Voters in a dozen states cast ballots in the Republican primary on Tuesday, with "
        "hundreds of delegates at stake in the race for the nomination. Ted Cruz captured two "
        "states during the string of contests known as Super Tuesday."
    )
    assert not roots(text) & CONFLICT
    assert "19" in roots("Rebels captured two districts in the north after days of fighting.")


def test_a_tone_struck_is_no_blow():
    text = (
        "She needs to calibrate her attacks on Sanders, striking a tone that more closely "
        "approximates the one she used in her concession speech."
    )
    assert not roots(text) & CONFLICT


def test_a_candidate_firing_at_rivals_criticises_them():
    text = "Jeb Bush fired at Donald Trump, Ted Cruz and John Kasich at a town hall on Monday."
    assert "11" in roots(text)
    assert not roots(text) & CONFLICT
    assert roots("The gunman fired at police officers outside the club.") & CONFLICT


def test_an_offensive_on_gun_control_is_a_campaign():
    text = (
        "Hillary Clinton's gun-control offensive against Bernie Sanders in South Carolina will "
        "provide the template she follows in upcoming state contests."
    )
    assert not roots(text) & CONFLICT
    assert "19" in roots("The army's offensive against the rebels in the east began on Monday.")


def test_inflammatory_attacks_between_candidates_are_words():
    text = (
        "Presidential candidates scurried across New Hampshire on Monday, leveling inflammatory "
        "attacks against one another while pleading with voters for their support."
    )
    assert "11" in roots(text)
    assert not roots(text) & CONFLICT


def test_a_battle_for_finishes_is_no_fight_over_a_place_named_in_a_clause():
    text = (
        "Five other candidates waged a fierce battle for top-tier finishes and the resources "
        "that could come with them when the campaign heads next to South Carolina."
    )
    assert not roots(text) & CONFLICT


def test_attacks_after_a_sentence_about_a_debate_are_words():
    text = (
        "Rubio stumbled in the debate on Saturday when Christie mocked his rehearsed lines. "
        "He will need a more nimble response in the future if he does not want the attacks to "
        "stick."
    )
    assert not roots(text) & CONFLICT


def test_charging_a_device_charges_no_one():
    assert "17" not in roots("Apple cancelled its failed AirPower charging mat project in 2017.")
    assert "17" not in roots("5 minutes of charging gives you 3 hours of playback.")
    text = "Prosecutors are charging the former mayor with bribery."
    assert "17" in roots(text)


def test_a_deployment_discussed_is_weighed_not_made():
    text = (
        "U.S. officials said the two navies had discussed the deployment of the USS Carney to "
        "the Indian Ocean."
    )
    assert "15" not in roots(text)
    assert "15" in roots("Russia announced the deployment of troops to the border.")


def test_reinforcing_needs_forces_or_a_line():
    text = "The drills are aimed at reinforcing interoperability among US and South Korean units."
    assert "15" not in roots(text)
    assert "15" in roots("Russia reinforced its troops on the Ukrainian border.")


def test_a_kind_of_voter_captured_is_won_not_seized():
    text = (
        "Donald Trump really succeeded in capturing that very angry kind of voter in New Hampshire."
    )
    assert "17" not in roots(text)


def test_attacks_flying_on_the_campaign_trail_are_words():
    text = (
        "For Republicans, the campaign trail on Monday was like a game of political billiards, "
        "with attacks flying fast and in all directions."
    )
    assert "11" in roots(text)
    assert not roots(text) & CONFLICT
