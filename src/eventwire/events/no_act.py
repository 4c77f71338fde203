"""Words of force that tell of no act done (``_no_act``, the ordered list of its steps): besides
the generic acts (``generic_acts.py``), the clause's shape (``clause_shape.py``) and force only
talked of (``talk_of_force.py``), a state rather than an act ("occupied territory", "spent time
in detention", "we are hurting"), a permission, an exposure ("subject to arrest"), a task
("charged with facilitating"), a charge answered ("acquitted of murder charges") and a kind of
act done by one class of people to another. Word lists: ``force_idioms`` in ``patterns.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events import clause_mood, clause_shape, kind_or_incident, names_and_headings
from eventwire.events.talk_of_force import TalkOfForceRules


class NoActRules(TalkOfForceRules):
    """Decides whether a word of force tells of no act done (a state, a habit, a plan, ...)."""

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
            or clause_mood.unreal(trigger)  # "would have killed them"
            or clause_mood.ability(trigger, self.patterns.modality.aux_ability)  # "can hurt us"
            or clause_shape.hyphenated_participle(trigger)  # "often star-struck"
            or names_and_headings.list_item(trigger)  # "Imposing tough sanctions on Iran."
            or clause_mood.obligation(trigger)  # "we have to catch and capture the criminals"
            or clause_mood.embedded_question(trigger)  # "whether the police have charged anyone"
            or kind_or_incident.act_in_general(trigger)  # "Attacking immigrants is a contradiction"
            or clause_mood.conditional(trigger)  # "shooting federal agents if they came"
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
            or clause_mood.concessive(trigger)  # "however many religions are banned, it can happen"
            or clause_shape.verb_as_modifier(trigger)  # "the device ..., shoots radar waves"
            or names_and_headings.header(trigger)  # "HOW POLICE SHOOTINGS ARE CHANGING THE DEBATE."
            or names_and_headings.topic_heading(trigger)  # "The Massacre of Two Families"
            or self._told_as_false(trigger)  # "falsified reports of explosions that injured"
            or self._charge_answered(trigger, lemma)  # "acquitted of murder charges"
            or self._complaint_of_harm(trigger, lemma)  # "Mexico is killing us"
            or self._purpose(trigger)  # "so that the powerful can no longer beat up on"
            or self._nothing_taken(trigger, lemma)  # "whoever was occupying Trump's body"
        )

    def _liability(self, trigger: Token) -> bool:
        """ "subject to arrest by security police", "vulnerable to attack": exposed to it."""
        head = trigger.head
        return (
            trigger.dep_ in ("pobj", "pcomp")
            and head.lower_ in ("to", "of", "from")
            and self._lemma(head.head) in self.patterns.force_idioms.liability_words
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

    def _class_on_class(self, trigger: Token) -> bool:
        """ "families of victims killed by illegal aliens": a passive act of one class of
        people on another, both bare plurals (no article, number or name), is a kind of act;
        armed or violent doers ("civilians killed by militants") are news of force. A gerund
        phrase of one class acting on another ("cases about officers killing black children")
        names a kind of act whoever the doers are, unless a named place or time ties it to one."""
        if trigger.tag_ == "VBG" and trigger.dep_ in ("pcomp", "acl"):
            doer = clause_shape.subject(trigger)
            patient = next((c for c in trigger.children if c.dep_ == "dobj"), None)
            return (
                doer is not None
                and patient is not None
                and kind_or_incident.bare_plural(doer)
                and kind_or_incident.bare_plural(patient)
                and not kind_or_incident.named_setting(trigger)
            )
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
            kind_or_incident.bare_plural(agent)
            and kind_or_incident.bare_plural(patients[0])
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

    def _held(self, trigger: Token, lemma: str) -> bool:
        """ "spent time in detention", "remains in custody": a noun of holding after "in" or
        "under" is where someone is, a standing state, not an act."""
        return (
            trigger.pos_ == "NOUN"
            and lemma in self.patterns.force_idioms.standing_states
            and trigger.dep_ == "pobj"
            and trigger.head.lower_ in ("in", "under")
        )

    def _permitted(self, trigger: Token, lemma: str) -> bool:
        """ "skateboarding is sanctioned within the park": a verb that also means to allow
        (``permission_verbs``), done to an activity (a noun no actor or name is on, whoever's it
        is: "London sanctioned Gomm's efforts"), allows it."""
        if trigger.pos_ != "VERB" or lemma not in self.patterns.force_idioms.permission_verbs:
            return False
        patients = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
        return bool(patients) and all(
            p.pos_ == "NOUN"
            and not any(t.ent_type_ or t.i in self.mention_at for t in clause_shape.unowned(p))
            for p in patients
        )

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
