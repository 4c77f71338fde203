"""Event rules found on the even half of the ``web`` held-out set (issue #20, nineteenth round):
each sentence is of the kind that set's misses showed, written anew."""

from __future__ import annotations

from event_coding import coded, root_set


def test_anyone_arrested_in_a_when_clause_is_no_arrest():
    """The usual process when a citizen is arrested abroad tells of any arrest, not one."""
    text = (
        "The embassy was informed as part of the usual process followed when a British "
        "citizen is arrested abroad."
    )
    assert "17" not in root_set(text)
    assert "17" in root_set("A British citizen was arrested in Miami on Monday.")


def test_sanctions_someone_would_help_to_secure_are_not_imposed():
    assert "16" not in root_set(
        "Obama declared that Dmitri Medvedev would help the U.S. secure tough sanctions on Iran."
    )
    assert "16" in root_set("Russia helped the U.S. impose sanctions on Iran last year.")


def test_sanctioning_someone_s_efforts_approves_them():
    """ "sanction" also means to allow: done to an activity it allows, whoever's it is."""
    assert "16" not in root_set(
        "In May 1841, London finally sanctioned Gomm's efforts to build the first permanent "
        "mountain station in the British West Indies at Newcastle."
    )
    assert "16" in root_set("The United States sanctioned Russian banks on Friday.")


def test_candidates_stepping_up_their_attacks_is_criticism():
    roots = root_set("Other candidates also have stepped up their attacks.")
    assert "18" not in roots and "11" in roots


def test_a_series_of_fires_forcing_an_evacuation_is_no_coercion():
    """The doer is what the series is of: fires, a thing, not an actor."""
    text = "A series of recent manhole fires in the heart of Manhattan forced the evacuation."
    assert "17" not in root_set(text)
    assert "17" in root_set("A series of rebel attacks forced the evacuation of the town.")


def test_harm_done_by_a_fight_is_coded_at_the_fight_only():
    roots = root_set("People injured by the fighting are not the only ones affected.")
    assert "18" not in roots and "19" in roots


def test_force_a_disagreement_is_over_is_its_topic():
    text = (
        "Moscow will load the fuel, highlighting differences between Moscow and Washington "
        "over pressuring the Islamic Republic to give up its nuclear activities."
    )
    assert "17" not in root_set(text)


def test_a_cut_with_no_one_on_either_side_reduces_no_relations():
    assert "16" not in root_set("We ran out of fuel and the electricity is cut off.")
    assert "16" in root_set("Russia cut off gas supplies to Ukraine.")


def test_a_bombing_by_no_one_named_in_an_air_war_is_aerial():
    text = (
        "The hospital was damaged when Israeli airstrikes repeatedly targeted its surroundings. "
        "The bombings prompted evacuations within the facility."
    )
    bombing = [e for e in coded(text) if text[e.span[0] : e.span[1]].startswith("bombing")]
    assert [e.cameo for e in bombing] == ["195"]
    planted = "A bomb exploded in the market. The bombing killed twelve people."
    assert "18" in root_set(planted) and "19" not in root_set(planted)


def test_an_uphill_battle_is_a_figure():
    text = "They attempted to cool her down, but they were fighting an uphill battle."
    assert "19" not in root_set(text)
    assert "19" in root_set("Troops fought a fierce battle for the town.")


def test_deaths_by_natural_hazards_and_accidents_are_no_violence():
    """Lightning, landslides and fires kill without anyone's violence (``hazards``)."""
    for text in (
        "He was killed by lightning on a farm in Virginia.",
        "Three people were killed in a landslide in Nepal on Sunday.",
        "Five workers were killed in the fire at the factory.",
        "The drought has killed thousands of cattle in Kenya.",
    ):
        assert "18" not in root_set(text), text
    assert "18" in root_set("Four soldiers were killed in an attack in Kabul on Sunday.")


def test_events_of_a_document_placed_nowhere_are_not_trusted():
    """Game lore names no place, person or body of the world: its "massacres" are given, but
    under ``UNPLACED_DOCUMENT_CEILING``; the same acts told of a real country are not held down,
    nor are those of a sentence alone, which may simply not name its place."""
    lore = (
        "The Chozo built their last city on the far side of the ringed planet. "
        "Centuries later the Space Pirates overran the Galactic Federation vessel. "
        "They murdered the whole crew and took the larvae. "
        "Samus stormed the pirate base to get them back. "
        "She killed every guard she found on the way."
    )
    events = coded(lore)
    assert {e.root for e in events} & {"18", "19"}
    assert all(e.confidence <= 0.2 for e in events)
    news = (
        "Rebels overran an army base in northern Mali on Sunday. "
        "They killed ten soldiers and took the base's weapons. "
        "The army said it had sent troops to the region. "
        "Residents said the fighting lasted several hours. "
        "The government condemned the attack."
    )
    assert max(e.confidence for e in coded(news)) > 0.3
    alone = "The rebels overran the army base and killed ten soldiers."
    assert max(e.confidence for e in coded(alone)) > 0.3


def test_a_crime_someone_says_another_did_is_their_accusation():
    """The guide: a crime alleged inside an accusation is no event; the accusation is (112)."""
    roots = root_set("The central bank governor says Kolomoisky stole $5.5 billion from the bank.")
    assert "17" not in roots and "11" in roots
    assert "17" in root_set("The thieves stole two cars from a dealership in Lagos on Sunday.")
