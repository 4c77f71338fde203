"""A state after 'on' is acted upon ("sanctions on Iran"), after 'in' it only says where."""

from __future__ import annotations

from eventwire import actors, events, nlp
from eventwire.models import Article


def _document(text: str):
    return next(iter(nlp.parse([Article(id="t", body=text, published="2016-05-01")])))


def _iran(text: str) -> actors.Mention:
    return next(m for m in actors.resolve(_document(text)) if m.text == "Iran")


def test_a_state_after_on_is_acted_upon_and_after_in_is_a_place():
    assert not _iran(
        "The United States imposed sanctions on Iran over its nuclear program."
    ).locative
    assert _iran("The talks were held in Iran last week.").locative


def test_sanctions_on_a_state_have_that_state_as_target():
    document = _document("The United States imposed sanctions on Iran over its nuclear program.")
    coded = events.code(document, actors.resolve(document))
    assert [(e.root, e.source.code, e.target.code if e.target else None) for e in coded] == [
        ("16", "USA", "IRN")
    ]
