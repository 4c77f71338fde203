"""Force told as words: an attack aimed at people ("attacks on her record", "his assault on Mr.
Bush"), a politician's or a person's attack with no violence told ("Clinton's attacks",
"attacked by Mr. Khan"), a charge brought by no authority ("a report charging the Islamic State
with genocide"), an idiom phrase ("seize on", "take a swipe at") and force in an article that
tells of no violence. Word lists: ``force_idioms`` in ``patterns.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import clause_shape
from eventwire.events.actor_refs import ActorRef
from eventwire.events.no_act import NoActRules

AIMED_PREPOSITIONS = ("on", "upon", "against", "at")  # "attacks on her record"
SIDES = ("of", "between")  # "a clash of civilizations": the sides of a fight


class ForceAsWordsRules(NoActRules):
    """Decides whether a word of force is an attack in words (criticism) or an idiom phrase."""

    def _charge_by_no_authority(self, trigger: Token, lemma: str, sources: list[ActorRef]) -> bool:
        """ "a report charging the Islamic State with crimes against humanity": a charge
        brought by a document, or by actors none of whom is a court, a prosecutor, the police, a
        government or a state, is an accusation."""
        idioms = self.patterns.force_idioms
        if lemma not in idioms.charge_verbs or trigger.pos_ != "VERB":
            return False
        doers = self._doers(trigger)
        if trigger.dep_ in ("advcl", "acl") and trigger.tag_ == "VBG":  # "issued a report
            doers += [c for c in trigger.head.children if c.dep_ == "dobj"]  # charging"
        if {self._lemma(d) for d in doers} & idioms.documents:
            return True
        return bool(sources) and all(
            s.actor.sector is not None
            and s.actor.sector not in idioms.legal_sectors
            and not self._named_state(s)
            for s in sources
        )

    def _idiom_phrase(self, trigger: Token, lemma: str, nearby: set[str]) -> str | None:
        """ "seize on", "fire back" (the trigger and a word below it) or "take (a) swipe" (the
        verb that takes the trigger as its object, and the trigger)."""
        phrases = self.patterns.force_idioms.phrases
        candidates = [f"{lemma} {word}" for word in sorted(nearby)]
        phrase_head = trigger.head if trigger.dep_ in ("acl", "amod", "compound") else trigger
        if phrase_head.dep_ == "dobj":  # "took a (parting) shot at"
            candidates.append(f"{self._lemma(phrase_head.head)} {lemma}")
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "of":  # "this line of attack"
            candidates.append(f"{lemma} {self._lemma(trigger.head.head)}")
        return next((p for p in candidates if p in phrases), None)

    def _figure_phrase(self, trigger: Token, lemma: str) -> bool:
        """ "generals beating their chest": a verb and its direct object that code no event
        together are a figure whoever does it, armed or not (a phrase of a verb and a
        preposition needs more care: "seized cocaine on Monday" is no "seize on")."""
        phrases = self.patterns.force_idioms.phrases
        return any(
            c.dep_ == "dobj" and phrases.get(f"{lemma} {self._lemma(c)}", "") is None
            for c in trigger.children
        )

    def _aimed_at(self, trigger: Token, obj: Token | None) -> set[str]:
        """Lemmas of what the trigger is aimed at: its object, passive subject, the object of
        "on"/"against"/"at", or what is "under" it ("our freedom is under assault")."""
        heads = [obj] if obj is not None else []
        heads += [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        holders = [trigger, trigger.head] if trigger.dep_ == "dobj" else [trigger]
        two_sided = self._lemma(trigger) in self.patterns.two_sided_fighting
        for prep in (c for h in holders for c in h.children if c.dep_ == "prep"):
            if prep.lower_ in AIMED_PREPOSITIONS or (two_sided and prep.lower_ in SIDES):
                heads += [g for g in prep.children if g.dep_ == "pobj"]
        if trigger.dep_ == "acl" and trigger.tag_ == "VBN":  # "the voters targeted"
            heads.append(trigger.head)
        if trigger.dep_ == "pobj" and trigger.head.lower_ == "under":  # "freedom is under assault"
            heads += [c for c in trigger.head.head.children if c.dep_ == "nsubj"]
        heads += [c for h in heads for c in h.conjuncts]  # "Latino and black voters"
        heads += [  # "capturing that very angry kind of voter": what the kind is of
            g
            for h in heads
            if self._lemma(h) in self.patterns.kind_nouns
            for g in clause_shape.prep_objects(h, ("of",))
        ]
        return {self._lemma(h) for h in heads}

    def _words_in_peace(self, trigger: Token, lemma: str, actors: list[ActorRef]) -> bool:
        """An attack in an article that tells of no violence, with no word of violence in its
        sentence and no state on either side, is words."""
        return (
            self._peaceful_article
            and not self._violent_sentence(trigger, lemma)
            and not any(self._named_state(a) for a in actors)
        )

    def _force_in_peace(
        self, trigger: Token, code: str, lemma: str, actors: list[ActorRef]
    ) -> bool:
        """ "who plays an actor kidnapped by a ring of screenwriters", "who said Clinton raped her
        in 1978", "voted to ban therapeutic cloning": force (other than the acts done without
        violence, ``nonviolent_codes``: arrests, cut ties) in an article that tells of no
        violence, with no word of violence in its sentence, no armed actor and no state on either
        side, is told of a role, a claim or a vote, not done."""
        idioms = self.patterns.force_idioms
        if code in idioms.nonviolent_codes or code[:2] in idioms.nonviolent_codes:
            return False
        return self._words_in_peace(trigger, lemma, actors)

    def _words_between_people(self, sources: list[ActorRef], targets: list[ActorRef]) -> bool:
        """Politicians, officials or other people on both sides (states are not people: "Russia
        attacked Ukraine" is force); an unnamed or unresolved doer may be either."""
        return (
            bool(sources)
            and all(self._personal(t) for t in targets)
            and all(self._personal(s) or not s.known for s in sources)
        )

    def _personal(self, ref: ActorRef) -> bool:
        if ref.actor.sector in self.patterns.force_idioms.political_sectors:
            return True
        mention = self._mention_starting(ref.start)
        return mention is not None and mention.kind == "person"

    def _personal_attack(
        self, trigger: Token, obj: Token | None, sources: list[ActorRef], verbal: bool, named: bool
    ) -> bool:
        """Words of attack aimed at people ("his assault on Mr. Bush"), a politician's ("Clinton's
        attacks"), or a person's with no violence told ("attacked by Mr. Khan")."""
        if verbal and (self._aimed_at_people(trigger, obj) or self._politician_s(trigger, sources)):
            return True
        return named and self._person_s_words(trigger, sources)

    def _aimed_at_people(self, trigger: Token, obj: Token | None) -> bool:
        """ "attacks on the project's journalists", "attacks from rivals", "continued his
        assault on Mr. Bush", "launched an attack against Obama": words aimed at people."""
        idioms = self.patterns.force_idioms
        holders = [trigger] + ([obj] if obj is not None else [])
        if trigger.dep_ == "dobj":  # "continued his assault on Mr. Bush"
            holders.append(trigger.head)
        people = [
            g
            for h in holders
            for p in h.children
            if p.dep_ == "prep" and p.lower_ in idioms.people_prepositions
            for g in p.children
            if g.dep_ == "pobj"
        ]
        if trigger.pos_ == "VERB":  # "Khan had attacked him": a person on both sides
            subject = clause_shape.subject(trigger)
            if subject is None or not (self._person_word(subject) or self._named_unknown(subject)):
                return False
            people += [c for c in trigger.children if c.dep_ == "dobj"]
        return any(
            self._person_word(p) or (p.head.lower_ == "from" and self._named_unknown(p))
            for p in people
        )  # "attacks from the Liberal Left": a name that is no state and no armed group

    def _politician_s(self, trigger: Token, sources: list[ActorRef]) -> bool:
        """ "Clinton's attacks", "other candidates stepped up their attacks": a politician's
        attack with no one named as its target."""
        if trigger.pos_ != "NOUN" or not sources:
            return False
        return all(self._politician(source) for source in sources)

    def _politician(self, source: ActorRef) -> bool:
        """A person of a political sector, or one named by a word for politicians ("other
        candidates", ``political_people``) whatever sector was found."""
        idioms = self.patterns.force_idioms
        mention = self._mention_starting(source.start)
        if source.actor.sector in idioms.political_sectors and mention is not None:
            return mention.kind == "person"
        span = self.doc.char_span(source.start, source.end, alignment_mode="expand")
        return (
            span is not None
            and span.root.pos_ == "NOUN"  # not "she", whoever she is
            and self._lemma(span.root) in idioms.political_people
        )

    def _person_s_words(self, trigger: Token, sources: list[ActorRef]) -> bool:
        """ "I was viciously attacked by Mr. Khan", "he ratcheted up his attacks", "who has long
        targeted the Clintons": an attack whose doer, named on the trigger itself, is a person,
        with no word of violence or force in its sentence, is words."""
        doers = self._own_doers(trigger)
        return (
            bool(sources and doers)
            and not any(self._armed(s) for s in sources)
            and all(self._person_mention(d) for d in doers)
            and not self._violence_near(trigger)
        )
