"""Rule 1: find dictionary names and role words in the text (anchors and role spans).

Names are matched case-sensitively (``kb.names``: so "turkey" is no country), the large
converted dictionaries case-insensitively where the text capitalises them (``kb.folded``),
role words case-insensitively; the longest match wins, our own spellings before converted
ones. Our dictionary overrides spaCy where spaCy is wrong ("Kiev" tagged PERSON); spaCy wins
where a name sits inside a larger entity ("Michael Jordan", "the Indian Ocean"). Whether a
match is that name here is decided in ``plausible_names``.
"""

from __future__ import annotations

from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Token

from eventwire.actors.folded import (
    after_title_words,
    folded_matches,
    folded_name_written,
)
from eventwire.actors.found_spans import Anchor, RoleSpan
from eventwire.actors.kb import knowledge_base
from eventwire.actors.plausible_names import person_surnames, plausible_name, standing_for_person
from eventwire.actors.state import DocState, cue_in_text
from eventwire.actors.words import WORDS


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
