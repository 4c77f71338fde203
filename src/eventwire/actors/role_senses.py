"""Rule: what a role word means before its modifiers are read -- "economic forces" are no
armed men, "the People's party" names a party and does not act, "U.S. peacekeeping troops" are a
state's soldiers. Used by ``roles``; word lists in ``words.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.kb import BLOCS
from eventwire.actors.rolephrase import RolePhrase
from eventwire.actors.state import POSSESSIVE_ENDINGS, DocState
from eventwire.actors.words import WORDS


def figurative_forces(head: Token) -> bool:
    """'economic forces', 'market forces': "forces" qualified as forces of things are no
    armed men."""
    return head.lower_ == "forces" and any(
        c.dep_ in ("amod", "compound") and c.lower_ in WORDS.figurative_force_modifiers
        for c in head.children
    )


def national_troops(state: DocState, phrase: RolePhrase, words: str) -> bool:
    """'U.S. peacekeeping troops': an international force's role word (IGO) with a state's
    country names that state's soldiers."""
    return (
        phrase.sector == "IGO"
        and phrase.country is not None
        and phrase.country not in state.kb.igo_codes
        and phrase.country not in BLOCS  # "African peacekeeping troops": the AU's
        and words.split()[-1] in WORDS.troop_nouns
    )


def name_possessive(state: DocState, end: int, head: Token) -> bool:
    """'the People's party', 'People's Liberation Army': a capitalised role word in the
    possessive before another role word names it; it does not act itself."""
    return (
        head.is_title
        and head.dep_ == "poss"
        and end + 1 < len(state.tokens)
        and state.tokens[end].lower_ in POSSESSIVE_ENDINGS
        and end + 1 in state.roles
    )
