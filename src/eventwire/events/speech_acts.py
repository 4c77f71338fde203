"""Speech acts: what is said is coded by what it does.

A verb of saying reports a statement (010) unless the reported clause judges someone ("X said Y
was reckless": criticism of Y, ``speech_acts``), states the speaker's stance towards someone ("I
am disappointed in Y", ``speech_stances``), reproaches ("Y should have known") or obliges ("Y
must leave": a demand on Y); a verb of naming judges the one named by the name given ("called
him a liar"). The speaker is the source; the one judged, never the speaker, the target. What a
reported clause judges is read in ``reported_judgements.py``, the speaker's stance in
``speech_stances.py``, an obligation in ``reported_obligations.py``; this module decides what a
verb of saying or naming does with them.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import rule_confidence
from eventwire.events.actor_refs import ActorRef
from eventwire.events.candidates import Reading, SentenceState
from eventwire.events.governance import FIRM_FUTURE
from eventwire.events.reported_judgements import apart_from
from eventwire.events.reported_obligations import ReportedObligationRules

SPEECH_TARGET_SLOTS = ("dative", "dobj", "prep:to")
NAME_POS = ("NOUN", "ADJ")  # a name given: "a liar", "stupid"
NAMED_POS = ("PROPN", "PRON", "NOUN")  # the one named first where the parser splits the two
NO_COMMENT = "011"  # "declined to comment"


class SpeechActRules(ReportedObligationRules):
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
            targets = apart_from(self._aimed_in_clause(verb), speakers)
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
        self.add(state, reading, speakers, apart_from(targets, speakers))

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
                    return code, apart_from(targets, speakers)
                return self._judged_unnamed(verb, clause, speakers, code)
            stance = self._stance(clause, speakers)
            if stance is not None:
                return stance
        return None


def _reported_clauses(verb: Token) -> list[Token]:
    """The clauses a verb of saying reports: its complements, or the sentence it interrupts
    ("Y, X said, was unacceptable")."""
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if not clauses and verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        clauses = [verb.head]
    return clauses


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
