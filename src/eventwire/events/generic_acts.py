"""Words of force that tell of no single act: a statistic ("82 percent of murders"), a habit
("people are usually murdered", "our presidents kill terrorists"), people in general doing or
suffering something ("people are being killed or maimed"), a killing verb with no one killed,
the means of an act to come ("would retake territory with targeted attacks"), a trend ("the
shooting of police nationally"). ``_no_act`` (``no_act.py``) asks these before a
material-conflict reading becomes an event; the word lists are ``force_idioms`` in
``patterns.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import clause_shape, kind_or_incident, names_and_headings
from eventwire.events.noun_arguments import NounArgumentSlots
from eventwire.nlp import sentence_of

WHEN_WORDS = ("when", "whenever")  # "when a citizen is arrested abroad": any time it happens


class GenericActRules(NounArgumentSlots):
    """Decides whether a word of force tells of no particular act (a count, a habit, people in
    general, an act to come, a trend)."""

    def _statistic(self, trigger: Token) -> bool:
        """ "82 percent of murders", "1,500 people were killed last year": a share of acts, or
        a count of victims over a period with no one said to do it, is a statistic."""
        idioms = self.patterns.force_idioms
        head = trigger.head
        if trigger.dep_ in ("pobj", "pcomp") and head.lower_ == "of":
            return self._lemma(head.head) in idioms.statistic_heads
        if trigger.dep_ == "pobj" and head.lower_ in idioms.statistic_prepositions:
            return trigger.tag_ == "NNS" and not any(c.dep_ == "det" for c in trigger.children)
        counted = any(
            c.dep_ == "nsubjpass"
            and self._lemma(c) in idioms.generic_patients
            and any(n.dep_ == "nummod" for n in c.children)
            for c in trigger.children
        )
        period = any(
            self._lemma(c) in idioms.period_nouns for c in trigger.children if c.dep_ == "npadvmod"
        )
        return counted and period

    def _tally(self, trigger: Token) -> bool:
        """ "Ferguson had two murders in 2014", "115 instances of violent crime, including
        murder, in 2014": acts a place or a period had, counted, are its record, not an event.
        The noun of force hangs (through objects, "including", "of") on a verb of tallying
        (``tally_verbs``); something on the way is counted, and the clause names a year."""
        if trigger.pos_ != "NOUN":
            return False
        token, counted = trigger, False
        while token.dep_ in ("dobj", "pobj", "conj", "prep") and token.head.i != token.i:
            counted = counted or any(
                c.dep_ == "nummod" and c.ent_type_ != "DATE" and not self._period(c)
                for c in token.children
            )  # "two murders", not "the 2001 attacks"
            token = token.head
            if token.pos_ in ("VERB", "AUX") and token.dep_ != "prep":
                break
        return (
            counted
            and self._verb_lemma(token) in self.patterns.force_idioms.tally_verbs
            and any(self._period(t) for t in token.subtree)
        )

    def _period(self, token: Token) -> bool:
        """ "in 2014", "last year": the period a tally covers (``period_nouns``)."""
        year = token.like_num and len(token.text) == 4 and token.text.isdigit()
        return year or self._lemma(token) in self.patterns.force_idioms.period_nouns

    def _habitual(self, trigger: Token) -> bool:
        """ "people are usually murdered by someone they know", "when you attack him": a habit
        or anyone's act, in the present."""
        idioms = self.patterns.force_idioms
        verb = clause_shape.climb(
            trigger, ("xcomp",)
        )  # "such bags are typically used to destroy documents"
        present = verb.tag_ in ("VBP", "VBZ") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBP", "VBZ") for c in verb.children
        )
        return present and any(
            (c.dep_ == "advmod" and self._lemma(c) in idioms.habitual_adverbs)
            or (c.dep_ == "nsubj" and c.lower_ in idioms.generic_subjects)
            for c in verb.children
        )

    def _generic_present(self, trigger: Token) -> bool:
        """ "people are pointing fingers at them and throwing them out of flights": an act in the
        present done by people in general (a bare plural such as "people") is how things go, not
        news; so is one done to people in general (``_generic_victims``)."""
        verb = trigger
        while (
            verb.dep_ == "conj"
            and clause_shape.subject(verb) is None
            and not clause_shape.passive_subject(verb)
        ):
            verb = verb.head  # "pointing fingers ... and throwing them": the first verb's tense
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
        present = verb.tag_ in ("VBP", "VBZ") or any(a.tag_ in ("VBP", "VBZ") for a in auxiliaries)
        if not present or any(a.tag_ == "MD" for a in auxiliaries):
            return False
        perfect = any(a.lemma_ == "have" for a in auxiliaries)
        doer = clause_shape.subject(verb)
        if doer is None:
            return self._generic_victims(verb, perfect)
        return not perfect and self._generic_people(doer)

    def _no_one_killed(self, trigger: Token, lemma: str) -> bool:
        """ "the insults only Trump seems capable of executing", "he's admitted that he's
        killed": a verb of killing with no one killed (no object, not passive, not said of the
        killed, nor sharing an object with a verb beside it) tells of no killing."""
        if trigger.pos_ != "VERB" or lemma not in self.patterns.force_idioms.victim_verbs:
            return False
        first = clause_shape.climb(trigger, ("conj",))
        perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children)
        if trigger.tag_ in ("VBN", "VBD") and not perfect:
            return False  # "the people killed"; a past form with no object is often a
            # participle ("ELEVEN POLICE KILLED", "Captain Khan, killed 12 years ago")
        verbs = [first, *first.conjuncts]
        return not any(
            c.dep_ in ("dobj", "nsubjpass", "auxpass", "obj", "dative", "ccomp", "oprd")
            for v in verbs
            for c in v.children
        )

    def _means_to_come(self, trigger: Token) -> bool:
        """ "will take back territory with air cover and with targeted attacks": a noun of force
        in a phrase of a verb with a modal ("will", "would") is the means of an act to come."""
        if trigger.pos_ != "NOUN":
            return False
        node = clause_shape.climb(trigger, ("conj",))
        while node.dep_ in ("pobj", "prep", "conj") and node.head.i != node.i:
            node = node.head
        return node.pos_ in ("VERB", "AUX") and self._modal_aux(node) in (
            self.patterns.modality.aux_intent
        )  # "would help our allies retake territory with ... attacks"

    def _habit_of_harm(self, trigger: Token) -> bool:
        """ "thug Putin kills journalists and opponents", "our presidents kill terrorists": a
        verb of force in the simple present done to a class of people (a bare plural), at no
        named place or time, tells what the doer does, not an act (a headline, a line with no
        final stop, tells past news in the present: "Army kills civilians")."""
        if (
            trigger.tag_ not in ("VBP", "VBZ")
            or names_and_headings.headline(trigger)
            or any(c.dep_ in ("aux", "auxpass", "nsubjpass") for c in trigger.children)
        ):
            return False
        patient = next((c for c in trigger.children if c.dep_ == "dobj"), None)
        return (
            patient is not None
            and kind_or_incident.bare_plural(patient)
            and not kind_or_incident.named_setting(trigger)
        )

    def _generic_victims(self, verb: Token, perfect: bool) -> bool:
        """ "people are being killed and wounded", "dozens of children are beaten": a present
        passive done to people in general, by no one named and nowhere named, is how things go;
        victims of a particular incident are told with it ("people are killed in Aleppo"). In
        the present perfect only a relative clause describes people so ("indigenous people who
        have been killed in confrontations with police"); "people have been killed" is news."""
        patient = clause_shape.passive_subject(verb)
        if patient is not None and verb.dep_ == "relcl" and patient.tag_ in ("WP", "WDT"):
            patient = clause_shape.antecedent(verb, patient)  # "people who have been killed"
        elif perfect:
            return False
        if (
            patient is None
            or any(c.dep_ == "agent" for c in verb.children)
            or kind_or_incident.named_setting(verb)
        ):
            return False
        if self._anyone_when(verb, patient):
            return True
        if patient.lower_ == "they":  # "we are losing people ... because they are imprisoned"
            patient = self._plural_before(patient)
        if self._lemma(patient) in self.patterns.force_idioms.vague_counts:
            patient = next(  # "dozens of children"
                (g for p in patient.children if p.lower_ == "of" for g in p.children), patient
            )
        return self._generic_people(patient)

    def _plural_before(self, pronoun: Token) -> Token:
        """The people "they" stands for: the nearest plural noun of people before it in its
        sentence ("we are losing people to guns because they are imprisoned"; the pronoun itself
        when there is none)."""
        people = self.patterns.force_idioms.generic_patients
        nouns = [
            t
            for t in sentence_of(pronoun)
            if t.i < pronoun.i and t.tag_ == "NNS" and self._lemma(t) in people
        ]
        return nouns[-1] if nouns else pronoun

    def _anyone_when(self, verb: Token, patient: Token) -> bool:
        """ "the usual process followed when a British citizen is arrested abroad": one of people
        in general (an indefinite singular) in a present clause of "when" is anyone."""
        return (
            verb.dep_ == "advcl"
            and any(c.dep_ == "advmod" and c.lower_ in WHEN_WORDS for c in verb.children)
            and patient.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in patient.children)
            and self._lemma(patient) in self.patterns.force_idioms.generic_patients
        )

    def _generic_people(self, noun: Token) -> bool:
        generic = self.patterns.force_idioms.generic_patients
        return kind_or_incident.bare_plural(noun) and self._lemma(noun) in generic

    def _trend(self, trigger: Token) -> bool:
        """ "the shooting of police nationally", "the acceleration of attacks globally": a noun
        of force (or the noun it counts) with an adverb of scope or habit tells of a trend."""
        if trigger.pos_ != "NOUN":
            return False
        nouns = [trigger]
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "of":
            nouns.append(trigger.head.head)
        adverbs = self.patterns.force_idioms.habitual_adverbs
        return any(
            c.dep_ == "advmod" and self._lemma(c) in adverbs for n in nouns for c in n.children
        )
