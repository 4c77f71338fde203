"""Rule: people, with the titles before their names, resolved by the article's date.

Finds the names (known names, spaCy PERSONs, a bare surname of someone named in full before)
and reads the title before each (``titles``) and an appositive after it (``appositive``); the
actor the name stands for, by the office held that day, is ``person_actors``'s. Bare surnames
need evidence (spaCy sees a person, or a title precedes). See docs/actors.md.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.description import appositive_country, description
from eventwire.actors.gazetteer import us_states
from eventwire.actors.mention import make_actor, surname
from eventwire.actors.offices import choose_person
from eventwire.actors.party_tags import party_state_tag
from eventwire.actors.person_actors import (
    as_stated_before,
    known_person_actor,
    surname_mention,
    unknown_person_actor,
)
from eventwire.actors.plausible_names import street_word
from eventwire.actors.state import POSSESSIVE_ENDINGS, DocState, split_lines
from eventwire.actors.titles import title_before
from eventwire.actors.words import WORDS


def people(state: DocState) -> None:
    doc = state.doc
    candidates: list[tuple[int, int, str, list[str]]] = []  # start, end, written name, kb persons
    seen: set[int] = set()
    for _i, anchor in sorted(
        {id(a): a for a in state.anchors.values()}.items(), key=lambda kv: kv[1].start
    ):
        person_entries = [e for e in anchor.entries if e.kind == "person"]
        if not person_entries or double_barrelled(state, anchor.start):
            continue
        follower = anchor.end if anchor.end < len(state.doc) else None
        if (
            follower in state.roles
            and not state.roles[follower].names_person
            and state.tokens[anchor.end - 1].dep_ in ("compound", "nmod")
        ):
            continue  # "the Obama administration": read as a role phrase
        if person_entries[0].person:
            candidates.append((anchor.start, anchor.end, anchor.name, [person_entries[0].person]))
        else:
            candidates.append(
                (anchor.start, anchor.end, anchor.name, list(state.kb.surnames[anchor.name]))
            )
        seen.update(range(anchor.start, anchor.end))
    for ent in state.ents:
        if ent.label_ != "PERSON":
            continue
        for part in split_lines(ent, state.tokens):
            tokens = list(part)
            while tokens and (
                tokens[0].lower_ in WORDS.honorifics
                or tokens[0].lower_ in WORDS.officer_titles
                or title_role(state, tokens[0].i)
                or tokens[0].lower_ in WORDS.former_words
            ):
                tokens.pop(0)  # "Archbishop Desmond Tutu": the title is read by _title_before
            while tokens and tokens[-1].lower_ in POSSESSIVE_ENDINGS:
                tokens.pop()  # "Sen. Ted Cruz's non-endorsement": spaCy's PERSON holds the 's
            if not tokens or ends_with_chamber(state, tokens[-1].i) or street_word(tokens[-1]):
                continue  # "Clarkia Drive" is a street
            start, end = tokens[0].i, tokens[-1].i + 1
            if seen.intersection(range(start, end)) or any(
                i in state.anchors for i in range(start, end)
            ):
                continue
            if not all(name_word(t) for t in doc[start:end]):
                continue
            written = doc[start:end].text
            candidates.append((start, end, written, known_by_entity(state, start, end, written)))
    for start, end, written, persons in sorted(candidates):
        person_mention(state, start, end, written, persons)
    later_surnames(state)


def double_barrelled(state: DocState, i: int) -> bool:
    """'Joan Honoré-Paul': a name joined by a hyphen to the name before it is part of another
    person's double-barrelled surname, not a known person's."""
    if i < 2:
        return False
    hyphen, before = state.tokens[i - 1], state.tokens[i - 2]
    return (
        hyphen.text == "-" and not before.whitespace_ and not hyphen.whitespace_ and before.is_title
    )


def known_by_entity(state: DocState, start: int, end: int, written: str) -> list[str]:
    """The known people a spaCy PERSON the dictionary match passed over may be: a lone word
    is a surname ("Sanders," opening a paragraph, which the tagger took for a noun), spaCy's
    label being the evidence a bare surname needs; else the name without middle initials."""
    if end - start == 1:
        return list(state.kb.surnames.get(written, ()))
    return known_without_initials(state, start, end)


def known_without_initials(state: DocState, start: int, end: int) -> list[str]:
    """'Vladimir V. Putin': a name with middle initials is the known person of that name
    without them."""
    middle = [t for t in state.doc[start + 1 : end - 1] if len(t.text.rstrip(".")) == 1]
    if not middle or not all(t.text[0].isupper() for t in middle):
        return []
    name = " ".join(t.text for t in state.doc[start:end] if t not in middle)
    return [e.person for e in state.kb.names.get(name, []) if e.kind == "person" and e.person][:1]


def title_role(state: DocState, i: int) -> bool:
    """A role word opening a spaCy PERSON that is a title ("Archbishop" Desmond Tutu) or a
    role phrase ("Border Patrol"), not a first name that is also a common noun ("Hunter")."""
    role = state.roles.get(i)
    return role is not None and (role.names_person or role.end - role.start > 1)


def name_word(token: Token) -> bool:
    """A word of a person's name: a proper noun or capitalised word, or a hyphen and the part
    after it ("Cheuk Hau-yip", "Tsai Ing-wen")."""
    if token.pos_ == "PROPN" or token.is_title:
        return True
    joined = token.i > 0 and not token.doc[token.i - 1].whitespace_
    return token.text == "-" and joined or joined and token.doc[token.i - 1].text == "-"


def unknown_surnames(state: DocState) -> set[str]:
    """Surnames of the people named so far that we do not know, kept up to date as mentions
    are added (the rules only append to ``state.mentions`` until they are sorted)."""
    for mention in state.mentions[state.surnames_seen :]:
        if mention.kind == "person" and mention.person_id and " " in mention.person_id:
            if mention.person_id not in state.kb.people:
                state.unknown_surnames.add(surname(mention.person_id))
    state.surnames_seen = len(state.mentions)
    return state.unknown_surnames


def later_surnames(state: DocState) -> None:
    """'Fischer' alone, after 'Oskar Fischer': spaCy often misses the bare surname. Not a word
    of a longer name spaCy reads as something else ('Yearout Mechanical Inc.', 'the Fischer
    Foundation')."""
    first_seen: dict[str, int] = {}
    for mention in state.mentions:
        parts = (mention.actor.name or "").split()
        if mention.kind == "person" and len(parts) > 1 and mention.person_id not in state.kb.people:
            if could_be_surname(state, parts[-1]):
                first_seen.setdefault(parts[-1], mention.token_end)
    for token in state.tokens:
        if (
            token.text in first_seen
            and token.i >= first_seen[token.text]
            and token.i not in state.used
            and token.pos_ == "PROPN"
            and token.i not in state.anchors
            and not _in_longer_other_name(state, token.i)
        ):
            person_mention(state, token.i, token.i + 1, token.text, [])


def _in_longer_other_name(state: DocState, i: int) -> bool:
    ent = state.ent_at.get(i)
    return ent is not None and ent.label_ != "PERSON" and len(ent) > 1


def could_be_surname(state: DocState, word: str) -> bool:
    """Not a US state ("Take Idaho", a misread PERSON), a place's head word ("Bellwether
    County") or an organisation's ("Court"): such a word later is no surname."""
    return (
        word not in us_states()
        and word.lower() not in WORDS.place_name_heads
        and word not in state.kb.org_words
    )


def person_mention(state: DocState, start: int, end: int, written: str, persons: list[str]) -> None:
    """One person mention: a known person (by date), a surname of several, or unknown."""
    if persons and written in unknown_surnames(state):
        persons = []  # the article named someone else of that surname first
    title = title_before(state, start)
    bare = written in state.kb.surnames and not title.sectors and not title.countries
    person = choose_person(state, persons, title.country, start, bare_surname=bare)
    if person is None and persons:
        surname_mention(state, title, end, written, persons, bare)
        return
    if person is not None:
        actor, notes = known_person_actor(state, person, title)
        person_id, gender = person.name, person.gender
        actor = as_stated_before(state, person_id, title, actor, notes)
    else:
        actor, notes = unknown_person_actor(state, title, start, written)
        person_id, gender = written, None
        if actor.country in (None, "USA") and (tag := party_state_tag(state, end)):
            # the tag US news gives legislators: a member of Congress or a state legislature
            actor = make_actor("", "USA", actor.sector or "LEG", name=actor.name)
            notes.append(f"the party and state tag '{tag}' after the name -> USA {actor.sector}")
    described = description(state, title, end - 1, known=person is not None)
    if person is None and not actor.country:
        actor = appositive_country(state, title, end - 1, actor, notes)  # "a Michigan Democrat"
    if described and (actor.sector in (None, "ELI") or described.country in state.kb.igo_codes):
        country = described.country or actor.country
        actor = make_actor("", country, described.sector or actor.sector, name=actor.name)
        notes.append(described.why)
    if title.honorific in WORDS.male_words:
        gender = "m"
    elif title.honorific in WORDS.female_words:
        gender = "f"
    if gender is None and end - start > 1 and state.tokens[start + 1].text != "-":
        gender = given_name_gender(state.tokens[start].lower_)  # not "Mark-Viverito"
    mention = state.emit(
        title.start, end, actor, "; ".join(n for n in notes if n), "person", head=end - 1,
        person_id=person_id,
    )  # fmt: skip
    mention.gender = gender


def given_name_gender(first: str) -> str | None:
    """ "Mary Kay Henry" is a woman: a given name of ``words.yaml`` says the gender."""
    if first in WORDS.female_given_names:
        return "f"
    return "m" if first in WORDS.male_given_names else None


def ends_with_chamber(state: DocState, i: int) -> bool:
    """'Battleground Senate': a PERSON ending in a legislative chamber's word is a misparse (its
    last word would otherwise be taken as a surname: "the Senate" -> that person)."""
    role = state.roles.get(i)
    return (
        role is not None and not role.names_person and state.tokens[i].lower_ in WORDS.chamber_words
    )
