"""The noun half of the coder: a nominal trigger ("the attack", "24 arrests", "talks between A
and B") that no coded verb claimed becomes an event unless it is a modifier, part of a name, a
hypothetical, the circumstance of a coded verb or a sense of the word that is no act; an idiom,
a state doer or the way force was done may recode it, and an intent, threat or refusal is
coded at its governor. Its own module because a noun is read with guards, arguments and
recodings of its own, after the verbs of its sentence (``coder.py``) have claimed theirs.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events import clause_shape, names_and_headings, rule_confidence, word_senses
from eventwire.events.candidates import Reading, SentenceState
from eventwire.events.own_or_governed import GOVERNED_KINDS, OwnOrGovernedActs
from eventwire.events.patterns import NULL_CODE, Frame


class NounEvents(OwnOrGovernedActs):
    """Codes the nominal triggers of a sentence that its verbs did not claim."""

    def _claim_named(self, noun: Token, frame: Frame, state: SentenceState) -> None:
        """A nominal trigger whose frame names what it acts on ("the lifting of sanctions")
        claims that "of" complement: the sanctions are lifted, not a second event of imposing
        them."""
        if frame.with_:
            for obj in clause_shape.prep_objects(noun, ("of",)):
                if self._lemma(obj) in frame.with_:
                    state.consumed.add(obj.i)
                    state.consumed.update(t.i for t in obj.conjuncts)

    def _code_noun(self, noun: Token, state: SentenceState) -> None:
        frame = self._noun_frame(noun)
        if frame is not None:
            self._claim_named(noun, frame, state)
        if (
            frame is None
            or frame.stops  # "a heart attack"
            or noun.dep_ == "compound"  # "an attack ad", "a protest vote": a modifier, no event
            or (noun.dep_ == "amod" and noun.head.pos_ == "NOUN")  # "mass shooting victims"
            or self._named_event(noun)
            or names_and_headings.name_part(noun)  # "the Russia Sanctions Act"
            or self._hypothetical_noun(noun)
            or self._circumstance_of_coded_verb(noun, state.coded_verbs)
            or (frame.code[:2] == "14" and self._campaign_gathering(noun, self._lemma(noun)))
            or word_senses.danger(noun, self._lemma(noun), self.patterns.dangers)
            or word_senses.document_released(noun, self._lemma(noun), self.patterns.releases)
            or word_senses.kind_named(noun, self.patterns.kind_nouns)  # "a mode of attack"
            or word_senses.assembly(
                noun, self._lemma(noun), self.patterns.assemblies, self.mention_at
            )  # "the AIPAC meeting"
        ):
            return
        gov = self._governance(noun)
        if gov.kind == "blocked":
            return
        sources, targets = self._noun_arguments(noun, frame)
        idiom = self._force_idiom(noun, frame.code, None, sources, targets)
        if idiom is not None:  # "attacks on her record", "took a swipe at"
            if idiom.code is None:
                return
            frame = replace(frame, code=idiom.code)
        elif frame.by_state and sources and all(self._state_force(s) for s in sources):
            frame = replace(frame, code=frame.by_state)  # "Iran's attack" is military force
        elif self._irregular_assault(noun, frame.code, sources, targets):
            frame = replace(frame, code="180")  # "the deadly assault carried out by five men"
        elif self._bombing_from_the_air(frame.code, sources):  # "the continuous bombing"
            frame = replace(frame, code=self.patterns.force_idioms.aerial_code)
        modal_gov = self._modal_noun_governance(noun, frame.code[:2], gov)
        if modal_gov is None:
            return  # "must step up airstrikes", "has to increase bombing": asked, not done
        gov = modal_gov
        if gov.kind in GOVERNED_KINDS and gov.governor is not None:
            if self._codes_itself(gov.governor, noun):
                return
            code = self.patterns.modality.recode(
                gov.kind, frame.code[:2], self._lemma(gov.governor)
            )
            state.recoded.add(gov.governor.i)
            if code == NULL_CODE:
                return
            reading = Reading(code, noun, frame.confidence, frame.symmetric, gov.governor)
            governed_targets = targets or (sources if frame.symmetric else [])
            self.add(state, reading, self._subjects(gov.governor) or sources, governed_targets)
            return
        # "24 arrests in Cleveland": a nominal legal or security act is the police's or courts'
        implicit = None if sources else self.patterns.implicit_doers.get(self._lemma(noun))
        confidence = rule_confidence.IMPLICIT_DOER if implicit else frame.confidence
        if gov.kind == "reported":
            confidence *= rule_confidence.REPORTED_FACTOR
        reading = Reading(
            frame.code, noun, confidence, frame.symmetric, own=True, implicit_sector=implicit
        )
        self.add(state, reading, sources, targets)
