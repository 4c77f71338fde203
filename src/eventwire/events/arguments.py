"""Argument slots: the source and target actors of a trigger, read from the dependency parse.

The subject acts; the frame's slots (object, indirect object, ``prep:against``, ...) give the target;
in the passive the ``by`` agent acts on the subject. Joint actors ("talks between A and B") and
plural references ("they", "both leaders") are expanded to their members.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from eventwire.events.actor_refs import GROUP_MEMORY, ActorRef, unique
from eventwire.events.governance import GovernanceRules
from eventwire.events.patterns import Frame
from eventwire.models import Actor
from eventwire.nlp import sentence_of

# Prepositions that introduce places and times, never actors in an argument.
LOCATIVE_PREPOSITIONS = {
    "in",
    "at",
    "near",
    "inside",
    "outside",
    "across",
    "throughout",
    "during",
    "since",
    "until",
    "amid",
    "after",
    "before",
    "over",
}
NOT_ACTOR_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
# Dependencies that leave an actor's noun phrase.
OUTSIDE_PHRASE = {"relcl", "acl", "ccomp", "advcl", "conj", "cc", "punct", "appos"}
BOUND_POSSESSIVES = {"his", "her", "their"}
PERSONAL_PRONOUNS = {"it", "he", "she", "they", "we", "its", "his", "her", "their", "our"}


class ArgumentSlots(GovernanceRules):
    """Who acts and who is acted on."""

    def _verb_arguments(
        self, verb: Token, frame: Frame, obj: Token | None
    ) -> tuple[list[ActorRef], list[ActorRef]]:
        if misparsed_main_verb(verb) is not None:
            return self._subjects(verb), self._targets(verb, frame, obj)
        passive = (
            any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children)
            or (verb.dep_ == "acl" and verb.tag_ == "VBN")
        ) and not _perfect_read_as_passive(verb)
        if passive:
            sources = self._slot_actors(verb, "agent", None, fallback=True)
            if not sources and not any(c.dep_ == "agent" for c in verb.children):
                sources = self._passive_doers(verb)
                if sources:
                    doers = {s.key for s in sources}
                    others = [t for t in self._targets(verb, frame, obj) if t.key not in doers]
                    return sources, others
            if not sources and "18" <= frame.code[:2] <= "20":
                sources = self._armed_instrument(verb)
            if verb.dep_ == "acl" and verb.tag_ == "VBN":
                targets = self._actors(verb.head)
            else:
                targets = self._actors_of_deps(verb, ("nsubjpass",))
            if not targets:
                targets = self._targets(verb, frame, obj)
            return sources, targets
        return self._subjects(verb), self._targets(verb, frame, obj)

    def _passive_doers(self, verb: Token) -> list[ActorRef]:
        """ "Libyan army troops were deployed", "forces were engaged in clashes": the subject of
        a ``passive_doers`` verb's agentless passive (or the noun its participle describes) acts."""
        if self._verb_lemma(verb) not in self.patterns.passive_doers:
            return []
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return self._actors(verb.head, fallback=True)
        return self._actors_of_deps(verb, ("nsubjpass",), fallback=True)

    def _armed_instrument(self, verb: Token) -> list[ActorRef]:
        """ "killed in a car bomb explosion": the bomb (an armed actor of the place) did it."""
        armed = self.patterns.force_idioms.armed_sectors
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "in"):
            for pobj in (g for g in prep.children if g.dep_ == "pobj"):
                found = [r for r in self._shallowest_mention(pobj) if r.actor.sector in armed]
                if found:
                    return found
        return []

    def _inanimate_subject(self, verb: Token) -> bool:
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return bool(subjects) and self._lemma(subjects[0]) in self.patterns.non_agents

    def _noun_arguments(self, noun: Token, frame: Frame) -> tuple[list[ActorRef], list[ActorRef]]:
        """A nominal event's actors: its own slots, the participants of a joint event, or the
        subject of the verb that governs it ("X staged a protest")."""
        participants = self._participants(noun)
        sources = self._first_slot(noun, frame.source or self.patterns.noun_source)
        partitive = self._partitive(noun)
        if not sources and not participants and partitive is not None:
            sources = self._first_slot(partitive, self.patterns.noun_source)
        if not sources and not participants:
            sources = self._subjects_of_governing_verb(partitive or noun)
        targets = self._first_slot(noun, frame.target or self.patterns.noun_target)
        if frame.symmetric and participants:
            keys = {p.key for p in participants}
            return participants + [s for s in sources if s.key not in keys], []
        return sources, targets

    def _partitive(self, noun: Token) -> Token | None:
        """ "round" in "launching a new round of attacks": the noun that counts the acts."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
            return None
        counter = prep.head
        return counter if self._lemma(counter) in self.patterns.partitive_nouns else None

    def _first_slot(self, token: Token, slots: tuple[str, ...]) -> list[ActorRef]:
        for slot in slots:
            found = self._slot_actors(token, slot, None)
            if found:
                return found
        return []

    def _targets(self, verb: Token, frame: Frame, obj: Token | None) -> list[ActorRef]:
        for slot in frame.target or self.patterns.verb_target:
            found = self._slot_actors(verb, slot, obj)
            if found:
                return found
        for candidate in self._objects(verb):  # "hailed talks between A and B" -> A, B
            found = self._participants(candidate) or self._actors(candidate)
            if found:
                return found
        return []

    def _subjects(self, verb: Token) -> list[ActorRef]:
        """The verb's agent: its subject, a relative clause's antecedent, or a coordinated verb's subject."""
        seen = set()
        complement = False  # the verb before was an xcomp of this one
        while verb.i not in seen:
            seen.add(verb.i)
            root_noun = misparsed_main_verb(verb)
            if root_noun is not None:
                return self._actors(root_noun, fallback=True)
            subject_deps: tuple[str, ...] = ("nsubj", "csubj")
            if _perfect_read_as_passive(verb) or (complement and _agentless(verb)):
                # "Santilli is seen speaking", "State was ordered to make releases": the one
                # seen or ordered does the complement's act
                subject_deps = ("nsubj", "csubj", "nsubjpass")
            complement = verb.dep_ == "xcomp"
            subjects = [c for c in verb.children if c.dep_ in subject_deps]
            if subjects:
                subject = subjects[-1]  # of two (a misparse), the one next to the verb
                if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    return self._actors(verb.head, fallback=True)
                return self._actors(subject, fallback=True)
            if any(c.dep_ == "nsubjpass" for c in verb.children):
                return self._slot_actors(verb, "agent", None, fallback=True)
            if verb.dep_ == "conj":
                verb = self._conj_head(verb)
            elif (
                verb.dep_ in ("xcomp", "advcl", "pcomp")
                and verb.head.pos_
                in (
                    "VERB",
                    "AUX",
                    "ADP",
                    "SCONJ",  # "Since announcing ..., Biden has been": a preposition tagged SCONJ
                )
                or (verb.dep_ == "xcomp" and verb.head.pos_ == "ADJ")
            ):  # "were able to kill"
                verb = verb.head if verb.head.pos_ not in ("ADP", "SCONJ") else verb.head.head
            elif (
                verb.dep_ == "acl" and verb.tag_ != "VBN"
            ):  # "youths resorting to ...": the noun acts
                refs = self._actors(verb.head, fallback=True)
                if refs or verb.head.dep_ != "dobj":
                    return refs
                verb = verb.head.head  # "staged demonstrations to demand": whoever staged them
            elif verb.dep_ in ("acomp", "amod") and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
            else:
                return self._misattached_speaker(verb)
        return []

    def _misattached_speaker(self, verb: Token) -> list[ActorRef]:
        """ "..., Patrick F. Kennedy, the undersecretary for management, wrote": a verb of saying
        with no subject, right after a named actor the parser hung on the clause before it (with
        its apposition); "Conway notes", with the name read as the verb's compound."""
        if self._verb_lemma(verb) not in self.patterns.speech:
            return []
        for child in verb.children:
            if child.dep_ == "compound" and child.i < verb.i and child.pos_ == "PROPN":
                return [r for r in self._actors(child) if r.known]
        end = verb.i - 1
        if end > verb.sent.start and self.tokens[end].is_punct:
            end -= 1
        node, speaker = self.tokens[end], None
        while node.head.i != node.i and node.head.i < verb.i and node.right_edge.i == end:
            if node.dep_ == "appos" and node.i in self.mention_at:
                speaker = node  # the name an apposition ("the undersecretary for ...") describes
            node = node.head
        return [r for r in self._actors(speaker) if r.known] if speaker is not None else []

    def _slot_actors(
        self, token: Token, slot: str, obj: Token | None, fallback: bool = False
    ) -> list[ActorRef]:
        if slot.startswith("prep:"):
            word = slot[5:]
            holders = [token] + ([obj] if obj is not None and obj is not token else [])
            for holder in holders:
                for child in holder.children:
                    if child.dep_ in ("prep", "agent", "dative") and child.lower_ == word:
                        found = self._actors_of_deps(child, ("pobj", "pcomp"))
                        if found:
                            return found
            return []
        if slot == "agent":
            for child in token.children:
                if child.dep_ == "agent":
                    return self._actors_of_deps(child, ("pobj",), fallback)
            return []
        if slot == "dobj":
            return self._actors_of_deps(token, ("dobj",))
        if slot == "dative":
            return self._actors_of_deps(token, ("dative", "iobj"))
        return self._actors_of_deps(token, (slot,))

    def _actors_of_deps(
        self, token: Token, deps: tuple[str, ...], fallback: bool = False
    ) -> list[ActorRef]:
        found: list[ActorRef] = []
        for child in token.children:
            if child.dep_ in deps:
                found += self._actors(child, fallback)
        return unique(found)

    def _actors(self, head: Token, fallback: bool = False) -> list[ActorRef]:
        """Actors named by the phrase headed by ``head`` (and its conjuncts): the shallowest mention wins.

        ``fallback`` (sources): an unresolved phrase still names an actor."""
        found: list[ActorRef] = []
        for phrase_head in [head, *head.conjuncts]:
            found += self._phrase_actors(phrase_head)
        if not found and head.pos_ == "PRON":
            found = self._speaker_of(head) or self._bound_possessive(head)
        if (
            not found
            and fallback
            and _may_name_an_actor(head)
            and self._lemma(head) not in self.patterns.non_agents
        ):
            chunk = self._phrase(head)
            found.append(
                ActorRef(Actor(text=chunk.text), chunk.start_char, chunk.end_char, known=False)
            )
        return unique(found)

    def _phrase_actors(self, phrase_head: Token) -> list[ActorRef]:
        """The mention in one phrase; an apposition that places it; a group for "they"."""
        refs = self._shallowest_mention(phrase_head)
        if refs and not any(r.actor.country for r in refs):
            refs = self._placed_by_owner(phrase_head, refs)
        place = bool(refs) and all(self._names_a_place(r) for r in refs)
        for apposition in (c for c in phrase_head.children if c.dep_ == "appos"):
            described = self._shallowest_mention(apposition)
            office = [r for r in described if _organisation(r) or place]
            if office:  # "Kenzo Oshima, the United Nations coordinator" acts for the UN;
                return office  # "NAIROBI, Kenya's opposition party": a dateline, then the doer
        if not any(r.actor.country for r in refs):  # "Kenzo Oshima, the United Nations coordinator"
            for apposition in (c for c in phrase_head.children if c.dep_ == "appos"):
                described = [r for r in self._shallowest_mention(apposition) if r.actor.country]
                if described:
                    return described
        if self._is_group_reference(phrase_head) and len(refs) < 2 and self._group():
            text = self._phrase(phrase_head).text
            return [
                ActorRef(r.actor.model_copy(update={"text": text}), r.start, r.end, r.known)
                for r in self._group()
            ]
        return refs

    def _names_a_place(self, ref: ActorRef) -> bool:
        mention = self._mention_starting(ref.start)
        return mention is not None and mention.kind in ("place", "capital", "seat")

    def _modifies_a_place(self, token: Token) -> bool:
        """ "the Bosnian town", "Pakistan's Swat valley": a country word describing a place is no actor."""
        return token.dep_ in ("amod", "compound", "poss") and (
            self._lemma(token.head) in self.patterns.place_nouns
        )

    def _placed_by_owner(self, head: Token, refs: list[ActorRef]) -> list[ActorRef]:
        """ "their forces" said by the Bosnian Serbs: a sector takes its owner's country."""
        owner = next((c for c in head.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        owners = (
            [o for o in self._speaker_of(owner) if o.actor.country] if owner is not None else []
        )
        if not owners:
            return refs
        country = owners[0].actor.country
        placed = []
        for ref in refs:
            sector = ref.actor.sector
            update = {"country": country, "code": f"{country}{sector or ''}"}
            placed.append(replace(ref, actor=ref.actor.model_copy(update=update), known=True))
        return placed

    def _shallowest_mention(self, head: Token) -> list[ActorRef]:
        frontier, depth_seen = [head], set()
        while frontier:
            hits = [
                self.mention_at[t.i]
                for t in frontier
                if t.i in self.mention_at
                and not getattr(self.mention_at[t.i], "locative", False)
                and not self._modifies_a_place(t)
            ]
            if hits:
                first = min(hits, key=lambda m: m.start)
                hit_tokens = [t for t in frontier if self.mention_at.get(t.i) is first]
                chosen = [first] + [
                    self.mention_at[c.i]
                    for t in hit_tokens[:1]
                    for c in t.conjuncts
                    if c.i in self.mention_at and self.mention_at[c.i] is not first
                ]
                refs = []
                for mention in chosen:
                    members = getattr(mention, "members", None) or [mention.actor]
                    refs += [
                        ActorRef(
                            member.model_copy(update={"text": mention.text})
                            if member is not mention.actor
                            else member,
                            mention.start,
                            mention.end,
                            known=bool(member.code or member.country),
                        )
                        for member in members
                    ]
                return refs
            next_frontier = []
            for token in frontier:
                depth_seen.add(token.i)
                if self._lemma(token) in self.patterns.place_nouns:
                    continue  # "the town of Gorazde" names a place
                for child in token.children:
                    if child.dep_ in OUTSIDE_PHRASE:
                        continue
                    if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPOSITIONS:
                        continue
                    if child.i not in depth_seen:
                        next_frontier.append(child)
            frontier = next_frontier
        return []

    def _speaker_of(self, pronoun: Token) -> list[ActorRef]:
        """ "NATO confirmed it would ...": a pronoun subject of a reported clause is the speaker."""
        if pronoun.dep_ not in ("nsubj", "poss") or pronoun.lower_ not in PERSONAL_PRONOUNS:
            return []
        clause = pronoun.head
        while (
            pronoun.dep_ == "poss"
            and clause.dep_ in ("dobj", "pobj", "nsubj", "prep")
            and clause.head.i != clause.i
        ):
            clause = clause.head
        while clause.dep_ not in ("ccomp", "parataxis", "ROOT") and clause.head.i != clause.i:
            clause = clause.head
        speech = clause.head
        if (
            clause.dep_ in ("ccomp", "parataxis")
            and self._verb_lemma(speech) in self.patterns.speech
        ):
            return [ref for ref in self._subjects(speech) if ref.known]
        return []

    def _bound_possessive(self, pronoun: Token) -> list[ActorRef]:
        """ "Mateen posted messages during his attack", "they have been vocal in their criticism":
        a possessive pronoun of an event noun is the subject of the clause the noun is in."""
        if pronoun.dep_ != "poss" or pronoun.lower_ not in BOUND_POSSESSIVES:
            return []
        node = pronoun.head
        while node.dep_ in ("pobj", "prep", "dobj", "conj") and node.head.i != node.i:
            node = node.head
            if node.pos_ in ("VERB", "AUX"):
                break
        if node.pos_ not in ("VERB", "AUX") or self._reacts_to(node):
            return []
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if not subjects or _plural(subjects[0]) != (pronoun.lower_ == "their"):
            return []
        return [ref for ref in self._actors(subjects[0]) if ref.known]

    def _is_group_reference(self, token: Token) -> bool:
        references = self.patterns.modality.group_references
        if token.lower_ in ("they", "them", "both"):
            return True
        plural = token.tag_ in ("NNS", "NNPS")
        return (
            plural
            and self._lemma(token) in references
            and any(c.lower_ in ("both", "the", "two") for c in token.children)
        )

    def _group(self) -> list[ActorRef]:
        return (
            list(self.group) if self._current_sentence - self.group_sentence <= GROUP_MEMORY else []
        )

    def _phrase(self, token: Token) -> Span:
        """The noun chunk the token heads, else the token alone (chunks are found once per document)."""
        if self.chunk_by_root is None:
            self.chunk_by_root = {chunk.root.i: chunk for chunk in token.doc.noun_chunks}
        return self.chunk_by_root.get(token.i) or token.doc[token.i : token.i + 1]

    def _participants(self, noun: Token) -> list[ActorRef]:
        """Actors of a joint event: "talks between A and B (as well as C and D)"."""
        found: list[ActorRef] = []
        for child in noun.children:
            if (
                child.dep_ == "prep"
                and child.lower_ in ("between", "among")
                or child.lower_ == "as"
                and child.dep_ in ("cc", "prep")
                and found
            ):
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    found += self._actors(pobj)
        if (
            found
        ):  # "talks between A and B - as well as C and D" (C, D parsed as conjuncts of "talks")
            for conjunct in noun.conjuncts:
                if conjunct.i in self.mention_at:
                    found += self._actors(conjunct)
        return unique(found)

    def _subjects_of_governing_verb(self, noun: Token) -> list[ActorRef]:
        """ "X staged a protest", "X returned for talks": the active verb's subject acts."""
        verb = noun.head
        participant = self._participation(noun)
        found = self._subjects(participant) if participant is not None else []
        if found:  # "Democrats joined them for the protest"
            return found
        if (
            noun.dep_ == "pobj"
            and verb.lower_ in ("for", "to", "into", "on")
            and verb.dep_ == "prep"
        ):
            verb = verb.head
            if any(c.dep_ == "dobj" for c in verb.children):
                return []  # "opened an investigation into the killing": not the killers
        elif noun.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ == "VERB":
            return self._passive_doers(verb.head)  # "forces were engaged in heavy clashes"
        elif noun.dep_ not in ("dobj", "attr"):
            return []
        if verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return []
        if self._reacts_to(verb):
            return []  # "X condemned the blockade": X did not blockade
        return self._subjects(verb)

    def _participation(self, noun: Token) -> Token | None:
        """The verb of taking part whose "in"/"for" the event noun follows: "joined them for
        the overnight protest", "took part in the protest", "participated in the talks"."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in ("in", "for") or prep.dep_ != "prep":
            return None
        verb = prep.head.head if prep.head.dep_ == "dobj" else prep.head  # "took part in"
        if verb.pos_ != "VERB":
            return None
        lemma = self._verb_lemma(verb)
        objects = [self._lemma(c) for c in verb.children if c.dep_ == "dobj"]
        readings = {lemma, *(f"{lemma} {obj}" for obj in objects)}
        return verb if readings & self.patterns.participation_verbs else None

    def _reacts_to(self, verb: Token) -> bool:
        """A verb that is an event of its own (a statement, a criticism, an investigation) takes
        another's act as its object: its subject reacts to that act, it did not do it."""
        lemma = self._verb_lemma(verb)
        if lemma in self.patterns.speech:
            return True
        frames = self.patterns.verbs.get(lemma, ())
        return any(not f.stops and not f.conditional and not f.imported for f in frames)


def misparsed_main_verb(verb: Token) -> Token | None:
    """ "Doctors from aid groups donated ...", parsed with "Doctors" as the root and "donated" as a
    participle: a sentence without a main verb (or whose verb has two subjects) whose
    finite-looking participle is the real one; its noun is the subject."""
    if verb.tag_ not in ("VBD", "VBN"):
        return None
    node = verb if verb.dep_ != "conj" else verb.head
    if node.dep_ != "acl" or any(c.dep_ in ("auxpass", "agent", "aux") for c in node.children):
        return None
    root = sentence_of(verb).root
    if root.pos_ in ("NOUN", "PROPN"):
        return root
    # "Palestinian youths resorted to ..., officials said": two subjects of "said", the first
    # of which has the sentence's real main verb as its participle
    noun = node.head
    if noun.dep_ == "nsubj" and sum(c.dep_ == "nsubj" for c in noun.head.children) > 1:
        return noun
    return None


def _organisation(ref: ActorRef) -> bool:
    return ref.actor.sector in ("IGO", "NGO")


def _may_name_an_actor(head: Token) -> bool:
    """A noun or pronoun phrase that is not a number, a date or a relative/existential word."""
    return (
        head.pos_ in ("PROPN", "NOUN", "PRON")
        and head.tag_ not in ("WDT", "EX")
        and head.ent_type_ not in NOT_ACTOR_ENTITIES
    )


def _perfect_read_as_passive(verb: Token) -> bool:
    """ "He's always denied it", "She's said ...": "'s" (has) read as a passive "is", which a
    verb with an object or a reported clause cannot be."""
    return any(c.dep_ == "auxpass" and c.lower_ in ("'s", "’s") for c in verb.children) and any(
        c.dep_ in ("dobj", "ccomp") for c in verb.children
    )


def _plural(noun: Token) -> bool:
    """ "Ros-Lehtinen and Curbelo", "Democrats", "they": more than one."""
    return noun.tag_ in ("NNS", "NNPS") or noun.lower_ in ("they", "we") or bool(noun.conjuncts)


def _agentless(verb: Token) -> bool:
    """A passive with no "by" agent."""
    children = list(verb.children)
    return any(c.dep_ == "nsubjpass" for c in children) and not any(
        c.dep_ == "agent" for c in children
    )
