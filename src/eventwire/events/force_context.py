"""Who uses force and where violence is told, as the force idioms (``idioms.py``) read it: a
state or an armed actor on either side of an act, words of violence around its trigger, and an
article that tells of no violence at all. Word lists: ``force_idioms`` in ``patterns.yaml``.
"""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Token

from eventwire.events import clause_shape
from eventwire.events.actor_refs import STATE_KINDS, ActorRef
from eventwire.events.generic_acts import GenericActRules
from eventwire.nlp import sentence_of

PLACE_KINDS = ("place", "capital", "seat")  # actor mentions that name where, not who
STATE_ENTITIES = ("GPE", "NORP")  # an unclassified mention read as a country or a people


class ForceContext(GenericActRules):
    """The sides of a force act and the violence told around it."""

    def _violence_around(self, trigger: Token) -> bool:
        """A word of violence or force in the sentence before or after the trigger's (a
        sentence with no word, such as a paragraph break, is passed over)."""
        cues = self._violence_cues
        return any(
            self._violent_word(t, cues)
            for step in (-1, 1)
            for t in self._sentence_beside(trigger, step)
        )

    def _sentence_beside(self, trigger: Token, step: int) -> list[Token]:
        """The sentence before (``step`` -1) or after (1) the trigger's, passing over sentences
        with no word (a paragraph break); empty at the text's edge."""
        sentence = sentence_of(trigger)
        edge = sentence.start - 1 if step < 0 else sentence.end
        while 0 <= edge < len(self.doc):
            other = sentence_of(self.doc[edge])
            if any(t.is_alpha for t in other):
                return list(other)
            edge = other.start - 1 if step < 0 else other.end
        return []

    def _state_or_armed_mention(self, token: Token) -> bool:
        """A state ("Israel occupies"), an armed force or a word for one as the token's actor."""
        mention = self.mention_at.get(token.i)
        if self._lemma(token) in self._force_words:
            return True
        return self._armed_mention(token) or (
            mention is not None
            and (mention.kind in STATE_KINDS or token.ent_type_ in STATE_ENTITIES)
        )

    def _armed_mention(self, token: Token) -> bool:
        mention = self.mention_at.get(token.i)
        return (
            mention is not None and mention.actor.sector in self.patterns.force_idioms.armed_sectors
        )

    @cached_property
    def _peaceful_article(self) -> bool:
        """The article tells of no violence: few words of it for its length (a short text tells
        too little to say). Computed once per document."""
        idioms = self.patterns.force_idioms
        words = [t for t in self.tokens if t.is_alpha]
        violent = sum(1 for t in words if self._lemma(t) in idioms.violence_words)
        enough = len(words) >= idioms.peaceful_min_words
        return enough and 1000 * violent < idioms.peaceful_density * len(words)

    @cached_property
    def _air_war_article(self) -> bool:
        """The article tells of strikes from the air (``air_war_words``)."""
        words = self.patterns.force_idioms.air_war_words
        return any(self._lemma(t) in words for t in self.tokens)

    def _bombing_from_the_air(self, code: str, sources: list[ActorRef]) -> bool:
        """ "the continuous bombing" beside "Israeli airstrikes": a bombing by no one named in an
        article of strikes from the air is aerial."""
        planted = self.patterns.force_idioms.planted_bombings
        return code in planted and not sources and self._air_war_article

    def _violent_sentence(self, trigger: Token, lemma: str) -> bool:
        """A word of violence near the trigger, or fighting between two sides ("clashes")."""
        idioms = self.patterns.force_idioms
        if lemma in idioms.conventional_force or lemma in self.patterns.two_sided_fighting:
            return True
        return self._violence_near(trigger)

    def _violence_near(self, trigger: Token) -> bool:
        """Another word of violence or force in the trigger's sentence."""
        cues = self._violence_cues
        return any(self._violent_word(t, cues) for t in sentence_of(trigger) if t.i != trigger.i)

    def _violent_word(self, token: Token, cues: frozenset[str]) -> bool:
        """A word of violence, unless it only names a policy or an issue ("the death penalty",
        "gun control")."""
        return self._lemma(token) in cues and not self._issue_modifier(token)

    def _issue_modifier(self, token: Token) -> bool:
        """A modifier of an issue noun ("gun" in "gun control", "gun-control"): it names a
        topic."""
        head = token.head
        heads = {self._lemma(head), head.lemma_.lower()}  # "gun-control" is read as one lemma
        return token.dep_ in ("compound", "amod", "nmod") and bool(
            heads & self.patterns.force_idioms.issue_heads
        )

    def _force_cue_near(self, trigger: Token, obj: Token | None) -> bool:
        """A word of force within two steps below the trigger or on its object ("fired a
        missile", "attacked with knives"), which makes the trigger literal; one that only names
        an issue ("Clinton's gun control offensive") does not."""
        cues = self.patterns.force_idioms.force_cues
        near = [t for t, _ in self._nearby_tokens(trigger)]
        near += list(obj.children) if obj is not None else []
        return any(
            (self._lemma(t) in cues or t.lower_ in cues) and not self._issue_modifier(t)
            for t in near
        )

    @cached_property
    def _force_words(self) -> frozenset[str]:
        """Words for an armed force, a state's forces or a weapon ("troops", "police", "rifle")."""
        idioms = self.patterns.force_idioms
        return frozenset(idioms.military_cues | idioms.posture_doers | idioms.force_cues)

    @cached_property
    def _violence_cues(self) -> frozenset[str]:
        """Words of violence or force, which make a force word near them literal."""
        idioms = self.patterns.force_idioms
        return frozenset(idioms.violence_words | idioms.force_cues)

    def _state_force(self, ref: ActorRef) -> bool:
        """A state ("Iran") or its armed forces ("Israeli troops"); a city's name on an event
        ("the Orlando attack") is where it happened, and a person ("Mateen's attack", "she") no
        state."""
        actor = ref.actor
        if not actor.country or len(actor.country) != 3 or actor.sector not in (None, "MIL"):
            return False
        mention = self._mention_starting(ref.start)
        if mention is None:
            return True
        return mention.kind not in (*PLACE_KINDS, "person") and mention.person_id is None

    def _named_state(self, ref: ActorRef) -> bool:
        """A state named as one ("Iran", "Israeli"), not a person or a group that only has
        a country ("Trump supporters")."""
        mention = self._mention_starting(ref.start)
        if not self._state_force(ref) or mention is None or mention.kind in STATE_KINDS:
            return self._state_force(ref)
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return (
            mention.kind == "unknown" and span is not None and span.root.ent_type_ in STATE_ENTITIES
        )

    def _conventional_force(self, trigger: Token) -> bool:
        """A word of fighting between two sides ("clashed", "battle", "shot down"), or a
        military word on the trigger or its phrases ("troops attacked", "targeted with a
        missile")."""
        if self._word_of_fighting(trigger):
            return True
        near = [*trigger.children, *(g for c in trigger.children for g in c.children)]
        return any(self._lemma(t) in self.patterns.force_idioms.military_cues for t in near)

    def _word_of_fighting(self, trigger: Token) -> bool:
        """A word of fighting between two sides, read with its particle ("clashed", "battle",
        "shot down")."""
        lemma = self._verb_lemma(trigger) if trigger.pos_ == "VERB" else self._lemma(trigger)
        phrases = clause_shape.with_particles(trigger, lemma)
        return bool(phrases & self.patterns.force_idioms.conventional_force) or (
            lemma in self.patterns.two_sided_fighting
        )

    def _armed(self, ref: ActorRef) -> bool:
        return ref.actor.sector in self.patterns.force_idioms.armed_sectors
