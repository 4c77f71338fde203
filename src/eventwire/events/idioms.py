"""Words of force that mean politics, sport or markets: "seized on a report", "fired back at the
senator", "target voters", "Trump attacked a judge". A trigger coded as material conflict
(roots 15-20) is checked here before it becomes an event; the word lists are ``force_idioms``
in ``patterns.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Token

from eventwire.events import clause_shape
from eventwire.events.actor_refs import ActorRef
from eventwire.events.force_context import PLACE_KINDS, STATE_ENTITIES, ForceContext
from eventwire.nlp import sentence_of

AIMED_PREPOSITIONS = ("on", "upon", "against", "at")  # "attacks on her record"
SIDES = ("of", "between")  # "a clash of civilizations": the sides of a fight
MODIFIERS = ("compound", "amod")  # "the primary battle", "a legal fight"
PLACE_ENTITIES = ("GPE", "LOC", "FAC")  # "the battle for Mosul": a place fought over


@dataclass(frozen=True)
class Idiom:
    """A figurative use of a word of force, and the code it has instead (None: no event)."""

    code: str | None


class ForceIdiomRules(ForceContext):
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
            or (bool(aimed) and aimed <= idioms.ideals)
        ):  # "82 percent of murders", "Verizon was forced to postpone", "more heavily patrolled",
            # "forcing Wall Street to bail out the middle class", "violent attacks on their values"
            return Idiom(None)
        if nearby & idioms.force_cues:
            return None
        told = self._told_as_words(trigger, lemma, sources)  # "his caustic attacks on Islam"
        if told is not None or any(self._armed(ref) for ref in sources + targets):
            return told
        if (
            self._thing_as_doer(trigger)
            or self._act_as_doer(trigger)
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
        if phrase is not None:
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

    def _conflict_in_politics(self, trigger: Token, lemma: str, actors: list[ActorRef]) -> bool:
        """ "The new assault comes as Democrats try to hone their lines", "the clash has entangled
        the candidate in an argument": a noun of attack or fight, the subject of a sentence
        about politics (a word of campaigns or elections), with no name on it, no word of
        violence in the sentence and no state or armed actor on either side, is a political
        fight (an attack in words: criticism); acts named or referred to as objects ("cast the
        attacks as", "the Benghazi attacks") are the violence politics talks about, and so is
        one next to a sentence telling of violence (it may name that again)."""
        idioms = self.patterns.force_idioms
        nouns = idioms.verbal | idioms.advocacy | self.patterns.two_sided_fighting
        if trigger.pos_ != "NOUN" or lemma not in nouns or self._violence_near(trigger):
            return False
        if trigger.dep_ != "nsubj" or any(t.ent_type_ for t in trigger.subtree):
            return False  # "invoked the Orlando attacks", "investigations into this attack"
        if self._violence_around(trigger):
            return False  # "Gunmen killed two soldiers. The new assault comes as ...": that one
        if any(self._armed(a) or self._named_state(a) for a in actors):
            return False
        cues = idioms.political_cues
        return any(self._lemma(t) in cues for t in sentence_of(trigger) if t.i != trigger.i)

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
            for t in aim.subtree
        )

    def _place_mention(self, token: Token) -> bool:
        mention = self.mention_at.get(token.i)
        return mention is not None and mention.kind in PLACE_KINDS

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

    def _place_won(self, trigger: Token, lemma: str) -> bool:
        """ "Ted Cruz has captured Texas and Oklahoma": in an article about an election, a
        named place taken by people of no state and no arms is a state won in a vote."""
        idioms = self.patterns.force_idioms
        if lemma not in idioms.electoral_verbs or not self._electoral_article:
            return False
        objects = [c for c in trigger.children if c.dep_ == "dobj"]
        objects += [c for o in objects for c in o.conjuncts]
        doers = self._own_doers(trigger)
        return (
            bool(objects and doers)
            and all(any(t.ent_type_ == "GPE" for t in o.subtree) for o in objects)
            and all(self._person_mention(d) for d in doers)
        )

    @cached_property
    def _electoral_article(self) -> bool:
        """The article is about an election: two or more of its words of elections."""
        words = self.patterns.force_idioms.electoral_words
        return sum(1 for t in self.tokens if self._lemma(t) in words) >= 2

    def _contest_won(
        self, trigger: Token, obj: Token | None, sources: list[ActorRef], targets: list[ActorRef]
    ) -> bool:
        """A beat or a defeat between people ("Clinton beat the senator"), in polls ("beating
        her in polls") or in a sentence set in an election or a game ("the only way Democrats
        will blow a November matchup is by getting beaten in the upper Midwest")."""
        idioms = self.patterns.force_idioms
        scenes = idioms.contest_scenes
        return bool(
            self._words_between_people(sources, targets)
            or clause_shape.settings(trigger, ("in",)) & idioms.objects
            or self._aimed_at_people(trigger, obj)
            or any(self._lemma(t) in scenes for t in sentence_of(trigger) if t.i != trigger.i)
        )

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
        if lemma in self.patterns.two_sided_fighting or not clause_shape.kind_of_act(trigger):
            return None
        return Idiom(None)

    def _no_act(self, trigger: Token, lemma: str) -> bool:
        """Words of force that tell of no act done: a statistic, a habit, a wish, a plan, an
        obligation, a question, a condition, a topic, an exposure, a task, or people so named."""
        return (
            self._statistic(trigger)  # "82 percent of murders"
            or self._tally(trigger)  # "Ferguson had two murders in 2014"
            or self._habitual(trigger)  # "people are usually murdered"
            or self._generic_present(trigger)  # "people are being killed or maimed"
            or self._habit_of_harm(trigger)  # "our presidents kill terrorists"
            or self._means_to_come(trigger)  # "would take back territory with targeted attacks"
            or self._no_one_killed(trigger, lemma)  # "insults only Trump is capable of executing"
            or self._trend(trigger)  # "the shooting of police nationally"
            or clause_shape.wish(trigger)  # "More bombing."
            or self._planned(trigger)  # "his plan, which includes confiscating money"
            or clause_shape.unreal(trigger)  # "would have killed them"
            or clause_shape.ability(trigger, self.patterns.modality.aux_ability)  # "can hurt us"
            or clause_shape.hyphenated_participle(trigger)  # "often star-struck"
            or clause_shape.list_item(trigger)  # "Imposing tough sanctions on Iran."
            or clause_shape.obligation(trigger)  # "we have to catch and capture the criminals"
            or clause_shape.embedded_question(trigger)  # "whether the police have charged anyone"
            or clause_shape.act_in_general(trigger)  # "Attacking immigrants ... is a contradiction"
            or clause_shape.conditional(trigger)  # "shooting federal agents if they came"
            or clause_shape.people_so_named(trigger)  # "two of the injured"
            or self._topic(trigger)  # "discusses shooting federal agents"
            or self._record_of(trigger)  # "a record of fighting the establishment"
            or self._named_as_predicate(trigger)  # "the second was an attack"
            or self._liability(trigger)  # "subject to arrest"
            or self._task(trigger, lemma)  # "charged with facilitating the transition"
            or self._suffering(trigger, lemma)  # "we are hurting"
            or self._class_on_class(trigger)  # "Americans who have been killed by illegal aliens"
            or self._standing_state(trigger, lemma)  # "occupied territory"
            or self._held(trigger, lemma)  # "spent time in detention"
            or self._permitted(trigger, lemma)  # "skateboarding is sanctioned within the park"
            or clause_shape.concessive(
                trigger
            )  # "however many religions are banned, it can happen"
            or clause_shape.verb_as_modifier(trigger)  # "the device ..., shoots radar waves"
            or clause_shape.header(trigger)  # "HOW POLICE SHOOTINGS ARE CHANGING THE DEBATE."
            or self._told_as_false(trigger)  # "falsified reports of explosions that injured"
            or self._charge_answered(trigger, lemma)  # "acquitted of murder charges"
            or self._complaint_of_harm(trigger, lemma)  # "Mexico is killing us"
            or self._purpose(trigger)  # "so that the powerful can no longer beat up on"
            or self._nothing_taken(trigger, lemma)  # "whoever was occupying Trump's body"
        )

    def _told_as_false(self, trigger: Token) -> bool:
        """ "She lies about trips where she was being gunned down", "falsified reports of
        explosions that had injured Obama", "produce “proof” that Ukraine had shot it down":
        force under a verb of lying (a clause of force, not a noun: "lied about the attack" names
        a real one), or under a claim called false or set in scare quotes, within a few heads, is
        a false claim ("alleged" is no falsity: crimes not yet proven are told so)."""
        idioms = self.patterns.force_idioms
        node = trigger
        for _ in range(idioms.falsity_reach + 1):
            if node is not trigger and node.pos_ == "VERB" and trigger.pos_ == "VERB":
                if self._verb_lemma(node) in idioms.falsity_verbs:
                    return True
            if node.pos_ == "NOUN" and (
                any(
                    c.dep_ in ("amod", "compound") and self._lemma(c) in idioms.falsity_modifiers
                    for c in node.children
                )
                or (node is not trigger and self._scare_quoted(node))
            ):
                return True
            if node.head.i == node.i:
                return False
            node = node.head
        return False

    def _scare_quoted(self, noun: Token) -> bool:
        """ "to produce “proof” that": a claim noun alone between quotation marks."""
        if self._lemma(noun) not in self.patterns.force_idioms.claim_nouns:
            return False
        doc = noun.doc
        return 0 < noun.i < len(doc) - 1 and doc[noun.i - 1].is_quote and doc[noun.i + 1].is_quote

    def _charge_answered(self, trigger: Token, lemma: str) -> bool:
        """ "acquitted of second-degree murder charges", "pleaded guilty to charges": a charge
        named by a verdict or a plea is what it answers, not a charge brought."""
        if lemma not in self.patterns.force_idioms.charge_verbs:
            return False  # (a noun, sometimes tagged as a verb: "murder charges")
        if trigger.dep_ != "pobj" or trigger.head.lower_ not in ("of", "to"):
            return False
        governor = trigger.head.head
        if governor.pos_ == "ADJ":  # "pleaded guilty to"
            governor = governor.head
        return self._verb_lemma(governor) in self.patterns.force_idioms.verdict_verbs

    def _complaint_of_harm(self, trigger: Token, lemma: str) -> bool:
        """ "Mexico is killing us", "China is killing us": a verb of killing in the present
        progressive done to the speaker's people, with no word of violence in its sentence or
        around it, is a complaint, not a killing."""
        idioms = self.patterns.force_idioms
        if trigger.tag_ != "VBG" or lemma not in idioms.victim_verbs:
            return False
        present = any(
            c.dep_ == "aux" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP")
            for c in trigger.children
        )
        return (
            present
            and any(
                c.dep_ == "dobj" and c.lower_ in idioms.complaint_objects for c in trigger.children
            )
            and not self._violence_near(trigger)
            and not self._violence_around(trigger)
        )

    @staticmethod
    def _purpose(trigger: Token) -> bool:
        """ "so that the powerful can no longer beat up on people": a modal clause of purpose
        tells what someone wants, not an act."""
        node = clause_shape.climb(trigger, ("conj",))
        marks = [c.lower_ for c in node.children if c.dep_ == "mark"]
        return (marks[:2] == ["so", "that"] or marks[:2] == ["in", "order"]) and any(
            c.dep_ == "aux" and c.tag_ == "MD" for c in node.children
        )

    def _nothing_taken(self, trigger: Token, lemma: str) -> bool:
        """ "whoever was occupying Trump's body", "occupies the top spot": a verb of taking a place
        (the ``unarmed_protest`` words) with nothing taken (no object, not a participle on a
        noun) or with an object that is no place (``no_places``) tells of no act."""
        idioms = self.patterns.force_idioms
        if trigger.pos_ != "VERB" or lemma not in idioms.unarmed_protest:
            return False
        if trigger.dep_ in ("acl", "amod", "relcl"):
            return False
        taken = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass", "prep")]
        return not taken or all(self._lemma(t) in idioms.no_places for t in taken)

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

    def _class_on_class(self, trigger: Token) -> bool:
        """ "families of victims killed by illegal aliens": a passive act of one class of
        people on another, both bare plurals (no article, number or name), is a kind of act;
        armed or violent doers ("civilians killed by militants") are news of force."""
        agents = [g for c in trigger.children if c.dep_ == "agent" for g in c.children]
        patients = [c for c in trigger.children if c.dep_ == "nsubjpass"]
        if trigger.dep_ in ("acl", "relcl") and trigger.tag_ == "VBN":
            patients = [trigger.head]  # "victims killed by", "Americans who have been killed"
        if len(agents) != 1 or len(patients) != 1:
            return False
        idioms = self.patterns.force_idioms
        violent = idioms.violence_words | idioms.force_cues | idioms.military_cues
        agent = agents[0]
        return (
            clause_shape.bare_plural(agent)
            and clause_shape.bare_plural(patients[0])
            and self._lemma(agent) not in violent
            and not self._armed_mention(agent)
        )

    def _standing_state(self, trigger: Token, lemma: str) -> bool:
        """ "occupied territory", "territory occupied by Israel", "land that is occupied": the
        participle of a state verb describing a noun tells how things stand, not what was done;
        so does its simple present with no state or armed force as subject ("those buildings
        occupy the studio")."""
        if lemma not in self.patterns.force_idioms.standing_states:
            return False
        if trigger.tag_ in ("VBZ", "VBP"):  # "those (buildings) occupy the studio": a state
            doer = clause_shape.subject(trigger)
            return doer is not None and not self._state_or_armed_mention(doer)
        if trigger.tag_ != "VBN":
            return False
        auxiliaries = [c for c in trigger.children if c.dep_ in ("aux", "auxpass")]
        if trigger.dep_ in ("amod", "acl", "oprd", "acomp") and not auxiliaries:
            return True  # "considered occupied territory"
        # the same, parsed as a verb: a participle with no auxiliary right before its noun
        if not auxiliaries and any(
            c.dep_ == "dobj" and c.i == trigger.i + 1 for c in trigger.children
        ):
            return True
        return (
            trigger.dep_ in ("relcl", "ccomp", "xcomp")
            and any(a.dep_ == "auxpass" for a in auxiliaries)
            and all(a.tag_ in ("VBZ", "VBP", "VB") for a in auxiliaries)
        )

    def _permitted(self, trigger: Token, lemma: str) -> bool:
        """ "skateboarding is sanctioned within the park": a verb that also means to allow
        (``permission_verbs``), done to an activity (a noun no actor or name is on), allows it."""
        if trigger.pos_ != "VERB" or lemma not in self.patterns.force_idioms.permission_verbs:
            return False
        patients = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        return bool(patients) and all(
            p.pos_ == "NOUN" and not any(t.ent_type_ or t.i in self.mention_at for t in p.subtree)
            for p in patients
        )

    def _held(self, trigger: Token, lemma: str) -> bool:
        """ "spent time in detention", "remains in custody": a noun of holding after "in" or
        "under" is where someone is, a standing state, not an act."""
        return (
            trigger.pos_ == "NOUN"
            and lemma in self.patterns.force_idioms.standing_states
            and trigger.dep_ == "pobj"
            and trigger.head.lower_ in ("in", "under")
        )

    def _suffering(self, trigger: Token, lemma: str) -> bool:
        """ "We are hurting": a verb of harm with no one it is done to tells how the subject
        feels."""
        return (
            trigger.pos_ == "VERB"
            and lemma in self.patterns.force_idioms.experiencer_verbs
            and trigger.dep_ not in ("acl", "amod")
            and not any(
                c.dep_ in ("dobj", "nsubjpass", "auxpass", "agent", "ccomp", "xcomp")
                for c in trigger.children
            )
        )

    def _planned(self, trigger: Token) -> bool:
        """Force inside a plan, a call or a commitment ("a commitment to destroying ISIL", "his
        plan, which includes confiscating money", "the call to ban"): not done."""
        plans = self.patterns.force_idioms.plans
        node = trigger
        for _ in range(5):
            if node is not trigger and clause_shape.plan_noun(node, plans):
                return True
            if any(
                c.dep_ in ("nsubj", "nsubjpass") and clause_shape.plan_noun(c, plans)
                for c in node.children
            ):
                return True  # "Trump's call to ban", "your proposal is to spend billions"
            if node.dep_ in ("ROOT", "parataxis") or node.head.i == node.i:
                return False
            node = node.head
        return False

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

    def _topic(self, trigger: Token) -> bool:
        """ "Santilli discusses burying guns and shooting federal agents": a gerund with no
        subject taken by a verb of talking or thinking is what is talked about."""
        if trigger.tag_ != "VBG" or clause_shape.subject(trigger) is not None:
            return False
        node = clause_shape.climb(
            trigger, ("conj",)
        )  # "burying guns, dying a free man and shooting agents"
        idioms = self.patterns.force_idioms
        if (
            node.dep_ == "pcomp"
            and node.head.lower_ in idioms.topic_prepositions
            and self._lemma(node.head.head) in idioms.topic_nouns
        ):
            return True  # "his position on banning Muslims"
        if node.dep_ == "pcomp" and node.head.lower_ == "about":
            node = node.head  # "joked about bombing"
        topics = idioms.topic_verbs
        return node.dep_ in ("dobj", "prep", "xcomp", "advcl") and (
            self._verb_lemma(node.head) in topics if node.head.pos_ == "VERB" else False
        )

    def _record_of(self, trigger: Token) -> bool:
        """ "a record of fighting and beating the establishment", "a history of attacking
        journalists": force after "of" a noun of habit or past pattern is a habit, not an act."""
        node = clause_shape.climb(trigger, ("conj",))
        return (
            node.dep_ in ("pobj", "pcomp")
            and node.head.lower_ == "of"
            and self._lemma(node.head.head) in self.patterns.force_idioms.record_nouns
        )

    def _named_as_predicate(self, trigger: Token) -> bool:
        """ "I felt ... the second was an attack", "I don't think this is an ISIS-condoned
        attack": a noun of force as what someone believes an act was is an opinion about an act
        (told where it happened), not a report of one."""
        if trigger.pos_ != "NOUN" or trigger.dep_ != "attr" or self._lemma(trigger.head) != "be":
            return False
        beliefs = self.patterns.force_idioms.belief_verbs
        clause = clause_shape.climb(trigger.head, ("conj",))
        if clause.dep_ == "ccomp" and self._verb_lemma(clause.head) in beliefs:
            return True
        return any(  # "it was, I believe, an attack", or the parser's "I felt ..., the second was"
            c.dep_ in ("ccomp", "parataxis") and c.pos_ == "VERB" and self._verb_lemma(c) in beliefs
            for c in clause.children
        )

    def _task(self, trigger: Token, lemma: str) -> bool:
        """ "parts of his administration charged with facilitating Libya's transition": "charge
        with" a task entrusts it; it accuses only of a deed."""
        if lemma != "charge":
            return False
        done = [
            g
            for p in trigger.children
            if p.dep_ == "prep" and p.lower_ == "with"
            for g in p.children
            if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"
        ]
        return any(self._verb_lemma(g) in self.patterns.force_idioms.tasks for g in done)

    def _liability(self, trigger: Token) -> bool:
        """ "subject to arrest by security police", "vulnerable to attack": exposed to it."""
        head = trigger.head
        return (
            trigger.dep_ in ("pobj", "pcomp")
            and head.lower_ in ("to", "of", "from")
            and self._lemma(head.head) in self.patterns.force_idioms.liability_words
        )

    def _no_one_fought(self, trigger: Token, obj: Token | None, targets: list[ActorRef]) -> bool:
        """A verb of fighting with no target actor, no soldier doing it ("Russian soldiers had
        fought") and no territory taken ("seized large parts of Iraqi territory")."""
        if trigger.pos_ != "VERB" or targets:
            return False
        places = self.patterns.place_nouns
        objects = [obj] if obj is not None else []
        objects += [c for c in trigger.children if c.dep_ == "dobj"]
        taken = {self._lemma(g) for o in objects for g in o.subtree}
        doers = self._doer_lemmas(trigger)
        return not (taken & places or doers & self.patterns.force_idioms.force_cues)

    def _unarmed_posture(self, trigger: Token, sources: list[ActorRef]) -> bool:
        """A force posture whose doer is known and is no state, no armed force and no word for
        one: "citizens carried arms openly", "the studio once patrolled by Mr. Mannix"."""
        if any(self._named_state(s) or self._state_force(s) for s in sources):
            return False
        doers = self._doer_lemmas(trigger)
        if not doers and not sources:
            return False  # no one said to do it: left as it is
        idioms = self.patterns.force_idioms
        return not doers & (idioms.posture_doers | idioms.military_cues | idioms.force_cues)

    def _forced_by_circumstance(self, trigger: Token) -> bool:
        """ "was forced to postpone", "when forced to choose": a passive (or a participle
        clause with no subject) with no one said to force."""
        passive = any(c.dep_ == "auxpass" for c in trigger.children) or (
            trigger.tag_ == "VBN"
            and trigger.dep_ == "advcl"
            and not any(c.dep_ in ("nsubj", "aux") for c in trigger.children)
        )
        return passive and not any(
            c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by") for c in trigger.children
        )

    def _pressed_to_act(self, trigger: Token, actors: list[ActorRef]) -> bool:
        """ "forcing Wall Street bail out the middle class", "compelled the agency to release
        the files", "forcing fellow candidates out of the race", "forced the resignation of the
        chairwoman": pressing someone into an act or out of a place, by no state and no armed
        actor and with no word of violence near, is pressure of politics or law, not force."""
        return (
            trigger.pos_ == "VERB"
            and not any(self._armed(a) or self._named_state(a) for a in actors)
            and not self._violence_near(trigger)
        )

    def _act_as_doer(self, trigger: Token) -> bool:
        """ "was hurt by going negative": the agent is an act, not an actor."""
        return any(
            g.pos_ == "VERB" and g.dep_ in ("pobj", "pcomp")
            for c in trigger.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for g in c.children
        )

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

    def _named_unknown(self, token: Token) -> bool:
        """A name the actors stage could not place ("Trump" read as an organisation): neither a
        state nor an armed group, so it may be a person."""
        mention = self.mention_at.get(token.i)
        return (
            mention is not None
            and mention.kind == "unknown"
            and token.pos_ == "PROPN"
            and token.ent_type_ not in STATE_ENTITIES
            and mention.actor.sector not in self.patterns.force_idioms.armed_sectors
        )

    def _person_word(self, token: Token) -> bool:
        idioms = self.patterns.force_idioms
        if token.ent_type_ == "PERSON" or self._lemma(token) in idioms.political_people:
            return True
        mention = self.mention_at.get(token.i)
        return mention is not None and mention.kind == "person"

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

    def _personal_attack(
        self, trigger: Token, obj: Token | None, sources: list[ActorRef], verbal: bool, named: bool
    ) -> bool:
        """Words of attack aimed at people ("his assault on Mr. Bush"), a politician's ("Clinton's
        attacks"), or a person's with no violence told ("attacked by Mr. Khan")."""
        if verbal and (self._aimed_at_people(trigger, obj) or self._politician_s(trigger, sources)):
            return True
        return named and self._person_s_words(trigger, sources)

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

    def _own_doers(self, trigger: Token) -> list[Token]:
        """Who the trigger itself says does it: a verb's subject or agent ("attacked by Mr.
        Khan"), the noun a relative clause describes ("Klayman, who has long targeted"), a noun's
        possessor or "by"/"from" phrase ("his attacks")."""
        doers = [
            g
            for c in trigger.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in ("by", "from"))
            for g in c.children
            if g.dep_ == "pobj"
        ]
        doers += [c for c in trigger.children if c.dep_ in ("nsubj", "poss")]
        if trigger.dep_ == "relcl":  # "who has long targeted": the noun described
            doers = [trigger.head if d.tag_ in ("WP", "WDT") else d for d in doers]
        return doers

    def _person_mention(self, token: Token) -> bool:
        """The token is a person, or a pronoun for one ("his attacks")."""
        mention = self.mention_at.get(token.i)
        if mention is None:
            return self._person_word(token)
        return (
            mention.kind in ("person", "pronoun")
            and mention.actor.sector not in self.patterns.force_idioms.armed_sectors
        )

    def _politician_s(self, trigger: Token, sources: list[ActorRef]) -> bool:
        """ "Clinton's attacks": a politician's attack with no one named as its target."""
        if trigger.pos_ != "NOUN" or not sources:
            return False
        sectors = self.patterns.force_idioms.political_sectors
        for source in sources:
            mention = self._mention_starting(source.start)
            if source.actor.sector not in sectors or mention is None or mention.kind != "person":
                return False
        return True

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
        return {self._lemma(h) for h in heads}

    def _thing_as_doer(self, trigger: Token) -> bool:
        """ "the crisis that hurt millions", "high-fructose corn syrup is destroying America": the
        doer is a thing (a word for one, or an active verb's subject that is a common noun with
        no actor, no name and no word of force or of people on it), not an actor."""
        idioms = self.patterns.force_idioms
        doers = self._doers(trigger)
        things = idioms.inanimate_doers | self.patterns.non_agents
        if {self._lemma(d) for d in doers} & things:
            return True
        doer = clause_shape.subject(
            trigger
        )  # the active verb's own subject, not a patient or a climb
        if doer is None and trigger.dep_ == "acl" and trigger.tag_ == "VBG":
            doer = trigger.head  # "fireworks shooting over Lake Erie"
        if doer is None or trigger.tag_ == "VBN" or doer.pos_ != "NOUN" or not doer.is_lower:
            return False  # "Trump attacked McCain", "Trump" read as a common noun: a name
        agentive = (
            idioms.violence_words
            | idioms.force_cues
            | idioms.military_cues
            | idioms.posture_doers
            | idioms.political_people
            | idioms.generic_patients
        )
        own = (
            range(trigger.left_edge.i, trigger.right_edge.i + 1) if doer.i == trigger.head.i else ()
        )
        return self._lemma(doer) not in agentive and not any(
            t.ent_type_ or t.i in self.mention_at for t in doer.subtree if t.i not in own
        )

    def _doer_lemmas(self, trigger: Token) -> set[str]:
        """The head lemma of the trigger's subject, or of the noun its relative clause describes."""
        return {self._lemma(d) for d in self._doers(trigger)}

    def _doers(self, trigger: Token) -> list[Token]:
        """The trigger's subject or agent, or the noun its relative clause describes."""
        agents = [g for c in trigger.children if c.dep_ == "agent" for g in c.children]
        if agents:  # "targeted by hate", "struck by incarnations of terrorism"
            return agents
        node = trigger
        while (
            node.dep_ in ("xcomp", "conj") or (node.dep_ == "advcl" and node.tag_ == "VBG")
        ) and not clause_shape.subject(node):
            node = node.head  # "appear to have harmed", "jumped a curb and struck them",
            # "the plane crashed, killing all 224 people aboard"
        doer = clause_shape.subject(node)
        if (doer is None or doer.tag_ in ("WDT", "WP")) and node.dep_ in ("relcl", "acl"):
            doer = node.head  # "the crisis that hurt millions", "the race hurting rivals"
        return [doer] if doer is not None else []

    def _irregular_assault(
        self, trigger: Token, code: str, sources: list[ActorRef], targets: list[ActorRef]
    ) -> bool:
        """ "Gunmen attacked a village", "rebels killed civilians", "Mateen carried out the
        slaughter", "thugs attacked peaceful supporters": unspecified force (190) that is not
        conventional military force between armed actors is an assault (180), as CAMEO separates
        18 from 19. So when armed actors outside a state's forces use it on people who are not
        armed, or when no state, no armed force and no military word is part of it at all; a
        mass killing (202) by no state and no armed force ("the Orlando massacre") too."""
        idioms = self.patterns.force_idioms
        if code not in idioms.assault_recoded or any(self._armed(t) for t in targets):
            return False
        lemma = self._verb_lemma(trigger) if trigger.pos_ == "VERB" else self._lemma(trigger)
        two_sided = lemma in idioms.conventional_force or lemma in self.patterns.two_sided_fighting
        irregular = all(s.actor.sector in idioms.irregular_sectors for s in sources)
        if code == "190" and sources and irregular:
            return not two_sided  # "the rebels' latest offensive" is fighting
        return not (
            any(self._armed(s) or self._named_state(s) for s in sources + targets)
            or self._conventional_force(trigger)
        )

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
