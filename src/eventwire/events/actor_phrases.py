"""The actors a phrase names, and a verb's subjects: a slot's phrase and its conjuncts, an
apposition that places it or names the office ("Kenzo Oshima, the United Nations
coordinator"), "their forces" placed by their owner, a pronoun resolved to the speaker ("NATO
confirmed it would ...") or to its clause's subject ("Mateen posted messages during his
attack"), and a verb's subject followed through relative clauses, coordination, complements and
misparses. ``arguments.py`` reads a trigger's source and target slots with these.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events import clause_shape
from eventwire.events.actor_refs import STATE_KINDS, ActorRef, unique
from eventwire.events.authors import authorship, earlier_work
from eventwire.events.phrase_mentions import PhraseMentions
from eventwire.models import Actor
from eventwire.nlp import sentence_of

NOT_ACTOR_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
BOUND_POSSESSIVES = {"his", "her", "their", "its"}
PERSONAL_PRONOUNS = {"it", "he", "she", "they", "we", "its", "his", "her", "their", "our"}


class ActorPhrases(PhraseMentions):
    """Who a phrase names, and who a verb's subject is."""

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
            if perfect_read_as_passive(verb) or (complement and _agentless(verb)):
                # "Santilli is seen speaking", "State was ordered to make releases": the one
                # seen or ordered does the complement's act
                subject_deps = ("nsubj", "csubj", "nsubjpass")
            complement = verb.dep_ == "xcomp"
            subjects = [c for c in verb.children if c.dep_ in subject_deps]
            if subjects:
                subject = subjects[-1]  # of two (a misparse), the one next to the verb
                if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    return self._actors(self._relative_antecedent(verb, subject), fallback=True)
                return self._actors(subject, fallback=True)
            if clause_shape.passive_or_participle(
                verb
            ):  # "after being warned by the Russian government", "remarks first reported by
                # The New York Times": a subjectless passive's or a participle's doer is its
                # agent, not the subject of the clause it hangs on
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
                verb = governing_verb(verb)
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

    def _relative_antecedent(self, clause: Token, pronoun: Token) -> Token:
        """The noun a relative "who" stands for: the clause's head, unless a comma sets the
        clause off a common noun that names no one ("the Trump who questions ... because of his
        Mexican heritage, who fights with journalists"): then the noun of the sentence's
        previous "who" clause, which this one continues."""
        head = clause.head
        set_off = pronoun.i > 0 and pronoun.doc[pronoun.i - 1].text == ","
        if (
            pronoun.lower_ not in ("who", "whom")
            or not set_off
            or head.pos_ != "NOUN"
            or head.i in self.mention_at
        ):
            if head.i not in self.mention_at and (
                named := predicate_subject(head, self.patterns.empty_subjects)
            ):
                return named  # "Trump ... is a serial liar ... who has pledged": Trump
            return head
        earlier = [
            t
            for t in sentence_of(clause)
            if t.i < clause.i
            and t.dep_ == "relcl"
            and any(c.dep_ == "nsubj" and c.lower_ in ("who", "whom") for c in t.children)
        ]
        return earlier[-1].head if earlier else head

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
            holders += self._directional_adverbs(token)
            for holder in holders:
                for child in holder.children:
                    if child.dep_ in ("prep", "agent", "dative") and child.lower_ == word:
                        found = self._actors_of_deps(child, ("pobj", "pcomp"))
                        if not found and word in self.patterns.recipient_prepositions:
                            found = self._states_received(child)
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

    def _directional_adverbs(self, token: Token) -> list[Token]:
        """ "fired back at the senator": an adverb of direction (``directional_adverbs``) the
        parser hung the trigger's preposition on."""
        words = self.patterns.directional_adverbs
        return [c for c in token.children if c.dep_ in ("advmod", "prt") and c.lower_ in words]

    def _states_received(self, preposition: Token) -> list[ActorRef]:
        """ "appealed to Russia", "aid to the Philippines": a state the actors stage reads as
        where (after "to") is the one the act goes to, when the act's own slot names it."""
        return self._places_named(preposition, "pobj", frozenset({"state"}))

    def _places_named(self, head: Token, dep: str, kinds: frozenset[str]) -> list[ActorRef]:
        """The place mentions of ``kinds`` (with a country) that ``head``'s ``dep`` children and
        their conjuncts are, as actors acted on: the actors stage marks them as where things
        happen, which ``_actors`` skips."""
        found: list[ActorRef] = []
        for child in (c for c in head.children if c.dep_ == dep):
            for token in (child, *child.conjuncts):
                mention = self.mention_at.get(token.i)
                if mention is not None and mention.kind in kinds and mention.actor.country:
                    state = mention.kind in STATE_KINDS
                    found.append(
                        ActorRef(mention.actor, mention.start, mention.end, known=True, state=state)
                    )
        return unique(found)

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
        if not found and _relative_object(head):
            found = self._actors(self._relative_antecedent(head.head, head))
        if not found and head.pos_ == "PRON":
            found = self._speaker_of(head) or self._bound_possessive(head)
        if not found and fallback and self._lemma(head) in self.patterns.authors.works:
            found = self._work_authors(head)
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

    def _work_authors(self, work: Token) -> list[ActorRef]:
        """Who speaks through a statement, ad or report that acts (``authors.py``): its author
        in its sentence or, for "the statement", the author of the last one before it."""
        found = authorship(work, self.patterns.authors)
        if found.owner is None and found.maker is None:
            earlier = earlier_work(work, self.patterns.authors)
            if earlier is None:
                return []
            found = authorship(earlier, self.patterns.authors)
        if found.owner is not None:
            return self._actors(found.owner, fallback=True)
        return self._subjects(found.maker) if found.maker is not None else []

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
                replace(r, actor=r.actor.model_copy(update={"text": text})) for r in self._group()
            ]
        return refs

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

    def _reacts_to(self, verb: Token) -> bool:
        """A verb that is an event of its own (a statement, a criticism, an investigation) takes
        another's act as its object: its subject reacts to that act, it did not do it; one
        announcing an act ("announced a ceasefire") announces its own."""
        lemma = self._verb_lemma(verb)
        if lemma in self.patterns.own_act_announcers:
            return False
        if lemma in self.patterns.speech:
            return True
        frames = self.patterns.verbs.get(lemma, ())
        return any(not f.stops and not f.conditional and not f.imported for f in frames)


def governing_verb(clause: Token) -> Token:
    """The verb a dependent clause hangs on, through a preposition ("after being warned") or a
    preposition the tagger reads as a conjunction ("since announcing")."""
    head = clause.head
    return head.head if head.pos_ in ("ADP", "SCONJ") else head


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


def perfect_read_as_passive(verb: Token) -> bool:
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


def predicate_subject(noun: Token, empty_subjects: frozenset[str]) -> Token | None:
    """'X is a serial liar, rampant xenophobe ... who': a common noun said of the subject of
    "be" (its complement, or one coordinated with it) is that subject, whom a relative clause
    on the noun is about; not an empty subject (patterns.yaml ``empty_subjects``)."""
    noun = clause_shape.climb(noun, ("conj", "appos"))  # "a serial liar, rampant xenophobe"
    verb = noun.head
    if noun.pos_ != "NOUN" or noun.dep_ != "attr" or verb.lemma_.lower() != "be":
        return None
    subject = clause_shape.subject(verb)
    while subject is None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "X incites ... and is a liar"
        subject = clause_shape.subject(verb)
    if subject is None or subject.lower_ in empty_subjects or subject.tag_ in ("WDT", "WP"):
        return None
    return subject


def _relative_object(token: Token) -> bool:
    """ "Trump, whom he blasted as a bully", "al-Qaeda, which Hollande blamed": a relative
    pronoun acted on inside its clause stands for the noun the clause describes (the doer's
    relative pronoun is read by the subjects' own step)."""
    return (
        token.tag_ in ("WP", "WDT")
        and token.dep_ in ("dobj", "nsubjpass")
        and token.head.dep_ == "relcl"
    )
