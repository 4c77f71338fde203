"""The rule coder: each sentence's triggers, read in four steps, become candidate events.

1. trigger reading (``reading``): a verb or noun of ``patterns.yaml`` and its first matching frame;
2. governance (``governance``): asserted, reported, an intent, a threat, a refusal, or blocked;
3. argument slots (``arguments``): source and target actors from the dependency parse;
4. candidate (``candidates``): one per actor pair, dated and placed (``context``), deduplicated.

Joint actors ("A and B met", "talks between A and B") become one event per pair, and plural
references ("They agreed") point back to the last group of actors that acted together. Verbs
are coded here, first; a verb frame's own or governed event in ``own_or_governed.py``; the nouns
no verb claimed in ``noun_events.py``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.actors import Mention
from eventwire.events import names_and_headings, rule_confidence, word_senses
from eventwire.events.candidates import Reading, SentenceState
from eventwire.events.clause_shape import infinitive
from eventwire.events.governance import Governance
from eventwire.events.noun_events import NounEvents
from eventwire.events.own_or_governed import GOVERNED_KINDS
from eventwire.events.patterns import Frame, Patterns
from eventwire.events.reported_obligations import DEMAND_CODE
from eventwire.models import Event
from eventwire.nlp import SUBJECT_DEPS, Document


class Coder(NounEvents):
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
