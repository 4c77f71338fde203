"""Rule: the party-and-state tag US news writes after a lawmaker's name ("Sen. Ron Johnson,
R-Wis.", "Michael McCaul (R-TX)"), which makes the person American. Used by ``people``; the
party letters are in ``words.yaml``.
"""

from __future__ import annotations

from eventwire.actors.gazetteer import us_states
from eventwire.actors.state import DocState, entry_country
from eventwire.actors.words import WORDS


def party_state_tag(state: DocState, end: int) -> str | None:
    """'Sen. Ron Johnson, R-Wis.', 'Michael McCaul (R-TX)': a US party letter and state
    after a name; the tag as written, or None."""
    tokens = state.tokens
    if end + 3 >= len(tokens) or tokens[end].text not in (",", "("):
        return None
    party, dash, where = tokens[end + 1], tokens[end + 2], tokens[end + 3]
    if party.lower_ not in WORDS.party_letters or dash.text != "-" or dash.whitespace_:
        return None
    if party.whitespace_ or not (
        where.text in us_states() or entry_country(state.kb.names.get(where.text, [])) == "USA"
    ):
        return None
    return state.doc[end + 1 : end + 4].text
