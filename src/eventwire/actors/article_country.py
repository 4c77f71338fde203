"""Which country an article is about (ICEWS-style): ``article_scores`` scores the countries
its dateline and mentions name, ``leading_country`` takes the leader when it clearly leads.
Read by ``context`` (the owner of country-from-context, which re-exports both).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from eventwire.actors.kb import BLOCS, knowledge_base
from eventwire.actors.mention import Mention

#: How much each kind of evidence counts towards the country an article is about.
DATELINE_WEIGHT = 3.0
HEADLINE_WEIGHT = 2.0  # a mention in the first sentence (the headline in most bodies)
MENTION_WEIGHT = 1.0
#: The leading country is taken when it has at least this score and this many times the next.
MIN_SCORE, MIN_LEAD = 3.0, 1.5


@dataclass(frozen=True)
class ArticleCountry:
    """The country an article is about, and the scores that decided it."""

    country: str
    why: str
    score: float = 0.0


def article_scores(
    mentions: list[Mention],
    dateline_country: str | None = None,
    sovereign_share: bool = True,
    kinds: tuple[str, ...] | None = None,
) -> dict[str, float]:
    """Country -> evidence that the article is about it (ICEWS-style): the dateline, and every
    state, demonym, capital, city, person or role with a state's country; the first sentence
    counts double. Organisations and regions are not states. A dependency's score also counts
    for the state it belongs to (countries.yaml ``sovereign``) unless ``sovereign_share`` is
    False."""
    scores: dict[str, float] = defaultdict(float)
    if dateline_country:
        scores[dateline_country] += DATELINE_WEIGHT
    for mention in mentions:
        country = mention.actor.country
        if not country or len(country) != 3 or mention.kind == "pronoun" or country in BLOCS:
            continue
        if kinds is not None and mention.kind not in kinds:
            continue
        if mention.actor.sector in ("IGO", "NGO") and not mention.actor.name:
            continue
        scores[country] += HEADLINE_WEIGHT if mention.sentence_index == 0 else MENTION_WEIGHT
    sovereigns = knowledge_base().sovereigns if sovereign_share else {}
    for dependency, score in list(scores.items()):  # Puerto Rico's story is also the USA's
        if dependency in sovereigns:
            scores[sovereigns[dependency]] += score
    return dict(scores)


def leading_country(
    mentions: list[Mention], dateline_country: str | None = None
) -> ArticleCountry | None:
    """The country the article is about, when it clearly leads (score >= MIN_SCORE and at
    least MIN_LEAD times the runner-up's); None otherwise."""
    scores = article_scores(mentions, dateline_country)
    ranked = dependency_first(sorted(scores.items(), key=lambda item: -item[1]), mentions)[:2]
    if not ranked:
        return None
    (best, score), runner_up = ranked[0], (ranked[1][1] if len(ranked) > 1 else 0.0)
    if score < MIN_SCORE or score < MIN_LEAD * runner_up:
        return None
    second = f", next {ranked[1][0]} {runner_up:g}" if len(ranked) > 1 else ""
    return ArticleCountry(best, f"the article is about {best} (score {score:g}{second})", score)


#: The score the one country an article names at all needs to be its country for a state's
#: institutions (``sole_country``): a mention in the first sentence.
MIN_SCORE_ALONE = 2.0


def sole_country(mentions: list[Mention]) -> ArticleCountry | None:
    """The one country the article names at all, one of its actors among them, when it has no
    leader by ``leading_country`` (a one-sentence text: "a giveaway budget presented to
    parliament by Rishi Sunak")."""
    scores = article_scores(mentions)
    if len(scores) != 1:
        return None
    ((country, score),) = scores.items()
    if score < MIN_SCORE_ALONE or not any(
        m.actor.country == country and m.actor.sector and m.kind != "pronoun" for m in mentions
    ):
        return None  # "flown out on US choppers": a state's name alone, no actor of it
    return ArticleCountry(country, f"the one country the article names (score {score:g})", score)


#: Mentions that name a place: what decides between a state and its dependency.
PLACE_NAMING_KINDS = ("state", "demonym", "capital", "place", "region", "role", "organisation")


def dependency_first(
    ranked: list[tuple[str, float]], mentions: list[Mention]
) -> list[tuple[str, float]]:
    """A story about Hong Kong names China, its army and its papers often, and China's score
    holds Hong Kong's: when the leader is the sovereign of the runner-up, a self-governing
    dependency (countries.yaml ``self_governing``; not Puerto Rico), and the text names
    the dependency as a place more often than the sovereign, the dependency leads, scored by
    its own mentions, and the next country competes with it (a state and its dependency do
    not compete)."""
    if len(ranked) < 2:
        return ranked
    (first, _), (second, _) = ranked[:2]
    kb = knowledge_base()
    if kb.sovereigns.get(second) != first or second not in kb.self_governing:
        return ranked
    named = article_scores(mentions, None, False, PLACE_NAMING_KINDS)
    if named.get(second, 0.0) <= named.get(first, 0.0):
        return ranked
    own = article_scores(mentions, None, False)
    return [(second, own[second]), *ranked[2:]]


#: A passage: the sentences this far before and after a mention's own.
PASSAGE_SENTENCES = 2


class PassageLeaders:
    """The country the passage around a sentence is about (``leading_country`` over the
    mentions of the sentences ``PASSAGE_SENTENCES`` around it), for an article that has no
    leading country as a whole: a US story on Iran sanctions, "Congress" among senators.
    Scored once, before any mention takes a country from context."""

    def __init__(self, mentions: list[Mention]):
        self.by_sentence: dict[int, list[Mention]] = defaultdict(list)
        for mention in mentions:
            if mention.actor.country:
                self.by_sentence[mention.sentence_index].append(mention)
        self.found: dict[int, ArticleCountry | None] = {}

    def __getitem__(self, sentence: int) -> ArticleCountry | None:
        if sentence not in self.found:
            window = range(sentence - PASSAGE_SENTENCES, sentence + PASSAGE_SENTENCES + 1)
            around = [m for i in window for m in self.by_sentence.get(i, [])]
            leader = leading_country(around)
            self.found[sentence] = leader and ArticleCountry(
                leader.country,
                f"the passage around it is about {leader.country} ({leader.why.split('(', 1)[1]}",
                leader.score,
            )
        return self.found[sentence]
