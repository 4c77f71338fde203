"""How far a candidate's source can be trusted, for the confidence model: a pronoun whose
antecedent is named in the same sentence or only in another, a country read off the place of
the event, and where the source's words stand by the trigger (a possessive, the object of a
preposition, not the subject). Its own module: the one family that has to find the source's
words in the parse again, since the coder hands over the actor, not where it stood.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.events.confidence_cues import cues
from eventwire.events.confidence_modality import governing_chain
from eventwire.models import Actor
from eventwire.nlp import doc_text, sentence_of


def source_risk_features(source: Actor | None, trigger: Token) -> dict[str, float]:
    """How the source was found, when that is a risk: a pronoun whose antecedent is named in
    the same sentence (often the wrong one of two people) or only in another; a country read
    off the place of the event rather than the actor."""
    if source is None:
        return {}
    words = cues()
    text = source.text.lower()
    found: dict[str, float] = {}
    if text in words["personal_pronouns"] and source.name:
        sentence = sentence_of(trigger).text
        here = source.name.split()[-1] in sentence
        found["source:pronoun_same_sentence" if here else "source:pronoun_across"] = 1.0
    found["source:country_from_place"] = float(
        getattr(source, "country_source", None) == "place of the event"
    )
    found.update(_source_position_features(source, trigger))
    return found


def _source_token(source: Actor, trigger: Token) -> Token | None:
    """The head word of the source's mention nearest the trigger in the trigger's sentence
    (None when its text is not there): the coder hands over the actor, not where it stood."""
    sentence = sentence_of(trigger)
    text = doc_text(trigger.doc)
    found: Token | None = None
    start = text.find(source.text, sentence.start_char, sentence.end_char)
    while start >= 0 and source.text:
        span = trigger.doc.char_span(start, start + len(source.text), alignment_mode="strict")
        if span is not None and len(span) and span.end <= sentence.end:
            head = span.root
            if found is None or abs(head.i - trigger.i) < abs(found.i - trigger.i):
                found = head
        start = text.find(source.text, start + 1, sentence.end_char)
    return found


def _source_position_features(source: Actor, trigger: Token) -> dict[str, float]:
    """Where the source stands: not the subject of the trigger or of the words above it up to
    its clause head, a possessive ("Powell's office said"), the object of a preposition."""
    head = _source_token(source, trigger)
    if head is None:
        return {}
    chain = {t.i for t in governing_chain(trigger)}
    subject = head.dep_ in ("nsubj", "nsubjpass", "agent") and head.head.i in chain
    return {
        "source:possessive": float(head.dep_ == "poss"),
        "source:prep_object": float(head.dep_ == "pobj"),
        "source:not_subject": float(not subject),
    }
