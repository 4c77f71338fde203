"""A nominal event's arguments: who acts and who is acted on in "a protest", "talks", "criticism".

A noun takes its actors from its own slots (``noun_source``, ``noun_target``: "Russian airstrikes",
"the criticism of her remarks by Graham"), from the participants of a joint event ("talks between
A and B"), or from the verb it hangs on: the subject of "X staged a protest" or "took part in the
talks" acts, the subject of "faced criticism" undergoes it (``undergone_acts``). Its own module
because none of this reads a verb trigger's frame slots (``arguments.py``, below it, whose joint
participants and passive doers it reads).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import clause_shape
from eventwire.events.actor_refs import ActorRef
from eventwire.events.arguments import ArgumentSlots
from eventwire.events.ontology import VERBAL_QUAD_CLASSES, quad_class_of
from eventwire.events.patterns import Frame


class NounArgumentSlots(ArgumentSlots):
    """Who acts and who is acted on in a nominal event."""

    def _noun_arguments(self, noun: Token, frame: Frame) -> tuple[list[ActorRef], list[ActorRef]]:
        """A nominal event's actors: its own slots, the participants of a joint event, or the
        subject of the verb that governs it ("X staged a protest")."""
        participants = self._participants(noun)
        sources = self._first_slot(noun, frame.source or self.patterns.noun_source)
        agent = clause_shape.agent_on_object(noun)
        if not sources and agent is not None:  # "the criticism of her remarks by Graham"
            sources = self._actors_of_deps(agent, ("pobj",))
        undergoer = self._undergoing_verb(noun, frame)
        if undergoer is not None:  # "Cruz faced criticism": Cruz is criticised
            sources = sources or self._slot_actors(undergoer, "prep:from", None)
            targets = self._first_slot(noun, frame.target or self.patterns.noun_target)
            return sources, targets or self._subjects(undergoer)
        partitive = self._partitive(noun)
        if not sources and not participants and partitive is not None:
            sources = self._first_slot(partitive, self.patterns.noun_source)
        if not sources and not participants:
            sources = self._subjects_of_governing_verb(partitive or noun)
        targets = self._first_slot(noun, frame.target or self.patterns.noun_target)
        if agent is not None:
            by_agent = {token.idx for token in agent.subtree}
            targets = [t for t in targets if t.start not in by_agent]
        if not targets:
            targets = self._aimed_through_verb(noun)
        if frame.symmetric and participants:
            keys = {p.identity for p in participants}
            return participants + [s for s in sources if s.identity not in keys], []
        return sources, targets

    def _undergoing_verb(self, noun: Token, frame: Frame) -> Token | None:
        """The verb whose subject undergoes or answers the nominal act: "faced criticism",
        "drew protests", "came under attack", "responded to criticism" (``undergone_acts``); one
        responds to words said to one, but reacts to a shooting as anyone may."""
        undergone = self.patterns.undergone_acts
        verb = noun.head
        if noun.dep_ == "dobj" and self._verb_lemma(verb) in undergone.verbs:
            return verb
        if noun.dep_ == "pobj" and verb.dep_ == "prep":
            if verb.lower_ == "under" and self._lemma(verb.head) in undergone.under_verbs:
                return verb.head
            if verb.lower_ == "to" and self._lemma(verb.head) in undergone.to_verbs:
                return verb.head if quad_class_of(frame.code[:2]) in VERBAL_QUAD_CLASSES else None
        return None

    def _aimed_through_verb(self, noun: Token) -> list[ActorRef]:
        """ "went on the offensive against Trump", "launched a campaign against the rebels": the
        parser hangs the "against" phrase on the verb that takes the act; it names the target."""
        verb = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
            return []
        return self._slot_actors(verb, "prep:against", None)

    def _partitive(self, noun: Token) -> Token | None:
        """ "round" in "launching a new round of attacks": the noun that counts the acts."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
            return None
        counter = prep.head
        return counter if self._lemma(counter) in self.patterns.partitive_nouns else None

    def _first_slot(self, token: Token, slots: tuple[str, ...]) -> list[ActorRef]:
        for slot in slots:
            found = self._slot_actors(token, slot, None)
            if found:
                return found
        return []

    def _subjects_of_governing_verb(self, noun: Token) -> list[ActorRef]:
        """ "X staged a protest", "X returned for talks": the active verb's subject acts."""
        verb = noun.head
        participant = self._participation(noun)
        found = self._subjects(participant) if participant is not None else []
        if found:  # "Democrats joined them for the protest"
            return found
        if (
            noun.dep_ == "pobj"
            and verb.lower_ in ("for", "to", "into", "on")
            and verb.dep_ == "prep"
        ):
            verb = verb.head
            if any(c.dep_ == "dobj" for c in verb.children):
                return []  # "opened an investigation into the killing": not the killers
        elif noun.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ == "VERB":
            return self._passive_doers(verb.head)  # "forces were engaged in heavy clashes"
        elif noun.dep_ not in ("dobj", "attr"):
            return []
        if verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return []
        if self._reacts_to(verb):
            return []  # "X condemned the blockade": X did not blockade
        return self._subjects(verb)

    def _participation(self, noun: Token) -> Token | None:
        """The verb of taking part whose "in"/"for" the event noun follows: "joined them for
        the overnight protest", "took part in the protest", "participated in the talks"; or of
        coming away from it: "emerging from a meeting with Obama"."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("in", "for", "from") or prep.dep_ != "prep":
            return None
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "took part in"
        if verb.pos_ != "VERB":
            return None
        lemma = self._verb_lemma(verb)
        if prep.lower_ == "from":
            return verb if lemma in self.patterns.departure_verbs else None
        objects = [self._lemma(c) for c in verb.children if c.dep_ == "dobj"]
        readings = {lemma, *(f"{lemma} {obj}" for obj in objects)}
        return verb if readings & self.patterns.participation_verbs else None
