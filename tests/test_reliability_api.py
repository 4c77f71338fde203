"""API hardening: loopback by default, every parameter validated (4xx with a message, never a
500), a size-limited ``POST /api/extract``, no file path from a request, bound SQL parameters,
and reads that keep working while the same process writes (``serve --ingest``).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time

import psutil
import pytest
from fastapi.testclient import TestClient
from hypothesis import given, settings
from hypothesis import strategies as st

import hostile
from conftest import ROOT
from eventwire.analytics import AnalyticsStore
from eventwire.api import create_app
from eventwire.api.cache import MAX_STALE
from eventwire.models import RawDocument
from eventwire.pipeline import process
from eventwire.store import Store

EXTRACT_LIMIT = 64 * 1024
READ_ENDPOINTS = [
    "/api/events",
    "/api/series",
    "/api/quotes",
    "/api/articles",
    "/api/alerts",
    "/api/overview",
]


def _raws(stories: list[dict]) -> list[RawDocument]:
    return [
        RawDocument(id=s["id"], content=s["text"], url=s["url"], published=s["published"])
        for s in stories
    ]


@pytest.fixture(scope="module")
def store_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("api") / "store.duckdb"
    with Store(path) as store:
        store.add(process(_raws(hostile.wire_stories(8))))
    return path


@pytest.fixture(scope="module")
def client(store_path):
    return TestClient(create_app(store_path, max_extract_bytes=EXTRACT_LIMIT))


@pytest.mark.parametrize(
    "url, name",
    [
        ("/api/events?since=2022-13-45", "since"),
        ("/api/events?since=yesterday", "since"),
        ("/api/events?since=2022-03-01&until=2022-02-01", "since"),
        ("/api/quotes?until=2022-02-30", "until"),
        ("/api/events?actor=R%24US", "actor"),
        ("/api/events?actor=" + "A" * 40, "actor"),
        ("/api/events?dyad=RUSUKR", "dyad"),
        ("/api/events?root=99", "root"),
        ("/api/events?limit=100000000", "limit"),
        ("/api/events?limit=0", "limit"),
        ("/api/events?limit=abc", "limit"),
        ("/api/events?offset=-5", "offset"),
        ("/api/events?offset=1000000000000", "offset"),
        ("/api/series?freq=year", "freq"),
        ("/api/quotes?speaker=%27%3B%20DROP%20TABLE%20quotes%3B--", "speaker"),
        ("/api/articles?q=" + "x" * 5000, "q"),
        ("/api/articles/" + "a" * 5000, "article_id"),
    ],
)
def test_bad_parameters_get_a_4xx_naming_the_parameter(client, url, name):
    response = client.get(url)
    assert response.status_code == 422, response.text
    assert response.json()["detail"].startswith(name)


def test_unknown_actor_code_gets_a_4xx(client):
    response = client.get("/api/events?actor=ZZZ")
    assert response.status_code == 422 and "unknown actor code 'ZZZ'" in response.json()["detail"]
    assert client.get("/api/series?dyad=RUS:QQQGOV").status_code == 422
    assert client.get("/api/quotes?speaker=XXMIL").status_code == 422
    for known in ("RUS", "RUSGOV", "NATO", "UKRREB", "WST", "GOV", "usa"):
        assert client.get("/api/events", params={"actor": known}).status_code == 200, known


@settings(max_examples=40, deadline=None)
@given(
    endpoint=st.sampled_from(READ_ENDPOINTS),
    params=st.dictionaries(
        st.sampled_from(
            [
                "actor",
                "dyad",
                "since",
                "until",
                "root",
                "limit",
                "offset",
                "freq",
                "q",
                "speaker",
                "top",
                "order",
            ]
        ),
        st.text(max_size=40),
        max_size=4,
    ),
)
def test_random_parameters_never_cause_a_server_error(client, endpoint, params):
    response = client.get(endpoint, params=params)
    assert response.status_code in (200, 404, 422), (endpoint, params, response.text)
    if response.status_code != 200:
        assert response.json()["detail"]


def test_sql_injection_text_is_data_not_sql(client):
    everything = client.get("/api/articles").json()["items"]
    assert everything  # the store has articles, so "matches everything" would show
    for q in ["' OR 1=1 --", '" OR ""="', "%' OR '%'='", "x'); DROP TABLE articles; --"]:
        assert client.get("/api/articles", params={"q": q}).json()["items"] == []
    response = client.get("/api/articles/' OR 1=1 --")
    assert response.status_code == 404 and "no article" in response.json()["detail"]
    assert client.get("/api/articles").json()["items"] == everything  # nothing was dropped


def test_no_endpoint_takes_a_file_path(client):
    spec = client.get("/openapi.json").json()
    names = {
        p["name"].lower()
        for item in spec["paths"].values()
        for op in item.values()
        for p in op.get("parameters", [])
    }
    assert not names & {"path", "file", "filename", "db", "database", "dir", "folder"}, names
    for probe in ["..%2F..%2F..%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "....//....//etc/passwd"]:
        response = client.get(f"/api/articles/{probe}")
        assert response.status_code == 404 and "root:" not in response.text


def test_extract_refuses_bodies_over_the_limit(client):
    big = "Russia attacked Ukraine. " * (EXTRACT_LIMIT // 20)
    response = client.post(
        "/api/extract", content=big.encode(), headers={"content-type": "text/plain"}
    )
    assert response.status_code == 413 and str(EXTRACT_LIMIT) in response.json()["detail"]

    def chunks():  # no Content-Length: the limit must hold on the streamed body too
        for _ in range(100):
            yield b"x" * 4096

    response = client.post("/api/extract", content=chunks(), headers={"content-type": "text/plain"})
    assert response.status_code == 413


@pytest.mark.parametrize(
    "body, content_type, status",
    [
        (b"\xff\xfe\x00garbage", "text/plain", 422),
        (b"   ", "text/plain", 422),
        (b'{"published": "2022-01-01"}', "application/json", 422),
        (
            b'{"text": "Russia attacked Ukraine.", "published": "not a date"}',
            "application/json",
            422,
        ),
        (b"[[[[[[[[[[", "application/json", 422),
        (b"<xml/>", "application/x-www-form-urlencoded", 415),
    ],
)
def test_extract_rejects_bad_bodies_clearly(client, body, content_type, status):
    response = client.post("/api/extract", content=body, headers={"content-type": content_type})
    assert response.status_code == status, response.text
    assert response.json()["detail"]


def test_extract_survives_the_hostile_corpus(client):
    for name, content in hostile.corpus():
        data = content.encode("utf-8", "replace") if isinstance(content, str) else content
        if not data.strip() or len(data) > EXTRACT_LIMIT:
            continue
        response = client.post("/api/extract", content=data, headers={"content-type": "text/plain"})
        assert response.status_code in (200, 422), (name, response.text[:300])
        if response.status_code == 200:
            assert set(response.json()) >= {"body", "errors", "events", "quotes"}


def test_reads_keep_working_while_the_same_process_writes(tmp_path):
    """``serve --ingest`` mode: one read-write store, an ingest thread, requests on cursors."""
    path = tmp_path / "live.duckdb"
    stories = hostile.wire_stories(24, seed=5)
    articles = list(process(_raws(stories)))
    with AnalyticsStore(path) as store:  # as `serve --ingest` opens it
        store.add(articles[:4])
        # As a context manager the client runs the app's lifespan: its end stops the answer
        # cache's refresher before the store closes, as `serve` does.
        with TestClient(create_app(path, shared_store=store)) as client:
            writer = threading.Thread(
                target=lambda: [store.add([a]) or time.sleep(0.01) for a in articles[4:]]
            )
            writer.start()
            counts, statuses = [], []
            while writer.is_alive() or len(counts) < 3:
                for url in ["/api/events?limit=1000", "/api/overview", "/api/quotes?limit=1000"]:
                    statuses.append(client.get(url).status_code)
                counts.append(
                    len(client.get("/api/articles", params={"limit": 1000}).json()["items"])
                )
            writer.join()
            # Answers may lag the writer by a recomputation (stale-while-revalidate), then catch up.
            deadline = time.monotonic() + MAX_STALE + 10
            while counts[-1] < 24 and time.monotonic() < deadline:
                time.sleep(0.05)
                counts.append(
                    len(client.get("/api/articles", params={"limit": 1000}).json()["items"])
                )
    assert set(statuses) == {200}
    assert (
        counts == sorted(counts) and counts[-1] == 24 and counts[0] < 24
    )  # live, never going back


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_listens_on_loopback_only_by_default(tmp_path):
    port = _free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "eventwire",
            "serve",
            "--db",
            str(tmp_path / "none.duckdb"),
            "--port",
            str(port),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline, addresses = time.monotonic() + 120, set()
        while time.monotonic() < deadline and not addresses and server.poll() is None:
            time.sleep(0.5)
            addresses = {
                c.laddr.ip
                for c in psutil.Process(server.pid).net_connections(kind="inet")
                if c.status == psutil.CONN_LISTEN and c.laddr.port == port
            }
        assert addresses == {"127.0.0.1"}
    finally:
        server.terminate()
        server.wait(timeout=30)
