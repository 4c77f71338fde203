"""Whether a clause tells what was done or only what is owed, conditional, asked, unreal, wished
or granted: "we have to catch them", "if Russia attacks", "should he win the nomination", "whether
the police have charged anyone", "would have killed them", "demanded that he resign", "the army
can strike anywhere", "however many are banned". Its own module because these read a clause's
mood from its auxiliaries and subordinators alone, a question the no-act rules (``no_act.py``),
governance and speech acts all ask; the rest of the clause's shape is ``clause_shape.py``. Pure
functions of the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.clause_shape import climb, infinitive
from eventwire.nlp import SUBJECT_DEPS

CONDITIONS = {"if", "unless"}  # "if they came through his door"
INVERTED_CONDITIONS = {"should", "had", "were"}  # "should he win the nomination"


def obligation(trigger: Token) -> bool:
    """ "We have to catch and capture the criminals", "he will have to be deported": what
    someone has to do is not done."""
    node = climb(trigger, ("conj",))  # "catch and capture"
    head = node.head
    return (
        node.dep_ == "xcomp"
        and head.lemma_.lower() == "have"
        and head.tag_ in ("VB", "VBP", "VBZ")
        and infinitive(node)
    )


def conditional(trigger: Token) -> bool:
    """ "shooting federal agents if they came through his door", "if Russia attacks": force on a
    condition is not done."""
    node = climb(trigger, ("conj", "xcomp"))
    marks = {c.lower_ for c in node.children if c.dep_ == "mark"}
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in node.children):
        # "may halt its mediation if cooperation founders" is a threat, for governance to read
        clauses = [c for c in trigger.children if c.dep_ == "advcl"]
        marks |= {g.lower_ for c in clauses for g in c.children if g.dep_ == "mark"}
    return bool(marks & CONDITIONS) or inverted_condition(node)


def inverted_condition(node: Token) -> bool:
    """ ", should he win the nomination,", "Had they lost Ohio, ...": a subordinate clause
    opening (at the sentence's start or after a comma) with its auxiliary before its subject is
    a condition; a question ends with a question mark."""
    auxiliaries = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    subjects = [c for c in node.children if c.dep_ in SUBJECT_DEPS]
    if node.dep_ not in ("advcl", "ccomp") or not auxiliaries or not subjects:
        return False
    opening = auxiliaries[0]
    sentence = node.sent
    return (
        opening.lower_ in INVERTED_CONDITIONS
        and opening.i < subjects[0].i
        and (opening.i == sentence.start or node.doc[opening.i - 1].text == ",")
        and sentence[-1].text != "?"
    )


def embedded_question(trigger: Token) -> bool:
    """ "It is not yet clear whether the police have charged anyone": asked, not told; "taught
    her how to shoot": a skill, not an act."""
    node = climb(trigger, ("conj", "xcomp"))
    return any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children) or (
        infinitive(trigger) and any(c.tag_ == "WRB" for c in trigger.children)
    )


def unreal(trigger: Token) -> bool:
    """ "would have gotten a laser on them and killed them", "would have been able to kill" (a
    counterfactual) or "this is going to destroy Germany" (a prediction): nothing happened."""
    auxes = _shared_auxiliaries(trigger)
    if "have" in auxes and any(a in ("would", "could", "might", "'d", "’d") for a in auxes):
        return True
    head = trigger.head
    return (
        trigger.dep_ == "xcomp"
        and head.lower_ == "going"
        and infinitive(trigger)
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in head.children)
    )


def mandative(clause: Token) -> bool:
    """ "recommend that Clinton be prosecuted", "demanded that he resign": a clause whose verb
    is in its bare form with a subject and no auxiliary (the subjunctive) says what someone
    wants done, not what was done."""
    children = list(clause.children)
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in children):
        return False  # "helping the government fight": no wish, a bare infinitive
    if any(c.dep_ == "aux" for c in children) or not any(c.dep_ in SUBJECT_DEPS for c in children):
        return False
    passive = [c for c in children if c.dep_ == "auxpass"]
    if passive:
        return all(c.lower_ == "be" for c in passive)
    return clause.tag_ == "VB"


def ability(trigger: Token, abilities: frozenset[str]) -> bool:
    """ "so they can be planted among us and hurt us", "the army can strike anywhere": what
    someone can do is a capacity, not an act done."""
    return bool(_shared_auxiliaries(trigger) & abilities)


def _shared_auxiliaries(trigger: Token) -> set[str]:
    """The auxiliaries that govern the trigger: its own, or those of the verb it continues with
    no subject of its own (a second conjunct, an infinitive complement, the adjective that
    takes one: "would have gotten ... and killed them", "would have been able to kill")."""
    node = trigger
    while node.head.i != node.i and (
        node.dep_ == "conj"
        or node.dep_ in ("xcomp", "acomp")
        and not any(c.dep_ in SUBJECT_DEPS for c in node.children)
    ):
        node = node.head
    return {c.lower_ for c in node.children if c.dep_ == "aux"}


def concessive(trigger: Token) -> bool:
    """ "however many nationalities or religions are banned from our shores, Orlando can still
    happen": a clause of any amount ("however many", "however much") grants it, tells no act."""
    node = climb(trigger, ("conj",))
    return any(
        t.lower_ == "however" and t.i + 1 < node.i and t.nbor(1).pos_ in ("ADJ", "ADV")
        for t in node.subtree
        if t.i < node.i
    )  # the parser hangs "however" on "many" or on the verb; "However, ..." is no amount
