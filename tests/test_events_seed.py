"""The seed article through the whole pipeline gives every expected event and none of the forbidden."""

from __future__ import annotations


def _ids(actor) -> set[str]:
    if actor is None:
        return set()
    return {value for value in (actor.country, actor.code) if value}


def _code_ok(code: str, acceptable: list[str]) -> bool:
    return any(code.startswith(listed) for listed in acceptable)


def _matches(event, expected: dict) -> bool:
    sources = {expected["source"]}
    targets = (
        set(expected["target"]) if isinstance(expected["target"], list) else {expected["target"]}
    )
    forward = _ids(event.source) & sources and _ids(event.target) & targets
    backward = (
        expected.get("symmetric") and _ids(event.source) & targets and _ids(event.target) & sources
    )
    if not (forward or backward) or not _code_ok(event.cameo, expected["codes"]):
        return False
    if "date" in expected and event.date != expected["date"]:
        return False
    return not (
        "location" in expected
        and (event.location is None or event.location.name != expected["location"])
    )


def test_every_expected_event_is_coded(seed_article, seed_expected):
    assert not [e for e in seed_article.errors if e.stage == "events"]
    missing = [
        expected["what"]
        for expected in seed_expected["events"]
        if not any(_matches(event, expected) for event in seed_article.events)
    ]
    assert not missing, missing


def test_no_forbidden_event_is_coded(seed_article, seed_expected):
    for forbidden in seed_expected["must_not"]:
        hits = [
            e
            for e in seed_article.events
            if _ids(e.source) & {forbidden["source"]}
            and _ids(e.target) & {forbidden["target"]}
            and _code_ok(e.cameo, forbidden["codes"])
        ]
        assert not hits, (forbidden["why"], [h.sentence for h in hits])


def test_seed_event_spans_point_into_the_body(seed_article):
    body = seed_article.body
    assert seed_article.events
    for event in seed_article.events:
        start, end = event.span
        assert 0 <= start < end <= len(body)
        assert body[start:end] in event.sentence
