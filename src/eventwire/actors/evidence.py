"""How a mention was resolved, as a few named tags, for stages that weigh how far an actor can
be trusted (the event confidence). The rules write their reasons in words; reading the words
back belongs here, beside the rules that write them, not in each reader.

Tags: ``kind:<kind>`` (person, pronoun, role, state, ...), and when they apply
``unknown_person`` (a name no dictionary knows), ``appositive`` (a description gave the sector),
``context_country`` (the country came from the article, not the phrase) and ``private`` (a
person with no office in the article, coded a citizen).
"""

from __future__ import annotations

from eventwire.actors.appositive import APPOSITIVE_NOTE
from eventwire.actors.context import CONTEXT_NOTE
from eventwire.actors.mention import Mention
from eventwire.actors.person_actors import TITLED_PERSON_NOTE, UNKNOWN_PERSON_NOTE
from eventwire.actors.private import PRIVATE_NOTE

_TAGS = (
    ("unknown_person", lambda reason: reason.startswith((UNKNOWN_PERSON_NOTE, TITLED_PERSON_NOTE))),
    ("appositive", lambda reason: APPOSITIVE_NOTE in reason),
    ("context_country", lambda reason: CONTEXT_NOTE in reason),
    ("private", lambda reason: PRIVATE_NOTE in reason),
)


def evidence(mention: Mention) -> frozenset[str]:
    """The tags of how this mention's actor was found."""
    return frozenset(
        [f"kind:{mention.kind}"] + [tag for tag, holds in _TAGS if holds(mention.reason)]
    )
