"""Analytics on the store: dyad series, escalation alerts, top actors and dyads."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest

from eventwire.analytics import AnalyticsStore
from store_factory import make_article


@pytest.fixture
def store():
    with AnalyticsStore(":memory:") as opened:
        yield opened


def _day_article(doc_id: str, day: date, triples, n: int = 0):
    """Distinct text per article so that no two are clustered as syndicated copies."""
    filler = " ".join(
        f"Item {doc_id}-{i} covered local matters of the {day:%A} session." for i in range(12)
    )
    return make_article(
        doc_id, triples, published=day.isoformat(), source=f"paper{n}", extra_text=filler
    )


def test_series_counts_quad_classes_goldstein_and_conflict_share(store):
    monday = date(2022, 1, 3)
    store.add(
        [
            _day_article("a", monday, [("RUSGOV", "111", "UKR"), ("RUSMIL", "190", "UKR")]),
            _day_article("b", monday + timedelta(days=2), [("RUSGOV", "040", "UKR")]),
            _day_article(
                "c",
                monday + timedelta(days=14),
                [("RUSGOV", "070", "UKR"), ("UKR", "111", "RUSGOV")],
            ),
        ]
    )
    daily = store.series("RUS:UKR")
    assert daily["period"].iloc[0] == monday and daily["period"].iloc[-1] == monday + timedelta(
        days=14
    )
    assert len(daily) == 15  # quiet days are present with zero events
    first = daily.iloc[0]
    assert (first.events, first.verbal_conflict, first.material_conflict) == (2, 1, 1)
    assert first.goldstein_sum == pytest.approx(-12.0) and first.goldstein_mean == pytest.approx(
        -6.0
    )
    assert first.conflict_share == pytest.approx(1.0)
    assert daily["events"].sum() == 4

    weekly = store.series("RUS:UKR", freq="week")
    assert list(weekly["events"]) == [3, 0, 1]
    assert weekly["conflict_share"].iloc[0] == pytest.approx(2 / 3)
    assert weekly["material_cooperation"].iloc[2] == 1

    both = store.series("RUS:UKR", freq="month", undirected=True)
    assert list(both["events"]) == [5]

    bounded = store.series("RUS:UKR", since="2022-01-01", until="2022-01-31")
    assert len(bounded) == 31 and bounded["events"].sum() == 4
    assert store.series("RUS:FRA").empty
    with pytest.raises(ValueError, match="freq"):
        store.series("RUS:UKR", freq="hour")


def test_escalation_alert_fires_on_a_spike_above_baseline_and_links_its_events(store):
    start = date(2022, 1, 3)  # a Monday
    articles = []
    for week in range(10):  # a quiet baseline: one criticism a week
        articles.append(
            _day_article(
                f"base{week}", start + timedelta(weeks=week), [("RUSGOV", "111", "UKR")], week
            )
        )
    spike_day = start + timedelta(weeks=10)
    articles.append(
        _day_article("spike1", spike_day, [("RUSMIL", "190", "UKR"), ("RUSMIL", "190", "UKR")], 20)
    )
    articles.append(
        _day_article(
            "spike2",
            spike_day + timedelta(days=1),
            [("RUSGOV", "130", "UKR"), ("RUSMIL", "190", "UKR")],
            21,
        )
    )
    articles.append(_day_article("coop", spike_day, [("FRAGOV", "040", "USA")] * 3, 22))
    store.add(articles)

    alerts = store.alerts()
    assert list(alerts["dyad"]) == ["RUS:UKR"]
    alert = alerts.iloc[0]
    assert alert.period == spike_day and alert.conflict_events == 4
    assert alert.intensity == pytest.approx(34.4)
    assert alert.baseline_mean == pytest.approx(2.0) and alert.z > 3
    linked = store.events().set_index("event_id").loc[alert.event_ids]
    assert len(linked) == 4 and set(linked["day"].dt.date) == {
        spike_day,
        spike_day + timedelta(days=1),
    }
    assert set(linked["root"]) == {"19", "13"}

    assert store.alerts(threshold=100).empty
    assert store.alerts(min_events=5).empty
    assert store.alerts(dyad="FRA:USA").empty
    assert store.alerts(until=spike_day - timedelta(days=1)).empty
    assert len(store.alerts(since=spike_day)) == 1


def test_no_alert_without_enough_history(store):
    start = date(2022, 1, 3)
    store.add(
        [
            _day_article("w0", start, [("RUSGOV", "111", "UKR")]),
            _day_article("w1", start + timedelta(weeks=1), [("RUSMIL", "190", "UKR")] * 4, 1),
        ]
    )
    assert store.alerts().empty  # one quiet week is no baseline for an 8-week window (needs 4)
    assert len(store.alerts(window=2)) == 1  # a 2-week window needs one week of history


def test_top_actors_and_dyads(store):
    day = date(2022, 2, 1)
    store.add(
        [
            _day_article(
                "a",
                day,
                [("RUSGOV", "111", "UKR"), ("RUSMIL", "190", "UKR"), ("UKR", "111", "RUSGOV")],
            ),
            _day_article("b", day, [("FRAGOV", "040", "RUSGOV")], 1),
        ]
    )
    actors = store.top_actors()
    assert list(actors["code"][:2]) == ["RUSGOV", "UKR"]
    rusgov = actors.set_index("code").loc["RUSGOV"]
    assert (rusgov.events, rusgov.as_source, rusgov.as_target) == (3, 1, 2)
    # the code's meaning, not the name of whoever was coded with it most often
    assert rusgov["name"] == "Russian Federation · government"
    assert len(store.top_actors(limit=2)) == 2

    dyads = store.top_dyads()
    assert dyads.iloc[0].dyad == "RUS:UKR" and dyads.iloc[0].events == 2
    assert dyads.iloc[0].conflict_share == pytest.approx(1.0)
    undirected = store.top_dyads(undirected=True).set_index("dyad")
    assert undirected.loc["RUS:UKR", "events"] == 3 and undirected.loc["FRA:RUS", "events"] == 1
    assert store.top_dyads(since="2022-03-01").empty


def test_actors_without_a_country_are_stored_but_in_no_dyad(store):
    from eventwire.models import Actor

    day = date(2022, 2, 1)
    article = _day_article("a", day, [("RUSGOV", "111", "UKR"), ("RUSMIL", "190", "UKR")])
    police = Actor(text="Police", sector="COP", code="COP")
    article.events[1] = article.events[1].model_copy(update={"source": police})
    store.add([article])
    stored = store.events()
    unplaced = stored[stored.source_text == "Police"].iloc[0]
    assert unplaced.source_sector == "COP"
    assert pd.isna(unplaced.source_country) and pd.isna(unplaced.source_key)
    dyads = store.top_dyads()
    assert list(dyads.dyad) == ["RUS:UKR"] and dyads.iloc[0].events == 1
    assert "COP" not in set(store.top_actors().code)
    assert int(store.series(dyad="RUS:UKR").events.sum()) == 1
