"""Who does a force act, as the force idioms read it: the doers a trigger names (its subject,
agent or possessor, the noun its relative clause describes), whether they are people, and the
force that has no armed doer: a thing ("the crisis that hurt millions"), an act ("hurt by going
negative"), a circumstance ("was forced to postpone") or an unarmed posture ("citizens carried
arms openly"). Word lists: ``force_idioms`` in ``patterns.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import clause_shape
from eventwire.events.actor_refs import ActorRef
from eventwire.events.force_context import STATE_ENTITIES, ForceContext

# Entities that name someone who can be taken: a person, a group, a body, a place.
NAMED_SOMEONE = frozenset({"PERSON", "NORP", "ORG", "GPE", "FAC", "LOC"})


class ForceDoers(ForceContext):
    """Who does a force act, and whether anyone armed does it."""

    def _doers(self, trigger: Token) -> list[Token]:
        """The trigger's subject or agent, or the noun its relative clause describes."""
        agents = [g for c in trigger.children if c.dep_ == "agent" for g in c.children]
        if agents:  # "targeted by hate", "struck by incarnations of terrorism"
            return agents
        node = clause_shape.subject_clause(trigger)
        doer = clause_shape.subject(node)
        if (doer is None or doer.tag_ in ("WDT", "WP")) and node.dep_ in ("relcl", "acl"):
            doer = node.head  # "the crisis that hurt millions", "the race hurting rivals"
        return [doer] if doer is not None else []

    def _doer_lemmas(self, trigger: Token) -> set[str]:
        """The head lemma of the trigger's subject, or of the noun its relative clause describes."""
        return {self._lemma(d) for d in self._doers(trigger)}

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
            doers = [
                self._relative_antecedent(trigger, d) if d.tag_ in ("WP", "WDT") else d
                for d in doers
            ]
        return doers

    def _person_word(self, token: Token) -> bool:
        idioms = self.patterns.force_idioms
        if token.ent_type_ == "PERSON" or self._lemma(token) in idioms.political_people:
            return True
        mention = self.mention_at.get(token.i)
        return mention is not None and mention.kind == "person"

    def _person_mention(self, token: Token) -> bool:
        """The token is a person, or a pronoun for one ("his attacks")."""
        mention = self.mention_at.get(token.i)
        if mention is None:
            return self._person_word(token)
        return (
            mention.kind in ("person", "pronoun")
            and mention.actor.sector not in self.patterns.force_idioms.armed_sectors
        )

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

    def _thing_as_doer(self, trigger: Token) -> bool:
        """ "the crisis that hurt millions", "high-fructose corn syrup is destroying America": the
        doer is a thing (a word for one, or an active verb's subject that is a common noun with
        no actor, no name and no word of force or of people on it), not an actor."""
        idioms = self.patterns.force_idioms
        doers = self._doers(trigger)
        doers += [  # "a series of recent manhole fires forced the evacuation"
            g
            for d in doers
            if self._lemma(d) in self.patterns.partitive_nouns
            for g in clause_shape.prep_objects(d, ("of",))
        ]
        things = idioms.inanimate_doers | idioms.hazards | self.patterns.non_agents
        if {self._lemma(d) for d in doers} & things:
            return True
        doer = clause_shape.subject(
            trigger
        )  # the active verb's own subject, not a patient or a climb
        if doer is None and trigger.dep_ == "acl" and trigger.tag_ == "VBG":
            doer = trigger.head  # "fireworks shooting over Lake Erie"
        if doer is None and trigger.dep_ == "advcl" and trigger.tag_ == "VBG":
            if self._verb_lemma(trigger.head) in idioms.undergoing_verbs:
                return True  # "hundreds died when the plane crashed, killing all 224 aboard"
            doer = clause_shape.subject(trigger.head)  # "the bridge collapsed, killing nine"
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

    def _by_hazard(self, trigger: Token) -> bool:
        """ "three people were killed in a landslide", "destroyed in the fire": a passive whose
        "in" phrase is a natural hazard or an accident; "a shark attack", "the attack by the
        shark", "attacked and dragged underwater by a shark": an act of a hazard or an animal; "his
        battle with Lou Gehrig's disease": a fight against one."""
        hazards = self.patterns.force_idioms.hazards
        if trigger.pos_ == "NOUN":
            makers = [c for c in trigger.children if c.dep_ in ("compound", "amod")]
            makers += clause_shape.prep_objects(trigger, ("by", "with", "against"))
            return any(self._lemma(m) in hazards for m in makers)
        if not clause_shape.passive_or_participle(trigger):
            return False
        agents = [  # the agent of a passive shared by its conjoined verbs
            g
            for verb in (trigger, *trigger.conjuncts)
            for c in verb.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for g in c.children
            if g.dep_ == "pobj"
        ]
        places = clause_shape.prep_objects(trigger, ("in",))
        return any(self._lemma(g) in hazards for g in agents + places)

    def _took_no_one(self, trigger: Token, code: str, obj: Token | None) -> bool:
        """ "Sis has captured the wonder of that book", "asteroids captured by Mars' pull",
        "barrels of oil that were captured by BP", "74% of the oil had been captured": a verb of
        taking (``electoral_verbs``) read as an arrest whose object (or passive subject, or what
        a relative pronoun or a share stands for) is a thing: no actor, no one named, no person,
        no place. (Only doers who are not armed reach this rule: "police captured the
        suspect".)"""
        idioms = self.patterns.force_idioms
        if not code.startswith("173") or self._verb_lemma(trigger) not in idioms.electoral_verbs:
            return False
        taken = obj or next((c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if taken is not None and taken.tag_ == "WDT" and trigger.dep_ == "relcl":
            taken = trigger.head  # "the barrels of oil that were captured"
        if taken is not None and (
            taken.lower_ == "%" or self._lemma(taken) in idioms.statistic_heads
        ):
            taken = next(iter(clause_shape.prep_objects(taken, ("of",))), taken)
        if (
            taken is None
            or taken.pos_ != "NOUN"
            or taken.ent_type_ in NAMED_SOMEONE
            or taken.i in self.mention_at
        ):
            return False
        people = idioms.generic_patients | idioms.political_people | self.patterns.place_nouns
        return self._lemma(taken) not in people

    def _act_as_doer(self, trigger: Token) -> bool:
        """ "was hurt by going negative": the agent is an act, not an actor; "people injured by
        the fighting": harm done by a fight is that fight's, coded at its own word."""
        fights = self.patterns.two_sided_fighting
        return any(
            (g.pos_ == "VERB" and g.dep_ in ("pobj", "pcomp"))
            or (g.dep_ == "pobj" and self._lemma(g) in fights)
            for c in trigger.children
            if c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by")
            for g in c.children
        )

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

    def _unarmed_posture(self, trigger: Token, sources: list[ActorRef]) -> bool:
        """A force posture whose doer is known and is no state, no armed force and no word for
        one: "citizens carried arms openly", "the studio once patrolled by Mr. Mannix"."""
        if any(self._named_state(s) or self._state_force(s) for s in sources):
            return False
        doers = self._doer_lemmas(trigger)
        if not doers and not sources:
            return False  # no one said to do it: left as it is
        return not doers & self._force_words

    def _nothing_armed_deployed(self, trigger: Token, code: str) -> bool:
        """ "the United States has deployed observers for elections", "marshal and deploy my
        columns" read as a show of force: a verb of deploying (``deployment_verbs``) whose object
        or passive subject names no force, no weapon, no armed actor and nothing by name deploys
        no force."""
        idioms = self.patterns.force_idioms
        if code[:2] != "15" or self._verb_lemma(trigger) not in idioms.deployment_verbs:
            return False
        deployed = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        deployed += [c for d in deployed for c in d.conjuncts]
        return bool(deployed) and not any(
            self._lemma(t) in self._force_words
            or t.pos_ == "PROPN"  # a named unit or weapon: "S-400 systems", "the Golden Division"
            or self._armed_mention(t)
            for d in deployed
            for t in (d, *d.lefts)  # the noun and its modifiers, not its phrases
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

    def _irregular_assault(
        self, trigger: Token, code: str, sources: list[ActorRef], targets: list[ActorRef]
    ) -> bool:
        """ "Gunmen attacked a village", "rebels killed civilians", "Mateen carried out the
        slaughter", "thugs attacked peaceful supporters": unspecified force (190) or small arms
        (194: "opened her belly with a kitchen knife") that is not conventional military force
        between armed actors is an assault (180), as CAMEO separates 18 from 19. So when armed
        actors outside a state's forces use it on people who are not armed, or when no state, no
        armed doer and no military word is part of it and no one armed but the police is
        attacked ("a police station was attacked during rioting"); a mass killing (202) by no
        state and no armed force ("the Orlando massacre") too."""
        idioms = self.patterns.force_idioms
        if code not in idioms.assault_recoded:
            return False
        fought = [t for t in targets if self._armed(t)]
        if any(t.actor.sector not in idioms.policing_sectors for t in fought) or (
            fought and any(self._armed(s) or self._named_state(s) for s in sources)
        ):
            return False  # force on an army, or armed men on both sides: fighting
        irregular = all(s.actor.sector in idioms.irregular_sectors for s in sources)
        if code != "202" and sources and irregular:  # "the rebels' latest offensive", "rebels
            return not self._word_of_fighting(trigger)  # shot down a helicopter": fighting
        return not (
            any(self._armed(s) or self._named_state(s) for s in sources)
            or any(self._named_state(t) for t in targets)
            or self._conventional_force(trigger)
        )
