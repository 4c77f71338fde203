"""A definite noun with no name of its own that points back ("the candidate said", "the
group said"): the person or the body the article named last, read after the pronouns
(``coref``), whose antecedent search it shares.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.coref import MAX_PRONOUN_DISTANCE, antecedent_candidate, person_antecedent
from eventwire.actors.state import DocState
from eventwire.actors.words import WORDS


def definite_people(state: DocState) -> None:
    """'Donald Trump spoke in Ohio. The candidate said ...': a definite singular person noun
    with no name of its own (words.yaml ``definite_person_nouns``) is the person the article
    spoke of last, found as a he/she of either gender would be."""
    for token in state.tokens:
        start = bare_definite_noun(state, token, WORDS.definite_person_nouns)
        if start is None:
            continue
        antecedent = person_antecedent(state, token, None)
        if antecedent is None:
            continue
        named = state.pronoun_people.get(id(antecedent), antecedent)
        state.emit(
            start,
            token.i + 1,
            antecedent.actor.model_copy(),
            f"'{token.text}' with no name -> last person '{named.text}' "
            f"(sentence {named.sentence_index})",
            "pronoun",
            person_id=antecedent.person_id,
        )


def definite_group_nouns(state: DocState) -> None:
    """'The American Action Network polled the race ... the group said': a definite body noun
    with no name of its own (words.yaml ``definite_body_nouns``) is the group or organisation
    the article named last (``definite_body_kinds``), within the pronoun distance, unless a
    phrase of the same noun came after it ("A major climate group ... The group": that group,
    which no mention names)."""
    for token in state.tokens:
        start = bare_definite_noun(state, token, WORDS.definite_body_nouns)
        if start is None:
            continue
        sentence = state.token_sent[token.i]
        named = [
            m
            for m in state.mentions
            if m.head < start
            and sentence - m.sentence_index <= MAX_PRONOUN_DISTANCE
            and m.kind in WORDS.definite_body_kinds
            and antecedent_candidate(m)
        ]
        if not named:
            continue
        last = max(named, key=lambda m: m.head)
        if any(
            t.lemma_.lower() == token.lemma_.lower() for t in state.tokens[last.token_end : start]
        ):
            continue  # "A major climate group ... The group": the group introduced since
        state.emit(
            start,
            token.i + 1,
            last.actor.model_copy(),
            f"'{token.text}' with no name -> last {last.kind} '{last.text}' "
            f"(sentence {last.sentence_index})",
            "pronoun",
        )


def bare_definite_noun(state: DocState, token: Token, nouns: frozenset[str]) -> int | None:
    """Where "the <noun>" starts when the noun, one of ``nouns``, names no one of its own: not
    "a candidate", "the Republican nominee Donald Trump", "candidate Donald Trump", "is the
    candidate", "X, the group", "the group that launched ..."."""
    if token.lemma_.lower() not in nouns or token.tag_ != "NN":
        return None
    if token.i in state.used or token.dep_ in ("compound", "attr", "appos"):
        return None
    start = token.left_edge.i
    if state.tokens[start].lower_ != "the" or any(
        t.pos_ == "PROPN" or t.i in state.used for t in state.tokens[start : token.i]
    ):
        return None
    if any(c.dep_ in ("prep", "relcl", "acl") for c in token.rights):
        return None
    return start
