"""Rule: a party name many states share, written with the state it belongs to.

The Factbook lists party names that several states' parties bear ("National Democratic
Party": Morocco's, Germany's, Egypt's...; "Pirate Party": Luxembourg's, Germany's...), and a
name matches the one the knowledge base holds. When the phrase itself names the state --
"the National Democratic Party of Germany", "Germany's liberal Pirate Party" -- that state
is the party's, not the dictionary's.
"""

from __future__ import annotations

from eventwire.actors.factbook_bodies import BODIES
from eventwire.actors.mention import Mention, recode
from eventwire.actors.state import POSSESSIVE_ENDINGS, DocState, entry_country

#: Words that may stand between a possessive state and the party ("Germany's liberal ...").
MAX_DESCRIBING_WORDS = 3


def named_state_bodies(state: DocState) -> None:
    """A Factbook body's mention takes the state its own phrase names, after 'of' or before
    "'s", when that differs from the dictionary's."""
    for mention in state.mentions:
        if BODIES not in mention.reason or not mention.actor.country:
            continue
        found = state_after_of(state, mention) or possessive_state_before(state, mention)
        if found is None or found == mention.actor.country:
            continue
        note = f"its phrase names {found}: that state's party of the name"
        recode(mention, found, mention.actor.sector, note)


def state_of(state: DocState, i: int) -> str | None:
    """The state a name at token ``i`` names (a state, not a group or a person)."""
    anchor = state.anchors.get(i)
    if anchor is None or not all(e.kind == "state" for e in anchor.entries):
        return None
    return entry_country(anchor.entries)


def state_after_of(state: DocState, mention: Mention) -> str | None:
    """'the National Democratic Party of Germany'."""
    k = mention.token_end
    if k + 1 >= len(state.tokens) or state.tokens[k].lower_ != "of":
        return None
    return state_of(state, k + 1 + (state.tokens[k + 1].pos_ == "DET"))


def possessive_state_before(state: DocState, mention: Mention) -> str | None:
    """ "Germany's liberal Pirate Party"."""
    k = mention.token_start - 1
    while k > 0 and mention.token_start - k <= MAX_DESCRIBING_WORDS:
        token = state.tokens[k]
        if token.lower_ in POSSESSIVE_ENDINGS:
            return state_of(state, k - 1)
        if token.pos_ not in ("ADJ", "ADV", "PUNCT") and token.dep_ != "amod":
            return None
        k -= 1
    return None
