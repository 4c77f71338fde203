"""Trigger reading: the words of a sentence that can report an event, and the frame each one takes.

``TriggerReading`` also holds what every later stage reads: the parse, the actor mentions by token,
and the pattern dictionary. The words a verb's frames are checked against are read once per verb
in ``verb_scene.py``.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from eventwire.actors import Mention
from eventwire.events.actor_refs import GROUP_MEMORY, ActorRef
from eventwire.events.patterns import Frame, Patterns
from eventwire.events.patterns import load as load_patterns
from eventwire.events.verb_scene import VerbScene
from eventwire.nlp import Document

# Lemmatiser slips ("staged" -> "stag"): inflections stripped in this order to find the pattern.
INFLECTIONS = (
    ("ied", "y"),
    ("ed", "e"),
    ("ed", ""),
    ("ing", "e"),
    ("ing", ""),
    ("es", ""),
    ("s", ""),
)
# Dependencies below a trigger that belong to another clause, not to the trigger's own words.
OTHER_CLAUSE_DEPS = {"ccomp", "relcl", "advcl", "parataxis", "conj", "nsubj", "nsubjpass"}


class TriggerReading:
    """Finds a trigger's frame; owns the document state shared by every stage of the coder."""

    def __init__(
        self,
        document: Document,
        mentions: list[Mention],
        *,
        patterns: Patterns | None = None,
    ) -> None:
        self.document = document
        self.doc = document.doc
        self.patterns = patterns or load_patterns()
        self.mention_at: dict[int, Mention] = {}
        for mention in mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    self.mention_at.setdefault(i, mention)
        self.mentions = mentions
        self.mention_by_start = {m.start: m for m in mentions}
        self.group: list[ActorRef] = []
        self.group_sentence = -GROUP_MEMORY - 1
        self._current_sentence = 0
        self.published = document.article.published
        # spaCy builds a new Token or entity Span on every access: build them once
        self.tokens = list(self.doc)
        self.ents = list(self.doc.ents)
        self.chunk_by_root: dict[int, Span] | None = None  # built on first use
        self.lemmas: dict[int, str] = {}
        self.kids: dict[int, list[Token]] = {}
        self.scenes: dict[int, VerbScene] = {}

    def _children(self, token: Token) -> list[Token]:
        """``token.children``, listed once per token: spaCy walks the token's whole subtree
        and builds new Tokens on every pass, and a trigger's children are read many times."""
        kids = self.kids.get(token.i)
        if kids is None:
            kids = self.kids[token.i] = list(token.children)
        return kids

    def _mention_starting(self, start: int) -> Mention | None:
        """The actor mention that begins at this character (an ``ActorRef``'s start)."""
        return self.mention_by_start.get(start)

    def _lemma(self, token: Token) -> str:
        """The lemma, with hyphenated compounds joined ("build-up", "cease-fire"); once per token."""
        lemma = self.lemmas.get(token.i)
        if lemma is None:
            lemma = self.lemmas[token.i] = _joined_lemma(token, self.tokens)
        return lemma

    def _verb_lemma(self, verb: Token) -> str:
        """The verb's lemma; when the lemmatiser errs ("staged" -> "stag"), the inflection stripped."""
        lemma = verb.lemma_.lower()
        if lemma in self.patterns.verbs or lemma in self.patterns.speech:
            return lemma
        text = verb.lower_
        for suffix, replacement in INFLECTIONS:
            if text.endswith(suffix):
                candidate = text[: -len(suffix)] + replacement
                if candidate in self.patterns.verbs or candidate in self.patterns.speech:
                    return candidate
        return lemma

    def _verb_frame(
        self, verb: Token, lemma: str, own_only: bool = False
    ) -> tuple[Frame | None, Token | None]:
        """The verb's first frame whose conditions hold, and the object it matched;
        ``own_only`` skips the frames imported from PETRARCH-2."""
        frames = self.patterns.verbs.get(lemma)
        if not frames:
            return None, None
        scene = self.scenes.get(verb.i)
        if scene is None:  # the same verb is read again for its governor or its own frames
            scene = self.scenes[verb.i] = VerbScene(self, verb)
        nearby = scene.nearby
        for frame in frames:  # the cheap set tests first: most of a verb's frames fail them
            if frame.imported:
                if own_only or frame.object and frame.object.isdisjoint(scene.direct_heads):
                    continue
            elif frame.object and frame.object.isdisjoint(scene.object_words):
                continue
            if (
                frame.with_
                and frame.with_.isdisjoint(nearby)
                or not frame.without.isdisjoint(nearby)
            ):
                continue
            if not scene.holds(frame):
                continue
            if frame.object:
                match = scene.object_matching(frame)
                if match is None:
                    continue
                return frame, match
            if frame.names_object:  # an own frame's prep_object: "called for the release"
                return frame, scene.prep_object_matching(frame)
            return frame, scene.objects[0] if scene.objects else None
        return None, None

    def _object_lemmas(self, obj: Token) -> set[str]:
        """An object's lemma, its compounds', and its "of" complement's ("a state of emergency")."""
        children = self._children(obj)
        lemmas = {self._lemma(obj)} | {self._lemma(c) for c in children if c.dep_ == "compound"}
        for child in children:
            if child.dep_ == "prep" and child.lower_ == "of":
                lemmas |= {self._lemma(g) for g in self._children(child) if g.dep_ == "pobj"}
        for kinds, word in (
            (self.patterns.place_mention_kinds, self.patterns.named_place_word),
            (self.patterns.state_mention_kinds, self.patterns.named_state_word),
        ):
            if self._named_as(obj, kinds):
                lemmas.add(word)
        return lemmas

    def _named_as(self, token: Token, kinds: frozenset[str]) -> bool:
        """A name the actors stage read as one of ``kinds``, named as a thing acted on: a city,
        capital or province ("seized Bunia", ``place_mention_kinds``) or a state ("suspended
        Gabon", ``state_mention_kinds``) counts as its frame word."""
        mention = self.mention_at.get(token.i)
        return mention is not None and mention.kind in kinds

    def _objects(self, verb: Token) -> list[Token]:
        """Direct object first, then the passive subject, then objects of the verb's prepositions."""
        children = self._children(verb)
        found = [c for c in children if c.dep_ in ("dobj", "attr", "oprd")]
        found += [c for c in children if c.dep_ == "nsubjpass"]
        for child in children:
            if child.dep_ in ("prep", "prt", "agent", "dative"):
                found += [g for g in self._children(child) if g.dep_ in ("pobj", "pcomp")]
        expanded = []
        for token in found:
            expanded.append(token)
            expanded.extend(t for t in token.conjuncts if t not in expanded)
        return expanded

    def _nearby_lemmas(self, token: Token) -> set[str]:
        """Lemmas within two dependency steps below the trigger (particles, prepositions, objects, modifiers)."""
        lemmas = set()
        for child, depth in self._nearby_tokens(token):
            lemmas.add(self._lemma(child))
            if depth == 1:
                lemmas.add(child.lower_)
        return lemmas

    def _nearby_tokens(self, token: Token) -> list[tuple[Token, int]]:
        """The tokens within two dependency steps below the trigger, each with its depth (1 or
        2), other clauses left out."""
        found = []
        for child in self._children(token):
            if child.dep_ in OTHER_CLAUSE_DEPS:
                continue
            found.append((child, 1))
            found += [
                (g, 2) for g in self._children(child) if g.dep_ not in ("relcl", "acl", "ccomp")
            ]
        return found

    def _noun_frame(self, noun: Token) -> Frame | None:
        """A nominal trigger's first frame whose nearby-word conditions hold."""
        nouns = self.patterns.nouns
        frames = nouns.get(noun.lower_) or nouns.get(self._lemma(noun))  # "talks" before "talk"
        if not frames:
            return None
        nearby = self._nearby_lemmas(noun) | {self._lemma(c) for c in noun.lefts}
        return next(
            (f for f in frames if (not f.with_ or f.with_ & nearby) and not f.without & nearby),
            None,
        )


def _joined_lemma(token: Token, tokens: list[Token]) -> str:
    """``tokens``: the document's, built once (``doc[i]`` builds a new Token every time)."""
    i = token.i
    if i >= 2:
        hyphen = tokens[i - 1]
        if hyphen.text == "-" and not tokens[i - 2].whitespace_ and not hyphen.whitespace_:
            return f"{tokens[i - 2].lower_}-{token.lemma_.lower()}"
    return token.lemma_.lower()
