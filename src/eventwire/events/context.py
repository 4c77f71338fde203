"""When and where: the event's date and place, and a country for actors known only by sector."""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property

from spacy.tokens import Span, Token

from eventwire.actors import acted_upon, leading_country
from eventwire.events import dates, places
from eventwire.events.actor_refs import ActorRef
from eventwire.events.idioms import ForceIdiomRules
from eventwire.models import Location

# Date entities after these words do not date the event ("since 2019", "until May").
NON_EVENT_DATE_PREPOSITIONS = {"since", "until", "till", "through", "for", "by", "before", "after"}
PLACE_PREPOSITIONS = {"in", "at"}
NEAR_PREPOSITIONS = PLACE_PREPOSITIONS | {"near", "outside", "around", "inside"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
COMPASS_WORDS = {"outside", "inside", "north", "south", "east", "west"}
# Prepositions that put something at a place ("over Ukraine", "across Europe").
LOCATING_PREPOSITIONS = NEAR_PREPOSITIONS | {"over", "across", "throughout"}
DATE_LEAD_WORDS = {"on", "in", "earlier", "later", "early", "late", "last", "this"}


class WhenWhere(ForceIdiomRules):
    """Dates, places and local countries for coded candidates."""

    def _with_local_country(
        self,
        source: ActorRef,
        location: Location | None,
        sentence: Span,
        target: ActorRef | None = None,
    ) -> ActorRef:
        """A sector without a country ("police", "the president") belongs to where the event happens, or,
        acting on a domestic group ("lift the ban on the FIS"), to that group's country."""
        actor = source.actor
        if actor.country or not actor.sector or actor.sector in ("IGO", "NGO"):
            return source
        country, why = self._local_country(location, sentence, target)
        if (
            country is None
            and not actor.text
            and self._leading_country is not None
            and not self._names_where(sentence)
        ):
            country, why = self._leading_country  # "the attack": no doer, no place named
        if country is None:
            return source
        local = actor.model_copy(
            update={"country": country, "code": country + actor.sector, "country_source": why}
        )
        return replace(source, actor=local)

    @cached_property
    def _leading_country(self) -> tuple[str, str] | None:
        """The country the article is about, when it clearly leads (the actors stage's answer),
        and why: where a deed with no doer named happened when its sentence names no place."""
        leading = leading_country(self.mentions)
        return (leading.country, f"no doer named: {leading.why}") if leading else None

    def _local_country(
        self, location: Location | None, sentence: Span, target: ActorRef | None
    ) -> tuple[str | None, str]:
        """The country of the event's place, a place the sentence names, or the domestic group
        acted on (not an organisation or a company: they act across borders)."""
        country, why = (location.country if location is not None else None), "place of the event"
        if country is None:
            places_here = [
                m
                for i, m in self.mention_at.items()
                if sentence.start <= i < sentence.end
                and getattr(m, "locative", False)
                and m.actor.country
            ]
            country = min(places_here, key=lambda m: m.start).actor.country if places_here else None
        if country is None:
            country = self._country_of_place_phrase(sentence)
        if (
            country is None
            and target is not None
            and target.actor.country
            and target.actor.sector
            and target.actor.sector not in ("IGO", "NGO", "BUS")
        ):  # a company's planes, ships and branches are anywhere ("Malaysia Airlines Flight 17")
            country, why = target.actor.country, "country of the domestic group it acts on"
        return country, why

    def _names_where(self, sentence: Span) -> bool:
        """The sentence names a place as where something is ("shot down over Ukraine"), even one
        whose country is not read: then it is not the article's country by default."""
        return any(
            e.label_ in PLACE_LABELS
            and e.root.dep_ == "pobj"
            and e.root.head.lower_ in LOCATING_PREPOSITIONS
            for e in self._ents_in(sentence)
        )

    def _country_of_place_phrase(self, sentence: Span) -> str | None:
        """The country of the first place the sentence says something happened at ("near the town of X")."""
        for entity in self._ents_in(sentence):
            if entity.label_ not in PLACE_LABELS | {
                "NORP"
            }:  # the small model often calls towns NORP
                continue
            token = entity.root
            while (
                token.dep_ == "pobj"
                and token.head.lower_ == "of"
                and token.head.head.pos_ == "NOUN"
            ):
                token = token.head.head
            preposition = token.head
            if preposition.lower_ == "of" and preposition.head.lower_ in COMPASS_WORDS:
                preposition = preposition.head  # "outside of the city of Basra"
            if (
                token.dep_ == "pobj"
                and preposition.lower_ in NEAR_PREPOSITIONS
                and not self._state_aimed_at(token)
            ):
                found = places.location_of(entity.text, self.mention_at.get(entity.root.i))
                if found is not None and found.country:
                    return found.country
        return None

    def _ents_in(self, sentence: Span) -> list[Span]:
        """``sentence.ents`` (the entities wholly inside it), from the document's list built once."""
        return [e for e in self.ents if sentence.start <= e.start and e.end <= sentence.end]

    def _date(
        self, date_tokens: list[Token], trigger: Token, sentence: Span
    ) -> tuple[str | None, str | None]:
        """The date words attached to the trigger (or the words governing it), resolved against
        the article's date; else the article's date with no words."""
        attached: dict[int, Span] = {}
        for entity in self._ents_in(sentence):
            if entity.label_ in ("DATE", "TIME"):
                anchor = _date_anchor(entity)
                if anchor is not None:
                    attached.setdefault(anchor.i, entity)
        order = list(date_tokens)
        order += [a for a in trigger.ancestors if a not in order]
        for token in order:
            found = attached.get(token.i)
            if found is None:
                continue
            words = self._date_words(found)
            value = dates.resolve(words, self.published)
            if value:
                return value, words
        base = dates.published_date(self.published)
        return (base.isoformat() if base else None), None

    def _date_words(self, entity: Span) -> str:
        start = entity.start
        before = entity.doc[start - 1] if start > 0 else None
        if before is not None and before.lower_ in DATE_LEAD_WORDS:
            start -= 1
        return entity.doc[start : entity.end].text

    def _location(self, place_tokens: list[Token]) -> Location | None:
        """The place named by "in/at PLACE" on the trigger or its object."""
        for token in place_tokens:
            for child in token.children:
                if child.dep_ != "prep" or child.lower_ not in PLACE_PREPOSITIONS:
                    continue
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    name = self._place_name(pobj)
                    if name and not self._state_aimed_at(pobj):
                        found = places.location_of(name, self.mention_at.get(pobj.i))
                        if found:
                            return found
        return None

    def _state_aimed_at(self, token: Token) -> bool:
        """A state after "at" or "on" is aimed at, not where ("fired rockets at Israel")."""
        mention = self.mention_at.get(token.i)
        return mention is not None and acted_upon(token, mention.kind)

    def _place_name(self, token: Token) -> str | None:
        if token.ent_type_ in PLACE_LABELS:
            for entity in self.ents:
                if entity.start <= token.i < entity.end:
                    return entity.text
        if token.pos_ == "PROPN":
            return token.text
        return None


def _date_anchor(entity: Span) -> Token | None:
    """The word a date expression attaches to; None after "since", "until", ... (not the event's date)."""
    head = entity.root
    while head.head.i != head.i and (
        head.i in range(entity.start, entity.end)
        or head.dep_ in ("pobj", "prep", "npadvmod", "advmod")
        and head.pos_ in ("ADP", "ADV")
        or head.dep_ == "pobj"
    ):
        if head.dep_ == "prep" and head.lower_ in NON_EVENT_DATE_PREPOSITIONS:
            return None
        head = head.head
    return head
