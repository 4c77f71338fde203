"""The unit of work of every runner: a chunk of raw documents -> analysed articles.

The same function runs in-process, in a pool worker and on a Dask worker, so every mode
stores the same articles. ``phase(seqs, stage)`` brackets each step with the documents it
concerns: a pool worker reports it to its supervisor (which kills the worker past the
deadline), in-process it arms an alarm that raises ``DocTimeout``.
"""

from __future__ import annotations

import gc
import signal
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext

from eventwire import nlp
from eventwire.ingest.dates_check import published_problem
from eventwire.ingest.lines import language_identifier
from eventwire.models import Article, RawDocument
from eventwire.pipeline import analyse, clean, limits
from eventwire.pipeline.failures import Item, failed_article, timeout_message
from eventwire.pipeline.limits import MAX_CHARS

# spaCy's working memory grows with the text parsed at once (~3 MB per 1,000 characters
# here), so a chunk is parsed in batches of at most this much text: a worker stays < 1 GiB.
BATCH_CHARS = 100_000

Ready = tuple[int, RawDocument, Article]
Phase = Callable[[Sequence[int], str], AbstractContextManager[None]]


class DocTimeout(BaseException):
    """A document overran its time limit. A BaseException, so a stage's ``except
    Exception`` isolation cannot swallow it and carry on past the deadline."""


def no_limit(seqs: Sequence[int], stage: str) -> AbstractContextManager[None]:
    return nullcontext()


def alarm_limit(seconds: float) -> Phase:
    """In-process time limit via SIGALRM: interrupts Python-level work (not a stuck C call).
    A batched step gets ``seconds`` per document in the batch."""

    @contextmanager
    def phase(seqs: Sequence[int], stage: str) -> Iterator[None]:
        def on_alarm(signum: int, frame: object) -> None:
            raise DocTimeout(timeout_message(seconds, stage))

        previous = signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds * max(1, len(seqs)))
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)

    return phase


def warm_up() -> None:
    """Load the model and everything the stages load lazily (knowledge bases, date and
    language models) on a tiny document, so no real document's time limit pays for it. The
    sample is plainly English, which ingest judges without the language identifier: that is
    loaded apart (else the first article that is not plainly English would pay ~0.6 s).

    The garbage collector is off meanwhile, and then told to leave what was loaded alone
    (``gc.freeze``): it lives as long as the process (~450,000 objects), and collections that
    scan it again and again cost ~1 s of start-up and ~1% of the run after it."""
    sample = (
        "MOSCOW, Jan. 28 (Reuters) - Russia and Ukraine held talks in Minsk on Monday, and France "
        'condemned the attack. "We will not invade," President Vladimir Putin told reporters in Moscow.'
    )
    collecting = gc.isenabled()
    gc.disable()  # loading makes ~450,000 long-lived objects and no garbage: collections would only slow it
    try:
        for _ in analyse_chunk(
            [(0, RawDocument(id="warm-up", content=sample, kind_hint="text"))],
            published="2022-01-28",
        ):
            pass
        _load_language_identifier()
    finally:
        if collecting:
            gc.enable()
    gc.freeze()


def _load_language_identifier() -> None:
    """Load py3langid's model ahead of the run. Its loader unpacks the model into a temporary
    file: with no room for it (a full disk, a file-size limit) warm-up goes on, and the first
    document that needs the model fails alone with the error, as any per-document failure does."""
    try:
        language_identifier()
    except OSError:
        pass


def analyse_chunk(
    items: Sequence[Item],
    *,
    published: str | None = None,
    max_chars: int = MAX_CHARS,
    phase: Phase = no_limit,
) -> Iterator[tuple[int, Article]]:
    """Every stage over one chunk, the parse batched with ``nlp.pipe``; yields
    ``(seq, article)`` as each document is done (documents that fail early come first).
    An implausible publication date is dropped before the stages and reported after them
    (a ``metadata`` error), so the article is still analysed."""
    notes: dict[int, list[str]] = {}
    for seq, article in _analyse_chunk(
        items, published=published, max_chars=max_chars, phase=phase, notes=notes
    ):
        for problem in notes.pop(seq, []):
            article.add_error("metadata", problem)
        yield seq, article


def _analyse_chunk(
    items: Sequence[Item],
    *,
    published: str | None = None,
    max_chars: int = MAX_CHARS,
    phase: Phase = no_limit,
    notes: dict[int, list[str]],
) -> Iterator[tuple[int, Article]]:
    """Every stage over one chunk, the parse batched with ``nlp.pipe``; yields
    ``(seq, article)`` as each document is done (documents that fail early come first)."""
    ready: list[Ready] = []
    for seq, raw in items:
        try:
            with phase([seq], "ingest"):
                article = _clean_with_dates_checked(raw, published, max_chars, notes, seq)
        except DocTimeout as exc:
            yield seq, failed_article(raw, "timeout", str(exc), published)
            continue
        if article.body and not article.errors and len(article.body) > max_chars:
            article.add_error(
                "size",
                f"body has {len(article.body):,} characters, over the limit of "
                f"{max_chars:,}; split the document or raise the limit",
            )
        elif (
            article.body
            and not article.errors
            and (problem := limits.too_many_tokens(article.body, limits.MAX_TOKENS))
        ):
            article.add_error("size", problem)
        if not article.body or article.errors:
            yield seq, article
            continue
        ready.append((seq, raw, article))
    for batch in _batches(ready):
        for seq, raw, article, document in _parse(batch, phase, published):
            if document is not None:
                try:
                    with phase([seq], "analyse"):
                        analyse(document)
                except DocTimeout as exc:
                    article = failed_article(raw, "timeout", str(exc), published)
            yield seq, article


def _clean_with_dates_checked(
    raw: RawDocument, published: str | None, max_chars: int, notes: dict[int, list[str]], seq: int
) -> Article:
    """``clean``, with an implausible ``published`` (the input's, then the text's) dropped;
    the reasons go to ``notes`` (see ``ingest.dates_check``)."""
    given = published_problem(raw.published)
    if given:
        raw.published = None  # so that the text's own date may be used instead
    article = clean(raw, published, max_chars)
    found = published_problem(article.published) if not published else None
    if found:
        article.published = None
    notes[seq] = [problem for problem in (given, found) if problem]
    return article


def _batches(ready: list[Ready]) -> Iterator[list[Ready]]:
    """Consecutive batches of at most ``BATCH_CHARS`` characters (a longer body alone)."""
    batch: list[Ready] = []
    size = 0
    for item in ready:
        if batch and size + len(item[2].body) > BATCH_CHARS:
            yield batch
            batch, size = [], 0
        batch.append(item)
        size += len(item[2].body)
    if batch:
        yield batch


def _parse(
    ready: list[Ready],
    phase: Phase,
    published: str | None,
) -> list[tuple[int, RawDocument, Article, nlp.Document | None]]:
    """Parse as one batch; if the batch fails or times out, parse its documents one by
    one so that only the culprit carries the error."""
    if not ready:
        return []
    try:
        with phase([seq for seq, _, _ in ready], "nlp"):
            documents = list(nlp.parse([article for _, _, article in ready], batch_size=len(ready)))
        return [
            (seq, raw, document.article, document)
            for (seq, raw, _), document in zip(ready, documents)
        ]
    except DocTimeout as exc:
        if len(ready) == 1:
            seq, raw, _ = ready[0]
            return [(seq, raw, failed_article(raw, "timeout", str(exc), published), None)]
    except Exception as exc:
        if len(ready) == 1:
            seq, raw, article = ready[0]
            article.add_error("nlp", f"{type(exc).__name__}: {exc}")
            return [(seq, raw, article, None)]
    return [parsed for item in ready for parsed in _parse([item], phase, published)]
