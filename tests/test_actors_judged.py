"""Actor classes the judged real-news events showed wrong (issue #14 / #20): who a source is,
by the conventions of annotations/events/GUIDE.md (campaign staff PTY, ...)."""

from __future__ import annotations

from eventwire import actors
from test_actors import by_text, code_of, resolve_text


def _mentions(text: str, published: str = "2016-04-27") -> dict[str, actors.Mention]:
    return by_text(resolve_text(text, published))


def test_campaign_staff_titles_are_party():
    found = _mentions(
        "Campaign spokesman Brian Fallon told Politico that Hillary Clinton had offered to "
        "answer any questions. Democratic pollster Chris Anderson told Fox that the loss "
        "accelerated after Iowa."
    )
    assert code_of(found["Campaign spokesman Brian Fallon"]) == ("USA", "PTY")
    assert code_of(found["Democratic pollster Chris Anderson"]) == ("USA", "PTY")


def test_a_campaign_role_in_an_appositive_makes_the_person_and_his_surname_party():
    found = _mentions(
        'Hillary Clinton won four of five states on Tuesday. "He can assert it, but it seems '
        "extremely unlikely,\" said Steve Elmendorf, deputy campaign manager for John Kerry's "
        '2004 Democratic presidential campaign. "The numbers don\'t add up," said Elmendorf.'
    )
    assert code_of(found["Steve Elmendorf"]) == ("USA", "PTY")
    assert code_of(found["Elmendorf"]) == ("USA", "PTY")


def test_a_spokesman_without_campaign_still_speaks_for_the_government():
    found = _mentions(
        "White House spokesman Eric Schultz said on Tuesday that the talks would go on."
    )
    assert code_of(found["White House spokesman Eric Schultz"]) == ("USA", "GOV")


def test_staff_of_a_principal_out_of_government_are_party_and_of_the_president_government():
    mentions = resolve_text(
        "Sen. Marco Rubio finished fifth. Mr. Rubio's advisers privately conceded that it "
        "had been a difficult night. President Obama's advisers said the talks would go on.",
        "2016-02-10",
    )
    advisers = [m for m in mentions if m.text == "advisers"]
    assert [code_of(m) for m in advisers] == [("USA", "PTY"), ("USA", "GOV")]
    assert by_text(mentions)["Mr. Rubio"].actor.sector == "LEG"


def test_a_top_aide_named_after_his_principal_and_his_surname_are_party():
    found = _mentions(
        "Despite a series of costly defeats on Tuesday night, Sen. Bernie Sanders (I-Vt.) "
        "remains committed to seeing the primary through to the convention, his top aide, "
        'Tad Devine, told The Huffington Post. "We are nowhere near the end game," Devine '
        "declared."
    )
    assert code_of(found["Tad Devine"]) == ("USA", "PTY")
    assert code_of(found["Devine"]) == ("USA", "PTY")


def test_a_named_adviser_is_not_his_own_principal():
    found = _mentions(
        "White House national security adviser John Bolton said the talks would go on.",
        "2021-05-01",
    )
    assert code_of(found["White House national security adviser John Bolton"]) == ("USA", "GOV")


def test_he_after_a_quotation_is_not_someone_named_inside_it():
    mentions = resolve_text(
        "Sen. Ted Cruz spoke to voters in Iowa on Monday. "
        "\u201cMarco Rubio is very, very weak on immigration,\u201d he said. "
        "''Rubio is not going to be the one,'' he added.",
        "2016-01-20",
    )
    pronouns = [m.reason for m in mentions if m.text == "he"]
    assert len(pronouns) == 2 and all("'Sen. Ted Cruz'" in reason for reason in pronouns)


def test_a_candidates_campaign_acting_is_party_and_a_bombing_campaign_is_no_actor():
    mentions = resolve_text(
        "Hillary Clinton won four of five states on Tuesday. The Clinton campaign denies any "
        "wrongdoing. He now had a rally scheduled for that night, and the permit, his campaign "
        "said, had been hard to get. The bombing campaign killed 40 people in Aleppo.",
        "2016-04-27",
    )
    campaigns = [m for m in mentions if m.text.endswith("campaign")]
    assert [(m.text, code_of(m)) for m in campaigns] == [
        ("campaign", ("USA", "PTY")),
        ("his campaign", ("USA", "PTY")),
    ]


def test_the_president_of_an_unknown_organisation_is_not_a_government():
    found = _mentions(
        "Ashley Spillane, president of Rock the Vote, said the poll numbers were clear. Joe "
        "Biden, president of the Senate, said no.",
        "2016-01-12",
    )
    assert found["Ashley Spillane"].actor.sector == "NGO"


def test_a_party_the_factbook_lists_twice_is_one_reading_the_dateline_settles():
    found = _mentions(
        "KYIV, Ukraine — The Servant of the People party would not join the coalition, its "
        "leader said on Tuesday.",
        "2023-03-01",
    )
    assert code_of(found["Servant of the People party"]) == ("UKR", "PTY")


def test_an_office_under_leaders_out_of_office_is_a_former_office():
    past = _mentions(
        "Some accusations are difficult to prove, said John Roe, a national security official "
        "under Presidents Reagan and George W. Bush."
    )
    assert past["John Roe"].actor.sector == "ELI"
    current = _mentions(
        "Some accusations are difficult to prove, said John Roe, a national security official "
        "under President Barack Obama."
    )
    assert current["John Roe"].actor.sector not in (None, "ELI")
