"""Rules: the legislature in organisation and party names. A committee of a legislative
chamber ("the House Intelligence Committee", "Senate Judiciary Subcommittee") is the
legislature, LEG, whatever its subject (``committees``, read before role words); a party's
members named with the chamber they sit in ("the Democrats in the Senate", "House
Republican leaders") are legislators (``parties_in_chambers``). Apart from
``organisations``, whose spaCy organisation names (``organisation_names``) it reads.
"""

from __future__ import annotations

from eventwire.actors.mention import Mention, extras, make_actor
from eventwire.actors.organisations import organisation_names
from eventwire.actors.state import DocState
from eventwire.actors.words import WORDS


def committees(state: DocState) -> None:
    """'the House Intelligence Committee', 'Senate Judiciary Subcommittee': a committee of a
    legislative chamber is the legislature (``LEG``), whatever its subject; its country comes
    from context. Read before role words ("Intelligence" is not the spies)."""
    for start, end in organisation_names(state):
        words = [t.lower_ for t in state.tokens[start:end]]
        if (
            len(words) < 2
            or not (words[0] in WORDS.chamber_words or subject_committee(state, start))
            or words[-1] not in WORDS.committee_words
            or state.used.intersection(range(start, end))
            or known_whole(state, start, end)
        ):
            continue
        state.emit(
            start,
            end,
            make_actor("", None, "LEG"),
            f"committee of a legislative chamber '{state.tokens[start].text}' -> LEG "
            "(words.yaml chamber_words, committee_words; a subject committee where the "
            "article names a chamber)",
            "organisation",
        )


#: Sectors of a committee's subject ("Judiciary", "Intelligence", "Armed Services"): not
#: the committee's own sector.
SUBJECT_SECTORS = ("JUD", "SPY", "MIL", "COP")


def subject_committee(state: DocState, start: int) -> bool:
    """'the Judiciary Committee' in an article that names the Senate or the House: a
    committee named after its subject, of the chamber the article is about."""
    role = state.roles.get(start)
    if role is None or role.start != start or role.sector not in SUBJECT_SECTORS:
        return False
    return any(
        t.lower_ in WORDS.chamber_words and (r := state.roles.get(t.i)) and r.sector == "LEG"
        for t in state.tokens
    )


def known_whole(state: DocState, start: int, end: int) -> bool:
    """A name the dictionaries know as a whole ("Senate Armed Services Committee")."""
    anchor = state.anchors.get(start)
    return anchor is not None and anchor.start <= start and end <= anchor.end


def parties_in_chambers(state: DocState) -> None:
    """'the Democrats in the Senate', 'Republicans in Congress', 'House Republican leaders': a
    party's members named with the legislature they sit in are legislators."""
    tokens = state.tokens
    for mention in state.mentions:
        if mention.kind not in ("group", "role") or mention.actor.sector != "PTY":
            continue
        if chamber_before(state, mention.token_start):
            to_legislature(mention, tokens[mention.token_start - 1].text)
            continue
        if mention.kind != "group":
            continue
        k = mention.token_end
        if k + 1 >= len(tokens) or tokens[k].lower_ != "in":
            continue
        j = k + 1 + (tokens[k + 1].pos_ == "DET")
        if j < len(tokens) and legislature_at(state, j):
            to_legislature(mention, tokens[j].text)


def chamber_before(state: DocState, i: int) -> bool:
    """A capitalised chamber word ("House", "Senate") right before token ``i``."""
    if i < 1 or not state.tokens[i - 1].is_title:
        return False
    return state.tokens[i - 1].lower_ in WORDS.chamber_words


def to_legislature(mention: Mention, chamber: str) -> None:
    """The party's members sitting in ``chamber``: legislators."""
    actor = mention.actor
    mention.actor = make_actor(actor.text, actor.country, "LEG", name=actor.name, **extras(actor))
    mention.reason += f"; sitting in '{chamber}' -> LEG"


def legislature_at(state: DocState, i: int) -> bool:
    """A legislature starts at token ``i``: a chamber word (words.yaml ``chamber_words``,
    capitalised: "the Senate") or a role word of the legislature ("Congress", "parliament")."""
    token, role = state.tokens[i], state.roles.get(i)
    if token.is_title and token.lower_ in WORDS.chamber_words:
        return True
    return role is not None and role.start == i and role.sector == "LEG" and not role.names_person
