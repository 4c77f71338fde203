"""The words that mark what a clause is, as governance reads them: a characterisation, a topic,
a wish, a question, a subject that names no one, a condition or a time to come, a verb that
continues another. Pure functions of the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clause_mood import CONDITIONS
from eventwire.events.clause_shape import infinitive

# Subordinators that make a clause a condition or an open question, not a report.
OPEN_CLAUSE_MARKS = CONDITIONS | {"whether"}
# Subordinators whose clause, in the present tense, speaks of a time to come ("until they attack").
FUTURE_TIME_MARKS = {"until", "till", "before", "once", "when", "whenever"}
# Prepositions whose nominal object is the topic of what is said ("as for requests to ...").
TOPIC_PREPOSITIONS = {"about", "regarding", "concerning"}
NO_ONE = {"nobody", "none", "noone", "neither"}  # "nobody's been arrested", "neither of them"
NO_ONE_DETERMINERS = {"no", "neither"}  # "no Americans", "neither leader", "neither A nor B"


def characterisation(token: Token, generic_people: frozenset[str]) -> bool:
    """ "Hamas, which advocates Israel's destruction", "those who support Mr. Trump": a relative
    clause in the simple present says what a named actor, or anyone of a kind, is or does
    habitually, not what they did."""
    return (
        token.dep_ == "relcl"
        and token.tag_ in ("VBZ", "VBP")
        and (token.head.pos_ == "PROPN" or token.head.lower_ in generic_people)
        and not any(c.dep_ in ("aux", "auxpass") for c in token.children)
    )


def topic(preposition: Token) -> bool:
    """ "about the attack", "as for requests", "as part of a deal": the noun names a topic or
    the frame of the news, not an event."""
    if preposition.lower_ in TOPIC_PREPOSITIONS:
        return True
    part = preposition.head
    if preposition.lower_ == "of" and part.lower_ == "part" and part.head.lower_ == "as":
        return True
    before = preposition.doc[preposition.i - 1] if preposition.i > 0 else preposition
    return preposition.lower_ == "for" and "as" in (preposition.head.lower_, before.lower_)


def wished(node: Token, rel: str, below: Token) -> bool:
    """ "wants nuclear weapons to murder us", "wanted all immigrants deported": what someone
    wants another to do, or done to another, is a wish, not an act (the wanter's own intent,
    "wants to meet", is an xcomp)."""
    if rel == "ccomp":  # "wants weapons to murder us", "we want the culprits punished"
        return infinitive(node) or (
            node.tag_ in ("VBN", "VBD")
            and not any(c.dep_ in ("mark", "aux", "auxpass") for c in node.children)
        )
    return rel == "dobj" and below.dep_ == "acl" and below.tag_ == "VBN"


def wh_clause(clause: Token) -> bool:
    """A clause that asks ("how many troops were killed", "who attacked"): it opens with a
    question word."""
    return clause.left_edge.tag_ in ("WRB", "WP", "WDT", "WP$")


def no_one(subject: Token) -> bool:
    """ "nobody", "no one", "none of them", "no Americans", "neither leader", "neither Warren nor
    Clinton": a subject that names no one."""
    return subject.lower_ in NO_ONE or any(
        c.dep_ in ("det", "preconj") and c.lower_ in NO_ONE_DETERMINERS for c in subject.children
    )


def condition_or_time_to_come(clause: Token) -> bool:
    """ "if it is attacked", "until they attack": a condition, or a time to come."""
    return any(
        c.dep_ == "mark"
        and (
            c.lower_ in OPEN_CLAUSE_MARKS
            or (c.lower_ in FUTURE_TIME_MARKS and clause.tag_ in ("VBP", "VBZ"))
        )
        for c in clause.children
    )


def continues(verb: Token) -> bool:
    """A verb that continues the one above it with no subject or tense of its own: a second
    conjunct ("increase fees or impound"), an infinitive complement ("use it to bomb"), or a
    consequence in -ing ("thus disqualifying")."""
    if verb.head.i == verb.i or not (
        verb.dep_ in ("conj", "xcomp") or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
    ):
        return False
    return not any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass") or (c.dep_ == "aux" and c.lower_ != "to")
        for c in verb.children
    )


def clause_depth(token: Token) -> int:
    """Steps from the token up to its clause's root (the sentence root or a reported clause)."""
    depth = 0
    while token.dep_ not in ("ROOT", "ccomp", "parataxis") and token.head.i != token.i:
        token, depth = (
            token.head,
            depth + (token.dep_ not in ("conj", "prep", "pobj", "xcomp", "aux")),
        )
    return depth
