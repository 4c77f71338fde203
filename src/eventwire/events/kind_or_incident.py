"""Whether a noun or a gerund names a particular incident or a kind of act or of people: "the
Orlando attack" (known to the reader), "killed in Aleppo" (placed by a name), "illegal aliens" (a
bare plural: a class), "as mass shootings have gotten deadlier" (a kind of act), "Attacking
immigrants ... is a contradiction" (an act in general). Its own module because the generic-act
and no-act rules (``generic_acts.py``, ``no_act.py``), governance and the force idioms all ask
it, with the grammatical words of setting and determination that live here. Pure functions of
the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clause_shape import climb

GENERIC_BLOCKERS = ("det", "poss", "nummod", "predet", "quantmod")  # "the attacks"
SETTINGS = ("in", "at", "near", "outside", "inside", "during", "across", "by")  # "by police"
NAMED_SETTINGS = ("DATE", "TIME", "GPE", "LOC", "FAC", "NORP", "ORG", "PERSON", "EVENT")
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}


def act_in_general(trigger: Token) -> bool:
    """ "Attacking immigrants in a country built by immigrants is a contradiction": a gerund
    with no subject that is itself the subject of a clause names a kind of act."""
    return (
        trigger.tag_ == "VBG"
        and trigger.dep_ in ("csubj", "csubjpass")
        and not any(c.dep_ in ("nsubj", "poss") for c in trigger.children)
    )


def definite(noun: Token) -> bool:
    """ "the Orlando attack", "last week's attack", "that meeting": an act the reader already
    knows of, whatever is said of it now."""
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS)
        for c in noun.children
    )


def bare_plural(noun: Token) -> bool:
    """A plural noun with no article, number, possessor or name: a class ("illegal aliens")."""
    return noun.tag_ == "NNS" and not any(
        c.dep_ in ("det", "nummod", "poss", "predet") or c.pos_ == "PROPN" for c in noun.children
    )


def named_setting(verb: Token) -> bool:
    """ "killed in Aleppo", "beaten on Friday": a phrase of place or time with a name or date
    ties an act to an incident."""
    return any(
        t.ent_type_ in NAMED_SETTINGS
        for p in verb.children
        if p.dep_ in ("prep", "npadvmod") and (p.dep_ == "npadvmod" or p.lower_ in SETTINGS)
        for t in p.subtree
    )


def kind_of_act(trigger: Token) -> bool:
    """ "as mass shootings have gotten deadlier", "police shootings are changing the debate": a
    bare plural noun of force with no place, time, count or doer names a kind of act, not acts
    done; acts done are someone's, counted or placed ("the attacks", "a spate of attacks",
    "attacks in Paris", "strikes by the United States"), or done ("launched attacks")."""
    first = climb(trigger, ("conj",))  # "anti-gay attacks and mob attacks"
    if (
        trigger.tag_ != "NNS"
        or first.dep_ in ("dobj", "nsubjpass")
        or (first.dep_ == "pobj" and first.head.lower_ == "of")
    ):
        return False
    told = [c for c in trigger.children if c.dep_ in GENERIC_BLOCKERS]
    places = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in SETTINGS]
    named = any(t.ent_type_ in NAMED_SETTINGS for t in trigger.subtree)  # "US Predator attacks"
    harmed = first.dep_ == "nsubj" and any(c.dep_ == "dobj" for c in first.head.children)
    return not (told or places or named or harmed)  # "attacks have killed eight leaders"
