"""Issue 16, the server: each test reproduces one attack on ``eventwire serve``'s app (it
failed before the fix) and checks the promised answer: bounded memory, a canonical cache, a
clear 4xx/503 instead of a 500 or a stalled server.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.store import Store
from store_factory import make_article

FIRST_DAY = date(2022, 1, 3)
DAYS = 30


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    """Sixty articles over thirty days: Russia and Ukraine in half, France and the US in half."""
    path = tmp_path_factory.mktemp("server") / "store.duckdb"
    articles = []
    for i in range(60):
        day = (FIRST_DAY + timedelta(days=i % DAYS)).isoformat()
        pair = [("RUSGOV", "190", "UKR")] if i % 2 else [("FRAGOV", "040", "USA")]
        articles.append(
            make_article(f"a{i}", pair, published=day + "T09:00:00+00:00", url=f"https://x/{i}")
        )
    with Store(path) as store:
        store.add(articles)
    return path


@pytest.fixture
def client(store_path):
    with TestClient(create_app(store_path)) as client:
        yield client


# -- 2. one GET must not hold hundreds of megabytes -----------------------------------------


def test_a_series_over_all_of_time_is_clamped_to_the_data(client):
    wide = client.get("/api/series?since=0001-01-01&until=9999-12-31&freq=day")
    assert wide.status_code == 200, wide.text
    periods = [row["period"] for row in wide.json()["items"]]
    # Clamped to the months the data covers (January and February 2022), not 3.6 million days.
    assert periods[0] == "2022-01-01" and periods[-1] == "2022-02-28"
    assert len(wide.content) < 200_000


def test_a_series_over_the_maximum_number_of_periods_is_a_422(client, monkeypatch):
    from eventwire.analytics import series

    monkeypatch.setattr(series, "MAX_PERIODS", 20)
    answer = client.get("/api/series?freq=day")
    assert answer.status_code == 422
    assert "over the limit of 20" in answer.json()["detail"]
    assert client.get("/api/series?freq=week").status_code == 200


def test_the_answer_cache_is_bounded_by_bytes(store_path):
    app = create_app(store_path)
    app.state.responses._max_bytes = 50_000
    with TestClient(app) as client:
        for offset in range(40):  # distinct pages, each a few KB
            assert client.get(f"/api/events?limit=20&offset={offset}").status_code == 200
        kept = app.state.responses.kept_bytes
        assert 0 < kept <= 50_000
        assert kept == sum(len(e.body) for e in app.state.responses._entries.values())


# -- 5. cache poisoning through an escaped parameter name -----------------------------------


def test_an_escaped_parameter_name_cannot_poison_the_cache(client):
    poison = client.get("/api/events?actor%3DRUS%26limit=5")
    assert poison.status_code == 200
    filtered = client.get("/api/events?actor=RUS&limit=5").json()["items"]
    assert len(filtered) == 5
    assert all("RUS" in (e["source"]["code"] + e["target"]["code"]) for e in filtered)


def test_parameters_an_endpoint_ignores_share_its_cache_entry(store_path):
    app = create_app(store_path)
    with TestClient(app) as client:
        client.get("/api/events?limit=5")
        for n in range(20):
            client.get(f"/api/events?limit=5&junk{n}=1")
        assert len(app.state.responses._entries) == 1
