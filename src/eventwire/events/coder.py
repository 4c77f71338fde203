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
from eventwire.events import clause_shape, rule_confidence, word_senses
from eventwire.events.actor_refs import ActorRef, same_actor, unique
from eventwire.events.candidates import Assembly, Reading, SentenceState
from eventwire.events.clause_shape import FIRST_PERSON, infinitive
from eventwire.events.governance import FIRM_FUTURE, Governance
from eventwire.events.patterns import NULL_CODE, Frame, Patterns
from eventwire.models import Event
from eventwire.nlp import SUBJECT_DEPS, Document

GOVERNED_KINDS = ("intent", "threat", "refusal")
SPEECH_TARGET_SLOTS = ("dative", "dobj", "prep:to")
JUDGEMENT_DEPS = (
    "acomp",
    "attr",
    "oprd",
    "dobj",
)  # "is racist", "was a failure", "did a great job"
NO_COMMENT = "011"  # "declined to comment"
DEMAND_CODE = "100"  # "X said Y must V"


class Coder(Assembly):
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
        if clause_shape.name_verb(verb):
            return  # "the Committee to Protect Journalists": a name, no act
        if self._label(verb, lemma):
            return  # "two Americans accused of helping": who they are, not an accusation
        if self._contribution(verb, lemma) or self._credit_line(verb, lemma):
            return  # "helped negotiate the deal": a part in another act, no aid; a credit line
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

    def _code_speech(self, verb: Token, lemma: str, code: str, state: SentenceState) -> None:
        """The speaker's statement; "declined to comment" is a refusal to comment; a speech to
        come that no words are quoted from ("will speak at the convention") is no statement."""
        if self._negated(verb):
            return
        if self._modal_aux(verb) in FIRM_FUTURE and not _reported_clauses(verb):
            return
        gov = self._governance(verb)
        if gov.kind == "refusal" and lemma == "comment" and gov.governor is not None:
            state.recoded.add(gov.governor.i)
            reading = Reading(NO_COMMENT, verb, rule_confidence.SPEECH_ACT, governor=gov.governor)
            self.add(state, reading, self._subjects(gov.governor), [])
            return
        if gov.kind not in ("asserted", "reported"):
            return
        targets: list[ActorRef] = []
        for slot in SPEECH_TARGET_SLOTS:
            targets = targets or self._slot_actors(verb, slot, None)
        targets = targets or self._implicit_patients(verb)  # "after being told by X"
        act = self._speech_act(verb)
        if act is not None:  # "X said Y was reckless": X criticises Y
            code, targets = act
        self.add(
            state, Reading(code, verb, rule_confidence.SPEECH_ACT), self._subjects(verb), targets
        )

    def _naming(self, verb: Token, lemma: str) -> bool:
        """ "called him a liar", "calls Trump's idea stupid": a verb of naming (``naming_verbs``)
        with the one named and the name given."""
        children = list(verb.children)
        return (
            lemma in self.patterns.naming_verbs
            and _named_one(verb) is not None
            and any(c.dep_ in ("oprd", "xcomp") and c.pos_ in ("NOUN", "ADJ") for c in children)
        )

    def _code_naming(self, verb: Token, state: SentenceState) -> None:
        """Naming judges the one named, or the owner of what is named ("Trump's idea"), by the
        name given: the judgement's code (``speech_acts``: "liar" 111, "hero" 051), else a
        plain statement."""
        if self._negated(verb) or self._governance(verb).kind not in ("asserted", "reported"):
            return
        named = _named_one(verb)
        assert named is not None  # _naming holds
        name = next(c for c in verb.children if c.dep_ in ("oprd", "xcomp") and c.i != named.i)
        words = {
            self._lemma(t)
            for each in (name, *name.conjuncts)  # "a con artist and a liar"
            for t in (each, *each.children)
            if t is each or t.dep_ in ("amod", "compound")
        }
        code = next(
            (code for code, cues in self.patterns.speech_acts.items() if words & cues), "010"
        )
        speakers = self._subjects(verb)
        targets = self._actors(named) or self._actors_of_deps(named, ("poss",))
        reading = Reading(code, verb, rule_confidence.SPEECH_ACT)
        self.add(state, reading, speakers, _apart_from(targets, speakers))

    def _speech_act(self, verb: Token) -> tuple[str, list[ActorRef]] | None:
        """What the reported clause does when its predicate judges its subject ("Y is racist",
        "Y was wrong", "Y did a great job"): the code of that judgement, aimed at Y."""
        speakers = self._subjects(verb)
        for clause in _reported_clauses(verb):
            code = (
                self._judgement_code(clause)
                or self._reproach(clause)
                or self._described_deed(clause)
            )
            if code is not None:
                targets = self._judged(clause, speakers)
                if targets:
                    return code, _apart_from(targets, speakers)
                return self._judged_unnamed(verb, clause, speakers, code)
            stance = self._stance(clause, speakers)
            if stance is not None:
                return stance
        return None

    def _judged_unnamed(
        self, verb: Token, clause: Token, speakers: list[ActorRef], code: str
    ) -> tuple[str, list[ActorRef]] | None:
        """A judgement whose subject names no actor: of someone named inside it ("what Y is
        saying is dangerous", "the way Y acted was wrong"), of the one the statement is about
        ("'It's plagiarism,' X said of Y"), or of what "this"/"that" points back to ("That is
        disqualifying"). A judgement of the speaker (or of a thing) stays a statement."""
        subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if not subjects:
            return None
        subject = subjects[0]
        pointer = subject.lower_ in self.patterns.speech_pointers
        spoken_of = _others_than(self._spoken_of(verb), speakers)
        if subject.lower_ in self.patterns.speech_persons and spoken_of:
            return code, _apart_from(spoken_of, speakers)  # "'He is unfit,' X said of Y": Y
        if not pointer and subject.dep_ != "csubj" and self._actors(subject):
            return None  # the speaker judging themself
        inside = unique(
            [r for t in clause_shape.restrictive_phrase(subject) for r in self._actors(t)]
        )
        named = _others_than(inside, speakers) or _others_than(self._spoken_of(verb), speakers)
        if named:
            return code, _apart_from(named, speakers)
        return (code, []) if subject.lower_ in self.patterns.speech_demonstratives else None

    def _spoken_of(self, verb: Token) -> list[ActorRef]:
        """The ones a statement is about: "said of Y", "spoke about Y"."""
        preps = [c for c in verb.children if c.dep_ == "prep"]
        about = [p for p in preps if p.lower_ in self.patterns.speech_about]
        return unique([r for p in about for r in self._actors_of_deps(p, ("pobj",))])

    def _stance(self, clause: Token, speakers: list[ActorRef]) -> tuple[str, list[ActorRef]] | None:
        """The speaker's own stance towards someone ("I like him", "I'm disappointed in Y",
        "we blame Y"): praise or criticism of the one the stance is towards."""
        if self._negated(clause) or not self._speaker_is_subject(clause, speakers):
            return None
        heads = [clause, *(c for c in clause.children if c.dep_ in ("acomp", "attr"))]
        words = {self._lemma(head) for head in heads}
        for code, cues in self.patterns.speech_stances.items():
            if words & cues:
                targets = self._slot_actors(clause, "dobj", None)
                preps = (c for head in heads for c in head.children if c.dep_ in ("prep", "agent"))
                for prep in preps:  # "disappointed in Y", "disturbed by Y"
                    targets = targets or self._actors_of_deps(prep, ("pobj",))
                for reason in self._stance_clauses(heads):  # "offended when Y fails to"
                    targets = targets or self._actors_of_deps(reason, ("nsubj",))
                others = _others_than(targets, speakers)
                return (code, _apart_from(others, speakers)) if others else None
        return None

    def _stance_clauses(self, heads: list[Token]) -> list[Token]:
        """The clauses a stance is towards: "offended when Y fails", "disappointed that Y
        vetoed" (``stance_clause_marks``; a finite that-clause may have no mark)."""
        marks = self.patterns.stance_clause_marks
        clauses = []
        for child in (c for head in heads for c in head.children):
            mark = next((m.lower_ for m in child.children if m.dep_ == "mark"), None)
            when = {m.lower_ for m in child.children if m.dep_ in ("mark", "advmod")}
            finite = child.tag_ != "VBG" and (  # not "support people sharing views"
                child.tag_ != "VB" or any(a.dep_ == "aux" for a in child.children)
            )
            if (child.dep_ == "ccomp" and finite and mark in (None, "that")) or (
                child.dep_ == "advcl" and when & marks  # "when" is read as an adverb
            ):
                clauses.append(child)
        return clauses

    def _speaker_is_subject(self, clause: Token, speakers: list[ActorRef]) -> bool:
        """The clause's subject is the speaker: "I", "we", or a mention of the speaker."""
        for subject in (c for c in clause.children if c.dep_ in SUBJECT_DEPS):
            if subject.lower_ in FIRST_PERSON:
                return True
            refs = self._actors(subject)
            return bool(refs) and all(any(_one_person(r, s) for s in speakers) for r in refs)
        return False

    def _judgement_code(self, clause: Token) -> str | None:
        """The code of the judgement the clause's predicate makes, if it makes one; denied, the
        opposite judgement where there is one ("Y is not qualified"), else none ("Y was not
        wrong")."""
        negated = self._negated(clause)
        predicate = self._lemma(clause)
        judged = [c for c in clause.children if c.dep_ in JUDGEMENT_DEPS]
        described = [a for c in judged for a in c.children if a.dep_ == "amod"]
        judging = [self._lemma(c) for c in judged + described]
        words = {predicate, *judging, *(f"{predicate} {word}" for word in judging)}
        words.add(clause.lower_)  # "are worrying": the participle is the judgement, not "worry"
        words |= self._attempted(clause, predicate)
        for code, cues in self.patterns.speech_acts.items():
            if words & cues:
                return self.patterns.denied_speech_acts.get(code) if negated else code
        return None

    def _attempted(self, clause: Token, predicate: str) -> set[str]:
        """What the clause's subject is said to try or keep doing ("are trying to interfere",
        "keeps attacking"): the lemmas of the verbs a verb of ``speech_attempts`` governs."""
        if predicate not in self.patterns.speech_attempts:
            return set()
        return {self._lemma(c) for c in clause.children if c.dep_ == "xcomp" and c.pos_ == "VERB"}

    def _described_deed(self, clause: Token) -> str | None:
        """ "Y's disastrous actions are not confined to Libya": a judging adjective describing the
        clause's subject (what Y did or said) judges Y, whatever the clause says of it."""
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if not subjects:
            return None
        words = {
            self._lemma(a) for a in subjects[0].children if a.dep_ == "amod" and a.tag_ == "JJ"
        }
        for code, cues in self.patterns.speech_acts.items():
            if words & cues:
                return code
        return None

    def _reproach(self, clause: Token) -> str | None:
        """ "Y should have V-ed", "Y should not have V-ed": a modal of ``speech_reproaches``
        with a perfect says Y did wrong (the code of that reproach)."""
        auxiliaries = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        if clause.tag_ != "VBN" or "have" not in auxiliaries:
            return None
        for code, modals in self.patterns.speech_reproaches.items():
            if auxiliaries & modals:
                return code
        return None

    def _judged(self, clause: Token, speakers: list[ActorRef]) -> list[ActorRef]:
        """Who the clause judges: its subject, other than the speaker ("he was wrong" said by
        him is no criticism of anyone)."""
        subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
        if not subjects:
            return []
        return _others_than(self._actors(subjects[0]), speakers)

    def _code_reported_obligation(self, verb: Token, state: SentenceState) -> None:
        """ "X said Y must V" is X's demand on Y, whatever V is."""
        if self._modal_aux(verb) not in self.patterns.modality.aux_demand or self._negated(verb):
            return
        if self._reproach(verb) is not None:
            return  # "Y should have known": a reproach for the past (the statement's), no demand
        gov = self._governance(verb)
        if gov.kind == "reported" and gov.governor is not None:
            reading = Reading(DEMAND_CODE, gov.governor, rule_confidence.REPORTED_DEMAND)
            obliged = self._obliged_ones(verb, self._subjects(verb))
            self.add(state, reading, self._subjects(gov.governor), obliged)

    def _obliged_ones(self, verb: Token, doers: list[ActorRef]) -> list[ActorRef]:
        """Who a reported obligation is on: the passive subject ("Y should be punished"), else
        the verb's doers ("Y must leave")."""
        return self._actors_of_deps(verb, ("nsubjpass",)) or doers

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
            if gov.kind == "reported" and gov.governor is not None and not reproach:
                confidence = frame.confidence * rule_confidence.REPORTED_FACTOR
                reading = Reading(DEMAND_CODE, gov.governor, confidence)
                obliged = self._obliged_ones(trigger, sources)
                self.add(state, reading, self._subjects(gov.governor), obliged)
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
            or clause_shape.name_part(noun)  # "the Russia Sanctions Act"
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


def _apart_from(targets: list[ActorRef], speakers: list[ActorRef]) -> list[ActorRef]:
    """The targets an event can have: a country's government criticising the country, as the
    actors read, is still criticism, of no one in particular."""
    return [t for t in targets if not any(same_actor(t, s) for s in speakers)]


def _others_than(refs: list[ActorRef], speakers: list[ActorRef]) -> list[ActorRef]:
    """The actors other than the speaker: no one criticises or praises themself here."""
    return [ref for ref in refs if not any(_one_person(ref, s) for s in speakers)]


def _one_person(one: ActorRef, other: ActorRef) -> bool:
    """The same mention, or two mentions of one named person ("Putin" ... "he")."""
    same_name = one.actor.name is not None and one.actor.name == other.actor.name
    return same_name or (one.start, one.end) == (other.start, other.end)


def _reported_clauses(verb: Token) -> list[Token]:
    """The clauses a verb of saying reports: its complements, or the sentence it interrupts
    ("Y, X said, was unacceptable")."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if not clauses and verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        clauses = [verb.head]
    return clauses


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


def _named_one(verb: Token) -> Token | None:
    """Whom a verb of naming names: its object, or the first of two complements a name misparsed
    as one ("called Donald Trump a blowhard": "Trump" and "blowhard" both complements)."""
    children = list(verb.children)
    named = next((c for c in children if c.dep_ == "dobj"), None)
    if named is not None:
        return named
    complements = [c for c in children if c.dep_ == "oprd"]
    if len(complements) == 2 and complements[0].pos_ in ("PROPN", "PRON"):
        return complements[0]
    return None
