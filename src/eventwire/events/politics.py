"""Force words of politics and contests: a contest won ("Clinton beat the senator"), a state
won in a vote ("Ted Cruz has captured Texas"), a fight between people ("the battle between
Rubio and Christie"), a political fight ("the new assault comes as Democrats try to hone their
lines"), advocacy ("I will fight for you") and a campaign of words or law ("has waged a lonely
battle"). A campaign's rally, stop, support and donations, which are no words of force, are
``campaigns``. Word lists: ``force_idioms`` in ``patterns.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import clause_shape
from eventwire.events.actor_refs import ActorRef
from eventwire.events.campaigns import CampaignRules
from eventwire.events.force_context import PLACE_KINDS
from eventwire.nlp import sentence_of

MODIFIERS = ("compound", "amod")  # "the primary battle", "a legal fight"
PLACE_ENTITIES = ("GPE", "LOC", "FAC")  # "the battle for Mosul": a place fought over


class PoliticsRules(CampaignRules):
    """Decides whether a word of force is a contest, a fight of politics or advocacy."""

    def _contest_won(
        self, trigger: Token, obj: Token | None, sources: list[ActorRef], targets: list[ActorRef]
    ) -> bool:
        """A beat or a defeat between people ("Clinton beat the senator"), in polls ("beating
        her in polls") or in a sentence set in an election or a game ("the only way Democrats
        will blow a November matchup is by getting beaten in the upper Midwest")."""
        idioms = self.patterns.force_idioms
        scenes = idioms.contest_scenes
        if self._bodily_harm(trigger):
            return False
        return bool(
            self._words_between_people(sources, targets)
            or clause_shape.settings(trigger, ("in",)) & idioms.objects
            or self._aimed_at_people(trigger, obj)
            or any(self._lemma(t) in scenes for t in sentence_of(trigger) if t.i != trigger.i)
        )

    def _bodily_harm(self, trigger: Token) -> bool:
        """ "beat Cartas to death", "was beaten unconscious": the result the verb names is harm
        to a body, so the beating is no contest won."""
        harms = self.patterns.force_idioms.harm_results
        results = clause_shape.prep_objects(trigger, ("to", "into"))
        results += [c for c in trigger.children if c.dep_ in ("acomp", "oprd", "xcomp", "advmod")]
        return any(self._lemma(t) in harms for t in results)

    def _place_won(self, trigger: Token, lemma: str) -> bool:
        """ "Ted Cruz has captured Texas and Oklahoma": in an article about an election, a
        named place taken by people of no state and no arms is a state won in a vote."""
        idioms = self.patterns.force_idioms
        if lemma not in idioms.electoral_verbs or not self._electoral_article:
            return False
        objects = [
            c
            for c in trigger.children
            if c.dep_ == "dobj" or c.dep_ == "npadvmod" and c.ent_type_ == "GPE"
        ]  # "captured Virginia, Georgia, ...", sometimes parsed as a modifier
        objects += [c for o in objects for c in o.conjuncts]
        doers = self._own_doers(trigger)
        places = idioms.electoral_places
        return (
            bool(objects and doers)
            and all(
                self._lemma(o) in places or any(t.ent_type_ == "GPE" for t in o.subtree)
                for o in objects
            )
            and all(self._person_mention(d) for d in doers)
        )

    def _fight_between_people(self, trigger: Token, lemma: str) -> bool:
        """ "the battle between Rubio and Chris Christie", "a clash between a candidate and
        Trump": a fight whose named sides are all people (no state, no armed group, no crowd),
        with no word of violence near, is a contest of politics or sport."""
        if lemma not in self.patterns.two_sided_fighting or trigger.pos_ != "NOUN":
            return False
        sides = clause_shape.prep_objects(trigger, ("between",))
        sides += [c for s in sides for c in s.conjuncts]
        return (
            len(sides) >= 2
            and all(self._person_mention(s) and not self._armed_mention(s) for s in sides)
            and not self._violence_near(trigger)
        )

    def _fight_with_people(self, trigger: Token, lemma: str, actors: list[ActorRef]) -> bool:
        """ "who fights with Mexican American journalists", "after repeated clashes with Mr.
        Lewandowski": fighting "with" people (persons, politicians, the press), done by no state
        and no armed force, with no armed actor on either side and no word of violence near, is
        a quarrel in words."""
        idioms = self.patterns.force_idioms
        fighting = idioms.advocacy | self.patterns.two_sided_fighting
        if trigger.pos_ not in ("VERB", "NOUN") or lemma not in fighting:
            return False
        if (
            self._violence_near(trigger)
            or trigger.pos_ == "NOUN"
            and self._violence_around(trigger)
        ):
            return False  # "the long battle with Clinton" next to a sentence of violence
        sides = clause_shape.prep_objects(trigger, ("with",))
        sides += [c for s in sides for c in s.conjuncts]
        return (
            bool(sides)
            and all(self._person_word(s) and not self._armed_mention(s) for s in sides)
            and not any(self._state_or_armed_mention(d) for d in self._own_doers(trigger))
            and not any(self._armed(a) for a in actors)
        )

    def _conflict_in_politics(self, trigger: Token, lemma: str, actors: list[ActorRef]) -> bool:
        """ "The new assault comes as Democrats try to hone their lines", "the clash has entangled
        the candidate in an argument", "with attacks flying fast and in all directions": a noun
        of attack or fight, the subject of a predicate (of a clause, or after "with") in a
        passage about politics (a word of campaigns or elections in its sentence, or for an
        attack also in the one before), with no name on it, no word of violence in the
        sentence, no armed actor in the passage and no state or armed actor on either side, is
        a political fight (an attack in words: criticism); acts named or referred to as objects
        ("cast the attacks as", "the Benghazi attacks") are the violence politics talks about,
        and so is one next to a sentence telling of violence (it may name that again)."""
        idioms = self.patterns.force_idioms
        nouns = idioms.verbal | idioms.advocacy | self.patterns.two_sided_fighting
        if trigger.pos_ != "NOUN" or lemma not in nouns or self._violence_near(trigger):
            return False
        if not self._predicate_subject(trigger) or any(t.ent_type_ for t in trigger.subtree):
            return False  # "invoked the Orlando attacks", "investigations into this attack"
        if self._violence_around(trigger):
            return False  # "Gunmen killed two soldiers. The new assault comes as ...": that one
        if any(self._armed(a) or self._named_state(a) for a in actors):
            return False
        passage = list(sentence_of(trigger))
        if lemma not in self.patterns.two_sided_fighting:  # "clashes" are mostly fought: the
            passage += self._sentence_beside(trigger, -1)  # sentence itself must say politics
        if any(self._armed_mention(t) for t in passage):
            return False  # "clashes broke out as security forces tried to disperse protesters"
        cues = idioms.political_cues
        return any(self._lemma(t) in cues for t in passage if t.i != trigger.i)

    @staticmethod
    def _predicate_subject(noun: Token) -> bool:
        """The subject of a clause ("the attacks stick"), or of a "with" phrase's predicate
        ("with attacks flying")."""
        if noun.dep_ == "nsubj":
            return True
        return (
            noun.dep_ == "pobj"
            and noun.head.lower_ == "with"
            and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in noun.children)
        )

    def _fights_for_cause(self, trigger: Token) -> bool:
        """ "I will fight for you", "fighting for Americans' liberties": a fight for someone or
        something, with no one fought, is advocacy; a fight for a place ("the battle for
        Aleppo", "fighting for control of the town") is over territory."""
        if not clause_shape.fights_for(trigger):
            return False
        aims = clause_shape.prep_objects(trigger, ("for",))
        places = self.patterns.place_nouns
        return not any(
            t.ent_type_ in PLACE_ENTITIES or self._lemma(t) in places or self._place_mention(t)
            for aim in aims
            for t in clause_shape.phrase_tokens(aim)
        )

    def _place_mention(self, token: Token) -> bool:
        mention = self.mention_at.get(token.i)
        return mention is not None and mention.kind in PLACE_KINDS

    def _contest_of_words(self, trigger: Token, actors: list[ActorRef]) -> bool:
        """A battle or fight in an arena of no force ("the public relations battle"), or in
        an article that tells of no violence with no word of it in its sentence and no state on
        either side."""
        idioms = self.patterns.force_idioms
        fights = [trigger] + [c for c in trigger.children if c.dep_ == "dobj"]  # "fought a battle"
        settings = {self._lemma(c) for f in fights for c in f.children if c.dep_ in MODIFIERS}
        if settings & idioms.arenas:
            return True
        return (
            self._peaceful_article
            and not self._violence_near(trigger)
            and not any(self._named_state(a) for a in actors)
        )

    def _unarmed_fight(self, trigger: Token, sources: list[ActorRef]) -> bool:
        """ "Stephen F. Hayes of the Weekly Standard has waged a lonely battle to force the
        government to act": a fight taken up by a light verb ("wage", "face", "lead") whose doers
        are all of a sector that fights no armed fight (the press, a party, a business) is a
        campaign of words or law."""
        idioms = self.patterns.force_idioms
        return (
            trigger.pos_ == "NOUN"
            and trigger.dep_ == "dobj"
            and self._verb_lemma(trigger.head) in idioms.light_verbs
            and bool(sources)
            and all(
                s.actor.sector in idioms.unarmed_sectors and not self._named_state(s)
                for s in sources
            )
        )
