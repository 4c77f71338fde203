"""Rule: a party's or force's acronym that names a body only in context ("PDP": Nigeria's,
Bhutan's and Malaysia's parties; "PP"; "APC", also an armoured personnel carrier).

The readings come from the Factbook (``actors/factbook.py``, ``kb.body_acronyms``). An
acronym spaCy found and no dictionary resolved takes the reading whose full name the article
writes ("the Peoples Democratic Party ... the PDP"), else, where that is allowed, the one of
the country the article is about (its dateline, or the country that clearly leads).
"""

from __future__ import annotations

from eventwire.actors.article_country import leading_country
from eventwire.actors.dateline import dateline_country
from eventwire.actors.mention import Mention, make_actor
from eventwire.actors.state import DocState

#: Mentions an acronym reading may resolve: names no dictionary gave a sector.
UNRESOLVED_KINDS = ("unknown",)


def context_acronyms(state: DocState) -> None:
    readings = state.kb.body_acronyms
    if not readings:
        return
    article: tuple[str | None, str] | None = None
    for mention in state.mentions:
        if mention.text not in readings or not unresolved(mention):
            continue
        entries, by_context = readings[mention.text]
        written = [e for e in entries if any(n in state.article_text for n in e.full_names)]
        entry, why = (
            (written[0], "its full name in the article") if len(written) == 1 else (None, "")
        )
        candidates = written or (entries if by_context else [])
        if entry is None and candidates:
            if article is None:
                article = article_country(state)
            entry = next((e for e in candidates if e.country == article[0]), None)
            why = article[1]
        if entry is None:
            continue
        mention.actor = make_actor(mention.text, entry.country, entry.sector, name=entry.label)
        mention.kind = "group"
        mention.reason = (
            f"acronym '{mention.text}' -> {entry.label} ({entry.source}), chosen by {why}"
        )


def unresolved(mention: Mention) -> bool:
    return mention.kind in UNRESOLVED_KINDS and not mention.actor.sector


def article_country(state: DocState) -> tuple[str | None, str]:
    """The dateline's country, else the country the article clearly is about."""
    country, where = dateline_country(state)
    if country is not None:
        return country, where
    leading = leading_country(state.mentions)
    return (leading.country, leading.why) if leading else (None, "")
