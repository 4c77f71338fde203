"""Media people, courtesy titles and US political groups (issue #14, tenth round, `dev10`):
a bare "host" before a name, outlets the dictionaries lacked, an appositive after "Ms. X",
congressional party groups, think tanks and evangelicals. Sentences from real news."""

from __future__ import annotations

from eventwire import actors
from test_actors import by_text, code_of, resolve_text


def _mentions(text: str, published: str = "2016-04-14") -> dict[str, actors.Mention]:
    return by_text(resolve_text(text, published))


def test_host_before_a_name_is_media():
    found = _mentions(
        "Friday on CNN's New Day, Sen. Kirsten Gillibrand told host Chris Cuomo she believed "
        "that Clinton would release a transcript. Trump's campaign attacked Fox News host "
        "Megyn Kelly's election coverage."
    )
    assert code_of(found["host Chris Cuomo"]) == ("USA", "MED")
    assert code_of(found["Fox News host Megyn Kelly"]) == ("USA", "MED")


def test_host_alone_is_no_actor():
    found = _mentions(
        "Kiedis said his band and collaborator Brian Burton wrote a host of new songs. The "
        "host committee for the Republican gathering in Cleveland has collected $56.5 million."
    )
    assert "host" not in found


def test_outlets_of_the_us_right_and_fact_checkers_are_media():
    found = _mentions(
        "According to the Daily Caller, Labott coordinated with Reines. Politifact deemed "
        "those statements false, and the Daily Wire's Ben Shapiro agreed."
    )
    assert code_of(found["Daily Caller"]) == ("USA", "MED")
    assert code_of(found["Politifact"]) == ("USA", "MED")


def test_an_appositive_after_a_courtesy_title_states_the_office():
    found = _mentions(
        "Lael Brainard is poised to win another round this week in her fight for the Federal "
        "Reserve to keep interest rates low.\n\nMs. Brainard, a Fed governor since 2014, has "
        "emerged over the last year as a leading advocate for patience.",
        "2016-07-27",
    )
    assert code_of(found["Ms. Brainard"]) == ("USA", "GOV")


def test_congressional_party_groups_think_tanks_and_evangelicals():
    found = _mentions(
        "Ms. Brainard's donations raised eyebrows at the Fed and among congressional "
        "Republicans. Giles had spent hundreds of hours with the best Republican think "
        "tanks. Only the most painful contortions allow traditional Republicans and "
        "evangelicals to support Trump.",
        "2016-07-27",
    )
    assert code_of(found["congressional Republicans"]) == ("USA", "LEG")
    assert found["best Republican think tanks"].actor.sector == "NGO"
    assert code_of(found["evangelicals"]) == ("USA", "REL")


def test_the_people_of_a_town_are_its_residents_not_the_nation():
    found = _mentions(
        "The people of Scranton and towns like it deserve someone who's with them, Biden "
        "said. The people of Syria deserve peace.",
        "2016-08-15",
    )
    assert code_of(found["people of Scranton"]) == ("USA", "CVL")
    assert code_of(found["people of Syria"]) == ("SYR", None)


def test_an_ambassador_to_the_un_serves_his_state():
    found = _mentions(
        "In discussing the scandals, former UN Ambassador John Bolton told Breitbart News "
        "Daily SiriusXM host Matt Boyle that the campaign slogan might as well be that.",
        "2016-08-24",
    )
    assert code_of(found["former UN Ambassador John Bolton"]) == ("USA", "ELI")
    assert code_of(found["host Matt Boyle"]) == ("USA", "MED")


def test_counsel_speak_for_their_client():
    found = _mentions(
        "A lawyer for the company declined to comment, and lawyers for the protesters "
        "appealed the ruling in Chicago.",
        "2016-01-31",
    )
    assert found["lawyer for the company"].actor.sector == "BUS"
    assert found["lawyers for the protesters"].actor.sector == "CVL"


def test_party_members_in_a_legislature_are_legislators():
    found = _mentions(
        "That is why I support a $12 national minimum wage. That is what the Democrats in "
        "the Senate have put forward as a proposal. Democrats in Iowa cheered.",
        "2015-11-15",
    )
    democrats = [m for m in resolve_text(
        "That is what the Democrats in the Senate have put forward as a proposal. Democrats "
        "in Iowa cheered.", "2015-11-15") if m.text == "Democrats"]  # fmt: skip
    assert [code_of(m) for m in democrats] == [("USA", "LEG"), ("USA", "PTY")]
    assert found["Senate"].actor.sector == "LEG"
