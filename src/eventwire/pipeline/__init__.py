"""The pipeline, stage by stage: ingest -> nlp -> actors -> events -> quotes.

Each document is isolated: a failure in any stage is recorded in ``article.errors`` with
the stage's name and the batch goes on. The pipeline owns the unit of work (``work``: a chunk
of raw documents -> analysed articles, with per-document limits); ``scale`` runs that same
unit on all cores or a cluster, and imports it, never the reverse. Importing this package is
cheap: the stages (and spaCy) load when a document is first processed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from eventwire.models import Article, RawDocument

if TYPE_CHECKING:
    from eventwire.nlp import Document

BATCH_SIZE = 32


def process(
    raws: Iterable[RawDocument], *, published: str | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[Article]:
    """Stream articles through every stage; output order is input order.

    The unit of work is the parallel runner's (``pipeline.work.analyse_chunk``), so this
    in-process loop has the same per-document isolation: a body over the size limit, or a
    document the parser rejects, fails alone with a clear error and the batch goes on.
    """
    from eventwire.pipeline.work import analyse_chunk

    source = enumerate(raws)
    while chunk := list(islice(source, batch_size)):
        yield from (
            article
            for _, article in sorted(
                analyse_chunk(chunk, published=published), key=lambda pair: pair[0]
            )
        )


def analyse(document: Document) -> None:
    """Fill the article's events and quotes from its parse (in place)."""
    from eventwire import actors, events, quotes

    article = document.article
    try:
        mentions = actors.resolve(document)
    except Exception as exc:
        article.add_error("actors", f"{type(exc).__name__}: {exc}")
        return
    try:
        article.events = events.code(document, mentions)
    except Exception as exc:
        article.add_error("events", f"{type(exc).__name__}: {exc}")
    try:
        article.quotes = quotes.extract(document, mentions, article.events)
    except Exception as exc:
        article.add_error("quotes", f"{type(exc).__name__}: {exc}")


def clean(raw: RawDocument, published: str | None, max_chars: int | None = None) -> Article:
    """The ingest stage for one document; never raises (failures become an ``errors`` entry)."""
    from eventwire import ingest

    try:
        return ingest.to_article(raw, published=published, max_chars=max_chars)
    except Exception as exc:
        article = Article(id=raw.id)
        article.add_error("ingest", f"{type(exc).__name__}: {exc}")
        return article


def extract(
    text_or_html: str | bytes,
    *,
    published: str | None = None,
    url: str | None = None,
    id: str | None = None,
) -> Article:
    """One document (text or HTML, str or bytes) in, one fully analysed ``Article`` out."""
    from eventwire.ingest.readers import content_id

    raw = RawDocument(
        id=id or content_id(text_or_html), content=text_or_html, origin="<api>", url=url
    )
    return next(process([raw], published=published))
