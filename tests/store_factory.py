"""Build Articles with Events and Quotes directly from the pydantic models, for store tests."""

from __future__ import annotations

from eventwire.models import Actor, Article, Event, Location, Quote

ACTORS = {
    "RUSGOV": Actor(text="the Kremlin", name="Russia", country="RUS", sector="GOV", code="RUSGOV"),
    "RUSMIL": Actor(
        text="Russian troops", name="Russia", country="RUS", sector="MIL", code="RUSMIL"
    ),
    "UKR": Actor(text="Ukraine", name="Ukraine", country="UKR", code="UKR"),
    "FRAGOV": Actor(text="the Elysee", name="France", country="FRA", sector="GOV", code="FRAGOV"),
    "USA": Actor(text="Washington", name="United States", country="USA", code="USA"),
}

# (cameo, root, quad_class, goldstein, verb phrase)
CODES = {
    "040": ("04", 1, 1.0, "held talks with"),
    "036": ("03", 1, 4.0, "agreed to meet"),
    "111": ("11", 3, -2.0, "criticised"),
    "130": ("13", 3, -4.4, "threatened"),
    "190": ("19", 4, -10.0, "attacked"),
    "070": ("07", 2, 7.0, "sent aid to"),
}

FILLER = (
    "Officials on both sides spoke to reporters after a day of meetings in the capital, "
    "and diplomats said further contacts were expected in the coming weeks as the situation developed."
)


def sentence(source: str, cameo: str, target: str) -> str:
    return f"{ACTORS[source].name} {CODES[cameo][3]} {ACTORS[target].name}."


def make_article(
    doc_id: str,
    triples: list[tuple[str, str, str]],
    *,
    published: str = "2022-01-28T10:00:00+00:00",
    source: str | None = "Wire",
    url: str | None = None,
    event_dates: list[str | None] | None = None,
    extra_text: str = "",
    quotes: list[tuple[str, str]] = (),
) -> Article:
    """An article whose body states each (source, cameo, target) triple in a sentence of its own."""
    sentences, events = [], []
    offset = 0
    for index, (src, cameo, tgt) in enumerate(triples):
        text = sentence(src, cameo, tgt)
        root, quad, goldstein, _ = CODES[cameo]
        events.append(
            Event(
                id=f"e{index + 1}",
                source=ACTORS[src],
                target=ACTORS[tgt],
                cameo=cameo,
                root=root,
                quad_class=quad,
                goldstein=goldstein,
                sentence=text,
                sentence_index=index,
                span=(offset, offset + len(text)),
                date=(event_dates or [None] * len(triples))[index],
                location=Location(name="Paris", country="FRA", lat=48.86, lon=2.35)
                if cameo == "040"
                else None,
            )
        )
        sentences.append(text)
        offset += len(text) + 1
    body = " ".join(sentences) + " " + FILLER + (" " + extra_text if extra_text else "")
    quote_models = []
    for index, (speaker, text) in enumerate(quotes):
        body += f' "{text}," a spokesman said.'
        start = body.index(text)
        quote_models.append(
            Quote(
                id=f"q{index + 1}",
                text=text,
                kind="direct",
                speaker=ACTORS[speaker],
                speaker_text="a spokesman",
                cue="said",
                span=(start, start + len(text)),
                sentence_index=len(triples) + 1 + index,
                event_ids=["e1"] if triples else [],
            )
        )
    return Article(
        id=doc_id,
        source=source,
        url=url,
        title=f"Story {doc_id}",
        body=body,
        published=published,
        events=events,
        quotes=quote_models,
    )
