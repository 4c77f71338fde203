"""Rule: a Factbook name that names a body only in context: acronyms ("PDP": Nigeria's,
Bhutan's and Malaysia's parties; "ZANU-PF"; "ABC": Lesotho's party, mostly the network) and
party names that are words ("Harmony", "Momentum").

The readings come from the Factbook (``actors/factbook_bodies.py``, ``kb.context_names``). A name
spaCy found and no dictionary resolved takes the reading whose full name the article writes
("the Peoples Democratic Party ... the PDP"); else, where the name allows it (not a short
acronym, not a common abbreviation such as "APC"), the reading of the country the article
is about (its dateline, or the country that clearly leads), else the one reading whose
country the article names. Otherwise it stays unresolved: "ABC" in a US story is no party.
"""

from __future__ import annotations

from functools import cache

from spacy.matcher import PhraseMatcher

from eventwire.actors.article_country import leading_country
from eventwire.actors.dateline import dateline_country
from eventwire.actors.found_spans import Anchor
from eventwire.actors.kb import knowledge_base
from eventwire.actors.kb_types import Entry
from eventwire.actors.mention import Mention, make_actor
from eventwire.actors.state import DocState, entry_country

#: Mentions a reading may resolve: names no dictionary gave a sector.
UNRESOLVED_KINDS = ("unknown",)
#: Mentions that name a country in the article.
COUNTRY_KINDS = ("state", "demonym", "capital", "place", "region")


@cache
def context_matcher() -> PhraseMatcher:
    """The context names as written (capitals: "PDP", not "pdp")."""
    from eventwire import nlp

    pipeline = nlp.load()
    matcher = PhraseMatcher(pipeline.vocab, attr="ORTH")
    names = list(knowledge_base().context_names)
    for name, doc in zip(names, pipeline.tokenizer.pipe(names)):  # type: ignore[union-attr]
        matcher.add(name, [doc])
    return matcher


def context_anchors(state: DocState) -> None:
    """Right after matching: a context name the text itself settles (its full name written,
    the dateline's country, or the one reading whose country the text names) becomes a
    dictionary name, so that titles and role phrases read it ("PDP spokesman Kola
    Ologbondiyan", "the ruling APC party", "supporters of the MDC")."""
    found = context_matcher()(state.doc) if state.kb.context_names else []
    if not found:
        return
    named = {
        country
        for anchor in {id(a): a for a in state.anchors.values()}.values()
        if all(e.kind in COUNTRY_KINDS for e in anchor.entries)
        and (country := entry_country(anchor.entries))
    }
    dateline = dateline_country(state)[0]
    for match_id, start, end in found:
        if any(i in state.anchors for i in range(start, end)) and not holds_shorter_names(
            state, start, end
        ):
            continue
        name = state.doc.vocab.strings[match_id]
        entries, by_context = state.kb.context_names[name]
        entry = settled(state, entries, by_context, dateline, named)
        if entry is not None:
            anchor = Anchor(start, end, name, [entry])
            for i in range(start, end):
                state.anchors[i] = anchor


def holds_shorter_names(state: DocState, start: int, end: int) -> bool:
    """A context name of several words around shorter dictionary names, none reaching out of
    it ("the Democratic Alliance" around "Democratic"): the longer name, once settled, wins."""
    inside = [state.anchors[i] for i in range(start, end) if i in state.anchors]
    return end - start > 1 and all(
        start <= a.start and a.end <= end and a.end - a.start < end - start for a in inside
    )


def settled(
    state: DocState, entries: list[Entry], by_context: bool, dateline: str | None, named: set
) -> Entry | None:
    written, candidates = weighed_readings(state, entries, by_context)
    if written is not None:
        return written
    at_dateline = [e for e in candidates if e.country == dateline]
    in_text = [e for e in candidates if e.country in named]
    return (at_dateline or in_text)[0] if len(at_dateline or in_text) == 1 else None


def weighed_readings(
    state: DocState, entries: list[Entry], by_context: bool
) -> tuple[Entry | None, list[Entry]]:
    """The one decision ``settled`` (at matching) and ``choose`` (after context) share: the
    one reading whose full name the article writes, else the readings left to weigh by
    country (those written, else all of them when the name is read ``by_context``)."""
    written = [e for e in entries if any(n in state.article_text for n in e.full_names)]
    if len(written) == 1:
        return written[0], written
    return None, written or (entries if by_context else [])


def context_names(state: DocState) -> None:
    readings = state.kb.context_names
    if not readings:
        return
    for mention in state.mentions:
        if mention.text not in readings or not unresolved(mention):
            continue
        entries, by_context = readings[mention.text]
        entry, why = choose(state, entries, by_context)
        if entry is None:
            continue
        mention.actor = make_actor(mention.text, entry.country, entry.sector, name=entry.label)
        mention.kind = "group"
        mention.reason = f"'{mention.text}' -> {entry.label} ({entry.source}), as {why}"


def unresolved(mention: Mention) -> bool:
    return mention.kind in UNRESOLVED_KINDS and not mention.actor.sector


def choose(state: DocState, entries: list[Entry], by_context: bool) -> tuple[Entry | None, str]:
    """The reading whose full name the article writes; else (``by_context``) the one of the
    article's country; else the one whose country the article names."""
    written, candidates = weighed_readings(state, entries, by_context)
    if written is not None:
        return written, "the article writes its full name"
    if not candidates:
        return None, ""
    country, why = article_country(state)
    entry = next((e for e in candidates if e.country == country), None)
    if entry is not None:
        return entry, why
    named = [e for e in candidates if names_country(state, e.country)]
    if len(named) == 1:
        return named[0], "the one of its readings whose country the article names"
    return None, ""


def article_country(state: DocState) -> tuple[str | None, str]:
    """The dateline's country, else the country the article clearly is about (read once)."""
    if state.article_country is None:
        country, where = dateline_country(state)
        if country is None and (leading := leading_country(state.mentions)):
            country, where = leading.country, leading.why
        state.article_country = (country, where)
    return state.article_country


def names_country(state: DocState, country: str | None) -> bool:
    return any(m.kind in COUNTRY_KINDS and m.actor.country == country for m in state.mentions)
