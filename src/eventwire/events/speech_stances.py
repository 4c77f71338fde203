"""The speaker's stance: "I am disappointed in Y", "we blame Y", "I like him".

A reported clause whose subject is the speaker and whose predicate is a word of
``speech_stances`` praises or criticises whom the stance is towards: the object, the phrase after
"in" or "by", or the subject of the clause it is about (``stance_clause_marks``). Apart from the
judgements of ``reported_judgements.py``, where the clause judges its own subject, not the
speaker's feelings.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.actor_refs import ActorRef
from eventwire.events.clause_shape import FIRST_PERSON
from eventwire.events.reported_judgements import (
    ReportedJudgementRules,
    apart_from,
    one_person,
    others_than,
)
from eventwire.nlp import SUBJECT_DEPS


class SpeechStanceRules(ReportedJudgementRules):
    """Reads the speaker's own stance towards someone in a reported clause."""

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
                others = others_than(targets, speakers)
                return (code, apart_from(others, speakers)) if others else None
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
            return bool(refs) and all(any(one_person(r, s) for s in speakers) for r in refs)
        return False
