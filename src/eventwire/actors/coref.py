"""The one owner of coreference inside an article: he/she -> the last compatible person,
"they", "both leaders", "the two sides" -> a group (surnames of people named earlier are
``surnames``; "the candidate", "the group" with no name ``definite_nouns``, which use the
antecedent search here).

Exported from ``eventwire.actors`` (``group_members``) for the event and quote stages.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventwire.actors.mention import Mention, identity
from eventwire.actors.state import DocState
from eventwire.actors.words import WORDS
from eventwire.nlp import SUBJECT_DEPS

MAX_PRONOUN_DISTANCE = 3  # sentences back in which a pronoun's antecedent may be found
SINGULAR_TAGS = ("NN", "NNP")
#: Relative pronouns: the subject of an aside ("an agreement that includes"), no one's.
RELATIVE_TAGS = ("WDT", "WP")


def reserve_group_phrases(state: DocState) -> None:
    """'both the leaders', 'the two sides': reserved here, resolved in coreference."""
    for token in state.tokens:
        if token.lower_ not in WORDS.group_nouns:
            continue
        left = [t.lower_ for t in state.doc[max(0, token.i - 3) : token.i]]
        if "both" in left or "two" in left:
            start = token.i - len(left) + min(left.index(w) for w in ("both", "two") if w in left)
            if _names_a_new_group(state, start, token.i):
                continue
            if start > 0 and state.tokens[start - 1].lower_ == "the":
                start -= 1
            state.group_spans.append((start, token.i + 1, token.lower_))
            state.used.update(range(start, token.i + 1))


def _names_a_new_group(state: DocState, counter: int, noun: int) -> bool:
    """'two opposition leaders', 'two party leaders': a noun between the count and the group
    noun says who they are; 'both (the) leaders', 'the two (Asian) leaders' point back."""
    return any(t.pos_ in ("NOUN", "PROPN") for t in state.doc[counter + 1 : noun])


# people ------------------------------------------------------------

OPENING_QUOTES = "“"
CLOSING_QUOTES = "”"
QUOTE_MARKS = OPENING_QUOTES + CLOSING_QUOTES + '"'
QUOTE_MARK_RE = re.compile(f"[{QUOTE_MARKS}]")


def coreference(state: DocState) -> None:
    doc = state.doc
    for start, end, noun in state.group_spans:
        members = group_members(state, start, noun in WORDS.person_group_nouns)
        if members:
            actors = [m.actor.model_copy() for m in members]
            names = " and ".join(m.text for m in members)
            state.emit(
                start,
                end,
                actors[0].model_copy(),
                f"group '{doc[start:end].text}' -> {names}",
                "pronoun",
                members=actors,
            )
    for token in state.tokens:
        low = token.lower_
        if token.pos_ != "PRON" or token.i in state.used:
            continue
        if token.dep_ == "poss" and token.head.lower_ in WORDS.office_nouns:
            continue  # "his office said": the office speaks for him (``personal_offices``)
        if low in WORDS.person_pronouns:
            antecedent = person_antecedent(state, token, pronoun_gender(token))
            if antecedent:
                actor = antecedent.actor.model_copy()
                named = state.pronoun_people.get(id(antecedent), antecedent)
                via = (
                    f", through '{antecedent.text}' (sentence {antecedent.sentence_index})"
                    if named is not antecedent
                    else ""
                )
                mention = state.emit(
                    token.i,
                    token.i + 1,
                    actor,
                    f"pronoun '{token.text}' -> last compatible person '{named.text}' "
                    f"(sentence {named.sentence_index}){via}",
                    "pronoun",
                    person_id=antecedent.person_id,
                )
                chain_link(state, mention, token, named)
        elif low in WORDS.body_pronouns and token.dep_ in SUBJECT_DEPS:
            body = body_antecedent(state, token)
            if body is not None:
                state.emit(
                    token.i,
                    token.i + 1,
                    body.actor.model_copy(),
                    f"pronoun '{token.text}' -> the body last the subject '{body.text}' "
                    f"(sentence {body.sentence_index})",
                    "pronoun",
                )
        elif low in WORDS.group_pronouns:
            members = group_members(state, token.i, False)
            if members:
                actors = [m.actor.model_copy() for m in members]
                names = " and ".join(m.text for m in members)
                state.emit(
                    token.i,
                    token.i + 1,
                    actors[0].model_copy(),
                    f"pronoun '{token.text}' -> group {names}",
                    "pronoun",
                    members=actors,
                )


def chain_link(state: DocState, mention: Mention, pronoun: Token, named: Mention) -> None:
    """'Graham said ... He continued ... He added': a he/she outside a quotation, resolved,
    keeps its person (``named``) in reach of the pronouns after it, as a new mention would."""
    if inside_quotation(state, pronoun.idx) or state.people_mentioned is None:
        return
    mention.gender = pronoun_gender(pronoun)
    state.people_mentioned.append(mention)
    state.pronoun_people[id(mention)] = named


def inside_quotation(state: DocState, offset: int) -> bool:
    """An odd number of quotation marks between the paragraph's start and the offset."""
    text = state.article_text
    paragraph = text.rfind("\n", 0, offset) + 1
    before = text[paragraph:offset].replace("''", '"')
    return len(QUOTE_MARK_RE.findall(before)) % 2 == 1


def pronoun_gender(pronoun: Token) -> str:
    return "m" if pronoun.lower_ in WORDS.male_words else "f"


def person_antecedent(state: DocState, pronoun: Token, gender: str | None) -> Mention | None:
    """The person a he/she (or, with no gender, a person noun) points back to."""
    sentence = state.token_sent[pronoun.i]
    if state.people_mentioned is None:  # pronoun mentions added meanwhile are never people
        state.people_mentioned = [
            m for m in state.mentions if m.kind == "person" and (m.resolved or m.person_id)
        ]
    narrative = narrative_index(state)
    candidates = [
        m
        for m in state.people_mentioned
        if m.head < pronoun.i
        and narrative[sentence] - narrative[m.sentence_index] <= MAX_PRONOUN_DISTANCE
        and (gender is None or m.gender in (None, gender))
        and not quoted_before(state, m, pronoun)
    ]
    if not candidates:
        return None
    latest = max(m.sentence_index for m in candidates)
    same = sorted((m for m in candidates if m.sentence_index == latest), key=lambda m: m.head)
    subjects = [m for m in same if state.tokens[m.head].dep_ in SUBJECT_DEPS]
    return (subjects or same)[0] if latest < sentence else (subjects or same)[-1]


def body_antecedent(state: DocState, pronoun: Token) -> Mention | None:
    """The body an "it" that acts points back to: the last subject before it (not a relative
    pronoun's: "an agreement that includes" is an aside), in its sentence or the one before,
    when that subject names one body ("The State Department said it had", "The committee
    released a report. It accused") or is an "it" that points to one ("Canada Post said it
    signed an agreement that includes ... It said"); any other last subject (a report, a
    plan, people) and "it" is not resolved."""
    sentence = state.token_sent[pronoun.i]
    subjects = [
        t
        for t in state.doc[state.sents[max(sentence - 1, 0)].start : pronoun.i]
        if t.dep_ in SUBJECT_DEPS and t.tag_ not in RELATIVE_TAGS
    ]
    if not subjects:
        return None
    last = subjects[-1]
    if last.lower_ in WORDS.body_pronouns:
        return next((m for m in state.mentions if m.head == last.i and m.kind == "pronoun"), None)
    if last.tag_ not in SINGULAR_TAGS:
        return None
    found = [
        m
        for m in state.mentions
        if m.head == last.i and m.kind in WORDS.body_kinds and antecedent_candidate(m)
    ]
    return found[0] if found else None


def antecedent_candidate(mention: Mention) -> bool:
    """A mention a later word may point back to: resolved, one actor (not a group already),
    and acting, not a place named only as where."""
    return mention.resolved and not mention.members and not mention.locative


def narrative_index(state: DocState) -> list[int]:
    """Per sentence, how many sentences up to it do not start inside a quotation: a pronoun's
    distance is counted in these, so a long quotation keeps its speaker in reach ('Graham
    said, “...” He added, “...”')."""
    if state.narrative_index is None:
        count, found = 0, []
        for sentence in state.sents:
            count += not inside_quotation(state, sentence[0].idx)
            found.append(count)
        state.narrative_index = found
    return state.narrative_index


def quoted_before(state: DocState, mention: Mention, pronoun: Token) -> bool:
    """'"... until I meet with Bibi" before discussing specifics, he said': a person named
    inside a quotation that closes before the pronoun is not who speaks it."""
    text = state.article_text
    between = text[mention.end : pronoun.idx].replace("''", '"')  # NYT style ''...''
    found = QUOTE_MARK_RE.search(between)
    first = found.group() if found else None
    if first is None or first in OPENING_QUOTES:
        return False
    if first in CLOSING_QUOTES:
        return True
    paragraph = text.rfind("\n", 0, mention.start) + 1  # a quotation may span sentences
    before = text[paragraph : mention.start].replace("''", '"')  # count them
    return before.count(first) % 2 == 1


def group_members(state: DocState, before: int, people_only: bool) -> list[Mention]:
    """The most recent coordinated actors ('Russia and Ukraine', 'Mr. Putin and Mr. Macron'),
    else the two most recent distinct people (for 'the two leaders')."""
    sentence = state.token_sent[before]
    pool = [
        m
        for m in state.mentions
        if m.head < before
        and antecedent_candidate(m)
        and sentence - m.sentence_index <= MAX_PRONOUN_DISTANCE
        and m.kind != "pronoun"
        and (not people_only or m.kind == "person")
    ]
    groups: list[list[Mention]] = []
    by_head = {m.head: m for m in pool}
    for m in pool:
        token = state.tokens[m.head]
        if token.dep_ == "conj" and token.head.i in by_head:
            first = by_head[token.head.i]
            for group in groups:
                if first in group:
                    group.append(m)
                    break
            else:
                groups.append([first, m])
    groups = [g for g in groups if len({identity(x) for x in g}) > 1]
    if groups:
        return max(groups, key=lambda g: g[-1].head)
    if people_only:
        distinct: list[Mention] = []
        for m in reversed(pool):
            if identity(m) not in {identity(d) for d in distinct}:
                distinct.append(m)
            if len(distinct) == 2:
                return list(reversed(distinct))
    plural = [m for m in pool if m.kind == "role" and state.tokens[m.head].tag_ in ("NNS", "NNPS")]
    return plural[-1:] if plural else []
