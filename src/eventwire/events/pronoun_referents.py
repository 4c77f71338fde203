"""Who a pronoun stands for: a relative "who", "whom" or "which" the noun its clause describes
(or the subject that noun is said of: "Trump ... is a serial liar ... who has pledged"), a
pronoun subject of a reported clause the speaker ("NATO confirmed it would ..."), a possessive
of an event noun the subject of its clause ("Mateen posted messages during his attack"), and
"their forces" the owner whose country places the sector. Its own module because these repairs
read a word that names no one through the clause around it; ``actor_phrases.py`` falls back on
them when a phrase holds no mention.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Token

from eventwire.events import clause_shape
from eventwire.events.actor_refs import ActorRef
from eventwire.events.phrase_mentions import PhraseMentions
from eventwire.nlp import sentence_of

BOUND_POSSESSIVES = {"his", "her", "their", "its"}
PERSONAL_PRONOUNS = {"it", "he", "she", "they", "we", "its", "his", "her", "their", "our"}


class PronounReferents(PhraseMentions):
    """Who a relative, personal or possessive pronoun stands for."""

    # A referent is named by a phrase (``actor_phrases.ActorPhrases``) or is a verb's subject
    # (``verb_subjects.VerbSubjects``): the mixins above this one read both.
    _actors: Callable[..., list[ActorRef]]
    _subjects: Callable[[Token], list[ActorRef]]

    def _relative_antecedent(self, clause: Token, pronoun: Token) -> Token:
        """The noun a relative "who" stands for: the clause's head, unless a comma sets the
        clause off a common noun that names no one ("the Trump who questions ... because of his
        Mexican heritage, who fights with journalists"): then the noun of the sentence's
        previous "who" clause, which this one continues."""
        head = clause.head
        set_off = pronoun.i > 0 and pronoun.doc[pronoun.i - 1].text == ","
        if (
            pronoun.lower_ not in ("who", "whom")
            or not set_off
            or head.pos_ != "NOUN"
            or head.i in self.mention_at
        ):
            if head.i not in self.mention_at and (
                named := predicate_subject(head, self.patterns.empty_subjects)
            ):
                return named  # "Trump ... is a serial liar ... who has pledged": Trump
            return head
        earlier = [
            t
            for t in sentence_of(clause)
            if t.i < clause.i
            and t.dep_ == "relcl"
            and any(c.dep_ == "nsubj" and c.lower_ in ("who", "whom") for c in t.children)
        ]
        return earlier[-1].head if earlier else head

    def _placed_by_owner(self, head: Token, refs: list[ActorRef]) -> list[ActorRef]:
        """ "their forces" said by the Bosnian Serbs: a sector takes its owner's country."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        owners = (
            [o for o in self._speaker_of(owner) if o.actor.country] if owner is not None else []
        )
        if not owners:
            return refs
        country = owners[0].actor.country
        placed = []
        for ref in refs:
            sector = ref.actor.sector
            update = {"country": country, "code": f"{country}{sector or ''}"}
            placed.append(replace(ref, actor=ref.actor.model_copy(update=update), known=True))
        return placed

    def _speaker_of(self, pronoun: Token) -> list[ActorRef]:
        """ "NATO confirmed it would ...": a pronoun subject of a reported clause is the speaker."""
        if pronoun.dep_ not in ("nsubj", "poss") or pronoun.lower_ not in PERSONAL_PRONOUNS:
            return []
        clause = pronoun.head
        while (
            pronoun.dep_ == "poss"
            and clause.dep_ in ("dobj", "pobj", "nsubj", "prep")
            and clause.head.i != clause.i
        ):
            clause = clause.head
        while clause.dep_ not in ("ccomp", "parataxis", "ROOT") and clause.head.i != clause.i:
            clause = clause.head
        speech = clause.head
        if (
            clause.dep_ in ("ccomp", "parataxis")
            and self._verb_lemma(speech) in self.patterns.speech
        ):
            return [ref for ref in self._subjects(speech) if ref.known]
        return []

    def _bound_possessive(self, pronoun: Token) -> list[ActorRef]:
        """ "Mateen posted messages during his attack", "they have been vocal in their criticism":
        a possessive pronoun of an event noun is the subject of the clause the noun is in."""
        if pronoun.dep_ != "poss" or pronoun.lower_ not in BOUND_POSSESSIVES:
            return []
        node = pronoun.head
        while node.dep_ in ("pobj", "prep", "dobj", "conj") and node.head.i != node.i:
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                break
        if node.pos_ not in ("VERB", "AUX") or self._reacts_to(node):
            return []
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if not subjects or _plural(subjects[0]) != (pronoun.lower_ == "their"):
            return []
        return [ref for ref in self._actors(subjects[0]) if ref.known]

    def _reacts_to(self, verb: Token) -> bool:
        """A verb that is an event of its own (a statement, a criticism, an investigation) takes
        another's act as its object: its subject reacts to that act, it did not do it; one
        announcing an act ("announced a ceasefire") announces its own."""
        lemma = self._verb_lemma(verb)
        if lemma in self.patterns.own_act_announcers:
            return False
        if lemma in self.patterns.speech:
            return True
        frames = self.patterns.verbs.get(lemma, ())
        return any(not f.stops and not f.conditional and not f.imported for f in frames)


def _plural(noun: Token) -> bool:
    """ "Ros-Lehtinen and Curbelo", "Democrats", "they": more than one."""
    return noun.tag_ in ("NNS", "NNPS") or noun.lower_ in ("they", "we") or bool(noun.conjuncts)


def predicate_subject(noun: Token, empty_subjects: frozenset[str]) -> Token | None:
    """'X is a serial liar, rampant xenophobe ... who': a common noun said of the subject of
    "be" (its complement, or one coordinated with it) is that subject, whom a relative clause
    on the noun is about; not an empty subject (patterns.yaml ``empty_subjects``)."""
    noun = clause_shape.climb(noun, ("conj", "appos"))  # "a serial liar, rampant xenophobe"
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "attr" or verb.lemma_.lower() != "be":
        return None
    subject = clause_shape.subject(verb)
    while subject is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "X incites ... and is a liar"
        subject = clause_shape.subject(verb)
    if subject is None or subject.lower_ in empty_subjects or subject.tag_ in ("WDT", "WP"):
        return None
    return subject


def relative_object(token: Token) -> bool:
    """ "Trump, whom he blasted as a bully", "al-Qaeda, which Hollande blamed": a relative
    pronoun acted on inside its clause stands for the noun the clause describes (the doer's
    relative pronoun is read by the subjects' own step)."""
    return (
        token.tag_ in ("WP", "WDT")
        and token.dep_ in ("dobj", "nsubjpass")
        and token.head.dep_ == "relcl"
    )
