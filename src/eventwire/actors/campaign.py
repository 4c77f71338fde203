"""Rule: staff speak for whom they serve. A staff word ("spokeswoman", "adviser", "aides")
defaults to government (``roles.yaml``), but the staff of a campaign ("a senior aide with
Rubio's presidential campaign") or of a principal who holds no government office on the
article's date ("Clinton spokeswoman Jennifer Palmieri", "a top adviser to Sanders", "Mr.
Rubio's advisers") are campaign staff: ``PTY`` (annotations/events/GUIDE.md).

Runs before coreference, so that surnames and pronouns take the corrected actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.mention import Mention, extras, make_actor
from eventwire.actors.offices import anchor_person, person_role
from eventwire.actors.state import DocState
from eventwire.actors.words import WORDS

#: A principal with one of these sectors (or none: a candidate not yet in office) is served
#: by campaign staff; a government office holder's staff stay GOV.
CAMPAIGN_PRINCIPALS = (None, "ELI", "PTY", "LEG")


def campaign_staff(state: DocState) -> None:
    """Government-sector staff mentions that serve a campaign or a principal out of
    government become PTY."""
    for mention in state.mentions:
        if mention.kind not in ("person", "role") or mention.actor.sector != "GOV":
            continue
        words = description(state, mention)
        if not any(staff_word(t) for t in words):
            continue
        why = serves_campaign(state, mention, words)
        if why is None:
            continue
        actor = mention.actor
        mention.actor = make_actor(
            actor.text, actor.country, "PTY", name=actor.name, **extras(actor)
        )
        mention.reason += f"; {why} -> PTY"


def staff_word(token: Token) -> bool:
    return token.lower_ in WORDS.staff_words or token.lemma_.lower() in WORDS.staff_words


def description(state: DocState, mention: Mention) -> list[Token]:
    """The words that say who the mention is: its own (a title, a role phrase), the
    possessor of its head ("Mr. Rubio's advisers"), and an appositive after it."""
    tokens = state.tokens[mention.token_start : mention.token_end]
    last = state.tokens[mention.token_end - 1]
    head = state.tokens[mention.head] if mention.head >= 0 else last
    sentence = state.sentence(mention.token_start)
    extra: list[Token] = []
    for child in head.children:
        if child.dep_ == "poss" and child.i < mention.token_start:
            extra.extend(state.tokens[child.left_edge.i : child.i + 1])
    named = last
    while named.dep_ == "compound" and named.head.i != named.i:
        named = named.head
    if named.dep_ == "appos" and named.head.i in state.roles:  # "his top aide, Tad Devine"
        title = named.head
        extra.extend(state.tokens[title.left_edge.i : title.i + 1])
    appositive = next((c for c in last.rights if c.dep_ == "appos"), None)
    if appositive is not None:
        end = min(appositive.right_edge.i, sentence.end - 1)
        extra.extend(state.tokens[mention.token_end : end + 1])
    return list(tokens) + extra


def serves_campaign(state: DocState, mention: Mention, words: list[Token]) -> str | None:
    """Why the staff serve a campaign, or None: a campaign word among the words, or a known
    principal named there who holds no government office on the article's date."""
    if any(t.lemma_.lower() in WORDS.campaign_words for t in words):
        return "staff of a campaign"
    people = {
        i: m
        for m in state.mentions
        if m.kind == "person" and m is not mention
        for i in range(m.token_start, m.token_end)
    }
    for token in words:
        if token.tag_ == "PRP$" and token.lower_ in WORDS.possessive_pronouns:
            named = previous_person(state, token)  # "Sanders ..., his top aide, Tad Devine"
            if named is not None:
                return principal(named.text, named.actor.sector)
        named = people.get(token.i)
        if named is not None and named.actor.country:
            return principal(named.text, named.actor.sector)
        anchor = state.anchors.get(token.i)
        if anchor is None or anchor.end == mention.token_end:
            continue  # the person's own name
        if any(e.kind == "seat" for e in anchor.entries):
            return None  # "White House national security adviser"
        if not any(e.kind == "person" for e in anchor.entries):
            continue
        person = anchor_person(state, anchor)
        if person is not None:
            return principal(person.name, person_role(state, person)[1])
    return None


def principal(name: str, sector: str | None) -> str | None:
    if sector in CAMPAIGN_PRINCIPALS:
        return f"staff of {name} ({sector or 'no office'})"
    return None


def previous_person(state: DocState, token: Token) -> Mention | None:
    """The last person named before a possessive pronoun in its sentence."""
    start = state.sentence(token.i).start
    before = [
        m
        for m in state.mentions
        if m.kind == "person" and start <= m.token_start and m.token_end <= token.i
    ]
    return before[-1] if before and before[-1].actor.country else None
