"""Speech acts: what is said is coded by what it does.

A verb of saying reports a statement (010) unless the reported clause judges someone ("X said Y
was reckless": criticism of Y, ``speech_acts``), states the speaker's stance towards someone ("I
am disappointed in Y", ``speech_stances``), reproaches ("Y should have known") or obliges ("Y
must leave": a demand on Y); a verb of naming judges the one named by the name given ("called
him a liar"). The speaker is the source; the one judged, never the speaker, the target.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import clause_mood, clause_shape, rule_confidence
from eventwire.events.actor_refs import ActorRef, same_actor, unique
from eventwire.events.candidates import Assembly, Reading, SentenceState
from eventwire.events.clause_shape import FIRST_PERSON
from eventwire.events.governance import FIRM_FUTURE, Governance
from eventwire.nlp import SUBJECT_DEPS

SPEECH_TARGET_SLOTS = ("dative", "dobj", "prep:to")
NAME_POS = ("NOUN", "ADJ")  # a name given: "a liar", "stupid"
NAMED_POS = ("PROPN", "PRON", "NOUN")  # the one named first where the parser splits the two
JUDGEMENT_DEPS = (
    "acomp",
    "attr",
    "oprd",
    "dobj",
)  # "is racist", "was a failure", "did a great job"
NO_COMMENT = "011"  # "declined to comment"
DEMAND_CODE = "100"  # "X said Y must V"


class SpeechActRules(Assembly):
    """Codes verbs of saying and naming by what is said."""

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
        speakers = self._subjects(verb)
        if not targets and code[:2] in self.patterns.clause_asked_roots:
            # "alleged that the Russian government was behind the release"
            targets = _apart_from(self._aimed_in_clause(verb), speakers)
        act = self._speech_act(verb)
        if act is not None:  # "X said Y was reckless": X criticises Y
            code, targets = act
        self.add(state, Reading(code, verb, rule_confidence.SPEECH_ACT), speakers, targets)

    def _naming(self, verb: Token, lemma: str) -> bool:
        """ "called him a liar", "calls Trump's idea stupid": a verb of naming (``naming_verbs``)
        with the one named and the name given."""
        return lemma in self.patterns.naming_verbs and _naming_parts(verb) is not None

    def _code_naming(self, verb: Token, state: SentenceState) -> None:
        """Naming judges the one named, or the owner of what is named ("Trump's idea"), by the
        name given: the judgement's code (``speech_acts``: "liar" 111, "hero" 051), else a
        plain statement."""
        if self._negated(verb) or self._governance(verb).kind not in ("asserted", "reported"):
            return
        parts = _naming_parts(verb)
        assert parts is not None  # _naming holds
        named, name = parts
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
        if pointer:  # "It is outrageous that Y deleted the emails": Y
            extraposed = _extraposed_clauses(clause)
            inside += [r for c in extraposed for r in self._actors_of_deps(c, SUBJECT_DEPS)]
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
        judged = self._judging_words(clause)
        described = [a for c in judged for a in c.children if a.dep_ == "amod"]
        judging = [self._lemma(c) for c in judged + described]
        words = {predicate, *judging, *(f"{predicate} {word}" for word in judging)}
        words.add(clause.lower_)  # "are worrying": the participle is the judgement, not "worry"
        words |= self._attempted(clause, predicate)
        for code, cues in self.patterns.speech_acts.items():
            if words & cues:
                return self.patterns.denied_speech_acts.get(code) if negated else code
        return None

    def _judging_words(self, clause: Token) -> list[Token]:
        """The words a clause's predicate judges with: its complements ("is racist", "was a
        failure"), also through "to be" after a verb of seeming ("has been proven to be a
        liar": ``judgement_seemings``), through a part ("one of the worst senators":
        ``judgement_partitives``) and through a relative clause on a predicate noun ("a person
        who is dishonest")."""
        heads = [clause]
        if self._lemma(clause) in self.patterns.judgement_seemings:
            heads += [c for c in clause.children if c.dep_ == "xcomp" and c.lemma_ == "be"]
        judged = [c for head in heads for c in head.children if c.dep_ in JUDGEMENT_DEPS]
        for word in list(judged):
            if word.lower_ in self.patterns.judgement_partitives:
                judged += clause_shape.prep_objects(word, ("of",))
            for relative in (c for c in word.children if c.dep_ == "relcl"):
                judged += [c for c in relative.children if c.dep_ in ("acomp", "attr")]
        return judged

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
        if clause_mood.inverted_condition(verb):
            return  # "should he win the nomination": a condition, no obligation
        if self._reproach(verb) is not None:
            return  # "Y should have known": a reproach for the past (the statement's), no demand
        speaker_verb = self._demanding_verb(self._governance(verb))
        if speaker_verb is not None:
            reading = Reading(DEMAND_CODE, speaker_verb, rule_confidence.REPORTED_DEMAND)
            obliged = self._obliged_ones(verb, self._subjects(verb))
            self.add(state, reading, self._subjects(speaker_verb), obliged)

    def _demanding_verb(self, gov: Governance) -> Token | None:
        """The verb of saying that makes "Y must V" a demand on Y ("X said Y must V"); an
        attitude ("I think he should resign", "he believes women should ...") is an opinion, a
        poll's result ("47% say the United States should ...") no one's demand."""
        if gov.kind != "reported" or gov.governor is None:
            return None
        governor = gov.governor
        if self._attitude(self._lemma(governor)) or self._poll_result(governor):
            return None
        return governor

    def _obliged_ones(self, verb: Token, doers: list[ActorRef]) -> list[ActorRef]:
        """Who a reported obligation is on: the passive subject ("Y should be punished"), else
        the verb's doers ("Y must leave")."""
        return self._actors_of_deps(verb, ("nsubjpass",)) or doers


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


def _extraposed_clauses(clause: Token) -> list[Token]:
    """The that-clause "it" stands for: "it is outrageous that Y did", "it's a disgrace that Y
    is doing this" (the parser may hang it on the predicate noun)."""
    holders = [clause, *(c for c in clause.children if c.dep_ == "attr")]
    return [
        c
        for holder in holders
        for c in holder.children
        if c.dep_ in ("ccomp", "relcl") and any(m.dep_ == "mark" for m in c.children)
    ]


def _naming_parts(verb: Token) -> tuple[Token, Token] | None:
    """Whom a verb of naming names and the name given: its object and complement ("called him
    a liar", "described Trump as kind"), or two complements or two objects where the parser
    split them ("called Donald Trump a blowhard", "branded them traitors", "labeled the
    protesters thugs"): the first is the one named, the second (a noun or an adjective) the
    name."""
    children = list(verb.children)
    names = [c for c in children if c.dep_ in ("oprd", "xcomp") and c.pos_ in NAME_POS]
    objects = [c for c in children if c.dep_ in ("dobj", "dative")]
    names += [  # "described him as a compassionate visionary", "branded them as traitors"
        g
        for holder in (verb, *objects)
        for p in holder.children
        if p.dep_ == "prep" and p.lower_ == "as"
        for g in p.children
        if g.dep_ == "pobj" and g.pos_ in NAME_POS
    ]
    if objects and names:
        return objects[0], names[0]
    complements = [c for c in children if c.dep_ == "oprd"]
    for pair in (complements, objects):
        if len(pair) == 2 and pair[0].pos_ in NAMED_POS and pair[1].pos_ in NAME_POS:
            return pair[0], pair[1]
    return None
