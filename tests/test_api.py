"""REST API: every endpoint on a real store filled by the pipeline, and its 4xx answers."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app


@pytest.fixture(scope="module")
def bare_client() -> TestClient:
    """An app with no database: only extraction and the dashboard's files work."""
    return TestClient(create_app(None, max_extract_bytes=64 * 1024))


# ---------- POST /api/extract ----------


def test_extract_json_returns_the_article_contract(bare_client, seed_text, seed_article):
    response = bare_client.post("/api/extract", json={"text": seed_text, "id": "seed"})
    assert response.status_code == 200
    article = response.json()
    assert article["id"] == "seed"
    assert article["body"] == seed_article.body
    assert len(article["events"]) == len(seed_article.events)
    assert len(article["quotes"]) == len(seed_article.quotes)
    for annotation in article["events"] + article["quotes"]:
        start, end = annotation["span"]
        assert 0 <= start < end <= len(article["body"])


def test_extract_accepts_raw_html_with_query_parameters(bare_client):
    page = (
        "<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>"
        "<p>Negotiators from both countries met in Geneva on Monday to discuss a ceasefire, "
        "officials said.</p></article></body></html>"
    )
    response = bare_client.post(
        "/api/extract?published=2022-02-01&url=https://example.org/talks",
        content=page,
        headers={"Content-Type": "text/html"},
    )
    assert response.status_code == 200
    article = response.json()
    assert article["url"] == "https://example.org/talks"
    assert "Geneva" in article["body"]
    assert "<p>" not in article["body"]


def test_extract_rejects_oversized_body_with_413(bare_client):
    response = bare_client.post(
        "/api/extract", content=b"word " * 20_000, headers={"Content-Type": "text/plain"}
    )
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]


@pytest.mark.parametrize(
    ("kwargs", "status", "phrase"),
    [
        ({"json": {"text": "   "}}, 422, "empty"),
        ({"json": {"body": "no text field"}}, 422, "text: Field required"),
        (
            {"content": b"{not json", "headers": {"Content-Type": "application/json"}},
            422,
            "not valid JSON",
        ),
        (
            {"json": {"text": "Hello.", "published": "last Tuesday"}},
            422,
            "published: must be an ISO 8601 date",
        ),
        ({"content": b"\xff\xfe\x00bad", "headers": {"Content-Type": "text/plain"}}, 422, "UTF-8"),
        (
            {"content": b"%PDF-1.4", "headers": {"Content-Type": "application/pdf"}},
            415,
            "unsupported content type",
        ),
    ],
)
def test_extract_bad_requests_get_a_clear_message(bare_client, kwargs, status, phrase):
    response = bare_client.post("/api/extract", **kwargs)
    assert response.status_code == status
    assert phrase in response.json()["detail"]


# ---------- static dashboard and docs ----------


def test_dashboard_and_vendored_chart_library_are_served_locally(bare_client):
    index = bare_client.get("/")
    assert index.status_code == 200
    assert "/static/app.js" in index.text
    assert "http" not in index.text.split("<body>")[1]  # nothing loaded from elsewhere
    assert "default-src 'self'" in index.headers["content-security-policy"]
    for path in ("/static/app.js", "/static/style.css", "/static/vendor/chart.umd.min.js"):
        assert bare_client.get(path).status_code == 200, path


def test_openapi_lists_every_endpoint(bare_client):
    paths = bare_client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/events",
        "/api/series",
        "/api/quotes",
        "/api/alerts",
        "/api/overview",
        "/api/extract",
    ):
        assert path in paths, path


def test_database_endpoints_without_a_database_answer_503(bare_client):
    response = bare_client.get("/api/events")
    assert response.status_code == 503
    assert "eventwire ingest" in response.json()["detail"]


# ---------- endpoints over a store the pipeline filled ----------


@pytest.fixture(scope="module")
def store_path():
    from api_store import filled_store

    return filled_store()


@pytest.fixture(scope="module")
def client(store_path) -> TestClient:
    return TestClient(create_app(store_path))


@pytest.fixture(scope="module")
def counts(store_path) -> dict:
    from eventwire.store import Store

    with Store(store_path, read_only=True) as store:
        return store.counts()


def test_articles_are_listed_paged_and_searchable(client, counts):
    everything = client.get("/api/articles?limit=1000").json()
    assert len(everything["items"]) == counts["articles"]
    assert everything["next_offset"] is None
    first, second = (
        client.get("/api/articles?limit=3").json(),
        client.get("/api/articles?limit=3&offset=3").json(),
    )
    assert first["next_offset"] == 3
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    found = client.get("/api/articles?q=Macron").json()["items"]
    assert "article" in {a["doc_id"] for a in found}
    assert all("body" not in a for a in found)


def test_article_has_body_events_and_quotes_in_the_contract_shape(client, seed_article):
    by_doc_id = client.get("/api/articles/article")
    assert by_doc_id.status_code == 200
    article = by_doc_id.json()
    assert client.get(f"/api/articles/{article['id']}").json() == article
    assert article["body"] == seed_article.body
    assert len(article["events"]) == len(seed_article.events)
    assert len(article["quotes"]) == len(seed_article.quotes)
    for event in article["events"]:
        start, end = event["span"]
        assert 0 <= start < end <= len(article["body"])
        assert (
            isinstance(event["source"], dict)
            and {"code", "country", "text"} <= event["source"].keys()
        )
        assert event["quad_class"] in (1, 2, 3, 4) and len(event["root"]) == 2
    for quote in article["quotes"]:
        start, end = quote["span"]
        assert 0 <= start < end <= len(article["body"])
        assert quote["kind"] in ("direct", "indirect")


def test_unknown_article_is_404_with_its_id(client):
    response = client.get("/api/articles/no-such-article")
    assert response.status_code == 404
    assert "no-such-article" in response.json()["detail"]


def test_events_filter_like_the_cli(client, counts):
    everything = client.get("/api/events?limit=1000").json()["items"]
    assert len(everything) == counts["events"]
    days = [e["day"] for e in everything if e["day"]]
    assert days == sorted(days, reverse=True)
    assert [
        e["day"]
        for e in client.get("/api/events?limit=1000&order=oldest").json()["items"]
        if e["day"]
    ] == sorted(days)
    for event in everything[:5]:
        actor = event["source"]["country"] or event["source"]["code"]
        matching = client.get(f"/api/events?limit=1000&actor={actor}&root={event['root']}").json()[
            "items"
        ]
        assert event["event_id"] in {e["event_id"] for e in matching}
        for other in matching:
            assert other["root"] == event["root"]
            sides = [other["source"], other["target"] or {}]
            assert any(
                actor in ((s.get("code") or "")[: len(actor)], s.get("country")) for s in sides
            )
        if event["day"]:
            same_day = client.get(
                f"/api/events?limit=1000&since={event['day']}&until={event['day']}"
            ).json()["items"]
            assert {e["day"] for e in same_day} == {event["day"]}


@pytest.mark.parametrize(
    ("query", "phrase"),
    [
        ("since=2022-13-01", "since: must be an ISO 8601 date"),
        ("until=yesterday", "until: must be an ISO 8601 date"),
        ("since=2022-02-01&until=2022-01-01", "since: must not be after until"),
        ("dyad=RUSUKR", "dyad: must be SOURCE:TARGET"),
        ("dyad=RUS:UKR:FRA", "dyad: must be SOURCE:TARGET"),
        ("dyad=RUS;DROP TABLE events:UKR", "dyad"),
        ("actor=R", "actor: must be an actor code"),
        ("root=21", "root: must be a CAMEO root code from 01 to 20"),
        ("root=ab", "root: must be a CAMEO root code"),
        ("limit=1001", "limit: Input should be less than or equal to 1000"),
        ("limit=0", "limit: must be a whole number of at least 1"),
        ("limit=ten", "limit: Input should be a valid integer"),
        ("offset=-1", "offset: Input should be greater than or equal to 0"),
        ("order=random", "order: Input should be 'newest' or 'oldest'"),
    ],
)
def test_bad_event_parameters_are_422_with_a_clear_message(client, query, phrase):
    response = client.get(f"/api/events?{query}")
    assert response.status_code == 422, response.text
    assert phrase in response.json()["detail"]


def test_series_counts_add_up_to_the_events(client):
    series = client.get("/api/series?freq=month").json()
    assert series["freq"] == "month"
    dated = [e for e in client.get("/api/events?limit=1000").json()["items"] if e["day"]]
    assert sum(row["events"] for row in series["items"]) == len(dated)
    for row in series["items"]:
        assert row["cooperation"] + row["conflict"] == row["events"]
        assert row["period"].endswith("-01")
    for dyad in {
        f"{e['source']['country']}:{e['target']['country']}"
        for e in dated
        if e["target"] and e["source"].get("country") and e["target"].get("country")
    }:
        rows = client.get(f"/api/series?dyad={dyad}&freq=day").json()["items"]
        listed = client.get(f"/api/events?dyad={dyad}&limit=1000").json()["items"]
        assert sum(row["events"] for row in rows) == len([e for e in listed if e["day"]])


@pytest.mark.parametrize(
    ("query", "phrase"),
    [
        ("freq=year", "freq: Input should be 'day', 'week' or 'month'"),
        ("dyad=RUS", "dyad: must be SOURCE:TARGET"),
        ("since=28/01/2022", "since: must be an ISO 8601 date"),
    ],
)
def test_bad_series_parameters_are_422(client, query, phrase):
    response = client.get(f"/api/series?{query}")
    assert response.status_code == 422
    assert phrase in response.json()["detail"]


def test_quotes_alerts_and_overview(client, counts):
    quotes = client.get("/api/quotes?limit=1000").json()["items"]
    assert len(quotes) <= counts["quotes"]
    for quote in quotes:
        assert quote["article_id"] and quote["kind"] in ("direct", "indirect")
    assert client.get("/api/quotes?speaker=R").status_code == 422
    alerts = client.get("/api/alerts?freq=day&limit=5")
    assert alerts.status_code == 200 and len(alerts.json()["items"]) <= 5
    assert client.get("/api/alerts?limit=5000").status_code == 422
    overview = client.get("/api/overview?top=3").json()
    assert overview["totals"]["articles"] == counts["articles"]
    assert overview["totals"]["events"] == counts["events"]
    assert len(overview["top_dyads"]) <= 3 and len(overview["top_actors"]) <= 3
    volume = overview["volume"]
    assert volume["freq"] in ("day", "week", "month")
    assert sum(row["events"] for row in volume["items"]) + volume["outside"] == len(
        [e for e in client.get("/api/events?limit=1000").json()["items"] if e["day"]]
    )
    assert all(volume["since"] <= row["period"] <= volume["until"] for row in volume["items"][1:])


def test_api_is_read_only_and_holds_no_lock_between_requests(client, store_path, counts):
    assert client.post("/api/events").status_code == 405
    assert client.delete("/api/articles/article").status_code == 405
    from eventwire.store import Store

    with Store(store_path) as writer:  # an ingest could open the file right now
        assert writer.counts() == counts


def test_cameo_codebook_names_every_root(bare_client):
    codes = {entry["code"]: entry for entry in bare_client.get("/api/cameo").json()["codes"]}
    for root in range(1, 21):
        entry = codes[f"{root:02d}"]
        assert (
            entry["name"]
            and entry["quad_class"] in (1, 2, 3, 4)
            and -10 <= entry["goldstein"] <= 10
        )
    assert codes["190"]["quad_class"] == 4


# ---------- eventwire serve ----------

ROOT = Path(__file__).resolve().parent.parent


def test_serve_command_serves_dashboard_and_api(store_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    process = subprocess.Popen(
        [sys.executable, "-m", "eventwire", "serve", "--db", str(store_path), "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                index = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read().decode()
                assert time.monotonic() < deadline, "eventwire serve did not answer within 60 s"
                time.sleep(0.2)
        assert index.status_code == 200 and "eventwire" in index.text
        articles = httpx.get(f"http://127.0.0.1:{port}/api/articles?limit=1", timeout=30).json()
        assert len(articles["items"]) == 1
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_serve_rejects_a_directory_as_database(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "eventwire", "serve", "--db", str(tmp_path)],
        env=dict(os.environ, PYTHONPATH=str(ROOT / "src")),
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert b"is a directory" in result.stderr


@pytest.mark.parametrize("name", ["app.js", "workbench.js", "map.js"])
def test_dashboard_script_never_writes_html_from_strings(name):
    """All API text reaches the page through textContent: no HTML sinks in the scripts."""
    script = (ROOT / "src" / "eventwire" / "api" / "static" / name).read_text(encoding="utf-8")
    for sink in (
        "innerHTML",
        "outerHTML",
        "insertAdjacentHTML",
        "document.write",
        "eval(",
        "new Function",
    ):
        assert sink not in script, sink


@pytest.mark.parametrize("path", ["/api/articles", "/api/events", "/api/quotes", "/api/alerts"])
def test_every_list_refuses_pages_over_1000(client, path):
    response = client.get(f"{path}?limit=5000")
    assert response.status_code == 422
    assert (
        response.json()["detail"] == "limit: Input should be less than or equal to 1000, got '5000'"
    )


@pytest.mark.parametrize("path", ["/api/quotes", "/api/alerts", "/api/series"])
def test_every_date_filter_refuses_non_iso_dates(client, path):
    response = client.get(f"{path}?until=01/28/2022")
    assert response.status_code == 422
    assert (
        response.json()["detail"]
        == "until: must be an ISO 8601 date like 2022-01-28, got '01/28/2022'"
    )
