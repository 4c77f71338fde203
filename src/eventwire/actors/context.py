"""The one owner of country-from-context: which state a sentence or an article is about.

``context_country`` finds the one state named as the place where things happen in a
sentence, else in the article; ``article_scores``/``leading_country`` score the countries an
article is about (dateline, headline, mentions) and take the leader when it clearly leads;
``give_context_country`` gives it to actors with a sector but no country. Exported from
``eventwire.actors`` so the event and quote stages use the same answer.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from eventwire.actors.gazetteer import city_by_alternate_name, city_named
from eventwire.actors.kb import BLOCS, knowledge_base
from eventwire.actors.mention import Mention, extras, make_actor
from eventwire.actors.state import (
    DocState,
    entry_country,
    is_locative,
)
from eventwire.actors.words import WORDS


def context_country(state: DocState, token_index: int) -> tuple[str | None, str]:
    """The one state named as the place where things happen ('curfew imposed in Sudan') in
    the sentence, else in the article; None when there are several or none."""
    sentence = state.sentence(token_index)
    if state.places_in_article is None:
        state.places_in_article = places_named(state, range(len(state.doc)))
    for countries, where in (
        (places_named(state, range(sentence.start, sentence.end)), "sentence"),
        (state.places_in_article, "article"),
    ):
        if len(countries) == 1:
            return next(iter(countries)), where
        if countries:
            return None, where
    return None, "article"


def places_named(state: DocState, scope: range) -> set[str]:
    """The states named as places (after 'in', 'near'...) in a range of tokens."""
    countries = set()
    for i in scope:
        anchor = state.anchors.get(i)
        if anchor is None or anchor.char_start:
            continue
        if any(e.kind == "person" for e in anchor.entries):
            continue
        if not is_locative(state, state.tokens[i], through_possessive=True):
            continue
        country = entry_country(anchor.entries)
        if country and country not in state.kb.igo_codes:
            countries.add(country)
    return countries


#: How much each kind of evidence counts towards the country an article is about.
DATELINE_WEIGHT = 3.0
HEADLINE_WEIGHT = 2.0  # a mention in the first sentence (the headline in most bodies)
MENTION_WEIGHT = 1.0
#: The leading country is taken when it has at least this score and this many times the next.
MIN_SCORE, MIN_LEAD = 3.0, 1.5
#: An untitled person we do not know takes the article's country only when it leads by this
#: much (a dateline always counts): "Putin met Zorblax Quintavius in Moscow" says little.
MIN_SCORE_UNTITLED = 6.0
#: Mentions that can take the article's country: they have a sector but no country.
RECEIVING_KINDS = ("role", "person", "unknown", "organisation")


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


def dateline_country(state: DocState) -> tuple[str | None, str]:
    """The country of the article's dateline, or of a capitals dateline opening the body."""
    if state.dateline:
        name = state.dateline.strip()
        entries = [e for e in state.kb.names.get(name, []) if entry_country([e])]
        city = None if entries else city_named(name) or city_by_alternate_name(name)
        country = entry_country(entries) if entries else (city and city["iso3"])
        if country:
            return country, f"the article dateline '{state.dateline}'"
    for mention in state.mentions:  # "WASHINGTON (Reuters) -" opening a line after a headline
        if mention.sentence_index > DATELINE_SENTENCES:
            break
        if is_dateline(state, mention):
            return mention.actor.country, f"the dateline '{mention.text}'"
    return None, ""


#: A dateline is looked for in the body's first sentences (after a headline and a byline).
DATELINE_SENTENCES = 3


def is_dateline(state: DocState, mention: Mention) -> bool:
    """A place in capitals at the start of the body or of a line ('BAGHDAD, April 9',
    'WASHINGTON (Reuters) -')."""
    if mention.kind not in ("place", "capital", "state", "region") or not mention.actor.country:
        return False
    i, after = mention.token_start, mention.token_end
    if after < len(state.tokens) and state.tokens[after].text not in WORDS.dateline_marks:
        return False  # "U.S. officials said" opens a sentence, not a dateline
    if not mention.text.isupper() or len(mention.text) < 3:
        # "HANOI, Vietnam (AP) -": a city in capitals, then its country
        if i < 2 or state.tokens[i - 1].text != "," or not state.tokens[i - 2].is_upper:
            return False
        i -= 2
    return i == 0 or "\n" in state.tokens[i - 1].text or "\n" in state.tokens[i - 1].whitespace_


def give_context_country(state: DocState) -> None:
    """Roles, titled people and organisations with a sector but no country take the dateline's
    country, else the article's when one clearly leads ("Police said" in a story about
    Kenya), unless their sentence names another state and not that one (an institution
    written as a proper name takes it regardless: "the Army"); then (or with neither) the one state
    their sentence names as where things happen."""
    country, where = dateline_country(state)
    strong = country is not None
    if country is None:
        leading = leading_country(state.mentions)
        country, where = (leading.country, leading.why) if leading else (None, "")
        strong = leading is not None and leading.score >= MIN_SCORE_UNTITLED
    for mention in state.mentions:
        actor = mention.actor
        if actor.country or actor.sector == "IGO" or mention.kind not in RECEIVING_KINDS:
            continue
        if actor.sector == "NGO" and not (strong and mention.kind in ("organisation", "unknown")):
            continue  # "the National Rifle Association" in a US story; a bare "NGOs" is no one's
        if not actor.sector and not (strong and untitled(state, mention)):
            continue
        found: str | None = None
        if country and (
            is_proper_institution(state, mention)
            or not other_state_in_sentence(state, mention, country)
        ):
            found, why = country, where
        elif not actor.sector:  # an untitled person met "in Moscow" is not thereby Russian
            continue
        else:  # "a car bomb exploded in eastern Beirut": the one place of its sentence
            found, scope = context_country(state, mention.head)
            why = "the one place named in its sentence"
            if found is None or scope != "sentence":
                found = the_one_state_named(state, mention)
                why = "the one state its sentence names"
            if found is None:
                continue
        mention.actor = make_actor(
            actor.text, found, actor.sector, name=actor.name, **extras(actor)
        )
        mention.reason += f"; country from context: {why} -> {found}"


def untitled(state: DocState, mention: Mention) -> bool:
    """A person or organisation we do not know, with nothing to say what it is ("Chad Sweet
    said", "the PGA Tour"): it may take a strongly leading country, never a sentence's place."""
    if mention.kind == "person":
        return bool(mention.actor.name)
    ent = state.ent_at.get(mention.head)
    return mention.kind == "unknown" and ent is not None and ent.label_ == "ORG"


#: Mentions that name a state in a sentence (a foreign person or organisation does not).
STATE_NAMING_KINDS = ("state", "demonym", "capital", "seat", "role")


def other_state_in_sentence(state: DocState, mention: Mention, country: str) -> bool:
    """Does the mention's sentence name a state other than ``country``?"""
    named = states_by_sentence(state).get(state.token_sent[mention.head], set())
    return bool(named - {country}) and country not in named


def states_by_sentence(state: DocState) -> dict[int, set[str]]:
    """Sentence index -> the states its mentions name (built once per document)."""
    if state.states_by_sentence is None:
        state.states_by_sentence = {}
        for m in state.mentions:
            if m.actor.country and len(m.actor.country) == 3 and names_a_state(state, m):
                state.states_by_sentence.setdefault(m.sentence_index, set()).add(m.actor.country)
    return state.states_by_sentence


#: Dictionary entries whose country is an organisation's home, not a state the text names.
ORGANISATION_ENTRY_KINDS = ("group", "igo")


def names_a_state(state: DocState, mention: Mention) -> bool:
    """A state, demonym, capital, seat or role: but not a role whose country comes only from
    an organisation inside it ("an Associated Press journalist": the agency's home)."""
    if mention.kind != "role":
        return mention.kind in STATE_NAMING_KINDS
    entries = [
        entry
        for i in range(mention.token_start, mention.token_end)
        if (anchor := state.anchors.get(i)) is not None
        for entry in anchor.entries
    ]
    return not entries or any(e.kind not in ORGANISATION_ENTRY_KINDS for e in entries)


#: A state name in these relations modifies a noun ("US choppers"): it names no place.
MODIFIER_DEPS = ("compound", "amod", "nmod", "poss")
#: Sectors of people away from home: a state their sentence names may be the one they left.
UPROOTED_SECTORS = ("REF",)


def the_one_state_named(state: DocState, mention: Mention) -> str | None:
    """'Spain braced for weeks of uncertainty after voters ended two-party rule': the one
    state a sentence names, for a role of that sentence when the article has no leading
    country or its sentence names another."""
    if mention.actor.sector in UPROOTED_SECTORS:
        return None  # "migrants fleeing Afghanistan": the state named may be one they left
    sentence = state.token_sent[mention.head]
    named = states_by_sentence(state).get(sentence, set())
    if len(named) != 1:
        return None
    country = next(iter(named))
    by_name = any(
        m.sentence_index == sentence
        and m.kind in ("state", "place", "region")
        and state.tokens[m.head].dep_ not in MODIFIER_DEPS
        for m in state.mentions
        if m.actor.country == country
    )  # not "Police said Iranian officials left", "flown out on US choppers"
    return country if by_name else None


def is_proper_institution(state: DocState, mention: Mention) -> bool:
    """'the Army', 'Border Patrol agents', 'Northwestern University': an institution written
    as a proper name with no country of its own is the home country's, even in a sentence
    that names other states ('enlisted in the Army and served in Kuwait')."""
    if mention.kind not in ("role", "unknown"):
        return False
    if mention.token_start <= state.sents[state.token_sent[mention.head]].start:
        return False  # the first word of a sentence is capitalised anyway
    head = state.tokens[mention.head]
    names = [
        t
        for t in state.tokens[mention.token_start : mention.head + 1]
        if t.is_alpha and t.pos_ in ("PROPN", "NOUN") and (t.i < mention.head or t.is_title)
    ]
    while names and names[0].pos_ != "PROPN":
        names.pop(0)  # "tunnel Border Patrol agents": a misparsed word before the name
    proper = [t for t in names if t.pos_ == "PROPN" and (t.is_title or t.is_upper)]
    return (
        bool(proper)
        and len(proper) == len(names)
        and (head in proper or head.lower_ in WORDS.generic_heads)
    )
