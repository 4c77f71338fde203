"""Actors: every person, organisation, place-as-agent and group -> a canonical actor.

Public surface:

- ``Mention`` and ``resolve(document) -> list[Mention]`` (text order);
- ``mentions_in(mentions, start, end)``: the mentions inside a character range (a sentence,
  a clause), for the event and quote stages;
- ``mention_at(mentions, token_index)``: the mention covering a token, if any;
- ``evidence(mention)``: named tags of how its actor was found (a pronoun, an unknown person,
  a country from context), for stages that weigh how far an actor can be trusted;
- ``iso_from_cameo(code)``: CAMEO-codebook country codes (``JAP``) as ISO alpha-3 (``JPN``);
- ``is_known_code(code)``: whether an actor code (``RUSGOV``) is one we can produce, for
  validating user filters;
- ``warm()``: build the knowledge base and indexes now (a few seconds, once per process; the
  first ``resolve`` does it otherwise), e.g. when a worker starts.

One owner each for knowledge the event and quote stages also need (use these, not copies):

- context country: ``article_scores(mentions)``, ``leading_country(mentions, dateline)``
  (the country an article is about, when it clearly leads) and ``context_country`` (the one
  state a sentence names as a place; needs the resolver's state);
- group coreference: group mentions ("they", "both leaders") carry every member's actor in
  ``Mention.members``; ``group_members`` is the rule that finds them;
- gazetteer: ``city_named(name)`` (most populous GeoNames city of that name),
  ``city_by_alternate_name(name)`` (the same by an ASCII alternate name, "Basra"),
  ``us_town(name, state)``, ``us_states()``.

Codes, sources and rules are documented in the README's "Actors" section.
"""

from __future__ import annotations

from eventwire.actors.article_country import article_scores, leading_country
from eventwire.actors.codes import is_known_code, iso_from_cameo
from eventwire.actors.context import context_country
from eventwire.actors.coref import group_members
from eventwire.actors.evidence import evidence
from eventwire.actors.gazetteer import city_by_alternate_name, city_named, us_states, us_town
from eventwire.actors.labels import code_label
from eventwire.actors.locatives import acted_upon
from eventwire.actors.mention import Mention, article_date, make_actor
from eventwire.actors.resolve import resolve_doc, warm
from eventwire.nlp import Document

__all__ = [
    "code_label",
    "Mention",
    "resolve",
    "mentions_in",
    "mention_at",
    "iso_from_cameo",
    "is_known_code",
    "article_date",
    "make_actor",
    "warm",
    "article_scores",
    "leading_country",
    "context_country",
    "acted_upon",
    "group_members",
    "evidence",
    "city_by_alternate_name",
    "city_named",
    "us_town",
    "us_states",
]


def resolve(document: Document) -> list[Mention]:
    """All actor mentions in the document, in text order, dated by ``article.published``;
    roles with no country of their own may take the ``article.dateline``'s (see README)."""
    return resolve_doc(document.doc, document.article.published, document.article.dateline)


def mentions_in(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """Mentions whose characters lie within ``[start, end)``, e.g. one sentence's span."""
    return [m for m in mentions if start <= m.start and m.end <= end]


def mention_at(mentions: list[Mention], token_index: int) -> Mention | None:
    """The mention whose tokens include ``token_index`` (the innermost if several)."""
    covering = [m for m in mentions if m.token_start <= token_index < m.token_end]
    return min(covering, key=lambda m: m.token_end - m.token_start) if covering else None
