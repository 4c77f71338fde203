"""The one owner of country-from-context: which state a sentence or an article is about.

``context_country`` finds the one state named as the place where things happen in a
sentence, else in the article; ``dateline_country`` gives roles without a country the
country of the article's dateline. Exported from ``eventwire.actors``.
"""

from __future__ import annotations

from eventwire.actors.gazetteer import city_named
from eventwire.actors.mention import extras, make_actor
from eventwire.actors.state import (
    DocState,
    entry_country,
    is_locative,
)


def context_country(state: DocState, token_index: int) -> tuple[str | None, str]:
    """The one state named as the place where things happen ('curfew imposed in Sudan') in
    the sentence, else in the article; None when there are several or none."""
    sentence = state.sentence(token_index)
    for scope, where in (
        (range(sentence.start, sentence.end), "sentence"),
        (range(len(state.doc)), "article"),
    ):
        countries = set()
        for i in scope:
            anchor = state.anchors.get(i)
            if anchor and not is_locative(state, state.doc[i], through_possessive=True):
                continue
            if (
                anchor
                and not anchor.char_start
                and not any(e.kind == "person" for e in anchor.entries)
            ):
                country = entry_country(anchor.entries)
                if country and country not in state.kb.igo_codes:
                    countries.add(country)
        if len(countries) == 1:
            return countries.pop(), where
        if countries:
            return None, where
    return None, "article"


def give_context_country(state: DocState) -> None:
    """'BAGHDAD -- Police said...': a role with no country of its own, in a sentence that
    names no other state, is taken to belong to the country the article is datelined in."""
    where, country = None, None
    if state.dateline:
        entries = [e for e in state.kb.names.get(state.dateline.strip(), []) if entry_country([e])]
        city = None if entries else city_named(state.dateline.strip())
        country = entry_country(entries) if entries else (city and city["iso3"])
        where = f"article dateline '{state.dateline}'"
    if (
        country is None
        and state.mentions
        and state.mentions[0].kind == "place"
        and state.mentions[0].token_start == 0
        and state.mentions[0].text.isupper()
    ):
        country, where = state.mentions[0].actor.country, f"dateline '{state.mentions[0].text}'"
    if country is None:
        return
    for mention in state.mentions:
        if (
            mention.actor.country
            or not mention.actor.sector
            or mention.actor.sector in ("IGO", "NGO")
            or mention.kind not in ("role", "person")
        ):
            continue
        sentence = state.sentence(mention.head)
        others = {
            m.actor.country
            for m in state.mentions
            if sentence.start <= m.head < sentence.end
            and m.actor.country
            and m.actor.country != country
            and m.kind != "place"
        }
        if others:
            continue
        actor = mention.actor
        mention.actor = make_actor(
            actor.text, country, actor.sector, name=actor.name, **extras(actor)
        )
        mention.reason += (
            f"; country from the {where} -> {country} (no other state in the sentence)"
        )


# coreference ----------------------------------------------------------
