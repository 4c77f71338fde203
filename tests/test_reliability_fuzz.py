"""Hostile and fuzzed documents through ``extract``: no crash, no hang, a clear error or a result.

The fixed hostile corpus and a seeded random sample (``benchmarks/fuzz.py`` runs 10,000 of
the same) go through the real pipeline; hypothesis adds property tests with bounded examples.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import hostile
from eventwire import ingest
from eventwire.models import RawDocument
from eventwire.pipeline import extract, process
from eventwire.pipeline.work import MAX_CHARS as MAX_BODY_CHARS

FUZZ_N = 300
PROPERTY = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _raw(index: int, name: str, content) -> RawDocument:
    return RawDocument(id=f"{index}-{name}", content=content, origin="<fuzz>")


@pytest.fixture(scope="module")
def corpus_results():
    """The hostile corpus through one real batch run (as ``eventwire extract`` runs it)."""
    docs = hostile.corpus()
    articles = list(process(_raw(i, name, content) for i, (name, content) in enumerate(docs)))
    return docs, articles


def test_every_hostile_document_comes_out_once_in_order(corpus_results):
    docs, articles = corpus_results
    assert [a.id for a in articles] == [f"{i}-{name}" for i, (name, _) in enumerate(docs)]


@pytest.mark.slow
def test_hostile_corpus_is_handled_cleanly(corpus_results):
    docs, articles = corpus_results
    problems = {a.id: hostile.violations(a, MAX_BODY_CHARS) for a in articles}
    assert {k: v for k, v in problems.items() if v} == {}


def test_named_hostile_cases_fail_clearly_or_give_best_effort(corpus_results):
    docs, articles = corpus_results
    by_name = {name: article for (name, _), article in zip(docs, articles)}
    # 100,000 unpunctuated sentences (3.3 MB): refused before the parser, saying why and what to do.
    long = by_name["100k_sentences_no_punctuation"]
    assert [e.stage for e in long.errors] == ["size"]
    assert f"over the limit of {MAX_BODY_CHARS:,}" in long.errors[0].message
    # Lone surrogates become U+FFFD, the rest of the text survives.
    assert by_name["lone_surrogates"].errors == []
    assert (
        "\ufffd" in by_name["lone_surrogates"].body
        and "will win" in by_name["lone_surrogates"].body
    )
    # A quote mark that never closes: the text is still analysed.
    assert (
        by_name["quote_never_closes"].errors == []
        and len(by_name["quote_never_closes"].body) > 40_000
    )
    assert by_name["empty_bytes"].errors[0].message == "empty document"
    assert by_name["random_bytes!"].errors[0].stage == "decode"


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u200b", "\u2069", "\ufeff"])
def test_invisible_marks_do_not_make_the_text_vanish(mark):
    article = extract(f"Russia attacked Ukraine on Monday, officials said.{mark}")
    assert "Russia attacked Ukraine" in article.body and article.errors == []


@pytest.mark.slow
def test_seeded_random_fuzz_has_no_crash():
    """FUZZ_N documents from every family, one batch run; the script runs 10,000."""
    rng = random.Random(20260)
    docs = [hostile.random_document(rng) for _ in range(FUZZ_N)]
    articles = list(process(_raw(i, name, content) for i, (name, content) in enumerate(docs)))
    assert len(articles) == FUZZ_N
    problems = {a.id: hostile.violations(a, MAX_BODY_CHARS) for a in articles}
    assert {k: v for k, v in problems.items() if v} == {}
    # The fuzz is not all garbage: ordinary documents still go through every stage.
    assert sum(1 for (name, _), a in zip(docs, articles) if name == "small_news" and a.ok) >= 5


@PROPERTY
@given(st.text(max_size=2000))
def test_any_text_is_handled(text):
    article = extract(text)
    assert hostile.violations(article, MAX_BODY_CHARS) == []


@PROPERTY
@given(st.binary(max_size=4000))
def test_any_bytes_are_handled(data):
    article = extract(data)
    assert hostile.violations(article, MAX_BODY_CHARS) == []


@PROPERTY
@given(
    st.lists(
        st.one_of(
            st.sampled_from(hostile.ODDITIES + hostile.QUOTE_MARKS + ["<p>", "</div>", "\n\n"]),
            st.sampled_from(hostile.WORDS),
        ),
        max_size=300,
    )
)
def test_news_words_mixed_with_oddities_are_handled(tokens):
    article = extract(" ".join(tokens))
    assert hostile.violations(article, MAX_BODY_CHARS) == []


@PROPERTY
@given(st.binary(max_size=3000), st.sampled_from(["html", "text", None]))
def test_to_article_never_raises(data, kind):
    article = ingest.to_article(RawDocument(id="x", content=data, kind_hint=kind))
    assert article.body.strip() or article.errors
