"""Whom titled people and staff speak for (issue #14, ninth round, `dev9`): a party member
named with a chamber, an institution's staff titles, spokespeople of companies and
campaigns, places in parentheses and birthplaces in titles. Sentences from real news."""

from __future__ import annotations

from eventwire import actors
from test_actors import by_text, code_of, resolve_text


def _mentions(text: str, published: str = "2016-07-21") -> dict[str, actors.Mention]:
    return by_text(resolve_text(text, published))


def test_a_party_member_named_with_his_chamber_is_a_legislator():
    found = _mentions(
        "House Republican Thomas Massie used to support fellow Kentuckian Rand Paul, but now "
        "said Trump had “the opportunity and the obligation to bring us together.” Massie "
        "said the convention had gone well."
    )
    assert code_of(found["House Republican Thomas Massie"]) == ("USA", "LEG")
    assert code_of(found["Massie"]) == ("USA", "LEG")


def test_a_party_strategist_stays_party():
    found = _mentions(
        '"Donald Trump is the vote for change," Republican strategist Fred Davis said.'
    )
    assert code_of(found["Republican strategist Fred Davis"]) == ("USA", "PTY")


def test_a_chief_of_staff_serves_the_institution_in_the_title():
    found = _mentions(
        "That, RNC Chief of Staff Katie Walsh explained, is by design. White House chief of "
        "staff Denis McDonough met the president.",
        "2016-05-26",
    )
    assert code_of(found["RNC Chief of Staff Katie Walsh"]) == ("USA", "PTY")
    assert code_of(found["White House chief of staff Denis McDonough"]) == ("USA", "GOV")


def test_a_place_in_parentheses_belongs_to_the_title():
    found = _mentions(
        "Earlier, Maricopa County (Ariz.) Sheriff Joe Arpaio, one of the most polarizing "
        "figures in the immigration debate, vouched for Trump's proposal to build a wall "
        'along the Mexican border.\n\nHe said, "Donald Trump will build the wall."',
        "2016-07-22",
    )
    assert code_of(found["Maricopa County (Ariz.) Sheriff Joe Arpaio"]) == ("USA", "COP")
    assert code_of(found["He"]) == ("USA", "COP")


def test_a_birthplace_before_a_role_is_not_its_country():
    found = _mentions(
        "On Monday, Graham will headline a fundraiser in support of the Canadian-born Senator."
    )
    assert code_of(found["Canadian-born Senator"]) == ("USA", "LEG")


def test_a_spokeswoman_reporting_a_company_deed_speaks_for_the_company():
    found = _mentions(
        "Facebook activated its Safety Check tool. Facebook created the tool to help in times "
        "of crisis, a spokeswoman, Anna Richardson White, said on Saturday. ''People turn to "
        "Facebook to check on loved ones,'' Ms. White said.",
        "2015-11-16",
    )
    assert code_of(found["Anna Richardson White"]) == ("USA", "BUS")
    assert code_of(found["Ms. White"]) == ("USA", "BUS")


def test_a_spokesman_reporting_a_state_deed_stays_with_the_state():
    found = _mentions(
        "Belgian officials said the Malian-Kurdish coalition had agreed to talks. The State "
        "Department approved the sale, a spokeswoman said."
    )
    assert found["Belgian officials"].actor.sector == "GOV"
    assert found["spokeswoman"].actor.sector == "GOV"


def test_staff_for_a_candidate_are_party_and_for_the_president_government():
    found = _mentions(
        "Sen. Ted Cruz won the most delegates. “You can ID early voters,” said Rick Tyler, a "
        "spokesman for Ted Cruz. Donald Trump spoke on Monday. A spokeswoman for Mr. Trump did "
        "not return a message. An adviser to President Obama said the talks would go on.",
        "2016-04-03",
    )
    assert code_of(found["Rick Tyler"]) == ("USA", "PTY")
    spokeswoman = next(m for m in found.values() if m.text == "spokeswoman")
    assert code_of(spokeswoman) == ("USA", "PTY")
    assert code_of(found["adviser"]) == ("USA", "GOV")


def test_a_campaign_named_after_its_candidate_is_party_wherever_it_stands():
    found = _mentions(
        "Even Corey Lewandowski, Mr. Trump's former campaign manager, was at one point shopping "
        "a book about the inner workings of the Trump campaign. He attended a Trump campaign "
        "rally in Iowa.",
        "2016-06-15",
    )
    campaigns = [m for m in found.values() if m.text == "campaign"]
    assert [code_of(m) for m in campaigns] == [("USA", "PTY")]


def test_leaders_of_a_named_legislature_are_legislators():
    found = _mentions(
        "Leaders of the North Carolina Senate and House of Representatives filed a separate "
        "complaint for declaratory relief against the DOJ, Lynch, and Gupta.",
        "2016-05-14",
    )
    assert code_of(found["Leaders"]) == ("USA", "LEG")


def test_hosts_and_anchors_are_media_people():
    found = _mentions(
        "Zach Carter is a co-host of the HuffPost Politics podcast. Trump told Fox News anchor "
        "Megyn Kelly that he was right, he said on Univision and Bloomberg Politics.",
        "2016-03-09",
    )
    assert code_of(found["Zach Carter"]) == ("USA", "MED")
    assert code_of(found["Fox News anchor Megyn Kelly"]) == ("USA", "MED")
    assert code_of(found["Univision"]) == ("USA", "MED")
    assert code_of(found["Bloomberg Politics"]) == ("USA", "MED")


def test_a_party_convention_is_the_party():
    found = _mentions(
        "Sanders has been barnstorming California in hopes of taking his case to the "
        "Democratic National Convention.",
        "2016-05-31",
    )
    assert code_of(found["Democratic National Convention"]) == ("USA", "PTY")


def test_a_centre_at_a_university_is_education():
    found = _mentions(
        "Debbie Walsh, director of the Center for American Women and Politics at the Eagleton "
        "Institute of Politics at Rutgers University, said Clinton is poised to benefit from "
        "Trump's unfavorable ratings.",
        "2016-04-28",
    )
    assert code_of(found["Debbie Walsh"]) == ("USA", "EDU")
    assert code_of(found["Center for American Women and Politics"]) == ("USA", "EDU")


def test_a_think_tank_alone_stays_a_non_governmental_organisation():
    found = _mentions("The Eagleton Institute of Politics said turnout was high.", "2016-04-28")
    assert found["Eagleton Institute of Politics"].actor.sector == "NGO"


def test_a_select_committee_is_the_legislature():
    found = _mentions(
        '"The Select Committee is also the first and only Benghazi investigation to include '
        'roughly 70,000 new pages of documents." David Simas, the White House political '
        "director, recalled sitting in on focus groups.",
        "2016-03-23",
    )
    assert found["Select Committee"].actor.sector == "LEG"


def test_a_name_set_off_after_a_company_spokesman_speaks_for_the_company():
    found = _mentions(
        "Twitter quickly turned into a message board with information to help people in Paris "
        "get to safety. A Twitter spokesman, Christopher Abboud, said on Saturday that there "
        "were one million tweets with the hashtag in 10 hours. The hashtag #prayforparis, he "
        "said, was even more popular.",
        "2015-11-16",
    )
    assert code_of(found["Christopher Abboud"]) == ("USA", "BUS")
    assert code_of(found["he"]) == ("USA", "BUS")


def test_a_surname_spacy_reads_as_an_organisation_before_the_person_is_named_is_the_person():
    text = (
        "Trump fever infects convention finale.\n\nCleveland (AFP) – The Trump troops embraced "
        "their newly crowned Republican presidential nominee, clogging the convention floor to "
        "roar their approval, swat away talk of party division, and vent their collective "
        "disgust of Democrat Hillary Clinton.\n\nTrump’s acceptance speech Thursday night was "
        "the moment thousands in the Cleveland arena were waiting for, and the brash "
        "billionaire did not disappoint.\n\nCheers erupted when he strode across the stage to "
        "face his flock, soaking up the lengthy standing ovation from a crowd that hardly "
        "expected such a result 14 months ago when Trump launched his underdog White House bid."
    )
    mentions = resolve_text(text, "2016-07-21")
    trumps = [m for m in mentions if m.text == "Trump"]
    assert len(trumps) >= 2 and all(m.actor.name == "Donald Trump" for m in trumps)


def test_a_hyphenated_title_the_tagger_reads_as_an_adjective_is_a_title():
    found = _mentions(
        "Trump skipped the last debate on Fox after clashing with co-moderator Megyn Kelly in "
        "August, and the network defended her.",
        "2016-01-28",
    )
    assert found["co-moderator Megyn Kelly"].actor.sector == "MED"


def test_a_spokesman_reporting_what_the_police_or_rebels_did_speaks_for_them():
    mentions = resolve_text(
        "Police arrested 20 protesters in Nairobi on Monday, a spokesman said. Rebels seized "
        "the town of Beni overnight, a spokesman told Reuters.",
        "2016-05-02",
    )
    spokesmen = [m for m in mentions if m.text == "spokesman"]
    assert [m.actor.sector for m in spokesmen] == ["COP", "REB"]


def test_the_president_of_a_news_network_is_media_not_the_head_of_state():
    found = _mentions(
        "On Thursday, the CNN president also addressed the network’s rivalry with Fox News, "
        "which consistently beats rival cable news networks in the ratings.",
        "2015-12-03",
    )
    assert code_of(found["CNN president"]) == ("USA", "MED")
    assert found["CNN president"].actor.name is None


def test_a_spokesman_owned_by_a_candidate_in_his_title_is_party():
    found = _mentions(
        "Bernie Sanders met Al Sharpton in Harlem on Wednesday. Sanders' spokesman Michael "
        "Briggs said Sharpton asked for the meeting. Briggs said Sanders has already been "
        "tested.",
        "2016-02-11",
    )
    assert code_of(found["spokesman Michael Briggs"]) == ("USA", "PTY")
    assert code_of(found["Briggs"]) == ("USA", "PTY")


def test_a_group_noun_before_a_courtesy_title_is_not_part_of_the_title():
    found = _mentions(
        "Hillary Clinton won Virginia. But Republican primary turnout has reached deeply into "
        "some of the core groups of voters Mrs. Clinton must not only win in November, but also "
        "draw in large numbers.",
        "2016-03-04",
    )
    assert code_of(found["Mrs. Clinton"]) == ("USA", "ELI")
