"""What a verb's frames are checked against: its objects, subjects, particles, prepositions and
nearby words, read from the parse once per verb and kept while every frame of the verb is tried.
Its own module because matching a frame's conditions against one verb's words is a step of its
own, apart from finding the trigger and its frames (``reading.py``), which builds a scene per
verb through the reading helpers ``SceneReader`` names.
"""

from __future__ import annotations

from functools import cached_property
from typing import Protocol

from spacy.tokens import Token

from eventwire.events.patterns import Frame

#: A clause's subjects, a clausal one too ("What he said angered them"): unlike nlp.SUBJECT_DEPS.
CLAUSE_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
MODIFIER_DEPS = ("amod", "compound", "nmod")


class SceneReader(Protocol):
    """The reading helpers a scene reads a verb through (``reading.TriggerReading``'s)."""

    def _children(self, token: Token) -> list[Token]: ...

    def _lemma(self, token: Token) -> str: ...

    def _objects(self, verb: Token) -> list[Token]: ...

    def _nearby_lemmas(self, token: Token) -> set[str]: ...

    def _object_lemmas(self, obj: Token) -> set[str]: ...


class VerbScene:
    """What a verb's frames are checked against, read from the parse once per verb."""

    def __init__(self, reader: SceneReader, verb: Token) -> None:
        self.reader = reader
        self.objects = reader._objects(verb)
        self.readings: list[tuple[bool, str, set[str], set[str]]] | None = None
        self.nearby = reader._nearby_lemmas(verb)
        children = reader._children(verb)
        self.subjects = {reader._lemma(c) for c in children if c.dep_ in CLAUSE_SUBJECT_DEPS}
        self.particles = {c.lower_ for c in children if c.dep_ in ("prt", "prep", "agent")}
        holders = [verb] + [o for o in self.objects if o.head.i == verb.i]
        self.preps: list[tuple[str, set[str], set[str]]] = []
        for c in (c for h in holders for c in reader._children(h)):
            if c.dep_ in ("prep", "agent", "dative"):
                governed = [g for g in reader._children(c) if g.dep_ in ("pobj", "pcomp")]
                modifiers = {
                    reader._lemma(m)
                    for g in governed
                    for m in reader._children(g)
                    if m.dep_ in MODIFIER_DEPS
                }
                self.preps.append((c.lower_, {reader._lemma(g) for g in governed}, modifiers))
        self.prep_words = {word for word, _, _ in self.preps}

    @cached_property
    def direct_heads(self) -> set[str]:
        """The head lemmas of the verb's own objects: an imported frame's ``object`` is one."""
        return {self.reader._lemma(obj) for obj in self.objects if _direct_object(obj)}

    @cached_property
    def object_words(self) -> set[str]:
        """Every lemma an own frame's ``object`` may match: the direct objects' own, their
        compounds' and their "of" complements' ("declared a state of emergency"). What a
        preposition governs is no object ("released the emails before the Democratic National
        Convention" releases no national): a frame names it as its ``prep_object``."""
        return set().union(*(lemmas for direct, _, lemmas, _ in self._object_readings() if direct))

    def holds(self, frame: Frame) -> bool:
        """The frame's subject, particle and prepositional conditions (the object is matched apart)."""
        if frame.subject and not frame.subject & self.subjects:
            return False
        if frame.particle and frame.particle not in self.particles:
            return False
        if frame.prep is None:
            return True
        if frame.prep not in self.prep_words:
            return False
        return any(
            word == frame.prep
            and (not frame.prep_object or frame.prep_object & objects)
            and (not frame.prep_object_with or frame.prep_object_with & modifiers)
            for word, objects, modifiers in self.preps
        )

    def prep_object_matching(self, frame: Frame) -> Token | None:
        """The object of the frame's preposition that its ``prep_object`` names (``holds`` found one)."""
        for obj in self.objects:
            head = obj.head
            if head.lower_ == frame.prep and self.reader._lemma(obj) in frame.prep_object:
                return obj
        return None

    def object_matching(self, frame: Frame) -> Token | None:
        """The direct object the frame's ``object`` names (see ``object_words``)."""
        for obj, reading in zip(self.objects, self._object_readings()):
            direct, head, lemmas, modifiers = reading
            if not direct:
                continue
            if frame.imported:  # PETRARCH's plain word heads the verb's own object
                if head not in frame.object:
                    continue
            elif not lemmas & frame.object:
                continue
            if frame.object_with and not frame.object_with & modifiers:
                continue
            return obj
        return None

    def _object_readings(self) -> list[tuple[bool, str, set[str], set[str]]]:
        """Per object: direct or not, head lemma, lemmas a frame's ``object`` may match, modifiers."""
        if self.readings is None:
            reader = self.reader
            self.readings = [
                (
                    _direct_object(obj),
                    reader._lemma(obj),
                    reader._object_lemmas(obj),
                    {reader._lemma(c) for c in reader._children(obj) if c.dep_ in MODIFIER_DEPS},
                )
                for obj in self.objects
            ]
        return self.readings


def _direct_object(token: Token) -> bool:
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ in ("dobj", "nsubjpass", "attr", "oprd")
