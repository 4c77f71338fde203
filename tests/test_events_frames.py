"""Own verb frames on real parses: a frame's ``object`` is the verb's direct object (with its
compounds and "of" complement); what a preposition governs is matched as its ``prep_object``."""

from __future__ import annotations

from importlib import resources

import pytest

from event_coding import codes
from eventwire.events import patterns


@pytest.mark.parametrize(
    ("text", "not_coded"),
    [
        # "student" is a compound of the time phrase's noun, not of anything released
        (
            "The Russian government released its new rules before the student protests in Kiev.",
            "0841",
        ),
        # the minister receives the letter: no visit by the minister sent
        ("Russia sent a letter to the Ukrainian foreign minister.", "042"),
    ],
)
def test_a_prepositional_phrase_is_no_object_of_the_frame(text, not_coded):
    assert not_coded not in codes(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Israel released five Palestinian prisoners on Monday.", "0841"),
        ("Iran released the student activists on Tuesday.", "0841"),  # a compound
        ("Syria lifted the state of emergency on Monday.", "0814"),  # an "of" complement
    ],
)
def test_the_direct_object_still_matches(text, code):
    assert codes(text) == {code}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russia called for the release of the jailed journalists.", "1053"),
        ("Police in Cairo took 17 protesters into custody on Friday.", "173"),
        ("Russia provided the Syrian rebels with weapons.", "072"),
        ("Iran withdrew from the talks with Britain.", "164"),
        ("Israel and Hamas agreed on a ceasefire.", "057"),
        ("The French president attacked Putin for his comments on Ukraine.", "111"),
    ],
)
def test_a_frame_names_what_its_preposition_governs(text, code):
    """The called-for release is the call's: claimed by the frame, no second event."""
    assert codes(text) == {code}


def test_a_bare_on_or_off_is_no_preposition():
    text = resources.files("eventwire.events").joinpath("patterns.yaml").read_text("utf-8")
    quoted = '{prep: "on", prep_object: *agreed'
    assert quoted in text
    with pytest.raises(patterns.PatternError, match="quote it"):
        patterns.parse(text.replace(quoted, "{prep: on, prep_object: *agreed"))
