"""The rule coder: each sentence's triggers, read in four steps, become candidate events.

1. trigger reading (``reading``): a verb or noun of ``patterns.yaml`` and its first matching frame;
2. governance (``governance``): asserted, reported, an intent, a threat, a refusal, or blocked;
3. argument slots (``arguments``): source and target actors from the dependency parse;
4. candidate (``candidates``): one per actor pair, dated and placed (``context``), deduplicated.

Joint actors ("A and B met", "talks between A and B") become one event per pair, and plural
references ("They agreed") point back to the last group of actors that acted together.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.actors import Mention
from eventwire.events import clause_shape, names_and_headings, rule_confidence, word_senses
from eventwire.events.actor_refs import ActorRef, unique
from eventwire.events.candidates import Reading, SentenceState
from eventwire.events.clause_shape import infinitive
from eventwire.events.governance import Governance
from eventwire.events.patterns import NULL_CODE, Frame, Patterns
from eventwire.events.speech_acts import DEMAND_CODE, SpeechActRules
from eventwire.models import Event
from eventwire.nlp import SUBJECT_DEPS, Document

GOVERNED_KINDS = ("intent", "threat", "refusal")


class Coder(SpeechActRules):
    """Codes one document; keeps the state that spans sentences (the last group of joint actors)."""

    def run(self) -> list[Event]:
        events: list[Event] = []
        for index, sentence in enumerate(self.doc.sents):
            state = SentenceState(sentence, index)
            self._current_sentence = index
            self._code_sentence(state)
            events.extend(self.finish(state, len(events)))
        return events

    def _code_sentence(self, state: SentenceState) -> None:
        """Verbs first (they may consume their object nouns), then the remaining nouns."""
        tokens = self.tokens[state.span.start : state.span.end]
        for token in tokens:
            if token.pos_ == "VERB" and not _describes(token):  # "alleged", "wounded"
                self._code_verb(token, state)
        for token in tokens:
            if token.pos_ in ("NOUN", "PROPN") and token.i not in state.consumed:
                self._code_noun(token, state)

    # ----------------------------------------------------------------- verbs
    def _code_verb(self, verb: Token, state: SentenceState) -> None:
        lemma = self._verb_lemma(verb)
        if names_and_headings.name_verb(verb):
            return  # "the Committee to Protect Journalists": a name, no act
        if self._label(verb, lemma):
            return  # "two Americans accused of helping": who they are, not an accusation
        if self._contribution(verb, lemma) or self._credit_line(verb, lemma):
            return  # "helped negotiate the deal": a part in another act, no aid; a credit line
        if self._disclosure(verb, lemma):
            return  # "reported raising $9 million": a financial filing, no statement
        if self._attitude(lemma) or self._poll_result(verb) or self._question_asked(verb, lemma):
            return  # "voters think", "is considering a run"; "respondents who support Sanders"
        frame, obj = self._verb_frame(verb, lemma)
        speech_code = self.patterns.speech.get(lemma)
        if self._restated(verb, lemma):
            return  # "Trump said, referring to Obama": one statement
        if word_senses.document_released(verb, lemma, self.patterns.releases):
            return  # "emails released by the State Department"
        if speech_code and (
            self._quoted_question(verb) or self._said_thing(verb) or self._saying_that_may_be(verb)
        ):
            return  # "'Who do they think they are?'"; "everything he said"; "too soon to say"
        if self._naming(verb, lemma):
            self._code_naming(verb, state)
            return
        if speech_code and self._is_speech_use(verb, frame):
            self._code_speech(verb, lemma, speech_code, state)
            return
        if speech_code and frame is None:
            return  # "declared breakaway regions" is no statement
        if frame is not None and frame.stops:
            return  # a null-coded pattern: "faced a run-off" is no meeting
        if frame is None:
            self._code_reported_obligation(verb, state)
            return
        self._code_frame(verb, frame, obj, state)

    def _label(self, verb: Token, lemma: str) -> bool:
        """A participle describing a noun, with no one said to do it ("a man suspected of")."""
        return (
            lemma in self.patterns.labels
            and verb.dep_ == "acl"
            and verb.tag_ == "VBN"
            and not any(c.dep_ == "agent" for c in verb.children)
        )

    def _contribution(self, verb: Token, lemma: str) -> bool:
        """A verb of helping with an act and no one helped ("helped lift the Nasdaq"); "helping
        the government fight" (read as the act's own subject) names who is helped."""
        children = list(verb.children)
        acts = [c for c in children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
        return (
            lemma in self.patterns.contributions
            and bool(acts)
            and not any(c.dep_ in ("dobj", "dative", "nsubjpass") for c in children)
            and not any(g.dep_ in SUBJECT_DEPS for a in acts for g in a.children)
        )

    def _is_speech_use(self, verb: Token, frame: Frame | None) -> bool:
        """A verb of saying reports speech when it has a clause, or no frame and no object."""
        has_clause = any(
            c.dep_ in ("ccomp", "parataxis") and not c.left_edge.tag_.startswith("W")
            for c in verb.children
        )
        has_object = any(c.dep_ == "dobj" for c in verb.children)
        return has_clause or (frame is None and not has_object)

    def _code_frame(
        self, trigger: Token, frame: Frame, obj: Token | None, state: SentenceState
    ) -> None:
        sources, targets = self._verb_arguments(trigger, frame, obj)
        if self._thing_acts(trigger, frame, sources):
            return  # "prices plunged", "the rise of terrorism threatens our way of life"
        if self._politics_not_act(trigger, frame.code, obj, sources, targets):
            return  # "Sanders held a rally", "I'm going to help Ted": no protest, no aid
        if frame.imported and (not (sources and targets) or _other_phrasal_verb(trigger, frame)):
            self._code_own_frame_instead(trigger, state)
            return
        _claim(trigger, frame, obj, state)
        idiom = self._force_idiom(trigger, frame.code, obj, sources, targets)
        if idiom is not None:  # "seized on a report", "fired back at the senator"
            if idiom.code is None:
                return
            frame = replace(frame, code=idiom.code)
        elif _bare_imported_force(frame):
            state.coded_verbs.discard(trigger.i)
            return  # PETRARCH's verb alone: "dominated by men", "died in the conflict"
        else:
            frame = replace(frame, code=self._force_recoded(trigger, frame.code, sources, targets))
        if _purpose_of_force(trigger, frame.code, self.patterns.force_idioms.plots):
            return  # "went to Syria to fight", "officers to attack": not (yet) done
        gov = self._governance(trigger)
        if (
            gov.kind == "blocked"
            or self._undone(trigger)
            or self._hypothetical(trigger, frame.code[:2])
        ):
            return
        modal = self._modal_aux(trigger)
        effect = self._modal_effect(modal, frame.code[:2])
        if effect == "demand":
            reproach = self._reproach(trigger) is not None  # "Y should have V-ed": no demand
            speaker_verb = self._demanding_verb(gov)
            if speaker_verb is not None and not reproach:
                confidence = frame.confidence * rule_confidence.REPORTED_FACTOR
                reading = Reading(DEMAND_CODE, speaker_verb, confidence)
                obliged = self._obliged_ones(trigger, sources)
                self.add(state, reading, self._subjects(speaker_verb), obliged)
            return
        if effect == "intent" and gov.kind in ("asserted", "reported"):
            gov = Governance("intent", trigger)
        if gov.kind in GOVERNED_KINDS:
            self._code_governed(gov, trigger, frame, obj, sources, targets, state)
        elif gov.kind == "reported" and frame.complaint and gov.governor is not None:
            confidence = frame.confidence * rule_confidence.REPORTED_FACTOR
            reading = Reading(frame.complaint, gov.governor, confidence)
            self.add(state, reading, self._subjects(gov.governor), sources)
        else:
            self._code_own(gov, trigger, frame, obj, sources, targets, state)

    def _code_own_frame_instead(self, trigger: Token, state: SentenceState) -> None:
        """PETRARCH's patterns code dyads only: without both actors, our own frames decide."""
        frame, obj = self._verb_frame(trigger, self._verb_lemma(trigger), own_only=True)
        if frame is None:
            self._code_reported_obligation(trigger, state)
        elif not frame.stops:
            self._code_frame(trigger, frame, obj, state)

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

    def _claim_named(self, noun: Token, frame: Frame, state: SentenceState) -> None:
        """A nominal trigger whose frame names what it acts on ("the lifting of sanctions")
        claims that "of" complement: the sanctions are lifted, not a second event of imposing
        them."""
        if frame.with_:
            for obj in clause_shape.prep_objects(noun, ("of",)):
                if self._lemma(obj) in frame.with_:
                    state.consumed.add(obj.i)
                    state.consumed.update(t.i for t in obj.conjuncts)

    def _implicit_doer(self, trigger: Token) -> str | None:
        """ "X was arrested": a passive legal or security act is done by the police or courts."""
        sector = self.patterns.implicit_doers.get(self._verb_lemma(trigger))
        return sector if sector and clause_shape.passive_or_participle(trigger) else None

    # ----------------------------------------------------------------- nouns
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


def _purpose_of_force(trigger: Token, code: str, plots: frozenset[str]) -> bool:
    """Force named as the purpose of something else ("sent troops to fight", "identified
    officers to attack", "headed to Syria to help fight", "measures to tighten controls") is
    what someone means to do, not what happened; a plot to do it is coded as the act."""
    if code[:2] < "15":
        return False
    node = trigger
    for _ in range(3):
        if node.dep_ in ("advcl", "acl", "relcl") and infinitive(node):
            return node.dep_ != "relcl" or node.head.lemma_.lower() not in plots
        if node.dep_ not in ("xcomp", "conj"):
            return False
        node = node.head  # "to help fight", "to improve defences, destroy networks"
    return False


def _bare_imported_force(frame: Frame) -> bool:
    """An imported frame for a verb alone (no object, preposition or particle it needs) with a
    material-conflict code: PETRARCH's readings of "dominate", "overcome", "die", "struggle" as
    force are mostly figures of speech in news; only its phrases, our frames, or an idiom's
    recoding ("hit Clinton" is criticism) code such a verb."""
    return frame.imported and not frame.conditional and "15" <= frame.code[:2] <= "20"


def _describes(verb: Token) -> bool:
    """A participle that modifies a noun ("the wounded soldier", "the union negotiating team"),
    also as the second of two modifiers ("his rough and racially charged dismissal")."""
    return verb.dep_ in ("amod", "compound") or (
        verb.dep_ == "conj" and verb.head.dep_ == "amod" and verb.head.pos_ == "ADJ"
    )


def _other_phrasal_verb(trigger: Token, frame: Frame) -> bool:
    """PETRARCH's frame for a verb with no particle does not read the verb with one: "took on
    the protesters" is no arrest of them."""
    return frame.particle is None and any(c.dep_ == "prt" for c in trigger.children)


def _claim(trigger: Token, frame: Frame, obj: Token | None, state: SentenceState) -> None:
    """A verb coded by a frame (asserted or not) claims the object its frame names: that noun
    is not a second event ("imposed sanctions" is one event)."""
    state.coded_verbs.add(trigger.i)
    if obj is not None and frame.names_object:
        state.consumed.add(obj.i)
        state.consumed.update(t.i for t in obj.conjuncts)


def code_document(
    document: Document, mentions: list[Mention], patterns: Patterns | None = None
) -> list[Event]:
    """Events of one document, every actor kept whether or not a country was found for it."""
    return Coder(document, mentions, patterns=patterns).run()
