"""Event rules of the twenty-third round (issue #20), written from the ``newspaper`` tuning set
(``annotations/events/heldout/newspaper_*.jsonl``): a causative passes on what governs it,
a class of people acting on another in a gerund phrase is a kind of act, shooting down aircraft
is fighting by no known country, and the act someone is pressed to do is not done."""

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
