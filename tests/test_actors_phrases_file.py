"""annotations/actors/phrases.jsonl is well formed: known splits and sources, valid sector codes,
and the ``web``, ``aeb``, ``newspaper`` and ``postlight`` records (scripts/web_pages.py) point at
spans of their page's text."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PHRASES = ROOT / "annotations" / "actors" / "phrases.jsonl"
SECTORS = ROOT / "src" / "eventwire" / "actors" / "data" / "sectors.yaml"
SPLITS = {"dev", "test", "test2", "test3", "test4", "test5"} | {f"dev{n}" for n in range(2, 15)}
SOURCES = {None, "extraction", "synthetic", "cameo", "plover", "codebook", "web", "aeb"}
# The suites of scripts/web_pages.py and the one split each may hold: tuning text, held-out text.
SUITE_SPLITS = {"newspaper": "dev14", "postlight": "test5"}


def records() -> list[dict]:
    return [json.loads(line) for line in PHRASES.read_text(encoding="utf-8").splitlines()]


def test_every_record_has_a_known_split_source_and_sector() -> None:
    sectors = set(yaml.safe_load(SECTORS.read_text(encoding="utf-8")))
    for record in records():
        assert record["split"] in SPLITS, record
        assert record.get("source") in SOURCES | set(SUITE_SPLITS), record
        assert record["sector"] is None or record["sector"] in sectors, record
        assert 0 <= record["start"] < record["end"], record


def test_web_records_are_test3_or_dev13_and_no_page_is_in_both() -> None:
    web = [record for record in records() if record.get("source") == "web"]
    assert len([record for record in web if record["split"] == "test3"]) >= 300
    assert {record["split"] for record in web} <= {"test3", "dev13"}
    assert len({(r["article"], r["start"], r["end"]) for r in web}) == len(web)
    splits_of_page: dict[str, set[str]] = {}
    for record in web:
        splits_of_page.setdefault(record["article"], set()).add(record["split"])
    assert all(len(splits) == 1 for splits in splits_of_page.values())


def test_web_spans_index_their_page_text() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import web_pages

    if web_pages.missing_sources():
        pytest.skip("web pages not checked out (see scripts/web_pages.py)")
    pages = web_pages.web_pages()
    for record in records():
        if record.get("source") == "web":
            text = pages[record["article"]]["text"]
            phrase = text[record["start"] : record["end"]]
            assert phrase and phrase == phrase.strip(), record


def test_aeb_spans_index_their_page_text() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import web_pages

    aeb = [record for record in records() if record.get("source") == "aeb"]
    if not aeb:
        pytest.skip("no aeb records yet")
    assert {record["split"] for record in aeb} == {"test4"}
    if "aeb" in web_pages.missing_sources():
        pytest.skip("article-extraction benchmark not checked out (see scripts/web_pages.py)")
    pages = web_pages.aeb_pages()
    for record in aeb:
        phrase = pages[record["article"]]["text"][record["start"] : record["end"]]
        assert phrase and phrase == phrase.strip(), record


@pytest.mark.parametrize("suite", sorted(SUITE_SPLITS))
def test_suite_records_hold_one_split_and_index_their_page_text(suite: str) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import web_pages

    found = [record for record in records() if record.get("source") == suite]
    if not found:
        pytest.skip(f"no {suite} records yet")
    assert {record["split"] for record in found} == {SUITE_SPLITS[suite]}
    if suite in web_pages.missing_sources():
        pytest.skip(f"{suite} pages not checked out (see scripts/web_pages.py)")
    pages = web_pages.suite_pages(suite)
    for record in found:
        phrase = pages[record["article"]]["text"][record["start"] : record["end"]]
        assert phrase and phrase == phrase.strip(), record
