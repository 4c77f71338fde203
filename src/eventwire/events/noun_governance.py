"""Governance of a nominal act: what the words around a trigger noun say about it. A place's
name on it names an agreement or a meeting ("the Minsk agreements"), a modifier or a modal makes
it a possibility ("a possible attack", "could spark attacks"), a modal on the verb that takes it
governs it as it would that verb ("would mount an offensive"), and a preposition can make it the
circumstance of a coded verb or background to the news ("killed ... in an attack", "after
talks"). Its own module because a noun is governed by its own modifiers and by the verb or
preposition it hangs on, which the walk up from a trigger (``governance.py``) does not read.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import clause_marks, clause_mood, kind_or_incident
from eventwire.events.governance import CLAUSE_BOUNDARIES, Governance, GovernanceRules

# Actor mentions that are places, not states or groups: a name on an agreement ("Minsk").
PLACE_KINDS = ("capital", "place", "seat")
NAME_ENTITIES = ("GPE", "LOC", "FAC", "ORG")  # an unresolved name ("Camp David", "Minsk")
# Prepositions whose nominal object is the setting of a coded verb ("signed a pact at a meeting").
SETTING_PREPOSITIONS = {"in", "during", "amid", "at"}
# Prepositions whose nominal object is background to the sentence's news ("after talks").
BACKGROUND_PREPOSITIONS = {"following", "after", "before", "since", "ahead", "prior", "despite"}
# The way from a nominal act up to the verb whose object it is.
NOUN_TO_VERB = ("dobj", "pobj", "prep", "conj", "nsubjpass", "attr", "oprd")


class NounGovernanceRules(GovernanceRules):
    """Whether a nominal act is named, hypothetical, governed by a modal, or a circumstance."""

    def _named_event(self, noun: Token) -> bool:
        """ "the Minsk agreements", "the Camp David talks": a place's name on an agreement or a
        meeting names it; it is not that place acting, nor an agreement made now."""
        if self._lemma(noun) not in self.patterns.named_event_nouns:
            return False
        for child in noun.children:
            if child.dep_ == "compound" and child.pos_ == "PROPN":
                mention = self.mention_at.get(child.i)
                kind = mention.kind if mention is not None else None
                if kind in PLACE_KINDS or kind is None and child.ent_type_ in NAME_ENTITIES:
                    return True
        return False

    def _hypothetical_noun(self, noun: Token) -> bool:
        """ "a possible attack", "no talks", "could spark attacks": an act that did not happen."""
        modality = self.patterns.modality
        if self._negated(noun) or any(
            c.dep_ in ("amod", "compound") and self._lemma(c) in modality.hypothetical_modifiers
            for c in noun.children
        ):
            return True
        node = noun
        while node.dep_ not in CLAUSE_BOUNDARIES and node.dep_ not in ("ccomp", "xcomp"):
            node = node.head
            if node.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "aux" and c.lower_ in modality.aux_hypothetical for c in node.children
            ):
                return True
        return False

    def _verb_over(self, noun: Token) -> Token | None:
        """The verb a nominal act is the object of ("would mount an offensive", "airstrikes will
        be carried out"): its auxiliaries say whether the act is done."""
        node = noun
        while node.dep_ in NOUN_TO_VERB and node.head.i != node.i:
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                return node
        return None

    def _modal_noun_governance(self, noun: Token, root: str, gov: Governance) -> Governance | None:
        """A modal on the verb that takes a nominal act governs the act as it would the verb:
        "would mount an offensive" is an intent (for force, a threat); "must step up airstrikes"
        is asked, not done (None). An act the reader already knows ("the Orlando attack") is
        not undone by what is said of it now."""
        verb = None if kind_or_incident.definite(noun) else self._verb_over(noun)
        if verb is None:
            return gov
        effect = self._modal_effect(self._modal_aux(verb), root)
        if effect == "demand" or clause_mood.obligation(verb):
            return None
        if effect == "intent" and gov.kind in ("asserted", "reported"):
            return Governance("intent", verb)
        return gov

    def _circumstance_of_coded_verb(self, noun: Token, coded_verbs: set[int]) -> bool:
        """ "killed ... in an attack": the attack is the killing's circumstance, not a second event;
        "following the meeting", "after talks": an earlier event, background to this one."""
        preposition = noun.head
        if noun.dep_ != "pobj" or self._lemma(noun) in self.patterns.two_sided_fighting:
            return False
        if preposition.lower_ in BACKGROUND_PREPOSITIONS or clause_marks.topic(preposition):
            return True
        return preposition.lower_ in SETTING_PREPOSITIONS and preposition.head.i in coded_verbs
