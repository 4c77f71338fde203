"""REST API: every endpoint on a real store filled by the pipeline, and its 4xx answers."""

from __future__ import annotations

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
    page = ("<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>"
            "<p>Negotiators from both countries met in Geneva on Monday to discuss a ceasefire, "
            "officials said.</p></article></body></html>")
    response = bare_client.post("/api/extract?published=2022-02-01&url=https://example.org/talks",
                                content=page, headers={"Content-Type": "text/html"})
    assert response.status_code == 200
    article = response.json()
    assert article["url"] == "https://example.org/talks"
    assert "Geneva" in article["body"]
    assert "<p>" not in article["body"]


def test_extract_rejects_oversized_body_with_413(bare_client):
    response = bare_client.post("/api/extract", content=b"word " * 20_000, headers={"Content-Type": "text/plain"})
    assert response.status_code == 413
    assert "limit" in response.json()["detail"]


@pytest.mark.parametrize(("kwargs", "status", "phrase"), [
    ({"json": {"text": "   "}}, 422, "empty"),
    ({"json": {"body": "no text field"}}, 422, "text: Field required"),
    ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 422, "not valid JSON"),
    ({"json": {"text": "Hello.", "published": "last Tuesday"}}, 422, "published: must be an ISO 8601 date"),
    ({"content": b"\xff\xfe\x00bad", "headers": {"Content-Type": "text/plain"}}, 422, "UTF-8"),
    ({"content": b"%PDF-1.4", "headers": {"Content-Type": "application/pdf"}}, 415, "unsupported content type"),
])
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
    for path in ("/api/articles", "/api/articles/{article_id}", "/api/events", "/api/series",
                 "/api/quotes", "/api/alerts", "/api/overview", "/api/extract"):
        assert path in paths, path


def test_database_endpoints_without_a_database_answer_503(bare_client):
    response = bare_client.get("/api/events")
    assert response.status_code == 503
    assert "eventwire ingest" in response.json()["detail"]
