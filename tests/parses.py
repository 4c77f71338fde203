"""Hand-made parses for rule tests: a sentence's dependency parse written out, not predicted.

A rule test states the parse its rule reads, so a new spaCy model cannot change what it tests.
Each token is ``(word, head, dep, pos, lemma)`` or ``(word, head, dep, pos, lemma, tag)``,
or the same fields in one string separated by spaces (``"accused 1 ROOT VERB accuse"``):
``head`` is the absolute index of the head token (its own index for a ``ROOT``); the tag
defaults from the part of speech. Spaces between words follow English punctuation (none
before ``,``/``.``/closing quotes, none after opening quotes, none around a whitespace token
such as ``"\\n\\n"``, the token spaCy makes of a paragraph break), so the body reads
naturally and character offsets are those of the text. Sentences are the roots' subtrees.

    document = parse(
        [("Iran", 1, "nsubj", "PROPN", "Iran"), ("accused", 1, "ROOT", "VERB", "accuse"),
         ("Israel", 1, "dobj", "PROPN", "Israel"), (".", 1, "punct", "PUNCT", ".")],
        ents=[(0, 1, "GPE"), (2, 3, "GPE")],
    )

``mentions(document, table)`` turns the entity spans whose text is in ``table`` into actor
mentions (text -> (country, sector); a ``PERSON`` entity is a person named by its text), as
the actors stage would, so events and quotes rules are tested apart from actor resolution.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from eventwire.actors import Mention
from eventwire.models import Actor, Article
from eventwire.nlp import Document

Token = tuple | str  # (word, head, dep, pos, lemma[, tag]) or "word head dep pos lemma[ tag]"

DEFAULT_TAGS = {
    "VERB": "VBD",
    "AUX": "VBD",
    "NOUN": "NN",
    "PROPN": "NNP",
    "PRON": "PRP",
    "DET": "DT",
    "ADP": "IN",
    "ADJ": "JJ",
    "ADV": "RB",
    "PART": "RB",
    "CCONJ": "CC",
    "SCONJ": "IN",
    "NUM": "CD",
    "PUNCT": ".",
}
NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", "”", "’", "'s", "n't", "%"}
NO_SPACE_AFTER = {"“", "‘"}


@lru_cache(maxsize=1)
def vocab_language() -> Language:
    """A blank English pipeline: its vocabulary only, no statistical model."""
    return spacy.blank("en")


def parse(
    tokens: Sequence[Token],
    ents: Sequence[tuple[int, int, str]] = (),
    *,
    published: str | None = "2022-01-31",
    article_id: str = "t",
) -> Document:
    """A Document whose Doc is exactly the parse given (entity spans are token ranges)."""
    rows = [_row(t) for t in tokens]
    words = [t[0] for t in rows]
    doc = Doc(
        vocab_language().vocab,
        words=words,
        spaces=_spaces(words),
        heads=[t[1] for t in rows],
        deps=[t[2] for t in rows],
        pos=[t[3] for t in rows],
        lemmas=[t[4] for t in rows],
        tags=[t[5] if len(t) > 5 else DEFAULT_TAGS.get(t[3], "XX") for t in rows],
        ents=_iob(len(tokens), ents),
    )
    article = Article(id=article_id, body=doc.text, published=published)
    return Document(article=article, doc=doc)


def mentions(
    document: Document, table: Mapping[str, tuple[str | None, str | None]]
) -> list[Mention]:
    """A mention for every entity span whose text is in ``table`` (text -> country, sector)."""
    sentence_of = {t.i: n for n, s in enumerate(document.doc.sents) for t in s}
    found = []
    for ent in document.doc.ents:
        if ent.text not in table:
            continue
        country, sector = table[ent.text]
        code = (country or "") + (sector or "")
        person = ent.label_ == "PERSON"
        name = ent.text if person else None
        actor = Actor(text=ent.text, name=name, country=country, sector=sector, code=code or None)
        found.append(
            Mention(
                ent.start_char,
                ent.end_char,
                ent.text,
                actor,
                "hand-made parse",
                sentence_of[ent.start],
                ent.start,
                ent.end,
                kind="person" if person else "state" if sector is None else "group",
            )
        )
    return found


def _row(token: Token) -> tuple:
    if isinstance(token, str):
        word, head, *rest = token.split()
        return (word, int(head), *rest)
    return token


def _spaces(words: list[str]) -> list[bool]:
    """A space after each word unless the next one closes up to it (or it opens a quote)."""
    spaces = []
    straight_open = False
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else None
        if word == '"':
            straight_open = not straight_open
        opens = word in NO_SPACE_AFTER or (word == '"' and straight_open) or word.isspace()
        closes_next = following is not None and (
            following in NO_SPACE_BEFORE
            or (following == '"' and straight_open)
            or following.isspace()
        )
        spaces.append(following is not None and not opens and not closes_next)
    return spaces


def _iob(length: int, ents: Sequence[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * length
    for start, end, label in ents:
        tags[start] = f"B-{label}"
        for i in range(start + 1, end):
            tags[i] = f"I-{label}"
    return tags
