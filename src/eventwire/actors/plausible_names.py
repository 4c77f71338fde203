"""Rule helper: whether a dictionary name matched in the text is that name here -- not an
all-caps headline word, not part of a larger name ("Indian Ocean", "Michael Jordan",
"Wellington Road"), not "the West" of "the West Bank", not a bare surname without evidence,
not "Cuban" after "Mark Cuban" (the man, not Cuba). Read by ``matching.match_names``; the
street words also by the rules that meet street names (``people``, ``unknown``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors.kb_types import PLACE_KINDS, Entry
from eventwire.actors.state import (
    POSSESSIVE_ENDINGS,
    DocState,
    foreign_name_word,
    is_title_word,
    outer_entity,
)
from eventwire.actors.words import WORDS
from eventwire.nlp import SUBJECT_DEPS

#: Entities a state name inside of does not make an actor ("Indian Ocean", "Chad Day" as a date).
CONTAINER_LABELS = frozenset(
    {"LOC", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE", "DATE", "TIME"}
)


def person_surnames(state: DocState) -> set[str]:
    """Last words of the multi-word people spaCy finds ("Mark Cuban" -> "Cuban")."""
    return {ent[-1].text for ent in state.ents if ent.label_ == "PERSON" and len(ent) > 1}


def standing_for_person(
    state: DocState, start: int, name: str, surnames: set[str], entries: list[Entry]
) -> bool:
    """A place name alone that is the surname of a person the article names in full."""
    ent = state.ent_at.get(start)
    inside_longer_name = ent is not None and len(ent) > 1
    return (
        name in surnames and not inside_longer_name and all(e.kind in PLACE_KINDS for e in entries)
    )


def plausible_name(
    state: DocState, start: int, end: int, entries: list[Entry], surnames: set[str]
) -> bool:
    """Whether a dictionary match is that name here (not a headline word, not part of a
    larger name, not a bare surname without evidence)."""
    doc = state.doc
    name = doc[start:end].text
    first = doc[start]
    if first.is_upper and len(first) > 3 and name.upper() != name:
        return False  # an all-caps headline word
    if inside_other_name(state, start, end, entries):
        return False
    if all(e.kind in PLACE_KINDS for e in entries) and names_street(state, end):
        return False
    if any(e.needs_the for e in entries) and not the_name_stands_alone(state, start, end):
        return False
    if all(e.kind == "person" and e.person is None for e in entries):
        return bare_surname_is_person(state, start, end, surnames)
    return not (name.isupper() and len(name) <= 3 and first.text != name)


def names_street(state: DocState, end: int) -> bool:
    """'Wellington Road', 'Washington St': a place name before a street word is part of a
    street's name."""
    return end < len(state.doc) and street_word(state.doc[end])


def street_word(token: Token) -> bool:
    """A capitalised street word (words.yaml ``street_words``) ending a street's name."""
    return token.is_title and token.lower_.rstrip(".") in WORDS.street_words


def inside_other_name(state: DocState, start: int, end: int, entries: list[Entry]) -> bool:
    """'Indian Ocean', 'South China Sea' (a place entity); 'Michael Jordan' (a person)."""
    outer = outer_entity(state, start, end)
    if outer is None or "\n" in outer.text.strip():
        return False
    if outer.label_ in CONTAINER_LABELS and not any(e.kind == "seat" for e in entries):
        return not organisation_misread(state, outer, start, end, entries)
    if all(e.kind in ("igo", "group") for e in entries):
        # "National Security Council" is not the UN's, "Peoples Democratic Party" and
        # "Democratic Progressive Party" are not the US Democrats
        after = [end] if all(e.kind == "group" for e in entries) else []  # "UN Relief Chief"
        around = [i for i in (start - 1, *after) if outer.start <= i < outer.end]
        if any(foreign_name_word(state, state.tokens[i]) for i in around):
            return True
    return (
        outer.label_ == "PERSON"
        and all(e.kind in PLACE_KINDS for e in entries)
        and not all(other_than_person(state, t.text) or t.pos_ == "DET" for t in outer)
        and not is_whole_entity(state, outer, start, end)
    )  # but not "Bosnian Serbs", nor "Sri Lanka('s)" read as a person's name


def other_than_person(state: DocState, word: str) -> bool:
    """A dictionary name that is not only a person's ("Bosnian" in "Bosnian Serbs"; not
    "Sharon" in "Sister Sharon Holland")."""
    return any(e.kind != "person" for e in state.kb.names.get(word, ()))


def organisation_misread(
    state: DocState, outer: Span, start: int, end: int, entries: list[Entry]
) -> bool:
    """'reported by the Miami Herald' read as a facility: a known organisation that is the
    whole entity (but for 'the') is that organisation, not a place containing its name."""
    first = outer.start + (state.tokens[outer.start].lower_ == "the")
    whole = (first, outer.end) == (start, end) or is_whole_entity(state, outer, start, end)
    return whole and all(e.kind in ("igo", "group") for e in entries)


def is_whole_entity(state: DocState, outer, start: int, end: int) -> bool:
    """The name is all of the entity, but for a possessive ending ("Sri Lanka's")."""
    last = outer.end - (state.tokens[outer.end - 1].lower_ in POSSESSIVE_ENDINGS)
    return (outer.start, last) == (start, end)


def the_name_stands_alone(state: DocState, start: int, end: int) -> bool:
    """'the West' acts; 'the West Bank', 'West Africa' are other names."""
    doc = state.doc
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end] if end < len(doc) else None
    if after is not None and after.pos_ == "PROPN":
        return False
    return before == "the" or doc[start].dep_ in SUBJECT_DEPS


def bare_surname_is_person(state: DocState, start: int, end: int, surnames: set[str]) -> bool:
    """A bare surname counts where spaCy sees a person, a title precedes it ("in May" is a
    month), the article names someone of that surname in full ("De Blasio," opening a
    paragraph after "Mayor Bill de Blasio") or it is a subject spaCy tags as a person
    elsewhere in the article; "Oskar Fischer" is not Joschka Fischer, "Sharon Stone" not
    Ariel Sharon, "German Ortega" (one spaCy PERSON) not Daniel Ortega."""
    doc = state.doc
    first = doc[start]
    previous = doc[start - 1] if start > 0 else None
    following = doc[end] if end < len(doc) else None
    if (
        previous is not None
        and previous.pos_ == "PROPN"
        and previous.is_title
        and previous.lower_ not in WORDS.honorifics
        and (
            (previous.i not in state.anchors and previous.text not in state.kb.names)
            or (first.ent_iob_ == "I" and first.ent_type_ == "PERSON")  # "German Ortega"
        )
        and not is_title_word(state, previous)
    ):
        return False
    if (
        following is not None
        and following.pos_ == "PROPN"
        and following.is_title
        and following.text not in state.kb.names
    ):
        return False
    outer = outer_entity(state, start, end)
    if outer is not None and outer.label_ != "PERSON":
        return False
    if doc[end - 1].text in surnames:
        return True
    return first.pos_ == "PROPN" and (
        first.ent_type_ == "PERSON"
        or previous is not None
        and (previous.lower_ in WORDS.honorifics or is_title_word(state, previous))
        or (first.dep_ in SUBJECT_DEPS and first.text in people_named_alone(state))
    )


def people_named_alone(state: DocState) -> set[str]:
    """Words spaCy reads as a one-word person somewhere in the article: "Trump welcomed the
    news" opening a paragraph, untagged, is the Trump tagged a sentence before."""
    if state.person_words is None:
        state.person_words = {
            ent.text for ent in state.ents if ent.label_ == "PERSON" and len(ent) == 1
        }
    return state.person_words
