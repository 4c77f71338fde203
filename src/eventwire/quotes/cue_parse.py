"""How the parse around a cue verb is read: whether a word is a cue verb, where the cue ends,
who does its action (its subject, never a word inside quotation marks), the speaker phrase, and
which subjects are no source ("it seems", a relative pronoun). Its own module because every
finder of speech reads the parse the same way (reported speech in ``reported``,
``reported_clause`` and ``speaker_repairs``, cue phrases in ``cue_phrases``, a quoted phrase
a cue verb governs in ``quoted_phrases``, a speaker before a colon in ``attach``): it is the
layer under them all."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.quotes.attribution import end_of
from eventwire.quotes.cues import Cues

ACTIVE_SUBJECT_DEPS = ("nsubj",)  # the doer's own subject, not a passive one
_SAYING_WITH_IT = {"show", "find", "prove", "demonstrate"}  # stance verbs "it" may report
INHERIT_SUBJECT_DEPS = ("conj", "advcl", "xcomp", "parataxis")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
EXPLETIVES = {"it", "there"}
CLOSING_MARKS = {"”", '"', "''", "’"}  # a quotation's closing mark as a token of the parse
SPEAKER_DROP_DEPS = {"relcl", "acl", "appos", "punct", "advcl", "parataxis", "npadvmod", "case"}


def is_cue_verb(token: Token, cues: Cues) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = cues.lemma(token)
    needed = cues.idioms.get(lemma)
    if needed is not None:  # "put it": a cue only with its object
        return any(c.dep_ == "dobj" and c.lower_ == needed for c in token.children)
    return cues.is_cue(lemma)


def controlling_object(verb: Token) -> Token | None:
    """The object of the verb above an infinitive or participle, which is its subject
    ("left many nations feeling that ...", "challenged Republicans to prove ...")."""
    if verb.dep_ != "xcomp":
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def subject(
    verb: Token, quoted: Callable[[int], bool] = lambda _: False, depth: int = 0
) -> Token | None:
    """Who does the verb's action: its subject (never words inside quotation marks, which a
    parse may take for the subject of "“...,” said X"), the agent of a passive, the noun a
    participle or relative clause hangs on, or the subject of the verb it depends on."""
    # the cue's own passive subject is who was spoken to ("he was warned against it"); a
    # passive verb above it is the speaker's ("he was asked about it and said ...")
    deps = ACTIVE_SUBJECT_DEPS + (("nsubjpass",) if depth else ())
    for child in verb.children:
        if child.dep_ in deps and not quoted(child.idx):
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if any(child.dep_ == "nsubjpass" for child in verb.children):
        return None
    controller = controlling_object(verb)
    if controller is not None and controller.pos_ != "PRON":
        return controller  # "left many nations feeling that ...": the nations feel
    if verb.dep_ == "acl":
        # "a letter urging them to reconsider"; not "a stream called Miracle Run" (passive)
        return verb.head if verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") else None
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head  # "began by saying ..."
    elif verb.dep_ not in INHERIT_SUBJECT_DEPS:
        return None
    if depth < 3 and head.i != verb.i:
        return subject(head, quoted, depth + 1)
    return None


def cue_span(verb: Token) -> tuple[int, int]:
    """The cue verb with its particle ("pointed out"), as a character span."""
    last = verb
    for child in verb.children:
        if child.dep_ == "prt" and child.i == last.i + 1:
            last = child
    return verb.idx, end_of(last)


def phrase(head: Token) -> tuple[int, int]:
    """The noun phrase headed by ``head`` without relative clauses, appositions or commas."""
    kept = [head] + [t for c in head.children if c.dep_ not in SPEAKER_DROP_DEPS for t in c.subtree]
    start, end = min(t.i for t in kept), max(t.i for t in kept)
    doc = head.doc
    while end > start and doc[end].is_punct:
        end -= 1
    while start < end and doc[start].is_punct:
        start += 1
    return doc[start].idx, end_of(doc[end])


def not_a_source(speaker: Token, verb: Token, cues: Cues) -> bool:
    """A relative pronoun, "there", or an "it" that is no document ("it seems", "it is
    clear"): only a verb of saying makes "it" a source ("It says the campaign violated ...")."""
    if speaker.lower_ in RELATIVE_PRONOUNS or speaker.lower_ == "there":
        return True
    if speaker.lower_ not in EXPLETIVES or speaker.dep_ != "nsubj":
        return speaker.lower_ in EXPLETIVES
    # an active cue's "it" is a report, a party, a country ("it warned North Korea"); a
    # stance verb's is mostly the empty subject of a construction, unless it reports findings
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return True  # "it would add ...": a consequence, not a report
    return lemma in cues.stance and lemma not in _SAYING_WITH_IT
