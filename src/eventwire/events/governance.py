"""Governance: what the words above a trigger say about it, decided in one place.

Asserted, reported by a speaker, an intent, a threat, a refusal, or blocked (negated, denied,
conditional, hypothetical, a mere call or plan). Every rule that stops or recodes an event on the
strength of its governor lives here; what a nominal act's own modifiers, the verb that takes it
and the preposition it hangs on say of it is in ``noun_governance.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.events import clause_marks, clause_mood, clause_shape
from eventwire.events.reading import TriggerReading
from eventwire.nlp import SUBJECT_DEPS, sentence_of

# Dependencies that open a new clause whose content is not governed by the word above it.
CLAUSE_BOUNDARIES = {
    "nsubj",
    "nsubjpass",
    "csubj",
    "csubjpass",
    "relcl",
    "advcl",
    "parataxis",
    "appos",
    "ROOT",
}
# A firm future ("will withdraw") announces a conflictual act as decided; "would"/"may" threaten it.
FIRM_FUTURE = {"will", "shall", "'ll", "’ll", "wo"}
FORCE_ROOTS = "18"  # roots from here on (assault, fight, mass violence): "will attack" is a threat


@dataclass
class Governance:
    kind: str  # asserted | reported | intent | threat | refusal | blocked
    governor: Token | None = None


class GovernanceRules(TriggerReading):
    """Negation, modality and reported speech for any trigger."""

    def _governance(self, token: Token) -> Governance:
        """What the word above the trigger says about it: asserted, reported, an intent, ... or blocked."""
        modality = self.patterns.modality
        if clause_marks.characterisation(token, self.patterns.generic_people):
            return Governance("blocked", token.head)
        node = below = token
        while node.head.i != node.i:
            rel, head = node.dep_, node.head
            if rel == "conj":
                node = self._conj_head(node)
                continue
            if rel == "advcl" and clause_marks.condition_or_time_to_come(node):
                return Governance("blocked", head)
            lemma = self._lemma(head)
            phrases = clause_shape.with_particles(head, lemma)
            if rel == "nsubjpass" and token.pos_ == "NOUN" and phrases & modality.blocking:
                return Governance("blocked", head)  # "airstrikes are needed", "talks postponed"
            if rel == "prep" and node.lower_ == "for" and lemma in modality.awaited_by:
                return Governance("blocked", head)  # "prepared for major protests": to come
            if rel == "attr" and lemma == "be" and self._subject_blocks(head):
                return Governance("blocked", head)  # "the bigger risk is a clash"
            if rel in CLAUSE_BOUNDARIES and not (rel == "advcl" and clause_shape.infinitive(node)):
                return Governance("asserted")
            if token.pos_ == "NOUN" and self._presupposes(head, rel):
                return Governance("asserted")  # "ordered a probe into the murder": a murder
            if self._blocks(head, phrases, rel, node, below):
                return Governance("blocked", head)
            if lemma in modality.purposes and head.dep_ == "acl" and head.tag_ == "VBN":
                return Governance("blocked", head)  # "a bill aimed at forcing China"
            kind = self._governed_kind(lemma, rel)
            if kind:  # "denies any plans to invade": a denied intent is no intent
                return (
                    Governance("blocked", head)
                    if self._governance(head).kind == "blocked"
                    else Governance(kind, head)
                )
            if rel in ("ccomp", "parataxis"):
                governance = self._clause_complement(node, head, lemma)
                if governance is not None:
                    return governance
            node, below = head, node
        return Governance("asserted")

    def _governed_kind(self, lemma: str, rel: str) -> str | None:
        """ "refused to sign": a refusal; "threatened to strike": a threat; "plans to meet",
        "prepared to resume": an intent."""
        modality = self.patterns.modality
        if lemma in modality.refusal and rel in ("xcomp", "dobj", "acl"):
            return "refusal"
        if lemma in modality.threat and rel in ("xcomp", "acl", "prep", "pcomp"):
            return "threat"
        if (lemma in modality.intent or lemma in modality.preparation) and rel in ("xcomp", "acl"):
            return "intent"
        return None

    def _clause_complement(self, node: Token, head: Token, lemma: str) -> Governance | None:
        """A clause under a verb: a mandate blocks it ("recommend that Clinton be prosecuted"),
        a causative passes it on to what governs the causer (None: "did not seek to have her
        boyfriend killed"), a verb of speech reports it, any other verb asserts it."""
        if node.dep_ == "ccomp" and clause_mood.mandative(node):
            return Governance("blocked", head)
        if node.dep_ == "ccomp" and self._caused(head):
            return None
        if lemma in self.patterns.speech and not self._negated(head):
            return Governance("reported", head)
        return Governance("asserted")

    def _caused(self, head: Token) -> bool:
        """ "to have her boyfriend killed", "got him arrested": a causative in an infinitive or
        under another verb passes on what governs it; a finite one ("they had him killed") is
        the causer's own act, asserted."""
        return (
            self._lemma(head) in self.patterns.modality.causatives
            and head.dep_ in ("xcomp", "ccomp", "advcl", "pcomp")
            and not clause_shape.subject(head)
        )

    def _helped_to_come(self, head: Token) -> bool:
        """ "Medvedev would help the U.S. secure tough sanctions": helping under a modal."""
        enablers = self.patterns.modality.modal_enablers
        return self._lemma(head) in enablers and self._modal_aux(head) is not None

    def _blocks(self, head: Token, phrases: set[str], rel: str, node: Token, below: Token) -> bool:
        """A blocking governor ("expected to sign"), a negated one (over a clause it takes, only
        a question: "did not specify how many troops were killed"), a wish ("wants weapons to
        murder us") or help to come ("would help the U.S. secure sanctions")."""
        modality = self.patterns.modality
        return (
            (bool(phrases & modality.blocking) and not self._own_act_warned(head, node))
            or (self._negated(head) and (rel != "ccomp" or clause_marks.wh_clause(node)))
            or (self._lemma(head) in modality.intent and clause_marks.wished(node, rel, below))
            or (rel in ("ccomp", "xcomp") and self._helped_to_come(head))
        )

    def _own_act_warned(self, head: Token, clause: Token) -> bool:
        """ "Iran warned it would strike back": a warning whose clause has the warner as subject
        and a modal announces the warner's own act (for harm, a threat), not a danger."""
        modality = self.patterns.modality
        return (
            self._lemma(head) in modality.own_act_warnings
            and clause.dep_ == "ccomp"
            and clause_shape.speaker_as_subject(clause, head)
            and self._modal_aux(clause) in modality.aux_intent
        )

    def _subject_blocks(self, copula: Token) -> bool:
        """ "The danger is a war", "the fear is an attack": what a copula says a risk, a fear or
        a plan is, is that risk, not an act."""
        blocking = self.patterns.modality.blocking
        return any(c.dep_ == "nsubj" and self._lemma(c) in blocking for c in copula.children)

    def _presupposes(self, head: Token, rel: str) -> bool:
        """An investigation of an act ("a probe into the murder", also when the parser hangs
        "into the murder" on the verb that takes the probe) presupposes the act."""
        presupposing = self.patterns.modality.presupposing
        if self._lemma(head) in presupposing:
            return True
        return rel == "prep" and any(
            c.dep_ == "dobj" and self._lemma(c) in presupposing for c in head.children
        )

    def _conj_head(self, node: Token) -> Token:
        """The conjunct an infinitive really coordinates with ("agreed to X ... and to Y")."""
        head = node.head
        if clause_shape.infinitive(node) and not clause_shape.infinitive(head):
            for ancestor in head.ancestors:
                if clause_shape.infinitive(ancestor):
                    return ancestor
                for child in ancestor.children:
                    if (
                        child.dep_ == "xcomp"
                        and child.i < node.i
                        and clause_shape.infinitive(child)
                    ):
                        return child
        return head

    def _negated(self, token: Token) -> bool:
        return any(
            c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children
        )

    def _undone(self, verb: Token) -> bool:
        """ "did not attack", "nobody has been arrested": negated, or done to or by no one."""
        return self._negated(verb) or any(
            c.dep_ in SUBJECT_DEPS and clause_marks.no_one(c) for c in verb.children
        )

    def _modal_aux(self, token: Token) -> str | None:
        """The modal auxiliary of a verb ("will", "would", "must"), if any; a verb with no
        subject or auxiliary of its own shares the modal of the verb it continues ("would
        increase fees or impound remittances", "could use its territory to bomb Iran",
        "might make the threshold 15 states, thus disqualifying Cruz")."""
        modality = self.patterns.modality
        node = token
        while True:
            for child in node.children:
                if child.dep_ == "aux" and (
                    child.lower_ in modality.aux_intent or child.lower_ in modality.aux_demand
                ):
                    return child.lower_
            if not clause_marks.continues(node):
                return None
            node = node.head

    def _hypothetical(self, trigger: Token, root: str) -> bool:
        """ "could sign", "might meet", "would support" (cooperation only: possible harm is a
        threat), or a question: a possibility or a condition's outcome, not an event."""
        modality = self.patterns.modality
        if (
            root < "10"
            and self._modal_aux(trigger) in modality.aux_hypothetical | modality.aux_conditional
        ):
            return True
        return sentence_of(trigger).text.rstrip().endswith("?")

    def _modal_effect(self, modal: str | None, root: str) -> str | None:
        """What a modal auxiliary makes of the act it governs: "must", "should": a demand (the
        act is not done); "will" on a conflictual act short of force: the act, decided ("will
        withdraw from the talks"); any other modal ("would", "may", "will attack"): an intent,
        for harm a threat."""
        if modal is None:
            return None
        if modal in self.patterns.modality.aux_demand:
            return "demand"
        if modal in FIRM_FUTURE and "10" <= root < FORCE_ROOTS:
            return None
        return "intent"

    def _codes_itself(self, governor: Token, trigger: Token) -> bool:
        """ "rejected a proposal to sign X": the governor's own specific reading (127) is the event."""
        if governor is trigger or governor.pos_ != "VERB":
            return False
        frame, _ = self._verb_frame(governor, self._verb_lemma(governor))
        return frame is not None and frame.names_object
