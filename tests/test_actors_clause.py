"""Country from the clause (actors/clause_country.py) and the role words of wire sentences:
a speaker reports its own side's deed, "its" belongs to the clause's state, police, courts
and rebels act at home, refugees are of the state they flee."""

from __future__ import annotations

from eventwire import actors
from test_actors import resolve_text


def _containing(mentions: list[actors.Mention], word: str) -> actors.Mention:
    return next(m for m in mentions if word in m.text)


def _actor(text: str, word: str) -> tuple[str | None, str | None]:
    mention = _containing(resolve_text(text), word)
    return mention.actor.country, mention.actor.sector


def test_a_speaker_is_of_the_actor_whose_deed_it_reports():
    assert _actor(
        "Syria has deployed troops along its border with Turkey, a senior minister said on Tuesday.",
        "minister",
    ) == ("SYR", "GOV")
    assert _actor(
        "Kenyan police fired tear gas to scatter opposition supporters, security sources said.",
        "sources",
    ) == ("KEN", "COP")


def test_a_speaker_keeps_the_place_its_sentence_names():
    assert _actor("Israel bombed a camp in Gaza on Monday, officials said.", "officials") == (
        "PSE",
        "GOV",
    )


def test_a_private_person_reported_on_gives_the_speaker_no_country():
    country, sector = _actor(
        "American aid worker Kevin Rowe was freed on Monday, an insurgent source said.",
        "insurgent",
    )
    assert (country, sector) == (None, "REB")


def test_its_citizens_are_the_subject_states_not_the_place_named():
    assert _actor(
        "Nigeria has refused to send troops to Mali and has urged its citizens to leave.",
        "citizens",
    ) == ("NGA", "CVL")


def test_police_courts_and_rebels_act_on_their_own_countrys_people():
    assert _actor(
        "A Chilean judge has ordered former minister Jorge Alvear to testify on Monday.",
        "Alvear",
    ) == ("CHL", "ELI")
    assert _actor(
        "Ugandan rebels demanded the resignation of President Samuel Okello at the talks.",
        "Okello",
    ) == ("UGA", "GOV")


def test_a_provincial_government_acts_at_home_a_national_one_need_not():
    text = "The government of Punjab province has ordered patrols by police after protests."
    assert _actor(text.replace("Punjab", "Balochistan"), "police") == ("PAK", "COP")
    text = (
        "The US government has ordered patrols by police after protests, a Mexican official said."
    )
    assert _actor(text, "police")[0] is None  # two states named: the national one need not be home


def test_an_army_abroad_gives_no_country_to_those_it_acts_on():
    country, _ = _actor("US troops captured five militants near the border.", "militants")
    assert country != "USA"


def test_refugees_are_of_the_state_they_flee():
    assert _actor(
        "The agency will feed thousands of refugees fleeing the fighting in Burundi.",
        "refugees",
    ) == ("BDI", "REF")


def test_wire_role_words():
    text = (
        "Israeli guards beat Palestinian detainees at the camp, Thai military sources and "
        "Tashkent radio reported, and US witnesses said."
    )
    mentions = resolve_text(text)
    assert (_containing(mentions, "detainees").actor.sector) == "CRM"
    assert _containing(mentions, "military sources").actor.sector == "MIL"
    assert _containing(mentions, "radio").actor.country == "UZB"
    assert _containing(mentions, "radio").actor.sector == "MED"
    assert _containing(mentions, "witnesses").actor.sector == "CVL"
