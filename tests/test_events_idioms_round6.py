"""Force idioms, round 6 (issue #20): feelings as what is "captured", force by circumstance in a
participle clause, a verb the parser reads as part of a noun, pressing someone into an act,
attacks on ideals, force in an article that tells of no violence."""

from __future__ import annotations

from functools import cache

from eventwire import actors, events, nlp
from eventwire.models import Article, Event

FORCE = {"15", "16", "17", "18", "19", "20"}


@cache
def coded(text: str) -> tuple[Event, ...]:
    document = next(nlp.parse([Article(id="t", body=text)]))
    return tuple(events.code(document, actors.resolve(document)))


def roots(text: str) -> set[str]:
    return {e.root for e in coded(text)}


def test_capturing_a_feeling_is_no_seizure_but_capturing_a_gunman_is():
    text = "He is capturing the frustration of many Americans after seven years of Obama's economy."
    assert not roots(text) & FORCE
    assert "17" in roots("Police captured the gunman after a chase in Dallas.")


def test_forced_by_circumstance_in_a_participle_clause_is_no_coercion():
    text = "When forced to choose between bad and worse, we supported the senator against the governor."
    assert not roots(text) & FORCE
    assert "17" in roots("Soldiers forced the villagers to leave at gunpoint.")


def test_a_verb_read_as_part_of_a_noun_tells_no_act():
    text = (
        "The device, which is intended to locate underground utility lines and flaws in road "
        "construction, shoots radar waves about 10 feet into the ground."
    )
    assert not roots(text) & FORCE
    assert "18" in roots("The gunman shoots two guards outside the bank.")


def test_a_politician_pressing_a_company_into_an_act_is_no_force_but_rebels_are():
    text = "Sanders has pushed his promise of free college and forcing Wall Street to bail out the middle class."
    assert not roots(text) & FORCE
    assert "17" in roots("Rebels forced the villagers to flee their homes near Aleppo.")


def test_an_attack_on_ideals_is_a_figure_but_an_attack_on_a_village_is_force():
    text = (
        "Many developed countries are wrestling with how to maintain their freedoms in the face "
        "of violent attacks on their values."
    )
    assert not roots(text) & FORCE
    assert roots("Gunmen carried out violent attacks on the village near Kabul.") & FORCE


REVIEW = (
    "The new comedy from the Coen brothers is a warm and silly valentine to the studio era. "
    "Josh Brolin stars as a studio fixer who spends his days solving problems for the stars and "
    "his nights worrying about his own soul. He hunts up a husband for a pregnant swimming star "
    "and slaps some sense into George Clooney, who plays a none-too-bright actor kidnapped by a "
    "ring of screenwriters. The film moves briskly from one set to the next, with a singing "
    "cowboy, a dancing sailor and a director who cannot get a line read right. Critics have "
    "praised the costumes and the music, and audiences at early screenings laughed loudly at "
    "the musical numbers. The studio hopes the film will do well over the holiday weekend, when "
    "families look for something light to watch together. The brothers said they wanted to make "
    "a movie about faith, work and the people who keep the dream factory running. "
)


def test_force_in_an_article_of_no_violence_is_a_role_but_an_arrest_there_is_news():
    assert not roots(REVIEW + "It opens nationwide on Friday.") & FORCE
    arrest = (
        "On Friday, a man who had sold fake tickets to the premiere was arrested in Los Angeles."
    )
    assert "173" in {e.cameo for e in coded(REVIEW + arrest)}


def test_they_for_people_in_general_are_no_victims_but_two_men_held_are():
    text = (
        "We are losing too many people to guns, either because they are imprisoned and turn into "
        "having mental health issues, or people are being killed or maimed, she said."
    )
    assert not roots(text) & FORCE
    held = "The two men were stopped at the border on Monday, and they are imprisoned in El Paso, officials said."
    assert "17" in roots(held)


def test_taking_leaders_is_a_choice_but_officers_taking_a_man_into_custody_arrest():
    text = (
        "They will take leaders willing to work hard, to learn, to make adjustments and to keep "
        "trying after initial setbacks."
    )
    assert not roots(text) & FORCE
    assert "17" in roots("Officers took the man into custody on Monday.")
