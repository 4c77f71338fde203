"""Rules of the thirty-eighth round (issues #14 and #20): a count standing alone for people
("Thousands took to the streets") is a crowd of civilians; one who answers or fends off an act
("rebutted the criticism", "responded to the accusations") is its target, not its doer."""

from __future__ import annotations

from event_coding import coded
from eventwire import actors, nlp
from eventwire.models import Article


def mentions(text: str, published: str = "2016-04-18") -> dict[str, str | None]:
    document = next(nlp.parse([Article(id="t", body=text, published=published)]))
    return {m.text: m.actor.code for m in actors.resolve(document)}


def test_a_count_standing_alone_is_a_crowd():
    text = "Thousands took to the streets of Nairobi on Saturday to protest against the tax."
    assert mentions(text)["Thousands"] == "KENCVL"
    protest = next(e for e in coded(text, "2016-04-18") if e.root == "14")
    assert (protest.source.country, protest.source.sector) == ("KEN", "CVL"), protest
    arrest = next(e for e in coded("Police arrested dozens in Lagos.") if e.cameo == "173")
    assert (arrest.target.country, arrest.target.sector) == ("NGA", "CVL"), arrest
    # a count of something else, or money, is no one
    found = mentions("The Dow lost hundreds of points. Clinton accepted millions from donors.")
    assert not {"hundreds", "millions"} & set(found), found


def test_one_who_answers_an_act_is_its_target():
    text = "Sanders has begun to rebut that criticism, raising money for House candidates."
    criticism = next(e for e in coded(text, "2016-05-24") if e.root == "11")
    assert criticism.source is None or "Sanders" not in criticism.source.text, criticism
    assert criticism.target is not None and criticism.target.text == "Sanders", criticism
    text = "The campaign of Ben Carson responded on Sunday to accusations from Donald Trump."
    accusation = next(e for e in coded(text, "2015-11-08") if e.root == "11")
    assert "Trump" in accusation.source.text and "campaign" in accusation.target.text, accusation
    # one reacts to a shooting without being shot at
    text = "U.S. presidential candidates on Wednesday reacted to a mass shooting in California."
    shooting = next(e for e in coded(text, "2015-12-02") if e.root == "18")
    assert shooting.target is None or "candidates" not in shooting.target.text, shooting
