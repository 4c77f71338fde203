"""Reported speech cued by a phrase, not a verb: "according to X, ...", a noun of saying with its
that-clause ("Trump's claim that ..."), and an adjective of stance ("he is convinced that ...").
The speaker and the clause come from the parse, as for cue verbs (``reported``)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from eventwire.nlp import SUBJECT_DEPS
from eventwire.quotes.attribution import Attribution, clip, end_of, paragraph, trim
from eventwire.quotes.cue_parse import not_a_source, phrase, subject
from eventwire.quotes.cues import Cues
from eventwire.quotes.reported_clause import clause_end, states_belief


def according_to(doc: Doc, tokens: list[Token], cues: Cues, text: str) -> list[Attribution]:
    """ "According to X, ...": X is the speaker, the rest of the sentence the content."""
    found = []
    lowered = [t.lower_ for t in tokens]
    for sentence in doc.sents:
        words = lowered[sentence.start : sentence.end]
        for cue_words in cues.according_to:
            for i in range(len(words) - len(cue_words) + 1):
                if words[i] != cue_words[0] or tuple(words[i : i + len(cue_words)]) != cue_words:
                    continue
                first, last = sentence[i], sentence[i + len(cue_words) - 1]
                objects = [c for c in last.children if c.dep_ == "pobj"]
                if not objects:
                    continue
                source = objects[0]
                source_end = _source_end(source, sentence)
                segments = _sentence_without(sentence, first.i, source_end, text)
                if segments:
                    found.append(
                        Attribution(
                            segments=segments,
                            cue=(first.idx, end_of(last)),
                            speaker=phrase(source),
                            speaker_head=source.idx,
                            cue_token=first.i,
                        )
                    )
    return found


def _source_end(source: Token, sentence: Span) -> int:
    """The last token of the source of "according to X": the end of its phrase, unless that
    runs past a comma to the end of the sentence ("According to X, the move reeks of “fear”":
    the parse took the clause for an apposition of X), then the token before the comma."""
    end = source.right_edge.i
    if any(not t.is_punct and not t.is_space for t in sentence.doc[end + 1 : sentence.end]):
        return end
    comma = next((t.i for t in sentence.doc[source.i + 1 : end + 1] if t.text == ","), None)
    return comma - 1 if comma is not None else end


def nominal(tokens: list[Token], cues: Cues, text: str) -> list[Attribution]:
    """ "Trump's claim that ...", "her acknowledgment that ...", "made the case that ...": a
    noun of saying or believing (``cues.yaml`` nouns) with a that-clause; the speaker is its
    possessor, the object of "by"/"from", or the subject of the verb it is the object of."""
    found = []
    for noun in tokens:
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in cues.nouns:
            continue
        clause = next(
            (
                c
                for c in noun.children
                if _that_clause(c) or (lemma in cues.promises and _to_infinitive(c))
            ),
            None,
        )
        speaker = _noun_source(noun, cues)
        if clause is None or speaker is None or not_a_source(speaker, noun, cues):
            continue
        line = paragraph(text, noun.idx)
        segment = clip(trim(text, clause.left_edge.idx, end_of(clause.right_edge)), line)
        if segment[1] > segment[0]:
            found.append(
                Attribution(
                    segments=[segment],
                    cue=(noun.idx, end_of(noun)),
                    speaker=clip(phrase(speaker), line),
                    speaker_head=speaker.idx,
                    cue_token=noun.i,
                )
            )
    return found


def adjectival(tokens: list[Token], cues: Cues, text: str) -> list[Attribution]:
    """ "Protesters were frustrated that ...", "he is convinced that ...": an adjective of
    stance (``cues.yaml`` adjectives) with a finite clause; the speaker is the subject of the
    verb it completes."""
    found = []
    for word in tokens:
        if word.lower_ not in cues.adjectives:
            continue
        clause = next(
            (c for c in word.children if c.dep_ == "ccomp" and states_belief(c, cues)), None
        )
        if word.dep_ in ("acomp", "oprd"):
            verb = word.head
            speaker = subject(verb) if clause is not None else None
        elif word.tag_ == "VBN":  # "Protesters were frustrated that ...", parsed as a passive
            verb = word
            speaker = next((c for c in word.children if c.dep_ in SUBJECT_DEPS), None)
        else:
            continue
        if clause is None or speaker is None or not_a_source(speaker, verb, cues):
            continue
        line = paragraph(text, word.idx)
        segment = clip(trim(text, clause.left_edge.idx, end_of(clause_end(clause, cues))), line)
        if segment[1] > segment[0]:
            found.append(
                Attribution(
                    segments=[segment],
                    cue=(min(verb.idx, word.idx), end_of(word)),
                    speaker=clip(phrase(speaker), line),
                    speaker_head=speaker.idx,
                    cue_token=word.i,
                    negated=any(c.dep_ == "neg" for c in verb.children),
                )
            )
    return found


def _that_clause(child: Token) -> bool:
    """A clause opened by "that" hanging on a noun ("the claim [that he paid]")."""
    return (
        child.dep_ in ("acl", "ccomp", "relcl")
        and child.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
    )


def _to_infinitive(child: Token) -> bool:
    """ "his promise [to cut taxes]": an infinitive hanging on a noun."""
    return (
        child.dep_ in ("acl", "relcl")
        and child.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    )


def _noun_source(noun: Token, cues: Cues) -> Token | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return child
    names = [
        c
        for c in noun.children
        if c.dep_ == "compound"
        and c.i == noun.i - 1
        and (c.pos_ == "PROPN" or (noun.dep_ == "ROOT" and noun.tag_ == "NNS"))
    ]
    if names:
        # "a New York Times report that ...", and "Trump charges that ..." (a verb the tagger
        # took for a plural noun)
        return names[0]
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    head = noun.head
    if noun.dep_ == "dobj" and head.lemma_.lower() in cues.noun_verbs:
        return subject(head)
    return None


def _sentence_without(sentence: Span, first: int, last: int, text: str) -> list[tuple[int, int]]:
    """The sentence's text minus tokens first..last (the source phrase), as trimmed pieces."""
    doc = sentence.doc
    pieces = []
    if first > sentence.start:
        pieces.append(trim(text, sentence.start_char, doc[first - 1].idx))
    if last + 1 < sentence.end:
        pieces.append(trim(text, doc[last + 1].idx, sentence.end_char))
    return [p for p in pieces if len(text[p[0] : p[1]].split()) >= 3]
