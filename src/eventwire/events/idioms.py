"""Words of force that mean politics, sport or markets: "seized on a report", "fired back at the
senator", "target voters", "Trump attacked a judge". A trigger coded as material conflict
(roots 15-20) is checked here before it becomes an event: ``_force_idiom`` is the ordered list
of steps, and the few steps that say what the trigger is instead (an ``Idiom``) are here; the
questions they ask are in the mixins below, each deciding one kind of thing:
``politics.py`` (contests, fights of politics, advocacy) -> ``campaigns.py`` (a campaign's
rallies, stops, help and donations that are no protest, visit or aid) -> ``force_as_words.py`` (attacks in
words, idiom phrases) -> ``no_act.py`` (no act done) -> ``talk_of_force.py`` (force only talked
of) -> ``doers.py`` (who does it, no armed doer) -> ``force_context.py`` (states, armed actors,
violence told around) -> ``generic_acts.py``. The word lists are ``force_idioms`` in
``patterns.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.events import clause_shape, kind_or_incident
from eventwire.events.actor_refs import ActorRef
from eventwire.events.politics import MODIFIERS, PoliticsRules


@dataclass(frozen=True)
class Idiom:
    """A figurative use of a word of force, and the code it has instead (None: no event)."""

    code: str | None


class ForceIdiomRules(PoliticsRules):
    """Decides whether a material-conflict reading is an idiom (and what it is instead)."""

    def _force_idiom(
        self,
        trigger: Token,
        code: str,
        obj: Token | None,
        sources: list[ActorRef],
        targets: list[ActorRef],
    ) -> Idiom | None:
        """None when the reading stands; else the idiom it is."""
        if not "15" <= code[:2] <= "20":
            return None
        idioms = self.patterns.force_idioms
        lemma = self._verb_lemma(trigger) if trigger.pos_ == "VERB" else self._lemma(trigger)
        nearby = self._nearby_lemmas(trigger)
        aimed = self._aimed_at(trigger, obj)
        if obj is not None:
            nearby |= {self._lemma(c) for c in obj.children}
        if (
            self._no_act(trigger, lemma)
            or (
                lemma in idioms.circumstantial
                and (
                    self._forced_by_circumstance(trigger)
                    or self._pressed_to_act(trigger, sources + targets)
                )
            )
            or (code[:2] in idioms.needs_armed_doer and clause_shape.compared(trigger))
            or self._measure_talked_of(trigger, code)
            or (bool(aimed) and aimed <= idioms.ideals)
            or self._figure_phrase(trigger, lemma)
            or self._by_hazard(trigger)
            or self._doer_lemmas(trigger) & idioms.instrument_doers
            or self._nothing_armed_deployed(trigger, code)
        ):  # "82 percent of murders", "Verizon was forced to postpone", "more heavily patrolled",
            # "forcing Wall Street to bail out the middle class", "had discussed the deployment",
            # "violent attacks on their values", "killed in the fire", "a radio that captured"
            return Idiom(None)
        if self._force_cue_near(trigger, obj):
            return None
        told = self._told_as_words(trigger, lemma, sources)  # "his caustic attacks on Islam"
        if told is not None or any(self._armed(ref) for ref in sources + targets):
            return told
        if (
            self._thing_as_doer(trigger)
            or self._act_as_doer(trigger)
            or self._took_no_one(trigger, code, obj)
            or (code[:2] in idioms.needs_armed_doer or lemma in idioms.armed_doer_verbs)
            and self._unarmed_posture(trigger, sources)
        ):  # "the crisis that hurt millions", "was hurt by going negative", "citizens carried
            return Idiom(None)  # arms openly" (a force posture by no armed doer)
        if lemma in idioms.advocacy and (
            self._fights_for_cause(trigger)
            or clause_shape.settings(trigger, ("for",)) & idioms.objects
            or self._contest_of_words(trigger, sources + targets)
            or self._unarmed_fight(trigger, sources)
        ):
            return Idiom(None)  # "I will fight for you", "the primary battle with Clinton"
        if code[:2] in idioms.needs_target and self._no_one_fought(trigger, obj, targets):
            # "launched a pre-emptive attack against Obama": no one fought ("activists occupied
            # the lobby": a protest)
            return self._unarmed_protest(trigger, lemma, sources) or Idiom(None)
        phrase = self._idiom_phrase(trigger, lemma, nearby)
        if phrase is not None:  # "fire back": words, unless an armed doer fires
            return Idiom(idioms.phrases[phrase])
        politics = self._politics(trigger, lemma, obj, sources, targets)
        if politics is not None:  # "Clinton beat the senator", "the new assault comes as
            return politics  # Democrats try to hone their lines"
        verbal = lemma in idioms.verbal or bool(aimed & idioms.verbal)
        named = lemma in idioms.verbal or any(
            c.dep_ == "dobj" and self._lemma(c) in idioms.verbal for c in trigger.children
        )  # "attacked", "launched an attack"; not "devastated by the attacks"
        if named and self._words_in_peace(trigger, lemma, sources + targets):
            return Idiom(idioms.verbal_code)  # "Trump launched a pre-emptive attack on Obama"
        if aimed & idioms.objects:  # "target voters", "attacks on her record"
            two_sided = lemma in self.patterns.two_sided_fighting  # "a clash of civilizations"
            return Idiom(idioms.verbal_code if verbal and not two_sided else None)
        if verbal and targets and self._words_between_people(sources, targets):
            return Idiom(idioms.verbal_code)
        if self._personal_attack(trigger, obj, sources, verbal, named):
            return Idiom(idioms.verbal_code)  # "his assault on Mr. Bush", "Clinton's attacks"
        return self._left_untold(trigger, code, lemma, sources + targets)

    def _force_recoded(
        self, trigger: Token, code: str, sources: list[ActorRef], targets: list[ActorRef]
    ) -> str:
        """The code of a verb of force that is no idiom, by what it is: an assault ("gunmen
        attacked a village": 180), aid ("sent a warship to help find the missing jet"), or as
        read."""
        if self._irregular_assault(trigger, code, sources, targets):
            return "180"
        if self._relief_mission(trigger, code):
            return self.patterns.force_idioms.relief_code
        return code

    def _relief_mission(self, trigger: Token, code: str) -> bool:
        """A show of force (15) whose purpose is search, rescue or relief: "sent a warship to
        help find the missing jet", "deployed troops to evacuate residents" (the infinitive of
        purpose, or what it helps along)."""
        if code[:2] != "15":
            return False
        enablers = self.patterns.modality.modal_enablers
        purposes = [
            c
            for c in trigger.children
            if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and clause_shape.infinitive(c)
        ]
        purposes += [
            g
            for c in purposes
            if self._lemma(c) in enablers
            for g in c.children
            if g.dep_ in ("xcomp", "ccomp") and g.pos_ == "VERB"
        ]
        return any(self._lemma(c) in self.patterns.force_idioms.relief_purposes for c in purposes)

    def _politics(
        self,
        trigger: Token,
        lemma: str,
        obj: Token | None,
        sources: list[ActorRef],
        targets: list[ActorRef],
    ) -> Idiom | None:
        """A contest won or lost (no event), a political fight told as an attack (criticism)
        or a battle (no event), or a place taken in protest."""
        idioms = self.patterns.force_idioms
        protest = self._unarmed_protest(trigger, lemma, sources)
        if protest is not None:  # "occupying the lobby area": a sit-in
            return protest
        if lemma in idioms.contest and self._contest_won(trigger, obj, sources, targets):
            return Idiom(None)
        if self._place_won(trigger, lemma):
            return Idiom(None)  # "Ted Cruz has captured Texas and Oklahoma": a vote won
        if self._fight_between_people(trigger, lemma):  # "the battle between Rubio and Christie"
            return Idiom(idioms.verbal_code if lemma in idioms.verbal else None)
        if self._fight_with_people(trigger, lemma, sources + targets):
            return Idiom(idioms.verbal_code)  # "who fights with Mexican American journalists"
        if self._conflict_in_politics(trigger, lemma, sources + targets):
            return Idiom(idioms.verbal_code if lemma in idioms.verbal else None)
        return None

    def _left_untold(
        self, trigger: Token, code: str, lemma: str, actors: list[ActorRef]
    ) -> Idiom | None:
        """Last, force told but not done: in an article of no violence ("who plays an actor
        kidnapped by a ring of screenwriters") or as a kind of act ("they blame guns for mass
        shootings")."""
        if self._force_in_peace(trigger, code, lemma, actors):
            return Idiom(None)
        return self._kind_of_acts(trigger, lemma)

    def _kind_of_acts(self, trigger: Token, lemma: str) -> Idiom | None:
        """No event when the trigger names a kind of act (fighting between sides is told as
        "clashes" even when it happened)."""
        if lemma in self.patterns.two_sided_fighting or not kind_or_incident.kind_of_act(trigger):
            return None
        return Idiom(None)

    def _unarmed_protest(self, trigger: Token, lemma: str, sources: list[ActorRef]) -> Idiom | None:
        """ "Members of the group ... before occupying the lobby area": taking a place (the
        ``unarmed_protest`` words), done by known actors none of whom is armed or a state, with no
        word of violence near, is a protest (a sit-in)."""
        code = self.patterns.force_idioms.unarmed_protest.get(lemma)
        if code is None or not sources or self._violence_near(trigger):
            return None
        if any(self._armed(s) or self._state_force(s) for s in sources):
            return None
        if any(self._state_or_armed_mention(d) for d in self._doers(trigger)):
            return None  # "fighters occupied the building"
        return Idiom(code)

    def _told_as_words(self, trigger: Token, lemma: str, sources: list[ActorRef]) -> Idiom | None:
        """An attack or a fight its own words place in an arena of no force or give the tone of
        speech ("his caustic attacks", "a personal attack", "the legal battle"), or whose
        purpose is words ("attacks designed to paint him as"), whoever makes it; a charge
        brought by no authority ("a report charging the Islamic State with genocide")."""
        idioms = self.patterns.force_idioms
        if self._charge_by_no_authority(trigger, lemma, sources):
            return Idiom(idioms.accusation_code)
        modifiers = {self._lemma(c) for c in trigger.children if c.dep_ in MODIFIERS}
        purposes = self.patterns.modality.purposes
        purposed = any(
            c.dep_ == "acl" and self._lemma(c) in purposes for c in trigger.children
        ) and not self._violence_near(trigger)
        if lemma in idioms.verbal and (modifiers & idioms.arenas or purposed):
            return Idiom(idioms.verbal_code)
        return None
