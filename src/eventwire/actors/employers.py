"""Rule helper: whom a person we do not know works for, named beside them.

"Alex Horton of the Washington Post", "Emily Feng reports for NPR": a known organisation gives
its country and sector; one no dictionary knows, its last word ("the National Retail
Federation") or the words describing it ("digital consulting firm IMGE"). Read by
``description`` after an appositive (``appositive``) and by ``title_clauses``.
"""

from __future__ import annotations

from eventwire.actors.appositive import Described
from eventwire.actors.kb_types import PLACE_KINDS
from eventwire.actors.org_names import descriptor, org_word_sector
from eventwire.actors.state import DocState, entry_country
from eventwire.actors.words import WORDS

#: Entries whose sector and country a person working for them takes.
EMPLOYER_KINDS = ("group", "igo")


def affiliation(state: DocState, name_end: int) -> Described | None:
    """'Alex Horton of the Washington Post', 'Emily Feng reports for NPR': a person we do not
    know, named with a known organisation they work for, takes its country and sector."""
    token = state.tokens[name_end]
    following = state.tokens[name_end + 1] if name_end + 1 < len(state.tokens) else None
    if following is not None and following.lower_ in WORDS.member_prepositions:
        at = following.i + 1
    elif (
        token.dep_ == "nsubj"
        and token.head.lemma_.lower() in WORDS.writing_verbs
        and (prep := next((c for c in token.head.rights if c.lower_ == "for"), None))
    ):
        at = prep.i + 1
    else:
        return None
    return employer_at(state, at)


def employer_at(state: DocState, at: int) -> Described | None:
    """The organisation named from token ``at`` (over a determiner) that someone works for:
    a known group's country and sector, or an unknown one's by its last word."""
    while at < len(state.tokens) and state.tokens[at].pos_ == "DET":
        at += 1
    anchor = state.anchors.get(at)
    if anchor is None or all(e.kind in PLACE_KINDS for e in anchor.entries):
        return unknown_employer(state, at)
    if anchor.start != at:
        return None
    entry = anchor.entries[0] if len(anchor.entries) == 1 else None
    if entry is None or entry.kind not in EMPLOYER_KINDS or not entry.sector:
        return None
    country = entry_country(anchor.entries)
    return Described(
        country, entry.sector, f"works for '{anchor.name}' -> {country} {entry.sector}"
    )


def unknown_employer(state: DocState, at: int) -> Described | None:
    """'David French of the National Retail Federation': an organisation no dictionary knows,
    starting right there, whose last word says its sector (org_words.yaml); else one the
    words before its name describe (``described_employer``)."""
    found = org_word_sector(state, at)
    if found is None:
        return described_employer(state, at)
    if state.ent_at[at].start < at - 1:
        return None
    country, sector, name = found
    return Described(country, sector, f"works for '{name}' (its last word) -> {sector}")


#: Lower-case words that may describe an organisation before its name ("digital consulting
#: firm").
MAX_DESCRIPTOR_WORDS = 4


def described_employer(state: DocState, at: int) -> Described | None:
    """'Phil Musser of digital consulting firm IMGE': an organisation no dictionary knows,
    after lower-case words that say what it is (words.yaml ``org_descriptors``)."""
    i = at
    while i < len(state.tokens) and i - at < MAX_DESCRIPTOR_WORDS and state.tokens[i].is_lower:
        i += 1
    ent = state.ent_at.get(i)
    if i == at or ent is None or ent.label_ != "ORG" or ent.start != i:
        return None
    if i in state.anchors:
        return employer_at(state, i)  # "the conservative legal group Judicial Watch"
    found = descriptor(state, ent.start, ent.end)
    if found is None:
        return None
    sector, word = found
    return Described(None, sector, f"works for '{ent.text}', a {word} -> {sector}")
