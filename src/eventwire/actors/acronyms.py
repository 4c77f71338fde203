"""Rule: an acronym defined in parentheses right after an actor ("the National Human Rights
Commission (NHRC)", "the Independent National Electoral Commission (INEC)") stands for that
actor where the article uses it later and no dictionary knows it ("The NHRC asked for a
report", "INEC said").
"""

from __future__ import annotations

import re

from eventwire.actors.mention import Mention, extras, make_actor
from eventwire.actors.state import DocState

#: An acronym as news writes it: two to ten capitals, perhaps with '&' or '-'.
ACRONYM = re.compile(r"^[A-Z][A-Z&-]{1,9}$")
#: Mentions an acronym may stand for: the names no dictionary resolved to a sector.
UNRESOLVED_KINDS = ("unknown", "person")


def defined_acronyms(state: DocState) -> None:
    defined = acronym_definitions(state)
    if not defined:
        return
    for mention in state.mentions:
        source = defined.get(mention.text)
        if (
            source is None
            or mention.start < source.end
            or mention.actor.sector
            or mention.kind not in UNRESOLVED_KINDS
        ):
            continue
        actor = source.actor
        mention.actor = make_actor(
            mention.text, actor.country, actor.sector, name=actor.name, **extras(actor)
        )
        mention.reason += (
            f"; the acronym defined after {source.text!r} -> {actor.country} {actor.sector}"
        )


def acronym_definitions(state: DocState) -> dict[str, Mention]:
    """Acronym -> the resolved mention it is defined after ("... Commission (NHRC)") or
    inside ("the National Human Rights Commission (NHRC) of India")."""
    tokens, defined = state.tokens, dict[str, Mention]()
    for mention in state.mentions:
        if not mention.actor.sector or mention.kind == "pronoun":
            continue
        for i in range(mention.token_start + 1, min(mention.token_end + 1, len(tokens) - 2)):
            if (
                tokens[i].text == "("
                and tokens[i + 2].text == ")"
                and ACRONYM.match(tokens[i + 1].text)
            ):
                defined.setdefault(tokens[i + 1].text, mention)
                break
    return defined
