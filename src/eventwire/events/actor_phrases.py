"""The actors a phrase names: the shallowest mention in it and its conjuncts, an apposition
that places it or names the office ("Kenzo Oshima, the United Nations coordinator"), a group for
"they", a statement's author when the statement acts and, for a source, the phrase itself when
it names no one known; and the actors a trigger's slot holds (its object, "prep:against", the
"by" agent). A pronoun with no mention is read by ``pronoun_referents.py``; a verb's subject is
found by ``verb_subjects.py``, which reads who it names with these.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from eventwire.events.actor_refs import STATE_KINDS, ActorRef, unique
from eventwire.events.authors import authorship, earlier_work
from eventwire.events.pronoun_referents import PronounReferents, relative_object
from eventwire.models import Actor

NOT_ACTOR_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}


class ActorPhrases(PronounReferents):
    """Who a phrase names, and who a trigger's slot holds."""

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
        if not found and relative_object(head):
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


def _organisation(ref: ActorRef) -> bool:
    return ref.actor.sector in ("IGO", "NGO")


def _may_name_an_actor(head: Token) -> bool:
    """A noun or pronoun phrase that is not a number, a date or a relative/existential word."""
    return (
        head.pos_ in ("PROPN", "NOUN", "PRON")
        and head.tag_ not in ("WDT", "EX")
        and head.ent_type_ not in NOT_ACTOR_ENTITIES
    )
