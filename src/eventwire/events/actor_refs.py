"""Actors as the coder handles them: the ``Actor`` and the characters of the text that name it."""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.models import Actor

STATE_KINDS = ("state", "demonym")  # mentions that name a state as the actor
GROUP_MEMORY = 3  # sentences a group of actors stays available to "they", "both leaders"


@dataclass(frozen=True)
class ActorRef:
    """An actor as it appears in the text: the resolved ``Actor`` and the characters it covers.

    ``known`` says the actors stage gave it a code or a country; an unknown phrase still names
    the doer (its text is kept), it just cannot stand for a group or a speaker elsewhere.
    ``state`` says the text names a state ("Russia", "Russian"), not a name that only took the
    article's country ("Trump" read as an unknown organisation in a US story)."""

    actor: Actor
    start: int
    end: int
    known: bool
    state: bool = False

    @property
    def key(self) -> str:
        return self.actor.code or self.actor.country or self.actor.text.lower()

    @property
    def identity(self) -> tuple[str, str | None]:
        """Who the actor is, as a key for sets and dicts: its key and name (Warren and Sanders
        share a code, not a name). ``one_actor`` is the looser test between two refs, where a
        ref with no name matches a named one of the same key."""
        return self.key, self.actor.name


def unique(refs: list[ActorRef]) -> list[ActorRef]:
    """The refs with repeats of one actor dropped, in order (two people or groups of one code
    and different names stay two: "Warren and Sanders met")."""
    result: list[ActorRef] = []
    for ref in refs:
        if not any(one_actor(kept, ref) for kept in result):
            result.append(ref)
    return result


def one_actor(first: ActorRef, second: ActorRef) -> bool:
    """One code and not two people of different names ("Rep. Peter Welch is supporting Sen.
    Bernie Sanders": USALEG and USALEG, two sides)."""
    a, b = first.actor, second.actor
    return first.key == second.key and not (a.name and b.name and a.name != b.name)


def same_actor(first: ActorRef, second: ActorRef) -> bool:
    """One actor, or a country and its own government: no event between them. A country and
    its opposition, rebels or former leaders are two sides of a domestic event."""
    if first.key == second.key:
        return one_actor(first, second)
    a, b = first.actor, second.actor
    if not a.country or a.country != b.country:
        return False
    bare_countries = [r for r in (first, second) if r.actor.code == r.actor.country]
    return {a.code, b.code} <= {a.country, f"{a.country}GOV"} and all(
        r.state for r in bare_countries
    )
