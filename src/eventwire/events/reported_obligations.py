"""Reported obligations: "X said Y must V" is X's demand on Y (100), whatever V is.

Not when the modal makes a condition ("should he win the nomination"), a reproach for the past
("Y should have known": ``reported_judgements``), an opinion under an attitude ("I think he
should resign") or a poll's result ("47% say the United States should ..."), nor when it is
on a thing ("Guns should be treated as such"). The coder
(``coder.py``) asks the same demanding verb and obliged ones of a frame's modal demand.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import clause_mood, rule_confidence
from eventwire.events.actor_refs import ActorRef
from eventwire.events.candidates import Reading, SentenceState
from eventwire.events.governance import Governance
from eventwire.events.speech_stances import SpeechStanceRules

DEMAND_CODE = "100"  # "X said Y must V"


class ReportedObligationRules(SpeechStanceRules):
    """Codes an obligation a speaker reports as the speaker's demand."""

    def _code_reported_obligation(self, verb: Token, state: SentenceState) -> None:
        """ "X said Y must V" is X's demand on Y, whatever V is."""
        if self._modal_aux(verb) not in self.patterns.modality.aux_demand or self._negated(verb):
            return
        if clause_mood.inverted_condition(verb):
            return  # "should he win the nomination": a condition, no obligation
        if self._reproach(verb) is not None:
            return  # "Y should have known": a reproach for the past (the statement's), no demand
        speaker_verb = self._demanding_verb(self._governance(verb))
        if speaker_verb is None:
            return
        obliged = self._obliged_ones(verb, self._subjects(verb))
        if self._obliges_a_thing(verb, obliged):
            return  # "Guns should be treated as such", "It should shock the conscience"
        reading = Reading(DEMAND_CODE, speaker_verb, rule_confidence.REPORTED_DEMAND)
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

    def _obliges_a_thing(self, verb: Token, obliged: list[ActorRef]) -> bool:
        """A passive obligation on a thing ("Terrorism must be quashed", "all classified material
        must be safeguarded") is on whoever is to act, no one named; one on "it" or "this"
        (``thing_pronouns``: "It should shock the conscience") is on no one either, unless the
        pronoun stands for an actor ("it should recognize the opposition": the government)."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or any(r.known or r.actor.sector for r in obliged):
            return False
        if subject.lower_ in self.patterns.thing_pronouns:
            return True
        return subject.dep_ == "nsubjpass" and subject.pos_ == "NOUN"

    def _obliged_ones(self, verb: Token, doers: list[ActorRef]) -> list[ActorRef]:
        """Who a reported obligation is on: the passive subject ("Y should be punished"), else
        the verb's doers ("Y must leave")."""
        return self._actors_of_deps(verb, ("nsubjpass",)) or doers
