"""Who speaks through a work: "the DNC issued a statement apologizing", "a Web video that
accuses Cruz" (released by Rand Paul), "his speech defending", "a lawsuit filed by a fired
staffer alleging". A statement, letter, ad or report that acts is its author acting; "the
statement said" is the last statement's author speaking. Word lists: ``authors`` in
``patterns.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.events import clause_shape
from eventwire.events.patterns import Authors

LOOK_BACK = 5  # sentences before "the statement" where its author may have issued it


@dataclass(frozen=True)
class Authorship:
    """Where a work's author is: a phrase naming them, or a verb whose subject made it."""

    owner: Token | None = None  # "his speech", "a statement from the ministry", "filed by X"
    maker: Token | None = None  # "X issued a statement", "X launched it with a speech"


def authorship(work: Token, authors: Authors) -> Authorship:
    """The author of ``work`` named in its sentence, in the order of the checks below."""
    for child in work.children:
        if child.dep_ == "poss":
            return Authorship(owner=child)
    by_or_from = clause_shape.prep_objects(work, ("by", "from"))  # "a statement from the ministry"
    if by_or_from:
        return Authorship(owner=by_or_from[0])
    for participle in (c for c in work.children if c.dep_ == "acl" and c.tag_ == "VBN"):
        for agent in (c for c in participle.children if c.dep_ == "agent"):
            for named in (g for g in agent.children if g.dep_ == "pobj"):
                return Authorship(owner=named)
    return Authorship(maker=_maker(work, authors))


def _maker(work: Token, authors: Authors) -> Token | None:
    """The verb that made the work: its object's making verb, or the verb a "with" phrase
    holding it hangs on."""
    noun = work
    while noun.dep_ == "conj":
        noun = noun.head
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in authors.making_verbs:
        return head
    if noun.dep_ == "pobj" and head.lower_ in authors.means and head.head.pos_ == "VERB":
        return head.head
    return None


def earlier_work(work: Token, authors: Authors) -> Token | None:
    """ "The DNC issued a statement on Friday. ... the statement said": the same work, with its
    author named, in one of the ``LOOK_BACK`` sentences before a definite one."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in work.children):
        return None
    sentence = work.sent
    doc = work.doc
    first = sentence.start
    for _ in range(LOOK_BACK):
        if first == 0:
            break
        first = doc[first - 1].sent.start
    for token in reversed(doc[first : sentence.start]):
        if token.lemma_.lower() != work.lemma_.lower():
            continue
        found = authorship(token, authors)
        if found.owner is not None or found.maker is not None:
            return token
    return None
