"""Force talked of, not done: the topic of talk ("discusses shooting federal agents"), a record
("a history of attacking journalists"), an opinion of what an act was ("I don't think this is
an attack"), a false claim ("falsified reports of explosions"), a plan or a purpose ("his plan,
which includes confiscating money") and a complaint ("Mexico is killing us"). ``_no_act``
(``no_act.py``) asks these; word lists: ``force_idioms`` in ``patterns.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import clause_shape
from eventwire.events.doers import ForceDoers
from eventwire.nlp import SUBJECT_DEPS


class TalkOfForceRules(ForceDoers):
    """Decides whether a word of force is only talked of (a topic, a claim, a plan)."""

    def _planned(self, trigger: Token) -> bool:
        """Force inside a plan, a call or a commitment ("a commitment to destroying ISIL", "his
        plan, which includes confiscating money", "the call to ban"): not done."""
        plans = self.patterns.force_idioms.plans
        node = trigger
        for _ in range(5):
            if node is not trigger and clause_shape.plan_noun(node, plans):
                return True
            if any(
                c.dep_ in SUBJECT_DEPS and clause_shape.plan_noun(c, plans) for c in node.children
            ):
                return True  # "Trump's call to ban", "your proposal is to spend billions"
            if node.dep_ in ("ROOT", "parataxis") or node.head.i == node.i:
                return False
            node = node.head
        return False

    def _topic(self, trigger: Token) -> bool:
        """ "Santilli discusses burying guns and shooting federal agents": a gerund with no
        subject taken by a verb of talking or thinking is what is talked about."""
        if trigger.tag_ != "VBG" or clause_shape.subject(trigger) is not None:
            return False
        node = clause_shape.climb(
            trigger, ("conj",)
        )  # "burying guns, dying a free man and shooting agents"
        idioms = self.patterns.force_idioms
        if (
            node.dep_ == "pcomp"
            and node.head.lower_ in idioms.topic_prepositions
            and self._topic_noun_at(node.head.head)
        ):
            return True  # "his position on banning Muslims"
        if node.dep_ == "pcomp" and node.head.lower_ == "about":
            node = node.head  # "joked about bombing"
        topics = idioms.topic_verbs
        return node.dep_ in ("dobj", "prep", "xcomp", "advcl") and (
            self._verb_lemma(node.head) in topics if node.head.pos_ == "VERB" else False
        )

    def _topic_noun_at(self, holder: Token) -> bool:
        """A noun of talk or disagreement, or a verb that takes one ("highlighting differences
        between Moscow and Washington over pressuring Iran")."""
        nouns = self.patterns.force_idioms.topic_nouns
        return self._lemma(holder) in nouns or (
            holder.pos_ == "VERB"
            and any(c.dep_ == "dobj" and self._lemma(c) in nouns for c in holder.children)
        )

    def _measure_talked_of(self, trigger: Token, code: str) -> bool:
        """ "The two navies had discussed the deployment of the USS Carney", "the EU considered
        sanctions": a noun of force posture or of cut relations (``talked_of_roots``) that a
        verb of talking or weighing takes as its object is a measure weighed, not taken."""
        idioms = self.patterns.force_idioms
        if trigger.pos_ != "NOUN" or code[:2] not in idioms.talked_of_roots:
            return False
        node = clause_shape.climb(trigger, ("conj",))
        head = node.head
        return (
            node.dep_ == "dobj"
            and head.pos_ == "VERB"
            and self._verb_lemma(head) in idioms.topic_verbs
        )

    def _record_of(self, trigger: Token) -> bool:
        """ "a record of fighting and beating the establishment", "a history of attacking
        journalists": force after "of" a noun of habit or past pattern is a habit, not an act."""
        node = clause_shape.climb(trigger, ("conj",))
        return (
            node.dep_ in ("pobj", "pcomp")
            and node.head.lower_ == "of"
            and self._lemma(node.head.head) in self.patterns.force_idioms.record_nouns
        )

    def _named_as_predicate(self, trigger: Token) -> bool:
        """ "I felt ... the second was an attack", "I don't think this is an ISIS-condoned
        attack": a noun of force as what someone believes an act was is an opinion about an act
        (told where it happened), not a report of one; said of an act already named ("the
        Benghazi attack was a terrorist attack"), it tells that act again."""
        if trigger.pos_ != "NOUN" or trigger.dep_ != "attr" or self._lemma(trigger.head) != "be":
            return False
        if any(  # "the Benghazi attack was a terrorist attack": the same act, told again
            c.dep_ == "nsubj" and c.pos_ == "NOUN" and self._noun_frame(c) is not None
            for c in trigger.head.children
        ):
            return True
        beliefs = self.patterns.force_idioms.belief_verbs
        clause = clause_shape.climb(trigger.head, ("conj",))
        if clause.dep_ == "ccomp" and self._verb_lemma(clause.head) in beliefs:
            return True
        return any(  # "it was, I believe, an attack", or the parser's "I felt ..., the second was"
            c.dep_ in ("ccomp", "parataxis") and c.pos_ == "VERB" and self._verb_lemma(c) in beliefs
            for c in clause.children
        )

    def _told_as_false(self, trigger: Token) -> bool:
        """ "She lies about trips where she was being gunned down", "falsified reports of
        explosions that had injured Obama", "produce “proof” that Ukraine had shot it down":
        force under a verb of lying (a clause of force, not a noun: "lied about the attack" names
        a real one), or under a claim called false or set in scare quotes, within a few heads, is
        a false claim ("alleged" is no falsity: crimes not yet proven are told so)."""
        idioms = self.patterns.force_idioms
        node = trigger
        for _ in range(idioms.falsity_reach + 1):
            if node is not trigger and node.pos_ == "VERB" and trigger.pos_ == "VERB":
                if self._verb_lemma(node) in idioms.falsity_verbs:
                    return True
            if node.pos_ == "NOUN" and (
                any(
                    c.dep_ in ("amod", "compound") and self._lemma(c) in idioms.falsity_modifiers
                    for c in node.children
                )
                or (node is not trigger and self._scare_quoted(node))
            ):
                return True
            if node.head.i == node.i:
                return False
            node = node.head
        return False

    def _scare_quoted(self, noun: Token) -> bool:
        """ "to produce “proof” that": a claim noun alone between quotation marks."""
        if self._lemma(noun) not in self.patterns.force_idioms.claim_nouns:
            return False
        doc = noun.doc
        return 0 < noun.i < len(doc) - 1 and doc[noun.i - 1].is_quote and doc[noun.i + 1].is_quote

    def _complaint_of_harm(self, trigger: Token, lemma: str) -> bool:
        """ "Mexico is killing us", "China is killing us": a verb of killing in the present
        progressive done to the speaker's people, with no word of violence in its sentence or
        around it, is a complaint, not a killing."""
        idioms = self.patterns.force_idioms
        if trigger.tag_ != "VBG" or lemma not in idioms.victim_verbs:
            return False
        present = any(
            c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP")
            for c in trigger.children
        )
        return (
            present
            and any(
                c.dep_ == "dobj" and c.lower_ in idioms.complaint_objects for c in trigger.children
            )
            and not self._violence_near(trigger)
            and not self._violence_around(trigger)
        )

    @staticmethod
    def _purpose(trigger: Token) -> bool:
        """ "so that the powerful can no longer beat up on people": a modal clause of purpose
        tells what someone wants, not an act."""
        node = clause_shape.climb(trigger, ("conj",))
        marks = [c.lower_ for c in node.children if c.dep_ == "mark"]
        return (marks[:2] == ["so", "that"] or marks[:2] == ["in", "order"]) and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in node.children
        )
