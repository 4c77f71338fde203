"""Rule: members and definite mentions of a named armed group are the group.

"ISIS soldiers mock America's military tactics": soldiers of the named group right before
them are the group's (its country, none for a transnational one, and ``REB``), not an army of
the article's country. "the self-described Islamic State ... the terrorist group": a definite
group noun (words.yaml ``armed_group_anaphors``) after a named armed group is that group.
Runs before ``context`` gives roles the article's country; a mention it read keeps the
group's country, even none (``ARMED_GROUP_NOTE``).
"""

from __future__ import annotations

from eventwire.actors.mention import Mention, extras, make_actor
from eventwire.actors.state import DocState
from eventwire.actors.words import WORDS

#: How a reason says the mention is a named armed group's; ``context`` gives it no country.
ARMED_GROUP_NOTE = "of the named armed group"


def armed_group_members(state: DocState) -> None:
    last: Mention | None = None  # the armed group named last
    previous: Mention | None = None
    for mention in state.mentions:
        if is_named_armed_group(mention):
            last = mention
        elif mention.kind == "role" and mention.actor.country is None:
            if (
                previous is not None
                and is_named_armed_group(previous)
                and previous.token_end == mention.token_start
                and (mention.actor.sector or "").lower() in WORDS.armed_member_sectors
            ):
                take_group(mention, previous, "named right before it")
            elif last is not None and definite_group_noun(state, mention):
                take_group(mention, last, f"named before (sentence {last.sentence_index})")
        previous = mention


def is_named_armed_group(mention: Mention) -> bool:
    """A group, organisation or unknown name read as an armed group (``REB``)."""
    return mention.kind in ("group", "organisation", "unknown") and mention.actor.sector == "REB"


def definite_group_noun(state: DocState, mention: Mention) -> bool:
    """'the terrorist group', 'the militant group': a group noun after 'the'."""
    start = mention.token_start
    words = state.doc[start : mention.token_end].text.lower()
    return (
        start > 0
        and state.tokens[start - 1].lower_ in WORDS.anaphoric_determiners
        and words in WORDS.armed_group_anaphors
    )


def take_group(mention: Mention, group: Mention, where: str) -> None:
    actor = mention.actor
    mention.actor = make_actor(
        actor.text, group.actor.country, group.actor.sector, name=actor.name, **extras(actor)
    )
    mention.reason += f"; {ARMED_GROUP_NOTE} '{group.text}', {where} -> "
    mention.reason += f"{group.actor.country or 'no country'} {group.actor.sector}"
