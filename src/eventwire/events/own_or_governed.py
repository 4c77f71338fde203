"""A verb frame's event once its governance is read: an intent, threat or refusal to do the act,
coded at the verb that governs it ("vowed to attack", "threatened to strike"), or the trigger's own
act, asserted or reported, with the police or courts as the doers of a passive legal act no one
is said to do ("X was arrested"). A thing that acts or threatens ("prices plunged", "technology
threatens to change the industry") makes neither. Its own module because these steps decide
whose event it is and at which word, after the coder (``coder.py``) has decided that the verb
tells an act; nominal triggers (``noun_events.py``) share its governed kinds.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import clause_shape, rule_confidence
from eventwire.events.actor_refs import ActorRef, unique
from eventwire.events.candidates import Reading, SentenceState
from eventwire.events.governance import Governance
from eventwire.events.patterns import NULL_CODE, Frame
from eventwire.events.speech_acts import SpeechActRules

GOVERNED_KINDS = ("intent", "threat", "refusal")


class OwnOrGovernedActs(SpeechActRules):
    """Codes a verb frame's act as the trigger's own or at the verb that governs it."""

    def _code_own(
        self,
        gov: Governance,
        trigger: Token,
        frame: Frame,
        obj: Token | None,
        sources: list[ActorRef],
        targets: list[ActorRef],
        state: SentenceState,
    ) -> None:
        """The trigger's own event, asserted or reported."""
        if frame.other_side and not targets and len(unique(sources)) < 2:
            return  # "hosted a debate", "discussed his new book": no one on the other side
        implicit = None if sources else self._implicit_doer(trigger)
        if frame.code[:2] in self.patterns.relation_roots and not (sources or targets or implicit):
            return  # "the electricity is cut off": no one on either side
        confidence = rule_confidence.IMPLICIT_DOER if implicit else frame.confidence
        if gov.kind == "reported":
            confidence *= rule_confidence.REPORTED_FACTOR
        reading = Reading(
            frame.code,
            trigger,
            confidence,
            frame.symmetric,
            obj=obj,
            own=True,
            implicit_sector=implicit,
        )
        self.add(state, reading, sources, targets)

    def _thing_acts(self, trigger: Token, frame: Frame, sources: list[ActorRef]) -> bool:
        """Markets and things do not act ("prices plunged", "shares fell"), nor threaten."""
        if not sources and self._inanimate_subject(trigger):
            return True
        return frame.code[:2] == "13" and self._thing_threatens(trigger)

    def _thing_threatens(self, governor: Token) -> bool:
        """ "As technology threatens to change the industry", "a debate that threatened to make or
        break their campaigns", "the rise of terrorism threatens our way of life": a verb of
        threat whose subject is a thing (a common noun no actor stands for, no person and no
        group of people: "the group threatened to attack") tells a risk, not a threat someone
        made."""
        doer = clause_shape.subject(governor)
        if doer is not None and doer.tag_ in ("WDT", "WP") and governor.dep_ == "relcl":
            doer = clause_shape.antecedent(governor, doer)
        return (
            doer is not None
            and doer.pos_ == "NOUN"
            and doer.is_lower
            and self.mention_at.get(doer.i) is None
            and not self._person_word(doer)
            and self._lemma(doer) not in self.patterns.force_idioms.collective_people
        )

    def _code_governed(
        self,
        gov: Governance,
        trigger: Token,
        frame: Frame,
        obj: Token | None,
        sources: list[ActorRef],
        targets: list[ActorRef],
        state: SentenceState,
    ) -> None:
        """An intent, threat or refusal to do the trigger's act, coded at its governor."""
        governor = gov.governor if gov.governor is not None else trigger
        if self._codes_itself(governor, trigger):
            return
        if gov.kind == "threat" and self._thing_threatens(governor):
            return  # "technology threatens to change the industry": a risk, no one's threat
        governor_lemma = "" if governor is trigger else self._lemma(governor)
        code = self.patterns.modality.recode(gov.kind, frame.code[:2], governor_lemma)
        if governor is not trigger:
            state.recoded.add(governor.i)
        if code == NULL_CODE:
            return  # "would resist them": an intent no code tells
        # the governor is the evidence here: an imported inner frame does not lower it
        confidence = max(frame.confidence, rule_confidence.VERB_FRAME if frame.imported else 0)
        reading = Reading(code, trigger, confidence, frame.symmetric, governor, obj)
        self.add(state, reading, self._subjects(governor) or sources, targets)

    def _implicit_doer(self, trigger: Token) -> str | None:
        """ "X was arrested": a passive legal or security act is done by the police or courts."""
        sector = self.patterns.implicit_doers.get(self._verb_lemma(trigger))
        return sector if sector and clause_shape.passive_or_participle(trigger) else None
