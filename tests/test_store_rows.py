"""The store's one row mapping: an Article written and read back keeps every stored field."""

from __future__ import annotations

from eventwire.models import Actor, Article, ErrorEntry, Event, Location, Quote
from eventwire.store import Store
from eventwire.store.rows import article_from_row

BODY = (
    "Russia held talks with France in Paris on Monday. "
    '"We will not give up," the Kremlin spokesman said. '
    "Police arrested protesters outside the embassy."
)


def _span(text: str) -> tuple[int, int]:
    start = BODY.index(text)
    return (start, start + len(text))


def _article() -> Article:
    kremlin = Actor(text="the Kremlin", name="Russia", country="RUS", sector="GOV", code="RUSGOV")
    talks = Event(
        id="e1",
        source=kremlin,
        target=Actor(text="France", name="France", country="FRA", code="FRA"),
        cameo="040",
        root="04",
        plover="CONSULT",
        quad_class=1,
        goldstein=1.0,
        date="2022-01-24",
        date_text="on Monday",
        location=Location(name="Paris", country="FRA", lat=48.86, lon=2.35),
        sentence="Russia held talks with France in Paris on Monday.",
        sentence_index=0,
        span=_span("Russia held talks with France in Paris on Monday."),
        confidence=0.8,
        negated=False,  # a field a stage added beyond the contract
    )
    arrest = Event(
        id="e2",
        source=Actor(text="Police", sector="COP"),  # no country: not resolved, still an actor
        target=None,
        cameo="173",
        root="17",
        quad_class=4,
        goldstein=-5.0,
        sentence="Police arrested protesters outside the embassy.",
        sentence_index=2,
        span=_span("Police arrested protesters outside the embassy."),
    )
    quote = Quote(
        id="q1",
        text="We will not give up",
        kind="direct",
        # The speaker's words and its actor's text share one column, ``speaker_text``.
        speaker=kremlin.model_copy(update={"text": "the Kremlin spokesman"}),
        speaker_text="the Kremlin spokesman",
        cue="said",
        span=_span("We will not give up"),
        sentence_index=1,
        event_ids=["e1"],
        cue_polarity=None,
    )
    return Article(
        id="doc-1",
        source="Wire",
        url="https://example.org/talks",
        title="Talks in Paris",
        subtitle="Russia and France meet",
        published="2022-01-24T10:00:00+00:00",
        updated="2022-01-24T12:00:00+00:00",
        dateline="PARIS",
        author="A. Reporter",
        language="en",
        body=BODY,
        removed=["Advertisement"],
        events=[talks, arrest],
        quotes=[quote],
        errors=[ErrorEntry(stage="quotes", message="one quote had no speaker")],
    )


def test_an_article_round_trips_through_the_store():
    article = _article()
    with Store(":memory:") as store:
        store.add([article])
        stored = store.article("doc-1")
    assert stored is not None
    back = article_from_row(stored)
    # Quote segments and speaker spans have no columns: the store does not keep them.
    unstored = {"quotes": {"__all__": {"segments", "speaker_span"}}}
    assert back.model_dump(exclude=unstored) == article.model_dump(exclude=unstored)


def test_extra_fields_come_back_as_fields():
    with Store(":memory:") as store:
        store.add([_article()])
        back = article_from_row(store.article("doc-1"))
    assert back.events[0].model_extra == {"negated": False}
    assert back.quotes[0].model_extra == {"cue_polarity": None}
    assert back.events[1].target is None and back.events[1].source.country is None
