"""Candidates and their assembly into events: one per source-target pair, deduplicated per sentence."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from itertools import combinations

from spacy.tokens import Span, Token

from eventwire.actors import evidence
from eventwire.events import confidence as confidence_model
from eventwire.events import ontology, rule_confidence
from eventwire.events.actor_refs import ActorRef, one_actor, same_actor, unique
from eventwire.events.clause_marks import clause_depth
from eventwire.events.clause_shape import infinitive
from eventwire.events.genres import document_genre
from eventwire.events.unsaid import UnsaidRules
from eventwire.models import Actor, Event


@dataclass
class Candidate:
    code: str
    source: ActorRef | None
    target: ActorRef | None
    trigger: Token
    date_tokens: list[Token]
    place_tokens: list[Token]
    confidence: float
    own: bool  # coded by the trigger's own frame (dropped if the trigger coded its complement instead)
    implicit_sector: str | None = None  # "was arrested": the doer is this sector of the place


@dataclass
class SentenceState:
    span: Span
    index: int
    candidates: list[Candidate] = field(default_factory=list)
    consumed: set[int] = field(default_factory=set)  # nouns used as the object of a verb frame
    recoded: set[int] = field(default_factory=set)  # governors that coded their complement instead
    group_position: int = -1
    coded_verbs: set[int] = field(
        default_factory=set
    )  # verbs that coded an event (asserted or not)


@dataclass
class Reading:
    """One coded trigger before its actors are paired: what ``add`` needs besides the actors."""

    code: str
    trigger: Token
    confidence: float
    symmetric: bool = False
    governor: Token | None = None
    obj: Token | None = None
    own: bool = False
    implicit_sector: str | None = None


class Assembly(UnsaidRules):
    """Turns readings into candidates, and a sentence's candidates into events."""

    def add(
        self,
        state: SentenceState,
        reading: Reading,
        sources: list[ActorRef],
        targets: list[ActorRef],
    ) -> None:
        """Queue the events of one coded trigger: one per source-target pair, one per pair of joint actors."""
        anchor = reading.governor if reading.governor is not None else reading.trigger
        confidence = reading.confidence * rule_confidence.CLAUSE_DEPTH_FACTOR ** clause_depth(
            anchor
        )
        if anchor.dep_ in ("advcl", "acl") and infinitive(anchor):
            confidence *= rule_confidence.PURPOSE_FACTOR
        extra = [t for t in (reading.obj, reading.governor) if t is not None]
        date_tokens = [reading.trigger, *extra]
        place_tokens = [reading.trigger] + ([reading.obj] if reading.obj is not None else [])
        if reading.code in self.patterns.addressless_codes:
            targets = []  # a plain statement's addressee is its audience, not its target
        for source, target in self._pairs(state, reading, unique(sources), targets):
            state.candidates.append(
                Candidate(
                    reading.code,
                    source,
                    target,
                    anchor,
                    date_tokens,
                    place_tokens,
                    confidence,
                    reading.own,
                    reading.implicit_sector,
                )
            )

    def _pairs(
        self,
        state: SentenceState,
        reading: Reading,
        sources: list[ActorRef],
        targets: list[ActorRef],
    ) -> list[tuple[ActorRef | None, ActorRef | None]]:
        """Source-target pairs; joint actors of a symmetric event pair with each other."""
        targets = [t for t in unique(targets) if not any(one_actor(t, s) for s in sources)]
        position = reading.trigger.i
        if reading.symmetric and len(sources) >= 2 and not targets:
            self._remember_group(sources, state, position)
            return list(combinations(sources, 2))
        if not sources:
            sourceless: list[tuple[ActorRef | None, ActorRef | None]] = [(None, t) for t in targets]
            return sourceless or [(None, None)]
        if reading.symmetric and targets:
            self._remember_group(sources + targets, state, position)
        sides: list[ActorRef | None] = list(targets) or [None]
        pairs: list[tuple[ActorRef | None, ActorRef | None]] = [
            (s, t) for s in sources for t in sides
        ]
        return [(s, t) for s, t in pairs if s is None or t is None or not same_actor(s, t)]

    def _remember_group(self, actors: list[ActorRef], state: SentenceState, position: int) -> None:
        """The group of joint actors mentioned last in the text is the one "they" refers to."""
        known = [a for a in actors if a.known]
        if len(known) >= 2 and position >= state.group_position:
            self.group, self.group_sentence, state.group_position = known, state.index, position

    def finish(self, state: SentenceState, offset: int) -> list[Event]:
        """The sentence's events: one per (code, source, target), the most confident reading kept."""
        events: dict[tuple, Event] = {}
        for candidate in state.candidates:
            if candidate.own and candidate.trigger.i in state.recoded:
                continue
            source = candidate.source or self._implicit_source(candidate)
            event = self._event(candidate, source, candidate.target, state, offset + len(events))
            target = candidate.target.identity if candidate.target else None
            key = (event.cameo, source.identity, target)
            if key not in events or events[key].confidence < event.confidence:
                events[key] = event
        return list(events.values())

    @cached_property
    def _placed_document(self) -> bool:
        """Whether any actor of the document has a country, or the document is too short to
        tell (``UNPLACED_DOCUMENT_CEILING``)."""
        if len(list(self.doc.sents)) < rule_confidence.UNPLACED_MIN_SENTENCES:
            return True
        return any(m.actor.country for m in self.mentions)

    @cached_property
    def _genre(self) -> str | None:
        """The document's genre when its words of force are a match's or a story's
        (``GENRE_CEILING``)."""
        return document_genre(self.doc, self.patterns.genres.cues)

    def source_evidence(self, source: ActorRef) -> frozenset[str]:
        """How the actors stage found the source (``actors.evidence``): none for a source no
        mention names (an implicit doer, an unknown phrase)."""
        mention = self._mention_starting(source.start) if source.actor.text else None
        return evidence(mention) if mention is not None else frozenset()

    def _implicit_source(self, candidate: Candidate) -> ActorRef:
        """No doer in the text: the police or judiciary for legal acts, else an unnamed actor."""
        where = candidate.trigger.idx
        sector = candidate.implicit_sector
        if sector == "UAF" and candidate.code[:2] not in self.patterns.force_roots:
            sector = None  # "attacks on Trump" read as criticism: no gunmen did it
        return _unnamed(sector, where)

    def _implicit_target(self, code: str, root: str, trigger: Token) -> ActorRef | None:
        """No one named as hit: an attack hits the people of its place, an arrest takes them
        (``implicit_victims``, by code, else by root), whose country ``_with_local_country`` then
        reads as it does for an unnamed doer."""
        victims = self.patterns.implicit_victims
        sector = victims.get(code, victims.get(root))
        return _unnamed(sector, trigger.idx) if sector is not None else None

    def _event(
        self,
        candidate: Candidate,
        source: ActorRef,
        target: ActorRef | None,
        state: SentenceState,
        number: int,
    ) -> Event:
        entry = ontology.lookup(candidate.code)
        date, date_text = self._date(candidate.date_tokens, candidate.trigger, state.span)
        location = self._location(candidate.place_tokens)
        source = self._with_local_country(source, location, state.span, target)
        target = target or self._implicit_target(entry.code, entry.root, candidate.trigger)
        if target is not None:
            target = self._with_local_country(target, location, state.span)
        confidence = confidence_model.score(
            confidence_model.CandidateView(
                entry.code,
                candidate.trigger,
                source.actor if source.actor.text else None,
                target.actor if target else None,
                candidate.confidence,
                self.source_evidence(source),
            )
        )
        if not self._placed_document:
            confidence = min(confidence, rule_confidence.UNPLACED_DOCUMENT_CEILING)
        if entry.root in self.patterns.genres.roots and self._genre is not None:
            confidence = min(confidence, rule_confidence.GENRE_CEILING)
        return Event(
            id=f"{self.document.article.id}-ev{number + 1}",
            source=source.actor,
            target=target.actor if target else None,
            cameo=entry.code,
            root=entry.root,
            plover=entry.plover,
            quad_class=entry.quad_class,
            goldstein=entry.goldstein,
            date=date,
            date_text=date_text,
            location=location,
            sentence=state.span.text,
            sentence_index=state.index,
            span=_span(candidate.trigger, source, target, state.span),
            confidence=confidence,
            **_trigger_field(candidate.trigger),
        )


def _unnamed(sector: str | None, where: int) -> ActorRef:
    """An actor the text does not name (no text), known by sector at most, at ``where``."""
    return ActorRef(Actor(text="", sector=sector, code=sector), where, where, known=False)


def _trigger_field(trigger: Token) -> dict[str, tuple[int, int]]:
    """The word the event was coded on, as character offsets: an extra field beyond the
    contract's, so the store keeps it in ``extra`` and readers of old stores do without it."""
    return {"trigger": (trigger.idx, trigger.idx + len(trigger.text))}


def _span(
    trigger: Token, source: ActorRef, target: ActorRef | None, sentence: Span
) -> tuple[int, int]:
    """Characters from the first to the last of trigger, source and target, within the sentence."""
    named = [a for a in (source, target) if a is not None and a.end > a.start]
    starts = [trigger.idx] + [a.start for a in named]
    ends = [trigger.idx + len(trigger.text)] + [a.end for a in named]
    return max(min(starts), sentence.start_char), min(max(ends), sentence.end_char)
