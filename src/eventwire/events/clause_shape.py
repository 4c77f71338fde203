"""The shape of a trigger's clause, read from spaCy's parse alone: who its subject is and which
clause gives it, the phrases its prepositions head and how far a phrase reaches, whether it is
passive, and the forms that make a word no act (a graded, hyphenated or naming participle, a
wish for more). Its own module as the lowest layer of these questions: a clause's mood
(``clause_mood.py``), a kind or an incident (``kind_or_incident.py``) and names and headings
(``names_and_headings.py``) build on it. The force idioms (``idioms.py`` and its mixins) ask
these questions; the answers need no word lists beyond a few grammatical ones here.
"""

from __future__ import annotations

from spacy.tokens import Token

CLAUSE_DEPS = ("relcl", "acl", "advcl", "ccomp")  # clauses hung on a noun phrase
FIRST_PERSON = {"i", "we"}  # a reported clause's subject that is its speaker


def compared(trigger: Token) -> bool:
    """ "more heavily patrolled", "less guarded": a participle graded by a comparative describes
    how a place stands against others, not an act."""
    return trigger.tag_ == "VBN" and any(
        t.tag_ in ("RBR", "JJR") for c in trigger.children if c.dep_ == "advmod" for t in c.subtree
    )


def fights_for(trigger: Token) -> bool:
    """ "fight for you", "fighting for equality": no one fought against."""
    children = list(trigger.children)
    return not any(c.dep_ == "dobj" for c in children) and any(
        c.dep_ in ("prep", "dative") and c.lower_ == "for" for c in children
    )


def people_so_named(trigger: Token) -> bool:
    """ "two of the injured", "the wounded": a participle with a determiner names people."""
    return (
        trigger.tag_ == "VBN"
        and trigger.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj", "conj")
        and any(c.dep_ == "det" for c in trigger.children)
        and not any(c.dep_ in ("agent", "dobj", "prep") for c in trigger.children)
    )


def plan_noun(token: Token, plans: frozenset[str]) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in plans


def hyphenated_participle(trigger: Token) -> bool:
    """ "often star-struck", "a storm-battered town": a participle joined by a hyphen to a word
    of its own is one adjective, no act."""
    doc, i = trigger.doc, trigger.i
    return (
        trigger.tag_ in ("VBN", "JJ")
        and i >= 2
        and doc[i - 1].text in ("-", "–")
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].head.i == i
    )


def verb_as_modifier(trigger: Token) -> bool:
    """ "The device, which is intended to locate utility lines, shoots radar waves into the
    ground": a verb the parser hangs on a noun as part of its name has no clause of its own,
    so no one is read doing it to anyone (a garbled parse, often a thing's working)."""
    return trigger.pos_ == "VERB" and trigger.dep_ == "compound"


def unowned(noun: Token) -> list[Token]:
    """The noun's phrase without its possessor and the clauses on it ("Gomm's efforts to build
    a station in the British West Indies" -> "efforts")."""
    left_out = {t.i for c in noun.children if c.dep_ in ("poss", "acl", "relcl") for t in c.subtree}
    return [t for t in noun.subtree if t.i not in left_out]


def wish(trigger: Token) -> bool:
    """ "More bombing.", "more bombing has no bearing on them": more (or less) of an act that
    no verb does is a call or a view, not an act ("carried out more airstrikes" is one)."""
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ in ("ROOT", "nsubj", "nsubjpass")
        and any(c.dep_ == "amod" and c.tag_ == "JJR" for c in trigger.children)
    )


def settings(trigger: Token, prepositions: tuple[str, ...]) -> set[str]:
    """Lemmas of the trigger's phrases with these prepositions: "beating her in head-to-head
    matchups", "battling Trump for voters"."""
    holders = [trigger] + [c for c in trigger.children if c.dep_ == "dobj"]
    return {g.lemma_.lower() for h in holders for g in prep_objects(h, prepositions)}


def with_particles(head: Token, lemma: str) -> set[str]:
    """The word's lemma alone and with each of its particles ("shoot" and "shoot down", "call
    off"), as word lists write phrasal verbs."""
    return {lemma} | {f"{lemma} {c.lower_}" for c in head.children if c.dep_ == "prt"}


def prep_objects(head: Token, prepositions: tuple[str, ...]) -> list[Token]:
    """The objects of ``head``'s phrases with these prepositions ("the battle between Rubio
    and Christie": Rubio)."""
    return [
        g
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in prepositions
        for g in p.children
        if g.dep_ == "pobj"
    ]


def agent_on_object(noun: Token) -> Token | None:
    """The "by" phrase the parser hangs on a nominal act's "of" object instead of on the act:
    "the criticism of her remarks by Senator Graham", "the arrest of the leader by police"."""
    for obj in prep_objects(noun, ("of",)):
        for child in obj.children:
            if child.dep_ in ("prep", "agent") and child.lower_ == "by":
                return child
    return None


def phrase_tokens(head: Token) -> list[Token]:
    """The head's phrase without the clauses hung on it ("top-tier finishes and the resources
    that could come when the campaign heads to South Carolina": not South Carolina)."""
    tokens = [head]
    for child in head.children:
        if child.dep_ not in CLAUSE_DEPS:
            tokens += phrase_tokens(child)
    return tokens


def restrictive_phrase(head: Token) -> list[Token]:
    """The head's phrase without the clauses and appositions a comma sets off after it ("the
    plane, whose engines were made by CFM International, co-owned by GE,": the plane alone;
    "the way Y acted": all of it)."""
    doc = head.doc
    aside = {
        t.i
        for c in head.children
        if c.dep_ in ("relcl", "acl", "appos")
        and c.i > head.i
        and any(doc[k].text == "," for k in range(head.i + 1, c.left_edge.i))
        for t in c.subtree
    }
    return [t for t in head.subtree if t.i not in aside]


def antecedent(clause: Token, pronoun: Token) -> Token:
    """The noun a relative pronoun stands for: the nearest noun before it under the clause's
    head ("the plight of minorities -- indigenous people -- who have been killed": the parser
    hangs the clause on "plight", the pronoun stands for "people")."""
    nouns = [t for t in clause.head.subtree if t.i < pronoun.i and t.pos_ in ("NOUN", "PROPN")]
    return nouns[-1] if nouns else clause.head


def infinitive(token: Token) -> bool:
    """A verb with its own "to": "to sign", "to attack"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def climb(token: Token, deps: tuple[str, ...]) -> Token:
    """The token's nearest head not attached by one of ``deps`` ("catch and capture": the
    first verb of a coordination)."""
    while token.dep_ in deps and token.head.i != token.i:
        token = token.head
    return token


def passive_or_participle(verb: Token) -> bool:
    """ "was arrested", "being warned", "remarks reported by the Times": a passive verb, or a
    past participle on a noun; its subject (or noun) undergoes the act."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN"
    )


def reduced_passive(verb: Token) -> bool:
    """ "when asked to pick a running mate", "if elected": a bare participle after a
    subordinator, with no subject or auxiliary of its own, is passive; the one it is done to is
    the main clause's subject, not its doer."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "relcl")
        and any(
            c.dep_ in ("advmod", "mark") and c.tag_ in ("WRB", "IN") and c.i < verb.i
            for c in verb.children
        )
        and not any(c.dep_ in ("nsubj", "aux", "auxpass") for c in verb.children)
    )


def passive_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubjpass"), None)


def subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def subject_clause(verb: Token) -> Token:
    """The clause whose subject does a subjectless verb's act: "appear to have harmed", "jumped
    a curb and struck them", "the plane crashed, killing all 224 people aboard"."""
    node = verb
    while (
        node.dep_ in ("xcomp", "conj") or (node.dep_ == "advcl" and node.tag_ == "VBG")
    ) and not subject(node):
        node = node.head
    return node


def speaker_as_subject(clause: Token, speech_verb: Token) -> bool:
    """ "Iran warned it would strike", "the Saudis warned they could sell", "'We will respond,'
    he said": the subject of a reported clause is the speaker when it is the first person, or a
    pronoun that can stand for the speaker's subject (its own words, "it", "they" for a plural,
    "he"/"she" for a name or pronoun)."""
    said_by = subject(speech_verb)
    said = subject(clause)
    if said is None or said_by is None:
        return False
    word = said.lower_
    if word in FIRST_PERSON or word == said_by.lower_:
        return True
    if said.tag_ != "PRP":
        return False
    if word == "they":
        return said_by.tag_ in ("NNS", "NNPS")
    if word in ("he", "she"):
        return said_by.tag_ == "NNP" or said_by.lower_ in ("he", "she")
    return word == "it" and said_by.tag_ in ("NNP", "NN") and said_by.ent_type_ != "PERSON"
