"""Reported speech from the dependency parse: a cue verb from ``cues.yaml`` with its subject
(the speaker) and its clausal complement or object (the content), or nothing when the cue is
refused, obliged or asked of others. Which clause the cue reports, with the parse repairs for
it, is in ``reported_clause``; the speaker the parse gave no subject in ``speaker_repairs``;
the parse readings every finder shares (subject, speaker phrase, cue span) in ``cue_parse``.
Cues that are phrases ("according to X", "his claim that") are in ``cue_phrases``, labelled
paragraphs in ``labels``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.nlp import SUBJECT_DEPS, sentence_of
from eventwire.quotes.attribution import Attribution, clip, end_of, paragraph, trim
from eventwire.quotes.cue_parse import (
    ACTIVE_SUBJECT_DEPS,
    CLOSING_MARKS,
    controlling_object,
    cue_span,
    not_a_source,
    phrase,
    subject,
)
from eventwire.quotes.cues import Cues
from eventwire.quotes.reported_clause import cue_clause, states_belief
from eventwire.quotes.speaker_repairs import (
    entity,
    name_after,
    name_after_quotation,
    name_before,
    up_to,
)

OPENING_MARKS = "“\"'‘„«"
OBJECT_DEPS = {"dobj", "xcomp", "oprd"}


def from_cue(
    verb: Token, cues: Cues, quoted: Callable[[int], bool], text: str
) -> Attribution | None:
    """The attribution a cue verb makes: its subject says its clause (or, for some verbs, its
    object); a verb of saying with neither may still stand beside a quote (bare cue)."""
    lemma = cues.lemma(verb)
    speaker = subject(verb, quoted)
    if speaker is not None and not_a_source(speaker, verb, cues):
        return None  # "it seems", or a question inside a clause: "who supported which bill"
    if (
        _refused(verb, cues)
        or _obliged(verb, cues)
        or (lemma in cues.stance and _asked_of_others(verb))
    ):
        return None
    spans, cue_end = _content(
        verb, lemma, speaker is not None, cues, _quotation_before(verb, quoted, text)
    )
    aside = _as_aside(verb, cue_end) if spans is None else None
    if aside is not None:
        speaker, spans = aside[0], (verb, aside[1])
    if spans is None:
        if lemma not in cues.speech:
            return None  # only a verb of saying may stand beside a bare quote
        pieces: list[tuple[int, int]] = []
    else:
        pieces = spans[1]
    line = paragraph(text, verb.idx)
    segments = [clip(trim(text, start, end), line) for start, end in pieces]
    segments = [_quotation_only(text, s, quoted) for s in segments if s[1] > s[0]]
    if spans is not None and not segments:
        return None
    speaker_span = phrase(speaker) if speaker is not None else None
    if speaker is None and segments and lemma in cues.speech:
        speaker = name_before(verb)
        speaker_span = entity(speaker) if speaker is not None else None
    if speaker is None and lemma in cues.speech:
        speaker = name_after(verb)
        speaker_span = entity(speaker) if speaker is not None else None
    if speaker is None and lemma in cues.speech:
        speaker = name_after_quotation(verb, quoted)
        speaker_span = up_to(speaker, verb) if speaker is not None else None
    return Attribution(
        segments=segments,
        cue=(verb.idx, cue_end),
        speaker=clip(speaker_span, line) if speaker_span is not None else None,
        speaker_head=speaker.idx if speaker is not None else None,
        cue_token=verb.i,
        negated=any(child.dep_ == "neg" for child in verb.children),
    )


def _as_aside(verb: Token, cue_end: int) -> tuple[Token, list[tuple[int, int]]] | None:
    """ "Hawaii, as one of the advisers pointed out, normally does not get ...", "As Mr. Bown
    observed, ...": a cue in an aside opened by "as" reports the rest of its sentence; its
    speaker is the subject right after "as" (or the object of an "as" the parse took for a
    preposition); after the cue, words without a verb up to a comma ("put it in a statement
    to ..., RT is ...")."""
    doc = verb.doc
    sentence = sentence_of(verb)
    speaker = next((t for t in _before_verb(verb) if doc[t.left_edge.i - 1].lower_ == "as"), None)
    if speaker is None or speaker.left_edge.i - 1 < sentence.start:
        return None
    opener = speaker.left_edge.i - 1
    if opener > sentence.start and doc[opener - 1].text not in (",", "—", "--"):
        return None
    close = next((t for t in doc[verb.i + 1 : sentence.end] if t.idx >= cue_end), None)
    while close is not None and close.text != "," and close.pos_ not in ("VERB", "AUX"):
        close = doc[close.i + 1] if close.i + 1 < sentence.end else None
    if close is None or close.text != "," or close.i + 1 >= sentence.end:
        return None
    if doc[close.i + 1].text in CLOSING_MARKS or doc[close.i + 1].text[:1] in OPENING_MARKS:
        return None  # "As Rosenthal put it, “...”": the quotation is the cue's, as a bare cue
    pieces = [(end_of(close), sentence.end_char)]
    lead = doc[sentence.start : max(sentence.start, opener - 1)]
    if any(t.pos_ not in ("CCONJ", "ADV", "PUNCT", "SPACE") for t in lead):  # not "Yet, as ..."
        pieces.insert(0, (sentence.start_char, doc[opener - 1].idx))
    return speaker, pieces


def _before_verb(verb: Token) -> list[Token]:
    """The verb's subjects before it, and the objects of an "as" the parse hung on it ("as
    [one of the advisers] pointed out")."""
    found = [c for c in verb.children if c.dep_ == "nsubj" and 0 < c.i < verb.i]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and child.i < verb.i:
            found += [c for c in child.children if c.dep_ == "pobj" and c.i == child.i + 1]
    return [t for t in found if t.left_edge.i > 0]


def _quotation_only(
    text: str, span: tuple[int, int], quoted: Callable[[int], bool]
) -> tuple[int, int]:
    """ "He said, “Nobody wants this fight,” and then he left": a content that opens with a
    quoted sentence (a capital after the mark), closed by its punctuation, ends with it; the
    words after are the reporter's narrative again."""
    start, end = span
    opening = start
    while opening > 0 and quoted(opening - 1):
        opening -= 1
    if not quoted(start) or text[opening:start].strip(OPENING_MARKS + " "):
        return span
    if not text[start].isupper():
        return span  # a partial quotation inside the speaker's clause ("said “the plan ...")
    close = start + 1
    while close < end and quoted(close):
        close += 1
    inner = text[start:close].rstrip("".join(CLOSING_MARKS))
    if close >= end or not inner or inner[-1] not in ",.!?":
        return span
    return start, close


def _content(
    verb: Token, lemma: str, has_speaker: bool, cues: Cues, quotation: int | None = None
) -> tuple[tuple[Token, list[tuple[int, int]]] | None, int]:
    """What the cue reports, by its class (``cues.yaml``), and where the cue ends: its clause
    (a stance verb's only if finite and no question); else, for verbs that take a message as
    object and have a speaker, the object or infinitive (an intention's bare infinitive is a
    wish, not a statement: "wants to be president"). A cue right after a quotation opening
    at ``quotation`` (“...,” she said) reports that quotation, nothing after itself."""
    cue_end = cue_span(verb)[1]
    spans = cue_clause(verb, cues, quotation)
    if spans and lemma in cues.stance and not states_belief(spans[0], cues):
        spans = None
    if spans is None and lemma in cues.object_content and has_speaker and quotation is None:
        spans, cue_end = _objects(verb, cues)
        if (
            spans
            and (lemma in cues.intention or (lemma in cues.requests and verb.tag_ != "VBN"))
            and _bare_infinitive(spans[0])
        ):
            spans = None
    return spans, cue_end


def _quotation_before(verb: Token, quoted: Callable[[int], bool], text: str) -> int | None:
    """Where the quoted sentence opens that the cue stands right after, with only its speaker
    between (“...,” Warren told; “...,” said Warren); None if there is none. A quoted
    sentence opens a paragraph or a sentence; a quoted phrase inside a sentence is none
    (Bemoaning the “phony system,” Trump accused ...; after a lead-in, "With thousands of
    systems, “there is no single point of failure,” he said", the lead-in is the speaker's
    too), nor is a participle a speech tag ("..., adding")."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECT_DEPS]
    if not subjects:
        return None
    speaker = subjects[0] if subjects[0].i < verb.i else None
    at = (speaker.left_edge.i if speaker is not None else verb.i) - 1
    if at < 1 or doc[at].text not in CLOSING_MARKS or not quoted(doc[at].idx):
        return None
    if doc[at - 1].text not in (",", "?", "!", "—", "--"):
        return None
    opening = at - 1
    while opening > 0 and quoted(doc[opening - 1].idx):
        opening -= 1
    before = text[paragraph(text, doc[opening].idx)[0] : doc[opening].idx].rstrip()
    return doc[opening].idx if not before or before[-1] in ".!?:" else None


def _objects(verb: Token, cues: Cues) -> tuple[tuple[Token, list[tuple[int, int]]] | None, int]:
    """The verb's object and infinitive complements ("pledged to push for ...", "called for
    releasing the videos", "criticized the party's lack of ..."), and where the cue ends."""
    cue_end = cue_span(verb)[1]
    preps = cues.prepositions.get(cues.lemma(verb), frozenset())
    kept: list[Token] = []
    small_clause = _has_predicate(verb, preps)
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ in OBJECT_DEPS and not (
            child.dep_ == "dobj" and child.pos_ == "PRON" and not small_clause
        ):
            # "asked her" / "told them": a pronoun object is who is spoken to; but not in a
            # small clause ("calling it “meritless”", "described him as unfit")
            kept.append(child)
        elif child.dep_ in ("prep", "prt") and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                kept.extend(objects)
                if child.i == verb.i + 1 and child.lower_ != "as":
                    cue_end = end_of(child)
    if not kept:
        return None, cue_end
    start = min(t.left_edge.idx for t in kept)
    end = max(end_of(t.right_edge) for t in kept)
    return (kept[0], [(start, end)]), cue_end


def _has_predicate(verb: Token, preps: frozenset[str]) -> bool:
    """A small clause after the cue: an object and what it is called ("called it a hoax",
    "described him as unfit")."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as" and "as" in preps)
        for c in verb.children
    )


def _bare_infinitive(head: Token) -> bool:
    """ "to be president": an infinitive with no subject of its own."""
    return head.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in head.children)


def _asked_of_others(verb: Token) -> bool:
    """ "challenged Republicans to prove that ...": a cue in an infinitive whose subject is
    the object of the verb above it is what someone else is asked to do; for a stance verb
    (a belief, a finding) that is no statement of anyone's."""
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and controlling_object(verb) is not None
    )


def _obliged(verb: Token, cues: Cues) -> bool:
    """ "he should condemn terrorists as ...": what the subject ought to say (but "I must
    say ..." says it)."""
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in cues.obligations for c in verb.children)


def _refused(verb: Token, cues: Cues) -> bool:
    """ "declined to say whether ...": the cue is what was not done."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "declined to X or declare Y"
        verb = verb.head
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cues.refusals
