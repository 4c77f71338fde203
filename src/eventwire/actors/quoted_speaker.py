"""Rule: "I" inside a quotation is the quotation's speaker. '“I'm in disbelief,” he said.',
'Mr. Manafort said: “I don't want a fractured convention.”': the speaker is the person (or
the he/she coreference resolved) that is the subject of a quoting verb (``words.yaml``
``quoting_verbs``) outside any quotation in the same paragraph; the first such verb after
the quotation closes, else the last one before it opens.

Runs after coreference, so that "he said" has its person; the mention made for "I" carries
that person's id, so a private person's quotes are private too (``private``).

``personal_offices``: "a statement from his office said": the office of the person "his"
refers to (coreference's last compatible person) speaks for them: their country and sector.
"""

from __future__ import annotations

import re

from eventwire.actors.coref import QUOTE_MARK_RE, person_antecedent, pronoun_gender
from eventwire.actors.mention import Mention
from eventwire.actors.state import DocState
from eventwire.actors.words import WORDS

Span = tuple[int, int]
DOUBLE_APOSTROPHE_RE = re.compile("''")  # NYT style ''...'': one quotation mark


def quoted_speakers(state: DocState) -> None:
    cues: list[tuple[int, Mention]] | None = None
    quotations_of: dict[Span, list[Span]] = {}  # a paragraph's quotations, found once
    for token in state.tokens:
        if token.lower_ not in WORDS.first_person_singular or token.pos_ != "PRON":
            continue
        if token.i in state.used:
            continue
        paragraph = paragraph_at(state.article_text, token.idx)
        if paragraph not in quotations_of:
            quotations_of[paragraph] = quotation_spans(state.article_text, paragraph)
        quotations = quotations_of[paragraph]
        quotation = next((q for q in quotations if q[0] < token.idx < q[1]), None)
        if quotation is None:
            continue
        if cues is None:
            cues = speaking_cues(state)
        outside = [
            (offset, person)
            for offset, person in cues
            if paragraph[0] <= offset < paragraph[1]
            and not any(a <= offset < b for a, b in quotations)
        ]
        after = [person for offset, person in outside if offset > quotation[1]]
        before = [person for offset, person in outside if offset < quotation[0]]
        speaker = after[0] if after else (before[-1] if before else None)
        if speaker is None:
            continue
        state.emit(
            token.i,
            token.i + 1,
            speaker.actor.model_copy(),
            f"'{token.text}' inside a quotation -> its speaker '{speaker.text}'",
            "pronoun",
            person_id=speaker.person_id,
        )


def speaking_cues(state: DocState) -> list[tuple[int, Mention]]:
    """(offset of a quoting verb, the person mention that is its subject), in text order."""
    people: dict[int, Mention] = {}
    for mention in state.mentions:
        if mention.kind in ("person", "pronoun") and mention.person_id and mention.resolved:
            for i in range(mention.token_start, mention.token_end):
                people[i] = mention
    cues = []
    for token in state.tokens:
        if token.pos_ not in ("VERB", "AUX") or token.lemma_.lower() not in WORDS.quoting_verbs:
            continue
        subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i in people:
            cues.append((token.idx, people[subject.i]))
    return cues


def paragraph_at(text: str, offset: int) -> Span:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def quotation_spans(text: str, paragraph: Span) -> list[Span]:
    """The paragraph's quotations, from an opening mark to the closing one (marks paired in
    order: a quotation left open at the paragraph's end is not closed here)."""
    marks = [m.start() for m in QUOTE_MARK_RE.finditer(text, *paragraph)]
    marks += [m.start() for m in DOUBLE_APOSTROPHE_RE.finditer(text, *paragraph)]
    marks.sort()
    return list(zip(marks[::2], marks[1::2]))


def personal_offices(state: DocState) -> None:
    """ "a statement from his office said": the office speaks for the person "his" is."""
    for token in state.tokens:
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if token.lower_ not in WORDS.office_nouns or owner is None:
            continue
        if owner.lower_ not in WORDS.possessive_pronouns:
            continue
        if state.used.intersection((owner.i, token.i)):
            continue
        person = person_antecedent(state, owner, pronoun_gender(owner))
        if person is None or person.actor.sector is None:
            continue
        state.emit(
            owner.i,
            token.i + 1,
            person.actor.model_copy(),
            f"'{owner.text} {token.text}': the office of '{person.text}' speaks for them",
            "pronoun",
        )
