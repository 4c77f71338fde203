"""A person who "is a former" office holder, a singular agent noun as the complement of "is",
committees that raise money for candidates (super PACs) and the name words of museums and news
sites (issue #14, twenty-ninth round, tuned on the judged train split and the judged dev
split's even half)."""

from __future__ import annotations

import pytest

from test_actors import by_text, code_of, resolve_text


def test_a_person_who_is_a_former_office_holder_is_an_elite():
    text = (
        "Florent Groberg is a former U.S. Army captain and Medal of Honor winner who is a "
        "lifelong Republican. Groberg, 33, opened up about his decision."
    )
    found = by_text(resolve_text(text, published="2016-07-30"))
    assert code_of(found["Florent Groberg"]) == ("USA", "ELI"), found["Florent Groberg"].reason
    assert code_of(found["Groberg"]) == ("USA", "ELI")


def test_a_singular_agent_noun_of_the_field_dictionary_after_is_gives_the_office():
    text = "Jane Kowalski is an Army captain in Ohio. Kowalski said she would run."
    found = by_text(resolve_text(text, published="2016-01-01"))
    assert found["Jane Kowalski"].actor.sector == "MIL", found["Jane Kowalski"].reason


@pytest.mark.parametrize(
    ("text", "phrase", "expected"),
    [
        (
            "A conservative super PAC aimed at taking down Donald Trump is out with a new ad in "
            "Iowa.",
            "conservative super PAC",
            ("USA", "PTY"),
        ),
        (
            "America Rising PAC, an outside Republican group, is blasting out missives about "
            "Clinton.",
            "America Rising PAC",
            ("USA", "PTY"),
        ),
        (
            "The Holocaust Memorial Museum in Washington issued a report this month.",
            "Holocaust Memorial Museum",
            ("USA", "EDU"),
        ),
        (
            "Western Journalism reported on Saturday that Bloomberg is considering a run.",
            "Western Journalism",
            ("USA", "MED"),
        ),
    ],
)
def test_fund_raising_committees_museums_and_news_sites_by_their_words(text, phrase, expected):
    found = by_text(resolve_text(text, published="2016-01-28"))
    assert code_of(found[phrase]) == expected, found[phrase].reason


def test_a_given_name_says_whom_he_or_she_can_be():
    text = (
        "Donald Trump spoke in Iowa on Monday. Mary Kay Henry said her union sees him as a real "
        "threat."
    )
    found = resolve_text(text, published="2016-01-07")
    him = next(m for m in found if m.text == "him")
    assert him.person_id == "Donald Trump", him.reason
    # a hyphenated surname's first part is no given name ("Mark-Viverito" is not "Mark")
    text = "Melissa Mark-Viverito spoke in New York. Mark-Viverito said she backs Clinton."
    found = resolve_text(text, published="2016-04-13")
    she = next(m for m in found if m.text == "she")
    assert "Mark-Viverito" in she.reason, she.reason


def test_a_lede_that_describes_before_it_names_gives_the_description_to_the_one_named():
    text = (
        "SEIU chief says Trump can win.\n\n"
        "The head of the Service Employees International Union is worried about what Donald "
        "Trump is stirring up in her 2.1 million members.\n\n"
        "In an interview with David Axelrod on his podcast, Mary Kay Henry said her organization "
        "is going into hyperdrive."
    )
    found = by_text(resolve_text(text, published="2016-01-07"))
    assert code_of(found["Mary Kay Henry"]) == ("USA", "LAB"), found["Mary Kay Henry"].reason
    # the description is one person's: the interviewer, named as no subject, stays private
    assert code_of(found["David Axelrod"]) == ("USA", "CVL"), found["David Axelrod"].reason
