"""Argument slots: a verb trigger's source and target actors, read from the dependency parse.

The subject acts; the frame's slots (object, indirect object, ``prep:against``, ...) give the target;
in the passive the ``by`` agent acts on the subject. Joint actors ("talks between A and B") and
plural references ("they", "both leaders") are expanded to their members. A verb's subject is
found by ``verb_subjects.py``; who a phrase names, by ``actor_phrases.py`` (on the mentions of
``phrase_mentions.py`` and the pronoun referents of ``pronoun_referents.py``); a nominal event's
actors are read in ``noun_arguments.py``, above this module.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import clause_shape
from eventwire.events.actor_refs import ActorRef, unique
from eventwire.events.patterns import Frame
from eventwire.events.verb_subjects import (
    VerbSubjects,
    governing_verb,
    misparsed_main_verb,
    perfect_read_as_passive,
)


class ArgumentSlots(VerbSubjects):
    """Who acts and who is acted on."""

    def _verb_arguments(
        self, verb: Token, frame: Frame, obj: Token | None
    ) -> tuple[list[ActorRef], list[ActorRef]]:
        if misparsed_main_verb(verb) is not None:
            return self._subjects(verb), self._targets(verb, frame, obj)
        outcome = self._outcome_of(verb)
        if outcome is not None:
            left_by, sufferer = outcome
            return self._outcome_doers(left_by), self._phrase_actors(sufferer)
        passive = (
            any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children)
            or (verb.dep_ == "acl" and verb.tag_ == "VBN")
            or clause_shape.reduced_passive(verb)
        ) and not perfect_read_as_passive(verb)
        if passive:
            sources = self._slot_actors(verb, "agent", None, fallback=True)
            if not sources and not any(c.dep_ == "agent" for c in verb.children):
                sources = self._passive_doers(verb)
                if sources:
                    doers = {s.identity for s in sources}
                    others = [t for t in self._targets(verb, frame, obj) if t.identity not in doers]
                    return sources, others
            if not sources and "18" <= frame.code[:2] <= "20":
                sources = self._armed_instrument(verb)
            if verb.dep_ == "acl" and verb.tag_ == "VBN":
                targets = self._actors(verb.head)
            else:
                targets = self._actors_of_deps(verb, ("nsubjpass",)) or self._implicit_patients(
                    verb
                )
            if not targets:
                targets = self._targets(verb, frame, obj)
            return sources, targets
        sources = self._subjects(verb)
        targets = self._targets(verb, frame, obj)
        if frame.symmetric and frame.object and obj is not None:
            targets = [t for t in targets if not t.start <= obj.idx < t.end]  # the thing traded
        moves_forces = frame.code.startswith(self.patterns.own_force_codes)
        if moves_forces and targets and all(self._own_force(t, sources) for t in targets):
            targets = self._targets(verb, frame, obj, skip="dobj") or targets
        return sources, targets

    def _outcome_of(self, verb: Token) -> tuple[Token, Token] | None:
        """ "The blast left 11 people dead and dozens injured", "leaving two dead and 20
        wounded": a participle in what an outcome verb (``outcome_verbs``) leaves is a passive,
        its subject (or the noun it describes) the one who suffered it. The outcome verb and
        that sufferer (whose phrase alone is read: "dozens" is often misread as joined to
        "left")."""
        children = list(verb.children)
        if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "dobj") for c in children):
            return None
        sufferer = next((c for c in children if c.dep_ == "nsubj"), None)
        node = verb
        if sufferer is None and verb.dep_ == "acl":
            sufferer = node = verb.head  # "left five dead and dozens injured"
        if sufferer is None:
            return None
        while node.dep_ in ("conj", "ccomp", "oprd", "dobj") and node.head.i != node.i:
            node = node.head
            if node.pos_ == "VERB" and self._verb_lemma(node) in self.patterns.outcome_verbs:
                return node, sufferer
        return None

    def _outcome_doers(self, outcome: Token) -> list[ActorRef]:
        """ "A gunman left five people dead", "police fired, leaving two dead": the outcome
        verb's subject did it when it names someone; "a car bomb", "clashes between protesters
        and police" name no doer."""
        subject = clause_shape.subject(clause_shape.subject_clause(outcome))
        if subject is None or subject.i not in self.mention_at:
            return []
        return self._actors(subject)

    def _own_force(self, target: ActorRef, sources: list[ActorRef]) -> bool:
        """ "Kenya deployed troops to Haiti": forces of the state that moves them (the state, its
        government or its army) are what it moves, not whom it acts on, when another slot
        names someone ("to Haiti"); with none, they stay the act's only other side."""
        if target.actor.sector not in self.patterns.own_force_sectors:
            return False
        return any(
            s.actor.country == target.actor.country
            and (s.state or s.actor.sector in self.patterns.commanding_sectors)
            for s in sources
        )

    def _implicit_patients(self, verb: Token) -> list[ActorRef]:
        """ "Trump fired Comey after being warned by ...", "he resigned, having been accused of
        ...": a subjectless passive clause acts on the subject of the verb it hangs on."""
        if verb.dep_ not in ("advcl", "pcomp", "xcomp") or not any(
            c.dep_ == "auxpass" for c in verb.children
        ):
            return []
        if any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
            return []
        governor = governing_verb(verb)
        if governor.pos_ not in ("VERB", "AUX"):
            return []
        return self._subjects(governor)

    def _passive_doers(self, verb: Token) -> list[ActorRef]:
        """ "Libyan army troops were deployed", "forces were engaged in clashes": the subject of
        a ``passive_doers`` verb's agentless passive (or the noun its participle describes) acts."""
        if self._verb_lemma(verb) not in self.patterns.passive_doers:
            return []
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return self._actors(verb.head, fallback=True)
        return self._actors_of_deps(verb, ("nsubjpass",), fallback=True)

    def _armed_instrument(self, verb: Token) -> list[ActorRef]:
        """ "killed in a car bomb explosion": the bomb (an armed actor of the place) did it."""
        armed = self.patterns.force_idioms.armed_sectors
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                found = [r for r in self._shallowest_mention(pobj) if r.actor.sector in armed]
                if found:
                    return found
        return []

    def _inanimate_subject(self, verb: Token) -> bool:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return bool(subjects) and self._lemma(subjects[0]) in self.patterns.non_agents

    def _targets(
        self, verb: Token, frame: Frame, obj: Token | None, skip: str = ""
    ) -> list[ActorRef]:
        """The first of the frame's target slots (all but ``skip``) that names actors."""
        for slot in frame.target or self.patterns.verb_target:
            found = self._slot_actors(verb, slot, obj) if slot != skip else []
            if found:
                return found
        if skip:
            return []
        for candidate in self._objects(verb):  # "hailed talks between A and B" -> A, B
            found = self._participants(candidate) or self._actors(candidate)
            if found:
                return found
        root = frame.code[:2]
        if root in self.patterns.purpose_aimed_roots:
            found = self._aimed_in_infinitive(verb, "advcl")
            if found:
                return found
        if root in self.patterns.place_struck_roots:
            return self._places_struck(verb)
        if root in self.patterns.clause_asked_roots:
            return self._aimed_in_clause(verb)
        if root in self.patterns.clause_threatened_roots:
            return self._aimed_in_infinitive(verb, "xcomp")
        return []

    def _aimed_in_infinitive(self, verb: Token, dep: str) -> list[ActorRef]:
        """ "threatened to break relations with Russia" (``xcomp``), "opened fire to disperse
        demonstrators" (a purpose, ``advcl``): an act that names no one it is aimed at is aimed at
        whom its infinitive's act is aimed at (that act's first slot naming one)."""
        for clause in verb.children:
            if clause.dep_ == dep and clause_shape.infinitive(clause):
                for slot in self.patterns.verb_target:
                    found = self._slot_actors(clause, slot, None)
                    if found:
                        return found
        return []

    def _aimed_in_clause(self, verb: Token) -> list[ActorRef]:
        """ "demanded that the government resign", "alleged that the Russian government was
        behind it": an appeal, demand or accusation that names no one it asks or accuses is aimed
        at the subject of what it asks for or alleges (an active subject: "demanded that he be
        released" asks it of his jailers)."""
        for clause in verb.children:
            if clause.dep_ == "ccomp":
                found = self._actors_of_deps(clause, ("nsubj",))
                if found:
                    return found
        return []

    def _places_struck(self, verb: Token) -> list[ActorRef]:
        """ "seized Bunia", "captured Kabul": a place the act of force takes or hits is where
        it happens, and its country is the one acted on."""
        return self._places_named(verb, "dobj", self.patterns.place_mention_kinds)

    def _participants(self, noun: Token) -> list[ActorRef]:
        """Actors of a joint event: "talks between A and B (as well as C and D)"."""
        found: list[ActorRef] = []
        for child in noun.children:
            if (
                child.dep_ == "prep"
                and child.lower_ in ("between", "among")
                or child.lower_ == "as"
                and child.dep_ in ("cc", "prep")
                and found
            ):
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    found += self._actors(pobj)
        if (
            found
        ):  # "talks between A and B - as well as C and D" (C, D parsed as conjuncts of "talks")
            for conjunct in noun.conjuncts:
                if conjunct.i in self.mention_at:
                    found += self._actors(conjunct)
        return unique(found)
