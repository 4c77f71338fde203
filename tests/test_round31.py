"""Rules of the thirty-first round (issues #20 and #14): forces a state sends are its own, and
moving them is aimed at where they go; PETRARCH-2 patterns whose prepositional object is a
braced phrase ("of {ETHNIC CLEANSING}") are converted whole; a person an organisation owns
("Apple's Tim Cook") works for it."""

from __future__ import annotations

from event_coding import coded
from test_actors import by_text, code_of, resolve_text


def test_troops_a_state_sends_abroad_are_its_own():
    found = by_text(resolve_text("Kenya deployed troops to Haiti to fight gangs."))
    assert code_of(found["troops"]) == ("KEN", "MIL"), found["troops"].reason
    found = by_text(resolve_text("The Pentagon sent 3,000 soldiers to Poland."))
    assert code_of(found["3,000 soldiers"]) == ("USA", "MIL"), found["3,000 soldiers"].reason


def test_moving_own_forces_is_aimed_at_where_they_go():
    posture = [
        e for e in coded("Kenya deployed troops to Haiti to fight gangs.") if e.cameo[:2] == "15"
    ]
    assert posture and posture[0].source.country == "KEN", posture
    assert posture[0].target is not None and posture[0].target.country == "HTI", posture
    withdrawn = [e for e in coded("Russia withdrew its forces from Syria.") if e.cameo == "0874"]
    assert withdrawn and withdrawn[0].target is not None, withdrawn
    assert withdrawn[0].target.country == "SYR", withdrawn


def test_a_state_punishing_its_own_soldiers_acts_on_them():
    punished = [e for e in coded("Iran punished its own soldiers.") if e.cameo.startswith("17")]
    assert punished and punished[0].target is not None, punished
    assert (punished[0].target.country, punished[0].target.sector) == ("IRN", "MIL")


def test_a_braced_prepositional_object_keeps_its_modifiers():
    cleansing = coded("Serbia accused Croatia of ethnic cleansing.")
    assert any(e.cameo == "1124" for e in cleansing), cleansing
    abuses = coded("Human Rights Watch accused Myanmar of human rights abuses.")
    assert any(e.cameo == "1122" for e in abuses), abuses
    # the head alone is not the phrase: an accusation of cleansing dirt is no ethnic cleansing
    assert not any(
        e.cameo == "1124" for e in coded("Serbia accused Croatia of careless cleansing.")
    )


def test_a_person_owned_by_an_organisation_works_for_it():
    text = "Apple's Tim Cook met President Biden at the White House. Cook said the talks went well."
    found = by_text(resolve_text(text, published="2023-05-01"))
    assert code_of(found["Tim Cook"]) == ("USA", "BUS"), found["Tim Cook"].reason
    assert code_of(found["Cook"]) == ("USA", "BUS"), found["Cook"].reason
    found = by_text(resolve_text("The New York Times' Maggie Haberman reported the remarks."))
    assert code_of(found["Maggie Haberman"]) == ("USA", "MED"), found["Maggie Haberman"].reason


def test_asking_that_someone_act_is_an_appeal_to_them():
    asked = [
        e for e in coded("Germany asked that Russia withdraw its troops.") if e.cameo[:2] == "02"
    ]
    assert asked and asked[0].target is not None and asked[0].target.country == "RUS", asked
    # asking whether someone will act is a question, no appeal
    assert not any(
        e.cameo[:2] == "02" for e in coded("Germany asked whether Russia would withdraw.")
    )


def test_troops_sent_into_a_state_are_aimed_at_it():
    sent = [e for e in coded("Turkey sent troops into northern Syria.") if e.cameo[:2] == "15"]
    # the state, not the troops read as Syria's
    assert sent and sent[0].target is not None and sent[0].target.code == "SYR", sent


def test_two_sides_exchanging_fire_use_force_on_each_other():
    fire = [
        e for e in coded("India and Pakistan exchanged fire across the border.") if e.cameo == "190"
    ]
    assert fire and {fire[0].source.country, fire[0].target.country} == {"IND", "PAK"}, fire


def test_prisoners_two_sides_exchange_are_what_is_traded_not_a_side():
    swapped = [
        e for e in coded("Russia and Ukraine exchanged prisoners on Friday.") if e.cameo == "084"
    ]
    assert swapped and swapped[0].target is not None, swapped
    assert {swapped[0].source.country, swapped[0].target.country} == {"RUS", "UKR"}, swapped


def test_a_role_in_a_city_spacy_misreads_is_of_its_country():
    found = by_text(resolve_text("Police in Kharkiv detained a suspect."))
    assert code_of(found["Police in Kharkiv"]) == ("UKR", "COP"), found["Police in Kharkiv"].reason
    found = by_text(resolve_text("Police in Goma fired tear gas at protesters."))
    assert code_of(found["Police in Goma"]) == ("COD", "COP"), found["Police in Goma"].reason


def test_coordinated_nationalities_on_one_noun_name_both_sides():
    struck = [
        e
        for e in coded("French and British warplanes struck rebel targets in Syria.")
        if e.cameo[:2] == "19"
    ]
    assert {e.source.country for e in struck} == {"FRA", "GBR"}, struck
    met = [
        e for e in coded("Israeli and Palestinian negotiators met in Cairo.") if e.cameo[:2] == "04"
    ]
    sides = (
        {met[0].source.country, met[0].target.country if met[0].target else None} if met else set()
    )
    assert sides == {"ISR", "PSE"}, met


def test_the_company_is_the_one_named_just_before():
    text = (
        "President Biden spoke in Ohio and Michigan on Monday about American jobs. "
        "Toyota recalled 1 million cars. The company said the fault was rare."
    )
    found = by_text(resolve_text(text, published="2023-05-01"))
    assert code_of(found["company"]) == ("JPN", "BUS"), found["company"].reason


def test_a_county_supervisor_before_a_name_governs():
    text = "Los Angeles County Supervisor Hilda Solis said the plan would help."
    found = resolve_text(text, published="2020-01-01")
    solis = next(m for m in found if "Hilda Solis" in m.text)
    assert code_of(solis) == ("USA", "GOV"), solis.reason
    # alone, a supervisor is no one's official
    assert not any(
        m.text == "supervisor"
        for m in resolve_text("A supervisor at the plant said workers were safe.")
    )


def test_a_direction_word_of_a_states_own_name_places_nothing():
    attacked = [e for e in coded("North Korea attacked South Korea.") if e.cameo[:2] == "19"]
    assert attacked, coded("North Korea attacked South Korea.")
    assert (attacked[0].source.country, attacked[0].target.country) == ("PRK", "KOR"), attacked
    condemned = [e for e in coded("South Africa condemned Israel.") if e.cameo[:2] == "11"]
    assert condemned and condemned[0].source.country == "ZAF", condemned
    # a direction word before a name still places it: "eastern Ukraine" says where
    ukraine = by_text(resolve_text("Fighting raged across eastern Ukraine."))["Ukraine"]
    assert ukraine.locative, ukraine.reason
    assert not by_text(resolve_text("North Korea fired a missile."))["North Korea"].locative


def test_a_threat_naming_no_one_is_aimed_at_whom_the_threatened_act_is():
    text = (
        "The Azerbaijani parliament threatened on Monday to break relations with Russia "
        "unless the Kremlin closed its radar base."
    )
    threats = [e for e in coded(text) if e.cameo[:2] == "13"]
    assert threats and threats[0].target is not None, threats
    assert threats[0].target.country == "RUS", threats
