"""Rule 1: find dictionary names and role words in the text (anchors and role spans).

Names are matched case-sensitively (``kb.names``: so "turkey" is no country), the large
converted dictionaries case-insensitively where the text capitalises them (``kb.folded``),
role words case-insensitively; the longest match wins, our own spellings before converted
ones. Our dictionary overrides spaCy where spaCy is wrong ("Kiev" tagged PERSON); spaCy wins
where a name sits inside a larger entity ("Michael Jordan", "the Indian Ocean").
"""

from __future__ import annotations

from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Span, Token

from eventwire.actors.folded import (
    after_title_words,
    folded_matches,
    folded_name_written,
)
from eventwire.actors.kb import Entry, knowledge_base
from eventwire.actors.state import (
    POSSESSIVE_ENDINGS,
    Anchor,
    DocState,
    RoleSpan,
    cue_in_text,
    foreign_name_word,
    is_title_word,
    outer_entity,
)
from eventwire.actors.words import WORDS
from eventwire.nlp import SUBJECT_DEPS


@cache
def matchers() -> tuple[PhraseMatcher, PhraseMatcher]:
    """Phrase matchers over the pipeline's vocabulary (every Document is parsed by nlp.load()):
    exact names, case-folded names of the converted dictionaries, role words."""
    from eventwire import nlp

    pipeline = nlp.load()
    kb = knowledge_base()
    matchers = []
    for attr, phrases in (("ORTH", kb.names), ("LOWER", kb.roles)):
        matcher = PhraseMatcher(pipeline.vocab, attr=attr)
        for phrase, doc in zip(phrases, pipeline.tokenizer.pipe(phrases)):  # type: ignore[union-attr]
            matcher.add(phrase, [doc])
        matchers.append(matcher)
    return matchers[0], matchers[1]


PLACE_KINDS = frozenset({"state", "region", "capital", "demonym", "place"})
#: Entities a state name inside of does not make an actor ("Indian Ocean", "Chad Day" as a date).
CONTAINER_LABELS = frozenset(
    {"LOC", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE", "DATE", "TIME"}
)


def match(state: DocState) -> None:
    """Anchors (dictionary names), then role spans, over the document's tokens."""
    match_names(state)
    for token in state.tokens:
        if token.i not in state.anchors and "-" in token.text:
            hyphen_anchor(state, token)
    match_roles(state)


def match_names(state: DocState) -> None:
    """Exact names and case-folded converted names; the longest wins, ours on a tie."""
    names, _ = matchers()
    spans = []
    for match_id, start, end in names(state.doc):
        name = state.doc.vocab.strings[match_id]
        spans.append((start, end, 0, name, state.kb.names[name]))
    token_at = {idx: i for i, idx in enumerate(state.doc.to_array("IDX").tolist())}
    for start, end, key in folded_matches(state.tokens, state.article_text, token_at):
        if folded_name_written(state, start, end):
            entries = state.kb.folded[key]
            start = after_title_words(state, start, end, entries)
            spans.append((start, end, 1, state.doc[start:end].text, entries))
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[2], s[0]))
    surnames = person_surnames(state)
    taken: set[int] = set()
    for start, end, _, name, entries in spans:
        if taken.intersection(range(start, end)) or not plausible_name(
            state, start, end, entries, surnames
        ):
            continue
        if standing_for_person(state, start, name, surnames, entries):
            continue  # "Cuban" after "Mark Cuban": the man, not Cuba
        taken.update(range(start, end))
        anchor = Anchor(start, end, name, entries)
        for i in range(start, end):
            state.anchors[i] = anchor


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


def match_roles(state: DocState) -> None:
    """Role words (nouns), longest first, outside anchors."""
    _, roles = matchers()
    role_spans = []
    for match_id, start, end in roles(state.doc):
        phrase = state.doc.vocab.strings[match_id]
        if any(i in state.anchors for i in range(start, end)) and not party_inside(
            state, start, end
        ):
            continue
        if state.tokens[end - 1].pos_ not in ("NOUN", "PROPN") and not hyphenated_title(
            state, start, end
        ):
            continue
        if phrase in WORDS.title_only_roles and not before_name(state, end):
            continue  # "a host of new songs", "the host committee": no one's title
        if phrase in WORDS.of_only_roles and not (
            (end < len(state.tokens) and state.tokens[end].lower_ == "of")
            or body_named_before(state, start)
        ):
            continue  # "shot in the head": only "the head of" a body is someone
        if inside_named_organisation(state, start, end, state.kb.roles[phrase].sector):
            continue  # "the Vigo County Voter Registration Office": the name's head decides
        role_spans.append((start, end, phrase))
    role_spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    for start, end, phrase in role_spans:
        if any(i in state.roles for i in range(start, end)):
            continue
        word = state.kb.roles[phrase]
        sector, source = cued_sector(state, phrase, word.sector, word.source)
        span = RoleSpan(start, end, sector, word.names_person, source)
        for i in range(start, end):
            state.roles[i] = span
            state.anchors.pop(i, None)  # "House Republicans": the party inside a role phrase


def cued_sector(state: DocState, phrase: str, sector: str, source: str) -> tuple[str, str]:
    """A role whose sector the story decides (words.yaml ``role_cues``): "delegates" in a
    story of caucuses and nominees are the party's, "deputies" in a sheriff's story police."""
    cued = WORDS.role_cues.get(phrase)
    if cued is None:
        return sector, source
    cue = next((c for c in cued["cues"] if cue_in_text(state, c)), None)
    if cue is None:
        return sector, source
    return cued["sector"], f"{source}; '{cue}' in the article: {cued['sector']} (words.yaml)"


def before_name(state: DocState, end: int) -> bool:
    """A person's name follows the role word, past honorifics ("host Rev. Al Sharpton")."""
    tokens = state.tokens
    while end < len(tokens) and (
        tokens[end].lower_ in WORDS.honorifics or tokens[end].lower_ in WORDS.courtesy_titles
    ):
        end += 1
    return end < len(tokens) and tokens[end].ent_type_ == "PERSON"


def hyphenated_title(state: DocState, start: int, end: int) -> bool:
    """'co-moderator Megyn Kelly': a hyphenated role word the tagger reads as an adjective,
    right before a person's name, is a title all the same."""
    return (
        end - start > 2
        and state.tokens[start + 1].text == "-"
        and end < len(state.tokens)
        and state.tokens[end].ent_type_ == "PERSON"
    )


def inside_named_organisation(state: DocState, start: int, end: int, sector: str) -> bool:
    """A role word inside a spaCy organisation whose last word is an organisation word of
    another sector (org_words.yaml: "Office", "Foundation"), before that word."""
    ent = state.ent_at.get(start)
    if ent is None or ent.label_ != "ORG" or end >= ent.end:
        return False
    head_sector = state.kb.org_words.get(state.tokens[ent.end - 1].text)
    return head_sector is not None and head_sector != sector


#: Entry kinds a generic head may be named after ("the UN chief", "the Air Asia chief").
BODY_KINDS = ("group", "igo", "seat")


def body_named_before(state: DocState, start: int) -> bool:
    """'the UN chief', 'the Air Asia chief': a known body named right before the word (as its
    modifier) is what the word heads, as "the head of" it would say."""
    anchor = state.anchors.get(start - 1)
    if anchor is None or anchor.end != start:
        return False
    modifier = state.tokens[start - 1]
    return modifier.head.i == start and any(
        e.kind in BODY_KINDS and e.sector for e in anchor.entries
    )


def party_inside(state: DocState, start: int, end: int) -> bool:
    """'House Republicans', 'Senate Democrats': a role phrase of roles.yaml holding a
    party's name wins over the party (the lawmakers, not the party)."""
    anchors = {id(a): a for i in range(start, end) if (a := state.anchors.get(i))}.values()
    return all(
        start <= a.start
        and a.end <= end
        and (a.start, a.end) != (start, end)
        and all(e.kind == "group" and e.sector == "PTY" for e in a.entries)
        for a in anchors
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


def hyphen_anchor(state: DocState, token: Token) -> None:
    """'U.S.-led', 'Iranian-backed': the name before the hyphen inside one token."""
    prefix, _, suffix = token.text.rpartition("-")
    if (
        suffix.lower()
        in WORDS.affiliation_suffixes | WORDS.leader_suffixes | WORDS.supplier_suffixes
        and prefix in state.kb.names
    ):
        state.anchors[token.i] = Anchor(
            token.i,
            token.i + 1,
            prefix,
            state.kb.names[prefix],
            token.idx,
            token.idx + len(prefix),
        )
