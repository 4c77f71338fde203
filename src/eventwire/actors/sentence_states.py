"""Rule helper for ``context``: the states a sentence names and which of them a mention
may take. Whether a mention's sentence names another state than the article's
(``other_state_in_sentence``), the one state a sentence names by a name, not as a
modifier or a state acted upon (``the_one_state_named``), and never the state a body's
own verb acts on ("The Foreign Ministry condemned Ecuador": ``acts_on``). People away
from home (``UPROOTED_SECTORS``) name the state they left, not one the sentence is about.
"""

from __future__ import annotations

from eventwire.actors.locatives import acted_upon, object_of
from eventwire.actors.mention import Mention
from eventwire.actors.state import DocState
from eventwire.actors.titles import sent_to

#: Mentions that name a state in a sentence (a foreign person or organisation does not).
STATE_NAMING_KINDS = ("state", "demonym", "capital", "seat", "role")


def other_state_in_sentence(
    state: DocState, mention: Mention, country: str, *, dated: bool = False
) -> bool:
    """Does the mention's sentence name a state other than ``country``? Under a dateline,
    a state named only as another actor's ("PESHAWAR: A US drone killed three militants")
    does not count: that actor is foreign, not the sentence."""
    sentence = state.token_sent[mention.head]
    named = states_by_sentence(state).get(sentence, set())
    others = named - {country}
    if dated and others:  # named by a name, not only as another role's ("US drone")
        others &= {m.actor.country for m in state.mentions if m.sentence_index == sentence
                   and m.kind != "role" and names_a_state(state, m)}  # fmt: skip
    return bool(others) and country not in named


def states_by_sentence(state: DocState) -> dict[int, set[str]]:
    """Sentence index -> the states its mentions name (built once per document). People away
    from home name the state they left, not one the sentence is about: "led by Gov. Andrew
    Cuomo ... with Syrian refugee Subhi Nahas" still keeps the governor in the story's country."""
    if state.states_by_sentence is None:
        state.states_by_sentence = {}
        for m in state.mentions:
            if m.actor.sector in UPROOTED_SECTORS or sent_to(state, m.token_start):
                continue  # "envoy to Ukraine": not a state the sentence is about
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
        and not acted_upon(state.tokens[m.head], m.kind)
        for m in state.mentions
        if m.actor.country == country
    )  # not "Police said Iranian officials left", "flown out on US choppers", "sanctions on Iran"
    return country if by_name and not acts_on(state, mention, country) else None


def acts_on(state: DocState, mention: Mention, country: str) -> bool:
    """'The Foreign Ministry condemned Ecuador': a body does not act on its own state by name,
    so the state its verb acts on gives it no country."""
    doer = state.tokens[mention.head]
    return any(
        m.kind == "state" and m.actor.country == country and object_of(state.tokens[m.head], doer)
        for m in state.mentions
    )
