"""The one owner of country-from-context: which state a sentence or an article is about.

``context_country`` finds the one state named as the place where things happen in a
sentence, else in the article; ``article_scores``/``leading_country`` (``article_country``)
score the countries an article is about (dateline, headline, mentions) and take the leader
when it clearly leads; ``give_context_country`` gives it to actors with a sector but no
country, unless their sentence names another state (``sentence_states``). Exported from
``eventwire.actors`` so the event and quote stages use the same answer.
"""

from __future__ import annotations

from eventwire.actors.armed_groups import ARMED_GROUP_NOTE
from eventwire.actors.article_country import (
    PassageLeaders,
    article_scores,
    leading_country,
    sole_country,
)
from eventwire.actors.dateline import dateline_country
from eventwire.actors.locatives import names_where
from eventwire.actors.mention import Mention, extras, make_actor
from eventwire.actors.sentence_states import (
    UPROOTED_SECTORS,
    acts_on,
    other_state_in_sentence,
    the_one_state_named,
)
from eventwire.actors.state import (
    DocState,
    entry_country,
    of_the_state_noun,
    said_of_role,
)
from eventwire.actors.titles import destination
from eventwire.actors.words import WORDS

CONTEXT_NOTE = "country from context"  # how a reason says its country came from the article


def context_country(state: DocState, token_index: int) -> tuple[str | None, str]:
    """The one state named as the place where things happen ('curfew imposed in Sudan') in
    the sentence, else in the article; None when there are several or none."""
    sentence = state.sentence(token_index)
    countries = places_named(state, range(sentence.start, sentence.end))
    if countries:
        return (next(iter(countries)) if len(countries) == 1 else None), "sentence"
    if state.places_in_article is None:  # read once, and only when a sentence names none
        state.places_in_article = places_named(state, range(len(state.doc)))
    countries = state.places_in_article
    return (next(iter(countries)) if len(countries) == 1 else None), "article"


def places_named(state: DocState, scope: range) -> set[str]:
    """The states named as places (after 'in', 'near'...) in a range of tokens, and the
    states of the towns the gazetteer found there ("killed in Mosul")."""
    if state.towns is None:  # read once: context runs after the places are found
        state.towns = [
            (m.head, m.actor.country)
            for m in state.mentions
            if m.kind == "place" and m.locative and m.actor.country
            and m.actor.country not in state.kb.igo_codes
        ]  # fmt: skip
    countries = {country for head, country in state.towns if head in scope}
    for i in scope:
        anchor = state.anchors.get(i)
        if anchor is None or anchor.char_start:
            continue
        if any(e.kind == "person" for e in anchor.entries) or destination(state, anchor):
            continue  # "envoy to Ukraine": where the envoy is sent, not where things happen
        kinds = [e.kind for e in anchor.entries]
        if not names_where(state, state.tokens[i], kinds, through_possessive=True):
            continue  # not a place here ("sanctions on Iran": the one acted upon)
        country = entry_country(anchor.entries)
        if country and country not in state.kb.igo_codes:
            countries.add(country)
    return countries


#: An untitled person we do not know takes the article's country only when it leads by this
#: much (a dateline always counts): "Putin met Zorblax Quintavius in Moscow" says little.
MIN_SCORE_UNTITLED = 6.0
#: Mentions that can take the article's country: they have a sector but no country.
RECEIVING_KINDS = ("role", "person", "unknown", "organisation")


def receiving(state: DocState, mention: Mention) -> bool:
    """A mention of a kind that takes the article's country, unless a named armed group's
    ("ISIS soldiers": the group's, of no state) or said to be foreign ("90 million foreign
    tourists": not of the story's state)."""
    return (
        mention.kind in RECEIVING_KINDS
        and ARMED_GROUP_NOTE not in mention.reason
        and not said_of_role(state, mention, WORDS.foreign_words)
    )


def give_context_country(state: DocState) -> None:
    """Roles, titled people and organisations with a sector but no country take the dateline's
    country, else the article's when one clearly leads ("Police said" in a story about
    Kenya), unless their sentence names another state and not that one (an institution
    written as a proper name takes it regardless: "the Army"); then (or with neither) the one state
    their sentence names as where things happen."""
    country, where = dateline_country(state)
    strong = dated = country is not None
    if country is None:
        leading = leading_country(state.mentions)
        country, where = (leading.country, leading.why) if leading else (None, "")
        strong = leading is not None and leading.score >= MIN_SCORE_UNTITLED
    nearby = PassageLeaders(state.mentions) if country is None else None
    uprooted: Mention | None = None  # the last refugees named with their country
    for mention in state.mentions:
        actor = mention.actor
        if actor.sector in UPROOTED_SECTORS and mention.kind == "role":
            if actor.country:
                uprooted = mention
            elif uprooted is not None:  # "Syrian refugees ... these refugees": the same people
                mention.actor = make_actor(
                    actor.text, uprooted.actor.country, actor.sector, name=actor.name,
                    **extras(actor),
                )  # fmt: skip
                mention.reason += (
                    f"; country of the {uprooted.text!r} named before -> {uprooted.actor.country}"
                )
            continue  # people away from home: not the country of the story or its dateline
        if actor.country or actor.sector == "IGO" or not receiving(state, mention):
            continue
        if (
            actor.sector == "NGO"
            and not (strong and mention.kind in ("organisation", "unknown", "person"))
            and not (country and said_of_role(state, mention, WORDS.local_words))
        ):
            continue  # "the National Rifle Association" in a US story; a bare "NGOs" is no one's,
            # but "local charities" are the story's
        if not actor.sector and not (strong and untitled(state, mention)):
            continue
        found: str | None = None
        if country and (
            is_proper_institution(state, mention)
            or said_of_role(state, mention, WORDS.local_words)
            or of_the_state_noun(state, mention)
            or not other_state_in_sentence(state, mention, country, dated=dated)
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
            if found is None and nearby and (near := nearby[mention.sentence_index]):
                found, why = near.country, near.why  # no leader: the one the passage is about
            if (
                found is None
                and actor.sector.lower() in WORDS.state_institution_sectors
                and (alone := sole_country(state.mentions))  # with the actors placed so far
                and not acts_on(state, mention, alone.country)
            ):
                found, why = alone.country, alone.why  # "parliament" of a one-sentence text
            if found is None:
                continue
        found, why = office_country(state, mention, found, why)
        found, why = sovereign_country(state, mention, found, why)
        mention.actor = make_actor(
            actor.text, found, actor.sector, name=actor.name, **extras(actor)
        )
        mention.reason += f"; {CONTEXT_NOTE}: {why} -> {found}"


def office_country(state: DocState, mention: Mention, found: str, why: str) -> tuple[str, str]:
    """'Prime Minister Mariano Rajoy' in a US story: a title naming an office the context
    country does not have takes the article's next country instead (if any)."""
    office = absent_office(mention.text, found)
    if office is None:
        return found, why
    ranked = sorted(article_scores(state.mentions).items(), key=lambda kv: -kv[1])
    runner_up = next((c for c, _ in ranked if c != found), None)
    if runner_up is None:
        return found, why
    return runner_up, f"{why}, which has no {office}: the article's next country"


def sovereign_country(state: DocState, mention: Mention, found: str, why: str) -> tuple[str, str]:
    """'the central government' in a story about Hong Kong: a role its sovereign state holds
    over a dependency (words.yaml ``sovereign_words`` before its head) is the sovereign's."""
    sovereign = state.kb.sovereigns.get(found)
    words = state.tokens[mention.token_start : mention.head]
    if sovereign is None or not any(t.lower_ in WORDS.sovereign_words for t in words):
        return found, why
    return sovereign, f"{why}, a dependency: its sovereign's"


def absent_office(written: str, country: str) -> str | None:
    """The office a phrase names that ``country`` does not have (words.yaml
    ``absent_offices``: the United States has no prime minister or parliament)."""
    low = f" {written.lower()} "
    offices = WORDS.absent_offices.get(country.lower(), [])
    return next((o for o in offices if f" {o} " in low), None)


def untitled(state: DocState, mention: Mention) -> bool:
    """A person or organisation we do not know, with nothing to say what it is ("Chad Sweet
    said", "the PGA Tour"): it may take a strongly leading country, never a sentence's place."""
    if mention.kind == "person":
        return bool(mention.actor.name)
    ent = state.ent_at.get(mention.head)
    return mention.kind == "unknown" and ent is not None and ent.label_ == "ORG"


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
