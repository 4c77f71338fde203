"""A mention of an actor in an article, and how actors are built from what resolution finds."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from eventwire.actors.words import WORDS
from eventwire.models import Actor


@dataclass
class Mention:
    """A span of the body that names an actor, with the reason for its resolution.

    ``kind``: person, state, demonym, capital, seat, igo, group, organisation, role, place,
    pronoun, unknown. ``members``: for group mentions ("they", "the two leaders") every member's
    actor, ``actor`` being the first. ``locative``: the name only says where ("talks in
    Paris"), it is not acting; event coders should not use it as a source.
    ``person_id``: the knowledge base name of the person, or the name as written for a
    person we do not know (so coreferent mentions share it).
    """

    start: int  # character offsets into article.body
    end: int
    text: str
    actor: Actor
    reason: str
    sentence_index: int
    token_start: int
    token_end: int
    kind: str = "unknown"
    members: list[Actor] = field(default_factory=list)
    person_id: str | None = None
    locative: bool = False
    head: int = -1  # token index of the phrase's head in document.doc
    gender: str | None = None  # "m"/"f" when known (people.tsv or Mr./Mrs.), for pronouns

    @property
    def resolved(self) -> bool:
        return self.actor.country is not None or self.actor.sector is not None


def make_actor(
    text: str, country: str | None, sector: str | None, *, name: str | None = None, **extra
) -> Actor:
    """An Actor with ``code`` written as CAMEO does: country + sector, IGOs as ``IGO`` + org."""
    code: str | None
    if sector in ("IGO", "NGO") and country:
        code = sector + country
    else:
        code = (country or "") + (sector or "") or None
    extra = {key: value for key, value in extra.items() if value is not None}
    return Actor(text=text, name=name, country=country, sector=sector, code=code, **extra)


def article_date(published: str | None) -> date:
    """The day the article speaks from: its ``published`` date, else today."""
    if published:
        try:
            return datetime.fromisoformat(published.strip().replace("Z", "+00:00")).date()
        except ValueError:
            match = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", published.strip())
            if match:
                return date(int(match[1]), int(match[2]), int(match[3] or 1))
    return date.today()


def identity(mention: Mention) -> tuple:
    return (mention.person_id, mention.actor.country, mention.actor.sector)


def extras(actor: Actor) -> dict:
    return dict(actor.model_extra or {})


def recode(mention: Mention, country: str | None, sector: str | None, note: str) -> None:
    """Give ``mention`` a country and a sector, the rest of its actor kept, and say why in its
    reason (``note``)."""
    actor = mention.actor
    mention.actor = make_actor(actor.text, country, sector, name=actor.name, **extras(actor))
    mention.reason += f"; {note}"


def surname(name: str) -> str:
    """The last word of a full name, past a generational suffix ("Luther Stan Pate IV" is
    "Pate" later in the article; words.yaml ``name_suffixes``)."""
    parts = name.split()
    while len(parts) > 1 and parts[-1].lower().rstrip(",") in WORDS.name_suffixes:
        parts.pop()
    return parts[-1] if parts else name
