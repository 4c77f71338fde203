"""The store: idempotency, syndication collapse, provenance, queries, atomic writes."""

from __future__ import annotations

import pytest

from eventwire.store import Store, StoreError
from store_factory import make_article


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "test.duckdb") as opened:
        yield opened


def test_same_article_twice_is_stored_once(store):
    article = make_article(
        "a1",
        [("RUSGOV", "111", "UKR"), ("FRAGOV", "040", "RUSGOV")],
        quotes=[("RUSGOV", "We will not accept this")],
    )
    first = store.add([article])
    assert (first.articles, first.events, first.quotes, first.duplicates) == (1, 2, 1, 0)
    before = store.counts()
    second = store.add([article.model_copy(deep=True)])
    assert (second.articles, second.events, second.duplicates) == (0, 0, 1)
    assert (
        store.counts()
        == before
        == {"articles": 1, "events": 2, "event_mentions": 2, "quotes": 1, "actors": 3}
    )


def test_whitespace_changes_do_not_make_a_new_article(store):
    article = make_article("a1", [("RUSGOV", "111", "UKR")])
    store.add([article])
    respaced = article.model_copy(update={"body": article.body.replace(" ", "  ")})
    assert store.add([respaced]).duplicates == 1


def test_syndicated_copies_collapse_into_one_event(store):
    triples = [("RUSMIL", "190", "UKR"), ("FRAGOV", "040", "RUSGOV")]
    wire = make_article("reuters", triples, source="Reuters", url="https://reuters.com/a")
    copy = make_article(
        "yahoo",
        triples,
        source="Yahoo",
        url="https://yahoo.com/a",
        extra_text="Reporting by the wire service.",
    )
    same_site = make_article(
        "reuters-uk",
        triples,
        source="Reuters",
        url="https://uk.reuters.com/a",
        extra_text="Editing by a desk editor.",
    )
    summary = store.add([wire, copy, same_site])
    assert summary.articles == 3 and summary.syndicated == 2
    assert summary.events == 2 and summary.merged == 4
    events = store.events()
    assert len(events) == 2
    assert set(events["num_articles"]) == {3} and set(events["num_sources"]) == {2}
    assert set(events["num_mentions"]) == {3}
    clusters = store.query("SELECT DISTINCT cluster_id FROM articles")
    assert len(clusters) == 1


def test_unrelated_articles_are_not_clustered(store):
    one = make_article("one", [("RUSMIL", "190", "UKR")])
    other = make_article(
        "other",
        [("RUSMIL", "190", "UKR")],
        extra_text=" ".join(
            f"Unrelated paragraph number {i} about harvests and rain." for i in range(40)
        ),
    )
    summary = store.add([one, other])
    assert summary.syndicated == 0 and summary.events == 2
    assert set(store.events()["num_articles"]) == {1}


def test_every_report_keeps_its_own_article_sentence_and_span(store):
    triples = [("RUSMIL", "190", "UKR")]
    wire = make_article("wire", triples, source="Reuters")
    copy = make_article("copy", triples, source="AP")
    copy = copy.model_copy(update={"body": "MOSCOW (AP) - " + copy.body})
    copy.events[0].span = (copy.events[0].span[0] + 14, copy.events[0].span[1] + 14)
    store.add([wire, copy])
    for doc_id in ("wire", "copy"):
        article = store.article(doc_id)
        (event,) = article["events"]
        assert article["body"][event["span_start"] : event["span_end"]] == event["sentence"]
        assert event["num_articles"] == 2
    assert (
        store.article("wire")["events"][0]["event_id"]
        == store.article("copy")["events"][0]["event_id"]
    )


def test_event_and_quote_provenance_in_article_view(store):
    article = make_article("a1", [("RUSGOV", "111", "UKR")], quotes=[("RUSGOV", "Kyiv must stop")])
    store.add([article])
    view = store.article("a1")
    assert view["id"] == view["article_id"] != "a1" and view["doc_id"] == "a1"
    assert store.article(view["id"])["doc_id"] == "a1"
    (quote,) = view["quotes"]
    assert view["body"][quote["span_start"] : quote["span_end"]] == "Kyiv must stop"
    assert quote["event_ids"] == [view["events"][0]["event_id"]]
    assert store.article("missing") is None


def test_event_filters(store):
    store.add(
        [
            make_article(
                "a", [("RUSGOV", "111", "UKR"), ("UKR", "111", "RUSGOV")], published="2022-01-10"
            ),
            make_article(
                "b",
                [("RUSMIL", "190", "UKR")],
                published="2022-02-24",
                extra_text="Shelling continued overnight across several towns in the east.",
            ),
            make_article(
                "c",
                [("FRAGOV", "040", "USA")],
                published="2022-03-01",
                extra_text="The leaders discussed energy, trade and security at length.",
            ),
        ]
    )
    assert len(store.events()) == 4
    assert len(store.events(actor="RUS")) == 3
    assert len(store.events(actor="RUSMIL")) == 1
    assert list(store.events(dyad="RUS:UKR")["cameo"]) == ["190", "111"]  # newest first
    assert list(store.events(dyad="RUS:UKR", newest_first=False)["cameo"]) == ["111", "190"]
    assert len(store.events(dyad="RUS:UKR", undirected=True)) == 3
    assert list(store.events(root="4")["cameo"]) == ["040"]
    assert list(store.events(since="2022-02-01", until="2022-02-28")["cameo"]) == ["190"]
    assert len(store.events(limit=2, offset=1)) == 2
    assert store.events(newest_first=True)["day"].iloc[0].date().isoformat() == "2022-03-01"
    with pytest.raises(ValueError, match="RUS:UKR"):
        store.events(dyad="RUS-UKR")
    with pytest.raises(ValueError, match="root"):
        store.events(root="42")


def test_event_day_prefers_the_events_own_date(store):
    store.add(
        [
            make_article(
                "a",
                [("RUSGOV", "111", "UKR"), ("FRAGOV", "040", "RUSGOV")],
                published="2022-01-28T22:43:00+05:30",
                event_dates=["2022-01-26", "2022-02"],
            )
        ]
    )
    days = sorted(d.date().isoformat() for d in store.events()["day"])
    assert days == ["2022-01-26", "2022-01-28"]


def test_quotes_by_speaker_collapse_syndicated_copies(store):
    quotes = [("RUSGOV", "The West ignored our concerns"), ("FRAGOV", "a positive signal")]
    store.add(
        [
            make_article("a", [("RUSGOV", "111", "USA")], source="Reuters", quotes=quotes),
            make_article("b", [("RUSGOV", "111", "USA")], source="AP", quotes=quotes),
        ]
    )
    russia = store.quotes(speaker="RUS")
    assert list(russia["text"]) == ["The West ignored our concerns"]
    assert list(russia["num_articles"]) == [2]
    assert len(store.quotes(collapse=False)) == 4
    assert list(store.quotes(q="signal")["speaker_code"]) == ["FRAGOV"]


def test_articles_listing_and_search(store):
    store.add(
        [
            make_article("a", [("RUSGOV", "111", "UKR")], published="2022-01-01"),
            make_article(
                "b", [], published="2022-02-01", extra_text="Harvest festival in the provinces."
            ),
        ]
    )
    listing = store.articles(limit=10)
    assert [a["doc_id"] for a in listing] == ["b", "a"]
    assert listing[1]["num_events"] == 1 and "body" not in listing[0]
    assert [a["doc_id"] for a in store.articles(q="harvest")] == ["b"]
    assert len(store.articles(limit=1, offset=1)) == 1


def test_a_failed_write_leaves_no_partial_article(store, monkeypatch):
    good = make_article("good", [("RUSGOV", "111", "UKR")], quotes=[("RUSGOV", "No comment")])
    store.add([good])
    before = store.counts()
    broken = make_article(
        "broken",
        [("RUSMIL", "190", "UKR")],
        quotes=[("RUSGOV", "We deny it")],
        extra_text="A different story about a different day entirely, with new facts.",
    )
    original = Store._insert

    def failing_insert(self, table, rows, **kwargs):
        if table == "quotes":
            raise RuntimeError("disk full")
        return original(self, table, rows, **kwargs)

    monkeypatch.setattr(Store, "_insert", failing_insert)
    with pytest.raises(RuntimeError, match="disk full"):
        store.add([broken])
    monkeypatch.setattr(Store, "_insert", original)
    assert store.counts() == before
    summary = store.add([broken])
    assert summary.articles == 1 and summary.events == 1
    assert store.events()["event_id"].is_unique


def test_documents_without_body_are_failures_not_articles(store):
    from eventwire.models import Article

    empty = Article(id="empty")
    empty.add_error("decode", "empty document")
    summary = store.add([empty])
    assert summary.failures == 1 and summary.articles == 0
    assert summary.errors == [("empty", "decode", "empty document")]
    assert store.query("SELECT doc_id, stage FROM failures").values.tolist() == [
        ["empty", "decode"]
    ]


def test_read_only_store(tmp_path):
    path = tmp_path / "ro.duckdb"
    with pytest.raises(StoreError, match="no eventwire store"):
        Store(path, read_only=True)
    with Store(path) as store:
        store.add([make_article("a", [("RUSGOV", "111", "UKR")])])
    import eventwire

    with eventwire.open(path) as reader:
        assert len(reader.events(actor="RUS")) == 1
        with pytest.raises(StoreError, match="read-only"):
            reader.add([make_article("b", [("RUSGOV", "111", "UKR")])])


def test_event_ids_continue_across_sessions(tmp_path):
    path = tmp_path / "s.duckdb"
    with Store(path) as store:
        store.add([make_article("a", [("RUSGOV", "111", "UKR")], source="Reuters")])
    with Store(path) as store:
        summary = store.add(
            [
                make_article("b", [("RUSGOV", "111", "UKR")], source="AP"),
                make_article(
                    "c",
                    [("FRAGOV", "040", "USA")],
                    extra_text="Energy and trade dominated a long agenda.",
                ),
            ]
        )
        assert summary.syndicated == 1 and summary.merged == 1
        events = store.events()
        assert sorted(events["event_id"]) == [1, 2]
        assert sorted(events["num_sources"]) == [1, 2]


def test_optimize_sorts_events_by_dyad_and_keeps_every_row(store):
    store.add(
        [
            make_article(
                "a", [("UKR", "111", "RUSGOV"), ("RUSMIL", "190", "UKR"), ("FRAGOV", "040", "USA")]
            ),
            make_article(
                "b", [("RUSGOV", "111", "UKR")], extra_text="Another day, another statement."
            ),
        ]
    )
    before = store.events().sort_values("event_id").reset_index(drop=True)
    assert store.optimize() is False  # too few new rows to be worth a rewrite
    assert store.optimize(force=True) is True
    after = store.events().sort_values("event_id").reset_index(drop=True)
    assert after.equals(before)
    physical = store.query("SELECT source_key, target_key FROM events").values.tolist()
    assert physical == [["FRA", "USA"], ["RUS", "UKR"], ["RUS", "UKR"], ["UKR", "RUS"]]
    assert list(store.events(dyad="RUS:UKR")["cameo"]) == [
        "111",
        "190",
    ]  # same day: newest id first
    summary = store.add(
        [
            make_article(
                "c",
                [("RUSGOV", "111", "UKR")],
                source="Other",
                extra_text="Another day, another statement.",
            )
        ]
    )
    assert summary.merged == 1 and store.events(dyad="RUS:UKR")["num_articles"].max() == 2


def test_cluster_index_keeps_only_the_most_recent_articles():
    from eventwire.store import syndication

    clusters = syndication.Clusters(capacity=2)
    texts = [
        f"Story number {i} about {topic} with enough words to make several shingles here."
        for i, topic in enumerate(["rain", "wheat", "ports"])
    ]
    for i, text in enumerate(texts):
        clusters.insert(f"a{i}", f"a{i}", syndication.signature(text))
    assert len(clusters) == 2
    assert clusters.assign("new0", syndication.signature(texts[0])) == "new0"  # a0 was evicted
    assert clusters.assign("new2", syndication.signature(texts[2])) == "a2"
