"""Reported judgements: what a reported clause says of whom it is about.

"X said Y was reckless" is X's criticism of Y: the clause's predicate judges its subject ("is
racist", "was a failure", "did a great job": ``speech_acts``), a modal with a perfect reproaches
("Y should have known": ``speech_reproaches``), and a judging adjective on what Y did judges Y.
Whom it judges is never the speaker. Its own module because the speech acts (``speech_acts.py``),
the speaker's stances (``speech_stances.py``) and reported obligations
(``reported_obligations.py``) all read it: the clause's judgement, its reproach, and the rule that
keeps the speaker apart from the one judged.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import clause_shape
from eventwire.events.actor_refs import ActorRef, same_actor, unique
from eventwire.events.candidates import Assembly
from eventwire.nlp import SUBJECT_DEPS

JUDGEMENT_DEPS = (
    "acomp",
    "attr",
    "oprd",
    "dobj",
)  # "is racist", "was a failure", "did a great job"


class ReportedJudgementRules(Assembly):
    """Reads the judgement a reported clause makes, and whom it judges."""

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
        spoken_of = others_than(self._spoken_of(verb), speakers)
        if subject.lower_ in self.patterns.speech_persons and spoken_of:
            return code, apart_from(spoken_of, speakers)  # "'He is unfit,' X said of Y": Y
        if not pointer and subject.dep_ != "csubj" and self._actors(subject):
            return None  # the speaker judging themself
        inside = unique(
            [r for t in clause_shape.restrictive_phrase(subject) for r in self._actors(t)]
        )
        if pointer:  # "It is outrageous that Y deleted the emails": Y
            extraposed = _extraposed_clauses(clause)
            inside += [r for c in extraposed for r in self._actors_of_deps(c, SUBJECT_DEPS)]
        named = others_than(inside, speakers) or others_than(self._spoken_of(verb), speakers)
        if named:
            return code, apart_from(named, speakers)
        return (code, []) if subject.lower_ in self.patterns.speech_demonstratives else None

    def _spoken_of(self, verb: Token) -> list[ActorRef]:
        """The ones a statement is about: "said of Y", "spoke about Y"."""
        preps = [c for c in verb.children if c.dep_ == "prep"]
        about = [p for p in preps if p.lower_ in self.patterns.speech_about]
        return unique([r for p in about for r in self._actors_of_deps(p, ("pobj",))])

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
        return others_than(self._actors(subjects[0]), speakers)


def apart_from(targets: list[ActorRef], speakers: list[ActorRef]) -> list[ActorRef]:
    """The targets an event can have: a country's government criticising the country, as the
    actors read, is still criticism, of no one in particular."""
    return [t for t in targets if not any(same_actor(t, s) for s in speakers)]


def others_than(refs: list[ActorRef], speakers: list[ActorRef]) -> list[ActorRef]:
    """The actors other than the speaker: no one criticises or praises themself here."""
    return [ref for ref in refs if not any(one_person(ref, s) for s in speakers)]


def one_person(one: ActorRef, other: ActorRef) -> bool:
    """The same mention, or two mentions of one named person ("Putin" ... "he")."""
    same_name = one.actor.name is not None and one.actor.name == other.actor.name
    return same_name or (one.start, one.end) == (other.start, other.end)


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
