"""Words of force in sport and fiction, and acts of hazards and animals, are no news of violence:
a sport or fiction document holds its events of force low (``events/genres.py``, ``genres`` in
patterns.yaml); a shark's attack, a battle with a disease and a cardiac arrest code no event; a
verb of taking that takes a thing arrests no one."""

from __future__ import annotations

import json
from functools import cache

import pytest

from conftest import shared_path
from event_coding import coded
from eventwire import actors, events, nlp
from eventwire.events import patterns, rule_confidence
from eventwire.events.genres import document_genre
from eventwire.events.patterns import PatternError
from eventwire.models import Article

CRICKET = (
    "India's batsmen survived the final session at the MCG. The Australian bowlers tried "
    "everything, but the wicket was flat and the innings lasted until stumps. Dhoni and spinner "
    "Ravi Ashwin defied the Australian attack to survive a final hour. The captain said his "
    "bowling had been good and the batting of his teammates better. The tournament moves to "
    "Sydney, where the cricket board expects a full stadium for the fourth Test."
)


@cache
def corpus() -> dict[str, dict]:
    path = shared_path("corpus", "news.jsonl")
    if not path.exists():
        pytest.skip("corpus not available")
    lines = path.read_text(encoding="utf-8").splitlines()
    return {row["id"]: row for row in map(json.loads, lines)}


def _genre(text: str) -> str | None:
    document = next(nlp.parse([Article(id="t", body=text)]))
    return document_genre(document.doc, patterns.load().genres.cues)


def test_a_sport_story_is_sport_and_a_political_story_is_no_genre():
    rows = corpus()
    assert _genre(rows["nyt_2015-11-26_with-fewer-golfers-in-u-s-course"]["text"]) == "sport"
    assert _genre(rows["nyt_2016-04-21_espn-fires-schilling-over-an-off"]["text"]) == "sport"
    assert _genre(rows["breitbart_2015-11-19_exclusive-excerpt-dinesh-d-souza"]["text"]) is None


def test_force_in_a_sport_story_is_held_low_but_literal_coercion_is_not():
    attack = "Dhoni and spinner Ravi Ashwin defied the Australian attack to survive a final hour."
    alone = [e for e in coded(attack) if e.root in ("18", "19")]
    in_sport = [e for e in coded(CRICKET) if e.root in ("18", "19")]
    assert alone and max(e.confidence for e in alone) > rule_confidence.GENRE_CEILING
    assert in_sport and max(e.confidence for e in in_sport) <= rule_confidence.GENRE_CEILING
    charged = "Three city commissioners were charged with receiving bribes from developers."
    in_golf = corpus()["nyt_2015-11-26_with-fewer-golfers-in-u-s-course"]["text"]
    assert charged[:40] in in_golf
    document = next(nlp.parse([Article(id="golf", body=in_golf)]))
    legal = [
        e
        for e in events.code(document, actors.resolve(document))
        if e.root == "17" and "charged" in e.sentence
    ]
    assert legal and legal[0].confidence > rule_confidence.GENRE_CEILING


@pytest.mark.parametrize(
    "text",
    [
        "A surfer survived being attacked and dragged underwater by a juvenile great white shark "
        "off the central California coast Sunday.",
        "Bindi Irwin lost her father in 2006 to a stingray attack.",
        "A woman swimming with seals was killed by a shark in 2003, Colligan said.",
        "Hal Finney was in the final stages of his five-year battle with Lou Gehrig's disease.",
        "Think of it as an aviation equivalent to a cardiac arrest.",
    ],
)
def test_hazards_animals_and_diseases_do_no_violence(text: str):
    assert not {e.root for e in coded(text)} & {"17", "18", "19", "20"}


def test_violence_by_people_next_to_those_words_stays():
    assert "18" in {e.root for e in coded("A suicide bomb attack by the Taliban killed 12.")}
    assert "19" in {e.root for e in coded("The battle with rebels in the north killed 30.")}


def test_a_verb_of_taking_that_takes_a_thing_arrests_no_one():
    for text in (
        "The masterful Sis has captured the wonder and dreaminess evoked in that book.",
        "They may have been asteroids captured by Mars' gravitational pull.",
        "Experts estimated that 74% of the oil had either been directly captured or burned.",
        "BP sought credit for the 810,000 barrels of oil that were captured by BP at the wellhead.",
    ):
        assert "17" not in {e.root for e in coded(text)}, text
    assert {e.cameo for e in coded("Police captured the suspect on Friday.")} & {"173"}
    assert {e.cameo for e in coded("Rebels captured two soldiers.")} & {"173"}
    half = "Half of the migrants were captured by the gang near the border."
    assert {e.cameo for e in coded(half)} & {"173"}


def test_genre_roots_are_validated():
    text = patterns.packaged_text()
    assert 'roots: ["15", "18", "19", "20"]' in text
    with pytest.raises(PatternError):
        patterns.parse(text.replace('roots: ["15", "18", "19", "20"]', 'roots: ["15", "99"]'))
