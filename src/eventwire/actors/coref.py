"""The one owner of coreference inside an article: surnames of people named earlier,
he/she -> the last compatible person, "they", "both leaders", "the two sides" -> a group.

Exported from ``eventwire.actors`` (``group_members``) for the event and quote stages.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from eventwire.actors.mention import Mention, extras, identity, make_actor, surname
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
    surnames_of_unknown_people(state)
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

    definite_people(state)
    definite_group_nouns(state)


def definite_people(state: DocState) -> None:
    """'Donald Trump spoke in Ohio. The candidate said ...': a definite singular person noun
    with no name of its own (words.yaml ``definite_person_nouns``) is the person the article
    spoke of last, found as a he/she of either gender would be."""
    for token in state.tokens:
        start = bare_definite_noun(state, token, WORDS.definite_person_nouns)
        if start is None:
            continue
        antecedent = person_antecedent(state, token, None)
        if antecedent is None:
            continue
        named = state.pronoun_people.get(id(antecedent), antecedent)
        state.emit(
            start,
            token.i + 1,
            antecedent.actor.model_copy(),
            f"'{token.text}' with no name -> last person '{named.text}' "
            f"(sentence {named.sentence_index})",
            "pronoun",
            person_id=antecedent.person_id,
        )


def definite_group_nouns(state: DocState) -> None:
    """'The American Action Network polled the race ... the group said': a definite body noun
    with no name of its own (words.yaml ``definite_body_nouns``) is the group or organisation
    the article named last (``definite_body_kinds``), within the pronoun distance, unless a
    phrase of the same noun came after it ("A major climate group ... The group": that group,
    which no mention names)."""
    for token in state.tokens:
        start = bare_definite_noun(state, token, WORDS.definite_body_nouns)
        if start is None:
            continue
        sentence = state.token_sent[token.i]
        named = [
            m
            for m in state.mentions
            if m.head < start
            and sentence - m.sentence_index <= MAX_PRONOUN_DISTANCE
            and m.kind in WORDS.definite_body_kinds
            and antecedent_candidate(m)
        ]
        if not named:
            continue
        last = max(named, key=lambda m: m.head)
        if any(
            t.lemma_.lower() == token.lemma_.lower() for t in state.tokens[last.token_end : start]
        ):
            continue  # "A major climate group ... The group": the group introduced since
        state.emit(
            start,
            token.i + 1,
            last.actor.model_copy(),
            f"'{token.text}' with no name -> last {last.kind} '{last.text}' "
            f"(sentence {last.sentence_index})",
            "pronoun",
        )


def bare_definite_noun(state: DocState, token: Token, nouns: frozenset[str]) -> int | None:
    """Where "the <noun>" starts when the noun, one of ``nouns``, names no one of its own: not
    "a candidate", "the Republican nominee Donald Trump", "candidate Donald Trump", "is the
    candidate", "X, the group", "the group that launched ..."."""
    if token.lemma_.lower() not in nouns or token.tag_ != "NN":
        return None
    if token.i in state.used or token.dep_ in ("compound", "attr", "appos"):
        return None
    start = token.left_edge.i
    if state.tokens[start].lower_ != "the" or any(
        t.pos_ == "PROPN" or t.i in state.used for t in state.tokens[start : token.i]
    ):
        return None
    if any(c.dep_ in ("prep", "relcl", "acl") for c in token.rights):
        return None
    return start


def surnames_of_unknown_people(state: DocState) -> None:
    """'Mr. Fischer' after 'Foreign Minister Oskar Fischer', 'Gore' after 'Al Gore': a surname
    no dictionary knows is the person named in full before it, known or not; with an
    honorific, also the first word of an unknown two-word name written family name first
    ('Mr. Lou' after 'Lou Jiwei'; known people have their surname in people.tsv)."""
    known: dict[str, list[Mention]] = {}
    family_first: dict[str, list[Mention]] = {}
    for mention in state.mentions:
        if mention.kind != "person" or not mention.actor.name:
            continue
        parts = mention.actor.name.split()
        if len(parts) > 1:
            known.setdefault(surname(mention.actor.name), []).append(mention)
            if len(parts) == 2 and mention.person_id not in state.kb.people:
                family_first.setdefault(parts[0], []).append(mention)
        elif mention.person_id not in state.kb.people:
            named = known.get(parts[0]) or (
                family_first.get(parts[0], []) if honorific(mention) else []
            )
            source = same_gender(named, mention.gender)
            if source is None:
                continue
            own = mention.actor
            mention.actor = make_actor(
                mention.text,
                own.country or source.actor.country,
                own.sector or source.actor.sector,
                name=source.actor.name,
                **extras(source.actor),
            )
            mention.person_id = source.person_id
            mention.gender = mention.gender or source.gender
            source.gender = mention.gender  # "Ghazala Khan ... Ms. Khan": she, from now on
            mention.reason = f"surname of '{source.text}' (sentence {source.sentence_index})" + (
                "" if mention.resolved else "; unresolved like it"
            )


def honorific(mention: Mention) -> bool:
    """The mention opens with a courtesy title ('Mr. Lou', 'Ms. Khan')."""
    first = mention.text.split()[0].lower()
    return first in WORDS.male_words or first in WORDS.female_words


def same_gender(named: list[Mention], gender: str | None) -> Mention | None:
    """The last person named in full with this surname whom the honorific fits ('Mr. Khan'
    is not 'Ghazala Khan' once she was 'Ms. Khan'); with no honorific, the last one."""
    fitting = [m for m in named if gender is None or m.gender in (None, gender)]
    return fitting[-1] if fitting else None


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
