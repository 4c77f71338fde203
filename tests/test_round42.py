"""Rules of the forty-second round (issue #20): a relative pronoun acted on stands for the noun
its clause describes; an accusation, a complaint or a refusal that names no one is aimed at the
one its clause or infinitive names; people counted as a ratio or a poll's share make no
statement and no demand; "called on X to V" is a demand; questioning someone's judgment is
criticism of them."""

from __future__ import annotations

from event_coding import coded


def roots(text: str, published: str = "2016-06-11") -> set[str]:
    return {e.root for e in coded(text, published)}


def targets_of(text: str, root: str, published: str = "2016-06-11") -> list[str]:
    return [e.target.text for e in coded(text, published) if e.root == root and e.target]


def test_a_relative_pronoun_acted_on_stands_for_the_noun_described():
    text = (
        "The candidates agreed to confront al-Qaeda, which French President Francois Hollande"
        " blamed for the attacks."
    )
    assert targets_of(text, "11") == ["al-Qaeda"]
    text = "Protesters marched in Harlem, including 45 people who were arrested for trespassing."
    assert targets_of(text, "17") == ["45 people"]


def test_an_accusation_that_names_no_one_is_aimed_at_the_subject_of_its_clause():
    text = "The Clinton campaign has alleged that the Russian government was behind the release."
    assert targets_of(text, "11") == ["Russian government"]
    text = "Sanders complained that the Democratic Party ignored the movement."
    assert targets_of(text, "11") == ["Democratic Party"]


def test_a_refusal_that_names_no_one_is_aimed_at_whom_the_refused_act_is():
    text = "Republicans have refused to vote on President Obama's nominee."
    assert targets_of(text, "12") == ["President Obama"]


def test_people_counted_as_a_ratio_or_a_poll_share_make_no_statement_or_demand():
    assert "01" not in roots("About four out of 10 voters said life would be worse.")
    assert "01" not in roots("Six in 10 Republicans said the party was divided.")
    text = "47% say the United States should commit troops on the ground."
    assert "10" not in roots(text)
    assert "01" in roots("Ten Republican senators said the party was divided.")
    assert "10" in roots("Sanders said the United States should commit troops on the ground.")


def test_calling_on_someone_to_act_is_a_demand():
    text = "Sen. Bernie Sanders called on Michigan Gov. Rick Snyder to resign."
    assert targets_of(text, "10") == ["Michigan Gov. Rick Snyder"]
    assert "02" in roots("Sen. Bernie Sanders urged Michigan Gov. Rick Snyder to resign.")


def test_questioning_someones_judgment_is_criticism_of_them():
    assert targets_of("Bernie Sanders questioned Hillary Clinton's judgment.", "11") == [
        "Hillary Clinton"
    ]
    assert "11" not in roots("Police questioned the suspect for hours.")
