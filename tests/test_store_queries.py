"""The workbench's read queries and the one filter layer every surface shares."""

from __future__ import annotations

import pytest

from eventwire.models import Actor
from eventwire.store import Store, queries, quote_queries, time_histogram
from eventwire.store.filter_values import FilterError
from eventwire.store.filters import check_filters
from eventwire.store.quote_filters import check_quote_filters
from store_factory import make_article

POLICE = Actor(text="the police", sector="COP", code="COP")  # no country: unresolved


@pytest.fixture
def store(tmp_path):
    """Three dated stories, one with an unresolved actor, confidences 0.95 / 0.6 / 0.8."""
    articles = [
        make_article(
            "a1",
            [("RUSMIL", "190", "UKR"), ("FRAGOV", "040", "RUSGOV")],
            published="2022-02-24",
            source="Wire",
            quotes=[("RUSGOV", "We will not accept this")],
        ),
        make_article("a2", [("UKR", "111", "RUSGOV")], published="2022-03-01", source="Daily"),
        make_article("a3", [("USA", "070", "UKR")], published="2016-05-02", source="Wire"),
    ]
    articles[0].events[0].confidence = 0.95
    articles[0].events[1].confidence = 0.6
    articles[1].events[0].confidence = 0.8
    articles[1].events[0].source = POLICE
    with Store(tmp_path / "q.duckdb") as opened:
        opened.add(articles)
        yield opened


def _ids(frame) -> list[str]:
    return list(frame["cameo"])


def test_default_order_is_newest_first_and_sorts_by_any_listed_column(store):
    assert list(queries.events(store, check_filters())["day"].dt.strftime("%Y-%m-%d")) == [
        "2022-03-01",
        "2022-02-24",
        "2022-02-24",
        "2016-05-02",
    ]
    assert _ids(queries.events(store, check_filters(), sort="goldstein")) == [
        "190",
        "111",
        "040",
        "070",
    ]
    assert _ids(queries.events(store, check_filters(), sort="-goldstein"))[0] == "070"
    with pytest.raises(FilterError, match="^sort: must be one of day, -day"):
        queries.events(store, check_filters(), sort="colour")


def test_totals_count_every_match_not_the_page(store):
    flt = check_filters(quad_class="3,4")
    assert queries.count_events(store, flt) == 2
    assert len(queries.events(store, flt, limit=1)) == 1
    assert len(queries.events(store, flt, limit=1, offset=1)) == 1


def test_resolved_only_and_min_confidence(store):
    assert queries.count_events(store, check_filters(resolved_only=True)) == 3
    unresolved = queries.events(store, check_filters())
    assert unresolved["source_code"].tolist()[0] == "COP"
    assert queries.count_events(store, check_filters(min_confidence=0.7)) == 3  # 0.95, 0.8, 1.0
    assert queries.count_events(store, check_filters(min_confidence="0.9")) == 2


def test_facets_count_each_value_under_the_other_filters(store):
    facets = queries.event_facets(store, check_filters(quad_class=4))
    # the QuadClass facet leaves its own choice out, so the alternatives keep their counts
    assert {row["value"]: row["count"] for row in facets["quad_class"]} == {
        "1": 1,
        "2": 1,
        "3": 1,
        "4": 1,
    }
    assert facets["root"] == [{"value": "19", "count": 1}]
    assert {row["value"]: row["count"] for row in facets["resolved"]} == {"yes": 1}
    everything = queries.event_facets(store, check_filters())
    assert {row["value"]: row["count"] for row in everything["publisher"]} == {
        "Wire": 3,
        "Daily": 1,
    }
    assert {row["value"]: row["count"] for row in everything["confidence"]} == {
        "0.9": 2,
        "0.7": 1,
        "0.5": 1,
    }
    assert sum(row["count"] for row in everything["resolved"]) == 4


def test_histogram_collapses_long_empty_runs(store):
    histogram = time_histogram.histogram(store, check_filters())
    assert histogram["freq"] == "day"
    gaps = [row for row in histogram["items"] if row.get("gap")]
    assert len(gaps) == 2  # 2016-05-03 .. 2022-02-23 and 2022-02-25 .. 2022-02-28
    assert gaps[0]["period"] == "2016-05-03" and gaps[0]["until"] == "2022-02-23"
    counted = sum(r["q1"] + r["q2"] + r["q3"] + r["q4"] for r in histogram["items"])
    assert counted + histogram["outside"] == 4
    assert len(histogram["items"]) == 5  # three days with events and two gaps, not 2,100 days


def test_map_counts_places_and_the_countries_events_involve(store):
    counts = queries.map_counts(store, check_filters())
    assert counts["places"] == [
        {
            "name": "Paris",
            "country": "FRA",
            "lat": 48.86,
            "lon": 2.35,
            "count": 1,
            "last_day": "2022-02-24",
        }
    ]
    by_country = {row["country"]: row["count"] for row in counts["countries"]}
    assert by_country == {"RUS": 3, "UKR": 2, "FRA": 1, "USA": 1}


def test_actor_search_by_name_and_code(store):
    assert [a["code"] for a in queries.search_actors(store, "kremlin")] == ["RUSGOV"]
    found = queries.search_actors(store, "Russia")
    assert found[0]["code"] in ("RUSGOV", "RUSMIL") and "RUS" in {a["code"] for a in found}
    assert queries.search_actors(store, "RUS")[0]["code"].startswith("RUS")
    assert queries.search_actors(store, "") == []


@pytest.mark.parametrize(
    "raw, message",
    [
        (
            {"actor": "RUSS"},
            "actor: unknown actor code 'RUSS' (did you mean RUS",
        ),
        ({"actor": "R$"}, "actor: must be an actor code like RUS"),
        ({"dyad": "RUS-UKR"}, "dyad: must be SOURCE:TARGET actor codes like RUS:UKR"),
        ({"since": "2022-03-01", "until": "2022-01-01"}, "since: must not be after until"),
        ({"since": "01/28/2022"}, "since: must be an ISO 8601 date like 2022-01-28"),
        ({"quad_class": "5"}, "quad_class: must be 1, 2, 3 or 4"),
        ({"min_confidence": "1.5"}, "min_confidence: must be a number from 0 to 1"),
        ({"root": "21"}, "root: must be a CAMEO root code from 01 to 20"),
        ({"kind": "direct"}, "kind: is not a filter"),
    ],
)
def test_bad_filters_are_refused_with_one_message(store, raw, message):
    with pytest.raises(ValueError) as refused:
        check_filters(**raw)
    assert str(refused.value).startswith(message)
    # the store's own Python API refuses the same input with the same message
    if set(raw) <= {"actor", "dyad", "since", "until", "root"}:
        with pytest.raises(ValueError) as again:
            store.events(**raw)
        assert str(again.value) == str(refused.value)


def test_quote_filters_kind_and_speaker(store):
    assert quote_queries.count_quotes(store, check_quote_filters(kind="direct")) == 1
    assert quote_queries.count_quotes(store, check_quote_filters(speaker="USA")) == 0
    with pytest.raises(FilterError, match="^kind: must be one of direct, indirect"):
        check_quote_filters(kind="shouted")
    with pytest.raises(FilterError, match="^speaker: unknown actor code 'XXMIL'"):
        check_quote_filters(speaker="XXMIL")


def test_a_chosen_week_is_drawn_whole(store):
    histogram = time_histogram.histogram(
        store, check_filters(since="2022-02-21", until="2022-02-27")
    )
    assert [row["period"] for row in histogram["items"]] == [
        f"2022-02-{day}" for day in range(21, 28)
    ]
    assert [row["q4"] for row in histogram["items"]] == [0, 0, 0, 1, 0, 0, 0]
