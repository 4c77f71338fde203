"""Who speaks and who 'he' is across a quoted story (issue #14/#20, judged sources): a he/she
keeps its person in reach of the pronouns after it, "I" inside a quotation is its speaker, a
person described only as a private one is private, and an honorific chooses among people of
one surname."""

from __future__ import annotations

from eventwire import actors
from test_actors import resolve_text

GRAHAM = (
    "WASHINGTON (AP) — Republican presidential candidate Sen. Lindsey Graham called out his "
    "rival on Thursday at the Republican Jewish Coalition conference.\n\n"
    "Graham said, “How many of you believe we lose elections because we’re not tough enough "
    "on immigration? I believe we’re losing the Hispanic vote because they think we don’t "
    "like them.”\n\n"
    "He continued, “I believe it’s not about turning out evangelical Christians. It is about "
    "repairing the damage done by hateful rhetoric. The party can’t afford to lose again. "
    "Nobody in this room wants that.”\n\n"
    "He added, “Now it’s not self-deportation, it’s forced deportation.”"
)


def _all(text: str, published: str = "2015-12-03") -> list[actors.Mention]:
    return resolve_text(text, published)


def _at(mentions: list[actors.Mention], text: str, occurrence: int = -1) -> actors.Mention:
    return [m for m in mentions if m.text == text][occurrence]


def test_a_long_quotation_keeps_its_speaker_in_reach():
    mentions = _all(GRAHAM)
    pronouns = [m for m in mentions if m.text == "He"]
    assert len(pronouns) == 2  # 'He added' comes four quoted sentences after 'He continued'
    assert all(m.person_id == "Lindsey Graham" for m in pronouns)
    assert (pronouns[-1].actor.country, pronouns[-1].actor.sector) == ("USA", "LEG")


def test_a_pronoun_chain_keeps_its_person_in_reach():
    mentions = _all(
        "DES MOINES, Iowa (AP) — Sen. Lindsey Graham spoke to voters on Thursday. He criticized "
        "the plan. He said the party would lose the election. He called for a new approach. "
        "He added that voters deserved better."
    )
    pronouns = [m for m in mentions if m.text == "He"]
    assert len(pronouns) == 4 and all(m.person_id == "Lindsey Graham" for m in pronouns)
    assert "through 'He'" in pronouns[-1].reason


def test_i_inside_a_quotation_is_the_speaker_named_after_or_before_it():
    mentions = _all(GRAHAM)
    i_mentions = [m for m in mentions if m.text == "I"]
    assert len(i_mentions) == 2  # 'Graham said, “... I believe ...”', 'He continued, “I ...'
    assert all(m.person_id == "Lindsey Graham" for m in i_mentions)
    after = _all(
        "Sen. Bernie Sanders spoke in Des Moines on Monday.\n\n"
        "“I am urging the Senate Democratic Caucus to act,” Sanders told reporters."
    )
    assert _at(after, "I").actor.code == "USALEG"


def test_i_outside_a_quotation_or_with_no_speaker_stays_unresolved():
    mentions = _all(
        "Sen. Bernie Sanders spoke in Des Moines on Monday.\n\n"
        "I asked him about the plan, and the crowd cheered “I love Bernie.”"
    )
    assert not [m for m in mentions if m.text == "I"]


def test_a_person_described_as_a_private_one_is_private_in_every_mention():
    mentions = _all(
        "ORLANDO, Fla. (AP) — George Zimmerman is auctioning the gun he used in 2012.\n\n"
        "Zimmerman, a neighborhood watch volunteer, was acquitted in 2013.\n\n"
        "Zimmerman said he was honored to announce the sale.",
        "2016-05-13",
    )
    for text in ("George Zimmerman", "Zimmerman", "he"):
        assert (_at(mentions, text).actor.country, _at(mentions, text).actor.sector) == (
            "USA",
            "CVL",
        )


def test_an_honorific_chooses_among_people_of_one_surname():
    mentions = _all(
        "WASHINGTON (AP) — Khizr Khan spoke at the Democratic convention. His wife, Ghazala "
        "Khan, stood beside him.\n\nMs. Khan wrote an essay on Sunday.\n\n"
        "Mr. Khan said the candidate had sacrificed nothing.",
        "2016-08-01",
    )
    assert _at(mentions, "Ms. Khan").person_id == "Ghazala Khan"
    assert _at(mentions, "Mr. Khan").person_id == "Khizr Khan"


def test_a_relative_clause_with_a_title_describes_an_unknown_person():
    mentions = _all(
        "WASHINGTON (AP) — “They have a political agenda against the Democratic Party,” said "
        "Anita Dunn, who was White House communications director.\n\n"
        "Jane Roe, who is a senator, said the leaks were dangerous.",
        "2016-08-17",
    )
    assert _at(mentions, "Anita Dunn").actor.code == "USAELI"  # a past office: former
    assert _at(mentions, "Jane Roe").actor.code == "USALEG"


def test_the_campaign_chief_named_after_the_title_is_campaign_staff():
    mentions = _all(
        "WASHINGTON (AP) — Addressing committee members, the campaign chief, Paul Manafort, "
        "suggested the candidate's style was an act.\n\nMr. Manafort said he agreed.",
        "2016-04-23",
    )
    for text in ("Paul Manafort", "Mr. Manafort", "he"):
        assert _at(mentions, text).actor.code == "USAPTY"


def test_an_honorific_finds_a_name_written_family_name_first():
    mentions = _all(
        "BEIJING (AP) — The finance minister, Lou Jiwei, suggested that foreign officials "
        "should curb their complaints.\n\n“At that time, the whole world applauded China,” "
        "Mr. Lou told a news briefing.\n\nDonald Trump spoke in Ohio. Mr. Donald was absent.",
        "2016-06-07",
    )
    assert _at(mentions, "Mr. Lou").person_id == "Lou Jiwei"
    assert _at(mentions, "Mr. Lou").actor.code == "CHNGOV"
    assert _at(mentions, "Mr. Donald").person_id != "Donald Trump"  # a known name: no


def test_the_candidate_with_no_name_is_the_person_spoken_of_last():
    mentions = _all(
        "COLUMBUS, Ohio (AP) — Gov. John Kasich spoke to voters on Thursday.\n\n"
        "The candidate said he does not believe any of his rivals will secure the delegates.\n\n"
        "A candidate must file by March. It was a rebuttal to the candidate who launched a "
        "campaign on immigration.",
        "2016-03-04",
    )
    the_candidate = _at(mentions, "The candidate")
    assert the_candidate.person_id == "John Kasich" and the_candidate.actor.code == "USAGOV"
    assert not [m for m in mentions if m.text in ("A candidate", "the candidate")]
