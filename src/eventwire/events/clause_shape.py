"""The shape of a trigger's clause, read from spaCy's parse alone: whether it is wished,
planned, conditional or generic, and who its subject is (names and headings:
``names_and_headings.py``). The force
idioms (``idioms.py`` and its mixins) ask these questions; the answers need no word lists beyond
a few grammatical ones here.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp import SUBJECT_DEPS

CONDITIONS = {"if", "unless"}  # "if they came through his door"
INVERTED_CONDITIONS = {"should", "had", "were"}  # "should he win the nomination"
GENERIC_BLOCKERS = ("det", "poss", "nummod", "predet", "quantmod")  # "the attacks"
SETTINGS = ("in", "at", "near", "outside", "inside", "during", "across", "by")  # "by police"
NAMED_SETTINGS = ("DATE", "TIME", "GPE", "LOC", "FAC", "NORP", "ORG", "PERSON", "EVENT")
DEFINITE_DETERMINERS = {"the", "this", "that", "these", "those"}
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


def act_in_general(trigger: Token) -> bool:
    """ "Attacking immigrants in a country built by immigrants is a contradiction": a gerund
    with no subject that is itself the subject of a clause names a kind of act."""
    return (
        trigger.tag_ == "VBG"
        and trigger.dep_ in ("csubj", "csubjpass")
        and not any(c.dep_ in ("nsubj", "poss") for c in trigger.children)
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


def concessive(trigger: Token) -> bool:
    """ "however many nationalities or religions are banned from our shores, Orlando can still
    happen": a clause of any amount ("however many", "however much") grants it, tells no act."""
    node = climb(trigger, ("conj",))
    return any(
        t.lower_ == "however" and t.i + 1 < node.i and t.nbor(1).pos_ in ("ADJ", "ADV")
        for t in node.subtree
        if t.i < node.i
    )  # the parser hangs "however" on "many" or on the verb; "However, ..." is no amount


def verb_as_modifier(trigger: Token) -> bool:
    """ "The device, which is intended to locate utility lines, shoots radar waves into the
    ground": a verb the parser hangs on a noun as part of its name has no clause of its own,
    so no one is read doing it to anyone (a garbled parse, often a thing's working)."""
    return trigger.pos_ == "VERB" and trigger.dep_ == "compound"


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


def named_setting(verb: Token) -> bool:
    """ "killed in Aleppo", "beaten on Friday": a phrase of place or time with a name or date
    ties an act to an incident."""
    return any(
        t.ent_type_ in NAMED_SETTINGS
        for p in verb.children
        if p.dep_ in ("prep", "npadvmod") and (p.dep_ == "npadvmod" or p.lower_ in SETTINGS)
        for t in p.subtree
    )


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
