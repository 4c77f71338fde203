"""The workbench's API: totals, sorting, facets, map, actor search, downloads of exactly the
listed rows, every parameter implemented or refused, and the same refusals as the CLI."""

from __future__ import annotations

import csv
import io
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.store.filter_values import FilterError
from eventwire.store.filters import check_filters

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def store_path():
    from api_store import filled_store

    return filled_store()


@pytest.fixture(scope="module")
def client(store_path) -> TestClient:
    return TestClient(create_app(store_path))


def test_events_page_has_its_total_and_is_newest_first(client):
    page = client.get("/api/events?limit=5").json()
    everything = client.get("/api/events?limit=1000").json()
    assert page["total"] == len(everything["items"]) > 5
    days = [e["day"] for e in everything["items"] if e["day"]]
    assert days == sorted(days, reverse=True)
    assert page["items"] == everything["items"][:5]
    last = client.get(f"/api/events?limit=5&offset={page['total'] - 2}").json()
    assert len(last["items"]) == 2 and last["next_offset"] is None


def test_sorting_by_a_column_both_ways(client):
    up = [
        e["goldstein"] for e in client.get("/api/events?sort=goldstein&limit=1000").json()["items"]
    ]
    down = [
        e["goldstein"] for e in client.get("/api/events?sort=-goldstein&limit=1000").json()["items"]
    ]
    assert up == sorted(up) and down == sorted(down, reverse=True)


def test_facet_counts_are_the_totals_of_the_filter_they_set(client):
    facets = client.get("/api/events/facets").json()
    assert facets["total"] == client.get("/api/events?limit=1").json()["total"]
    for name, param in [("quad_class", "quad_class"), ("root", "root"), ("publisher", "publisher")]:
        for row in facets["facets"][name][:3]:
            narrowed = client.get("/api/events", params={param: row["value"], "limit": 1}).json()
            assert narrowed["total"] == row["count"], (name, row)
    resolved = {row["value"]: row["count"] for row in facets["facets"]["resolved"]}
    assert client.get("/api/events?resolved_only=true&limit=1").json()["total"] == resolved.get(
        "yes", 0
    )


def test_undirected_kind_threshold_are_implemented(client):
    forward = client.get("/api/events?dyad=RUS:UKR&limit=1").json()["total"]
    backward = client.get("/api/events?dyad=UKR:RUS&limit=1").json()["total"]
    both = client.get("/api/events?dyad=RUS:UKR&undirected=true&limit=1").json()["total"]
    assert both >= forward and both >= backward and (forward or backward)
    direct = client.get("/api/quotes?kind=direct&limit=1000").json()
    assert direct["items"] and all(q["kind"] == "direct" for q in direct["items"])
    strict = client.get("/api/alerts?threshold=100").json()["items"]
    loose = client.get("/api/alerts?threshold=0&min_events=1&window=1").json()["items"]
    assert strict == [] and len(loose) >= len(strict)
    series = client.get("/api/series?dyad=RUS:UKR&undirected=true").json()
    assert series["undirected"] is True
    assert sum(row["events"] for row in series["items"]) == both


@pytest.mark.parametrize(
    "url",
    [
        "/api/events?kind=direct",
        "/api/quotes?threshold=2",
        "/api/series?resolved=1",
        "/api/articles?actor=RUS",
        "/api/overview?limit=5",
    ],
)
def test_a_parameter_an_endpoint_does_not_take_is_refused(client, url):
    response = client.get(url)
    assert response.status_code == 422
    name = url.split("?")[1].split("=")[0]
    assert response.json()["detail"].startswith(f"{name}: is not a parameter of ")


@pytest.mark.parametrize(
    "raw",
    [
        {"actor": "RUSS"},
        {"dyad": "RUS-UKR"},
        {"since": "2022-03-01", "until": "2022-01-01"},
        {"quad_class": "7"},
        {"min_confidence": "2"},
        {"root": "30"},
    ],
)
def test_the_api_refuses_what_python_refuses_with_the_same_message(client, raw):
    with pytest.raises(FilterError) as python:
        check_filters(**raw)
    response = client.get("/api/events", params=raw)
    assert response.status_code == 422
    assert response.json()["detail"] == str(python.value)


def test_actor_search_finds_people_countries_and_codes(client):
    def codes(text):
        return [a["code"] for a in client.get("/api/actors", params={"q": text}).json()["items"]]

    assert codes("Putin")[0] == "RUSGOV"
    assert "RUS" in codes("Russia")
    assert all(code.startswith("RUS") for code in codes("RUS")[:2])


def test_map_countries_carry_the_basemap_ids(client):
    data = client.get("/api/events/map").json()
    by_code = {row["country"]: row for row in data["countries"]}
    assert by_code["RUS"]["id"] == "643" and by_code["UKR"]["id"] == "804"
    total = client.get("/api/events?actor=RUS&limit=1").json()["total"]
    assert by_code["RUS"]["count"] <= total
    world = json.loads(
        (ROOT / "src/eventwire/api/static/vendor/world-countries-110m.json").read_text()
    )
    ids = {g.get("id") for g in world["objects"]["countries"]["geometries"]}
    assert {"643", "804"} <= ids


FILTERS = {"quad_class": "3,4", "actor": "RUS"}


@pytest.mark.parametrize("fmt", ["csv", "json", "parquet", "gdelt"])
def test_downloads_hold_exactly_the_listed_rows_in_order(client, fmt):
    listed = client.get("/api/events", params={**FILTERS, "limit": 1000}).json()
    response = client.get("/api/events", params={**FILTERS, "format": fmt})
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(response.text)))
        ids = [int(row["event_id"]) for row in rows]
    elif fmt == "json":
        ids = [row["event_id"] for row in response.json()]
    elif fmt == "parquet":
        ids = pq.read_table(io.BytesIO(response.content)).column("event_id").to_pylist()
    else:
        lines = response.text.splitlines()
        assert all(len(line.split("\t")) == 61 for line in lines)
        ids = [int(line.split("\t")[0]) for line in lines]
    assert ids == [e["event_id"] for e in listed["items"]]
    assert len(ids) == listed["total"] >= 1


def test_quote_downloads_and_totals(client):
    listed = client.get("/api/quotes?limit=1000").json()
    rows = list(csv.DictReader(io.StringIO(client.get("/api/quotes?format=csv").text)))
    assert len(rows) == listed["total"] == len(listed["items"])
    assert client.get("/api/quotes?format=gdelt").status_code == 422
    facets = client.get("/api/quotes/facets").json()
    assert sum(row["count"] for row in facets["facets"]["kind"]) == listed["total"]


def test_histogram_collapses_the_empty_years(client):
    histogram = client.get("/api/events/histogram").json()
    assert any(row.get("gap") for row in histogram["items"])  # 2016 corpus, 2022 seed
    assert len(histogram["items"]) < 200


def test_overview_labels_actors_by_their_codes(client):
    actors = client.get("/api/overview").json()["top_actors"]
    usa = next((a for a in actors if a["code"] == "USA"), None)
    if usa:
        assert usa["label"] == "United States"


def test_a_file_that_is_not_duckdb_is_a_clear_503(tmp_path):
    bad = tmp_path / "notes.duckdb"
    bad.write_text("not a database, just notes")
    response = TestClient(create_app(bad)).get("/api/events")
    assert response.status_code == 503
    assert "is not a DuckDB file" in response.json()["detail"]


def test_serve_prints_its_url_only_once_it_is_listening(store_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "eventwire", "serve", "--db", str(store_path), "--port", str(port)],
        env=dict(os.environ, PYTHONPATH=str(ROOT / "src")),
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        line = ""
        while "http://" not in line:
            assert time.monotonic() < deadline and process.poll() is None
            line = process.stderr.readline()
        assert f"http://127.0.0.1:{port}/" in line
        # no retry: the port answers the moment the URL is printed
        assert (
            httpx.get(f"http://127.0.0.1:{port}/api/articles?limit=1", timeout=30).status_code
            == 200
        )
    finally:
        process.terminate()
        process.wait(timeout=30)
