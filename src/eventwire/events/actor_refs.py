"""Actors as the coder handles them: the ``Actor`` and the characters of the text that name it."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.models import Actor

GROUP_MEMORY = 3  # sentences a group of actors stays available to "they", "both leaders"


@dataclass(frozen=True)
class ActorRef:
    """An actor as it appears in the text: the resolved ``Actor`` and the characters it covers.

    ``known`` says the actors stage gave it a code or a country; an unknown phrase still names
    the doer (its text is kept), it just cannot stand for a group or a speaker elsewhere."""

    actor: Actor
    start: int
    end: int
    known: bool

    @property
    def key(self) -> str:
        return self.actor.code or self.actor.country or self.actor.text.lower()


def unique(refs: list[ActorRef]) -> list[ActorRef]:
    """The refs with repeats of one actor dropped, in order."""
    seen, result = set(), []
    for ref in refs:
        if ref.key not in seen:
            seen.add(ref.key)
            result.append(ref)
    return result


def same_actor(first: ActorRef, second: ActorRef) -> bool:
    """One actor, or a country and its own government: no event between them. A country and
    its opposition, rebels or former leaders are two sides of a domestic event."""
    if first.key == second.key:
        return True
    a, b = first.actor, second.actor
    if not a.country or a.country != b.country:
        return False
    return {a.code, b.code} <= {a.country, f"{a.country}GOV"}
