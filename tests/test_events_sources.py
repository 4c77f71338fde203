"""Who acts when the subject is not the trigger's own: the argument step finds the source through
a clause, an adjective or a misread auxiliary (issue #20)."""

from __future__ import annotations

import pytest

from test_events_idioms import coded


def sources(text: str, cameo: str) -> set[str]:
    return {e.source.text for e in coded(text) if e.cameo == cameo and e.source is not None}


@pytest.mark.parametrize(
    ("text", "cameo", "doer"),
    [
        # a preposition the tagger reads as a conjunction ("since", "despite") governs the act
        (
            "Since announcing in October that he would not seek the presidency, Mr. Biden has"
            " been a loyal Democratic lieutenant.",
            "010",
            "Mr. Biden",
        ),
        # the complement of an agentless passive: the one seen (told, ordered) does its act
        (
            "In his own livestream videos, Santilli is seen speaking during a march with"
            " Ammon Bundy.",
            "010",
            "Santilli",
        ),
        # "'s" read as the passive "is" where it is "has": a verb with a reported clause
        (
            "Senator Cruz has a long record on trade. He's said he gets his ideas from a speech.",
            "010",
            "He",
        ),
    ],
)
def test_the_doer_of_a_clause_is_found(text, cameo, doer):
    assert doer in sources(text, cameo)


@pytest.mark.parametrize(
    ("text", "cameo", "doer"),
    [
        ("Libyan army troops were deployed.", "154", "Libyan army troops"),
        (
            "Libyan security forces were engaged in heavy clashes with members of an armed group.",
            "190",
            "Libyan security forces",
        ),
    ],
)
def test_the_subject_of_an_agentless_passive_of_deployment_acts(text, cameo, doer):
    assert sources(text, cameo) == {doer}


def test_a_nominal_arrest_is_the_police_s():
    arrests = [e for e in coded("There were 24 arrests in Cleveland on Monday.") if e.root == "17"]
    assert arrests
    assert all(e.source is not None and e.source.sector == "COP" for e in arrests)


@pytest.mark.parametrize(
    ("text", "cameo", "doer"),
    [
        ("During his attack, the gunman also posted messages on Facebook.", "180", "gunman"),
        (
            "Republican senators have been vocal in their criticism of President Obama.",
            "111",
            "Republican senators",
        ),
    ],
)
def test_a_possessive_of_an_event_noun_is_the_clause_subject(text, cameo, doer):
    assert sources(text, cameo) == {doer}


def test_a_possessive_is_not_bound_to_a_subject_of_another_number():
    # "their" is not the senator's own: no source is invented for the criticism
    text = "Senator Cruz has been silent about their criticism of President Obama."
    assert "Senator Cruz" not in sources(text, "111")


def test_the_acts_counted_by_a_partitive_are_done_by_its_doer():
    text = (
        "Hillary Clinton and her Democratic allies dove deeper into Donald Trump's record"
        " Tuesday, launching a new round of attacks on the billionaire."
    )
    assert "Hillary Clinton" in sources(text, "111")


def test_a_speaker_hung_on_the_clause_before_still_speaks():
    text = (
        "Two emails sent to Powell have been placed in secure storage, Patrick F. Kennedy, the"
        " undersecretary for management, wrote in a memo."
    )
    assert sources(text, "010") == {"Patrick F. Kennedy"}


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("About 200 Democrats in Congress joined them for the overnight protest.", "Democrats"),
        ("Republican senators took part in the protest.", "Republican senators"),
    ],
)
def test_who_takes_part_in_an_event_does_it(text, doer):
    assert sources(text, "141") == {doer}


def test_a_subjectless_passive_is_done_by_its_agent_to_the_governing_subject():
    """ "fired Flynn after being warned by the Justice Department": the department warns, and
    warns the president, not the other way round."""
    text = (
        "President Trump fired Michael Flynn after being warned by the Justice Department"
        " that Flynn had lied."
    )
    warnings = [e for e in coded(text) if e.span[0] <= text.index("warned") < e.span[1]]
    assert warnings
    assert {e.source.text for e in warnings if e.source is not None} == {"Justice Department"}
    passive = "The minister resigned on Tuesday after being accused by prosecutors of fraud."
    accusations = [e for e in coded(passive) if e.root == "11"]
    assert accusations
    assert all(e.source is not None and e.source.text == "prosecutors" for e in accusations)
    assert all(e.target is not None and e.target.text == "minister" for e in accusations)


def test_a_who_clause_set_off_a_thing_continues_the_earlier_who_clause():
    """ "the Trump who questions ... because of his Mexican heritage, who fights with
    journalists": the parser hangs the second "who" on "heritage"; its doer is still Trump."""
    from eventwire import actors, events, nlp
    from eventwire.models import Article

    text = (
        "This was the Trump we all knew, the Trump who questions the independence of an "
        "American-born judge because of his Mexican heritage, who fights with Mexican American "
        "journalists."
    )
    document = next(nlp.parse([Article(id="t", body=text)]))
    fights = [e for e in events.code(document, actors.resolve(document)) if "fights" in e.sentence]
    assert fights and all(e.source.country == "USA" for e in fights)


def test_the_against_phrase_of_the_verb_taking_a_nominal_act_is_its_target():
    """ "went on the offensive against the rebels": the parser hangs "against" on the verb."""
    from eventwire import actors, events, nlp
    from eventwire.models import Article

    text = "The army went on the offensive against the rebels in the north."
    document = next(nlp.parse([Article(id="t", body=text)]))
    found = [e for e in events.code(document, actors.resolve(document)) if e.root == "19"]
    assert found and all(e.target is not None and e.target.sector == "REB" for e in found)


def test_a_participle_act_is_done_by_its_agent():
    """ "remarks, first reported by The New York Times": the Times reports."""
    from eventwire import actors, events, nlp
    from eventwire.models import Article

    text = "Starr's remarks, first reported by The New York Times on Tuesday, suggested regret."
    document = next(nlp.parse([Article(id="t", body=text)]))
    found = [e for e in events.code(document, actors.resolve(document)) if e.root == "01"]
    assert found and all(e.source.sector == "MED" for e in found)


def test_violence_with_no_one_said_to_do_it_is_an_unidentified_armed_force_of_the_place():
    """As ICEWS codes "unidentified gunmen": the shooting's doer is UAF of where it happened."""
    from eventwire import actors, events, nlp
    from eventwire.models import Article

    text = "Two people were killed in a shooting in San Bernardino, California, on Wednesday."
    document = next(nlp.parse([Article(id="t", body=text)]))
    found = [e for e in events.code(document, actors.resolve(document)) if e.root == "18"]
    assert found and all(e.source.sector == "UAF" for e in found)
    assert any(e.source.country == "USA" for e in found)
