"""The pipeline, stage by stage: ingest -> nlp -> actors -> events -> quotes.

Each document is isolated: a failure in any stage is recorded in ``article.errors`` with
the stage's name and the batch goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from eventwire import actors, events, ingest, nlp, quotes
from eventwire.ingest.readers import content_id
from eventwire.models import Article, RawDocument

BATCH_SIZE = 32
# spaCy needs ~1 GB per 100,000 characters (its own max_length is 1,000,000) and a body with
# no sentence punctuation parses super-linearly; no news article is this long.
MAX_BODY_CHARS = 100_000


def process(raws: Iterable[RawDocument], *, published: str | None = None,
            batch_size: int = BATCH_SIZE) -> Iterator[Article]:
    """Stream articles through every stage; output order is input order."""
    iterator = iter(raws)
    while batch := list(islice(iterator, batch_size)):
        articles = [clean(raw, published) for raw in batch]
        parsable = [a for a in articles if a.body and not a.errors]
        for article in parsable:
            _limit_body(article)
        _parse_and_analyse(parsable, batch_size)
        yield from articles


def _limit_body(article: Article, limit: int = MAX_BODY_CHARS) -> None:
    """Truncate an over-long body at a paragraph (else word) break, with a note in ``errors``."""
    if len(article.body) <= limit:
        return
    cut = article.body.rfind("\n\n", 0, limit + 1)
    if cut < limit // 2:
        cut = article.body.rfind(" ", 0, limit + 1)
    if cut < limit // 2:
        cut = limit
    article.add_error("limits", f"body truncated to its first {cut:,} of {len(article.body):,} characters "
                                f"(limit {limit:,}); events and quotes cover the kept part only")
    article.body = article.body[:cut].rstrip()


def _parse_and_analyse(articles: list[Article], batch_size: int) -> None:
    """Parse in one ``nlp.pipe`` stream; if it fails, retry one by one so only the bad document fails."""
    done: set[int] = set()
    try:
        for document in nlp.parse(articles, batch_size=batch_size):
            analyse(document)
            done.add(id(document.article))
    except Exception:  # noqa: BLE001 - fall back to isolating each document below
        for article in articles:
            if id(article) in done:
                continue
            try:
                document = next(nlp.parse([article], batch_size=1))
            except Exception as exc:  # noqa: BLE001
                article.add_error("nlp", f"{type(exc).__name__}: {exc}")
                continue
            analyse(document)


def analyse(document: nlp.Document) -> None:
    """Fill the article's events and quotes from its parse (in place)."""
    article = document.article
    try:
        mentions = actors.resolve(document)
    except Exception as exc:  # noqa: BLE001 - isolate the document, report the stage
        article.add_error("actors", f"{type(exc).__name__}: {exc}")
        return
    try:
        article.events = events.code(document, mentions)
    except Exception as exc:  # noqa: BLE001
        article.add_error("events", f"{type(exc).__name__}: {exc}")
    try:
        article.quotes = quotes.extract(document, mentions, article.events)
    except Exception as exc:  # noqa: BLE001
        article.add_error("quotes", f"{type(exc).__name__}: {exc}")


def clean(raw: RawDocument, published: str | None) -> Article:
    """The ingest stage for one document; never raises (failures become an ``errors`` entry)."""
    try:
        return ingest.to_article(raw, published=published)
    except Exception as exc:  # noqa: BLE001
        article = Article(id=raw.id)
        article.add_error("ingest", f"{type(exc).__name__}: {exc}")
        return article


def extract(text_or_html: str | bytes, *, published: str | None = None, url: str | None = None,
            id: str | None = None) -> Article:
    """One document (text or HTML, str or bytes) in, one fully analysed ``Article`` out."""
    raw = RawDocument(id=id or content_id(text_or_html), content=text_or_html, origin="<api>", url=url)
    return next(process([raw], published=published))
