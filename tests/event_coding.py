"""The events a text codes as ``extract`` would (parse, resolve actors, code), cached per text,
and the actors it resolves: the helpers the event- and actor-rule tests share."""

from __future__ import annotations

from functools import cache

from eventwire import actors, events, nlp
from eventwire.models import Article, Event


@cache
def coded(text: str, published: str | None = None) -> tuple[Event, ...]:
    document = next(nlp.parse([Article(id="t", body=text, published=published)]))
    return tuple(events.code(document, actors.resolve(document)))


def event_of(
    text: str, published: str | None = None, *, root: str | None = None, cameo: str | None = None
) -> Event:
    """The first event a text codes with this CAMEO root or this exact code; fails, naming the
    codes it found, when there is none."""
    found = coded(text, published)
    event = next((e for e in found if e.root == root or e.cameo == cameo), None)
    assert event is not None, f"no {root or cameo} event in {[e.cameo for e in found]}"
    return event


def root_set(text: str) -> set[str]:
    """The CAMEO roots of the events a text codes."""
    return {e.cameo[:2] for e in coded(text)}


def codes(text: str) -> set[str]:
    """The CAMEO codes of the events a text codes."""
    return {e.cameo for e in coded(text)}


def resolved(text: str, published: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    """Each actor mention's text -> (country, sector), as ``extract`` resolves them."""
    document = next(nlp.parse([Article(id="t", body=text, published=published)]))
    return {m.text: (m.actor.country, m.actor.sector) for m in actors.resolve(document)}
