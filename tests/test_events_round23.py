"""Event rules of the twenty-third round (issue #20), written from the ``newspaper`` tuning set
(``annotations/events/heldout/newspaper_*.jsonl``): a causative passes on what governs it,
a class of people acting on another in a gerund phrase is a kind of act, shooting down aircraft
is fighting by no known country, the act someone is pressed to do is not done, a weapon in
the hands of no armed side is an assault, a beating to death is no contest, an instrument is no
doer, a deployment for search or relief is aid, and deploying what is no force is no show of
force."""

from __future__ import annotations

from event_coding import coded, root_set

FORCE = {"15", "16", "17", "18", "19", "20"}


def test_a_denied_wish_to_have_someone_killed_is_no_killing():
    text = "Her lawyer said Avalos did not seek to have her boyfriend killed."
    assert not root_set(text) & FORCE
    # a finite causative is the causer's act, asserted
    assert "18" in root_set("Prosecutors said the cartel boss had the two journalists killed.")


def test_a_class_acting_on_a_class_in_a_gerund_phrase_is_a_kind_of_act():
    text = "Since then you have been hearing cases about officers killing black children."
    assert not root_set(text) & FORCE
    # tied to a named place, the same phrase tells of acts done
    placed = "Witnesses described soldiers killing civilians in Bucha in March."
    assert root_set(placed) & FORCE


def test_shooting_down_an_airliner_is_fighting_by_no_known_country():
    text = (
        "In the third incident, Malaysia Airlines Flight MH17 was shot down over Ukraine on "
        "July 17, killing all 298 people on board."
    )
    downed = [e for e in coded(text) if e.root == "19"]
    assert len(downed) == 1
    # the airline's country is not where the unnamed attackers come from
    assert downed[0].source.country is None


def test_the_act_a_state_is_pressed_to_do_is_not_done():
    text = "Ghani has also pressured Pakistan to force the Taliban to the table, to no avail."
    events = coded(text)
    assert [e.root for e in events] == ["17"]
    assert events[0].target.country == "PAK"


def test_a_knife_in_the_hands_of_no_armed_side_is_an_assault_not_fighting():
    text = "Investigators said Salinas opened her belly with a kitchen knife."
    assert "18" in root_set(text)
    assert "19" not in root_set(text)
    # rebels firing on an army are armed sides fighting
    assert "19" in root_set("Rebels opened fire with rifles on the army convoy near Goma.")


def test_a_beating_to_death_is_harm_not_a_contest():
    assert "18" in root_set("Salinas beat Cartas to death with a blunt object.")
    assert "18" in root_set("The guards beat the prisoner unconscious, his lawyer said.")
    # a contest between people stays no event
    assert not root_set("Clinton beat Sanders in the Kentucky primary.") & FORCE


def test_an_instrument_is_no_doer_whoever_it_acts_on():
    text = "In his pocket he had a small radio that captured Taliban military signals."
    assert not root_set(text) & FORCE
    forced = "The autopilot had disengaged because of faulty readings, forcing the pilots to fly."
    assert not root_set(forced) & FORCE
    # a weapon stands for the side that fires it
    assert root_set("A drone killed two militants in Helmand.") & FORCE


def test_a_deployment_to_search_or_rescue_is_aid_not_a_show_of_force():
    text = "Washington also sent a warship to help find the missing jet."
    assert "07" in root_set(text)
    assert "15" not in root_set(text)
    assert "15" in root_set("The United States sent warships to the Gulf to deter Iran.")


def test_deploying_what_is_no_force_is_no_show_of_force():
    observers = "For decades, the United States has deployed observers for elections abroad."
    assert "15" not in root_set(observers)
    assert "15" not in root_set("The company deployed new software to its servers.")
    # forces, weapons and named units or weapons are a show of force
    assert "15" in root_set("The Pentagon deployed 300 Marines to Baghdad.")
    assert "15" in root_set("Russia deployed S-400 systems to Syria.")
    assert "15" in root_set("Britain stationed a garrison at Port Royal.")
