"""Event rule of the twenty-seventh round (issue #20), written from the judged dev split's even
half (``benchmarks/judged_actors.py --split dev --half even --errors``): a relative clause on a
noun said of the subject of "be" is about that subject."""

from __future__ import annotations

from event_coding import coded


def test_a_relative_clause_on_a_predicate_noun_is_about_the_subject():
    text = (
        "Editor\u2019s note:\u00a0Donald Trump regularly\u00a0incites political violence\u00a0and "
        "is a\u00a0serial liar,\u00a0rampant xenophobe,\u00a0racist,\u00a0misogynist\u00a0and"
        "\u00a0birther\u00a0who has repeatedly pledged to ban all Muslims \u2014 1.6 billion "
        "members of an entire religion \u2014 from entering the U.S."
    )
    events = coded(text)
    assert events and {e.source.text for e in events} == {"Donald Trump"}
    # "there is a man who": no one is named, the noun itself acts
    text = "There is a man who attacked the police station in the city."
    attacks = [e for e in coded(text) if e.cameo.startswith("18")]
    assert attacks and all(e.source.text == "man" for e in attacks)
