"""Event rules of the twenty-ninth round (issue #20), written from the judged train split's
errors (``benchmarks/judged_actors.py --split train --errors``): an unnamed doer is an armed
force only for acts of force; "his" on an event noun is the man spoken of before; the owner of a
relative ("his wife") is not the relative."""

from __future__ import annotations

from event_coding import coded


def test_an_unnamed_doer_of_a_verbal_attack_is_no_armed_force():
    text = (
        "Jeb Bush spoke in South Carolina on Monday. Such attacks on the most recent Republican "
        "president are unheard-of among the leading Republican candidates."
    )
    criticisms = [e for e in coded(text) if e.cameo.startswith("11")]
    assert criticisms and all(e.source.sector != "UAF" for e in criticisms), [
        (e.cameo, e.source) for e in criticisms
    ]
    # an unnamed doer of a killing still is one
    killings = [e for e in coded("Four people were killed in the attack in Orlando.")]
    assert any(e.cameo.startswith("18") and e.source.sector == "UAF" for e in killings)


def test_his_on_an_event_noun_is_the_man_named_before():
    text = (
        "Bernie Sanders has been drawing more contrasts with Hillary Clinton since the October "
        "debate, but his attacks have been muted."
    )
    attacks = [
        e for e in coded(text, published="2015-11-13") if "attacks" in text[e.span[0] : e.span[1]]
    ]
    assert attacks and all(e.cameo.startswith("11") for e in attacks), attacks
    assert all(e.source.name == "Bernie Sanders" for e in attacks), [e.source for e in attacks]


def test_the_owner_of_a_relative_is_not_the_relative():
    text = (
        "Bernie Sanders spoke in Vermont. On CNN Tuesday, Sanders's wife, Jane, called for an "
        "open primary process."
    )
    calls = [e for e in coded(text, published="2016-04-28") if e.cameo.startswith("10")]
    assert calls and all(e.source.name != "Bernie Sanders" for e in calls), [
        e.source for e in calls
    ]


def statements(text: str, speaker: str, published: str) -> list[tuple[str, str | None]]:
    """(code, target) of each event the speaker is the source of."""
    said = [e for e in coded(text, published=published) if e.source.text == speaker]
    return [(e.cameo, e.target.text if e.target else None) for e in said]


def test_a_judging_participle_is_the_judgement():
    text = (
        "Mark Cuban spoke in Dallas on Monday. Donald Trump's grasp of policy and temperament are "
        "worrying, Cuban said."
    )
    assert statements(text, "Cuban", "2016-05-18") == [("111", "Donald Trump")]


def test_a_judgement_of_he_said_of_someone_is_of_that_one():
    text = (
        "Carlos Guerrero spoke of Donald Trump. \u201cHe is not qualified to run this country,\u201d "
        "Mr. Guerrero, who is an actor, said of Mr. Trump."
    )
    assert statements(text, "Mr. Guerrero", "2016-05-31") == [("111", "Mr. Trump")]
    # with no one spoken of, "he" is whoever the pronoun points to, as before
    text = "Carlos Guerrero spoke on Monday. \u201cHe is not qualified,\u201d Mr. Guerrero said."
    said = statements(text, "Mr. Guerrero", "2016-05-31")
    assert all(code == "010" for code, _ in said), said
