"""Issue 16, the server: each test reproduces one attack on ``eventwire serve``'s app (it
failed before the fix) and checks the promised answer: bounded memory, a canonical cache, a
clear 4xx/503 instead of a 500 or a stalled server.
"""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import threading
import time
from datetime import date, timedelta

import httpx
import pytest
from fastapi.testclient import TestClient

import hostile
from eventwire.api import create_app
from eventwire.models import RawDocument
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
    assert poison.status_code == 422  # "actor=RUS&limit" is no parameter of /api/events
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


# -- 7. a paste may cost at most the per-document time and memory limits --------------------


def _unclosed_quotes(chars: int) -> str:
    rng = random.Random(7)
    text = "The minister said \u201c"
    while len(text) < chars:
        text += hostile._sentence(rng) + " "
    return text


def _prose(chars: int) -> str:
    rng = random.Random(8)
    text = ""
    while len(text) < chars:
        text += hostile._sentence(rng) + " "
    return text


def _post_text(client, text: str):
    return client.post(
        "/api/extract", content=text.encode(), headers={"content-type": "text/plain"}
    )


def test_a_paste_over_the_time_limit_is_a_422_and_the_next_paste_is_answered():
    # 150 KB of quotes that never close took 240 s of CPU, every other paste queued behind.
    app = create_app(None, extract_timeout=4)
    with TestClient(app) as client:
        started = time.monotonic()
        slow = _post_text(client, _unclosed_quotes(150_000))
        assert slow.status_code == 422, slow.text[:300]
        assert "gave up after 4 s" in slow.json()["detail"]
        assert time.monotonic() - started < 60  # the limit, plus starting a worker
        app.state.documents.doc_timeout = 60  # the next one on a busy test machine
        quick = _post_text(client, "Russia attacked Ukraine on Monday.")
        assert quick.status_code == 200 and quick.json()["events"]


def test_a_paste_over_the_memory_limit_is_a_413_and_the_next_paste_is_answered():
    app = create_app(None, max_extract_bytes=1024**2, extract_memory=300 * 1024**2)
    with TestClient(app) as client:
        hungry = _post_text(client, _prose(280_000))
        assert hungry.status_code == 413, hungry.text[:300]
        assert "memory limit" in hungry.json()["detail"]
        quick = _post_text(client, "Russia attacked Ukraine on Monday.")
        assert quick.status_code == 200 and quick.json()["events"]


def test_pastes_beyond_the_waiting_room_get_a_503_with_retry_after():
    app = create_app(None)
    service = app.state.documents
    service._max_waiting = 0
    with TestClient(app) as client:
        service._waiting = 1  # one paste is being analysed, none may wait behind it
        busy = _post_text(client, "Russia attacked Ukraine on Monday.")
        service._waiting = 0
    assert busy.status_code == 503 and busy.headers["retry-after"] == "5"
    assert "waiting" in busy.json()["detail"]


def test_a_body_with_more_tokens_than_the_cap_is_refused_before_parsing(monkeypatch):
    from eventwire.pipeline import limits
    from eventwire.pipeline.work import analyse_chunk

    monkeypatch.setattr(limits, "MAX_TOKENS", 1_000)
    raw = RawDocument(id="long", content=_prose(10_000))  # ~2,000 words and marks
    [(_, article)] = analyse_chunk([(0, raw)])
    assert [e.stage for e in article.errors] == ["size"]
    assert "over 1,000 tokens" in article.errors[0].message and not article.events


# -- 11, 14, 15. request shapes a browser or an attacker can send ---------------------------


def test_deeply_nested_json_is_a_422_not_a_500():
    with TestClient(create_app(None)) as client:
        body = b'{"text": ' + b"[" * 5_000 + b"]" * 5_000 + b"}"
        answer = client.post(
            "/api/extract", content=body, headers={"content-type": "application/json"}
        )
    assert answer.status_code == 422 and "nested" in answer.json()["detail"]


def test_only_the_configured_host_names_are_answered():
    app = create_app(None, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        assert client.get("/").status_code == 200
        assert client.get("/", headers={"host": "localhost:8000"}).status_code == 200
        rebound = client.get("/api/events", headers={"host": "attacker.example:8000"})
    assert rebound.status_code == 400


def test_a_cross_origin_post_is_refused_and_a_same_origin_one_runs():
    with TestClient(create_app(None), base_url="http://127.0.0.1:8000") as client:
        text = b"Russia attacked Ukraine on Monday."
        foreign = client.post(
            "/api/extract",
            content=text,
            headers={"content-type": "text/plain", "origin": "https://attacker.example"},
        )
        assert foreign.status_code == 403 and "cross-origin" in foreign.json()["detail"]
        own = client.post(
            "/api/extract",
            content=text,
            headers={"content-type": "text/plain", "origin": "http://127.0.0.1:8000"},
        )
        assert own.status_code == 200


# -- 8. slowloris: half-open connections are closed ------------------------------------------


def test_connections_that_never_finish_their_headers_are_closed():
    import uvicorn

    from eventwire.api.protocol import HeaderTimeoutProtocol

    class Quick(HeaderTimeoutProtocol):
        header_timeout = 0.5

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(create_app(None), http=Quick, log_level="warning", lifespan="off")
    )
    thread = threading.Thread(target=server.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    try:
        while not server.started:
            time.sleep(0.05)
        slow = []
        for _ in range(20):
            conn = socket.create_connection(("127.0.0.1", port), timeout=5)
            conn.sendall(b"GET /api/events HTTP/1.1\r\nHost: 127.0.0.1")  # never finished
            slow.append(conn)
        for conn in slow:
            assert conn.recv(1024) == b""  # closed by the server, well before 5 s
            conn.close()
        with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
            conn.sendall(b"GET /static/style.css HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            assert conn.recv(64).startswith(b"HTTP/1.1 200")
    finally:
        server.should_exit = True
        thread.join(10)


# -- 13. any input id can be fetched -----------------------------------------------------------


def test_articles_whose_input_id_has_a_slash_or_is_long_can_be_fetched(tmp_path):
    from urllib.parse import quote

    ids = ["reuters/2022/01/28/talks", "x" * 350]
    path = tmp_path / "ids.duckdb"
    with Store(path) as store:
        store.add(
            [
                make_article(doc_id, [("FRAGOV", "040", "USA")], url=f"https://x/{n}")
                for n, doc_id in enumerate(ids)
            ]
        )
    with TestClient(create_app(path)) as client:
        for doc_id in ids:
            for shown in (doc_id, quote(doc_id, safe="")):  # as typed, and as the dashboard links
                answer = client.get(f"/api/articles/{shown}")
                assert answer.status_code == 200, (shown[:40], answer.text[:200])
                assert answer.json()["doc_id"] == doc_id
        assert client.get("/openapi.json").json()["paths"]["/api/articles/{article_id}"]


def test_a_pasted_document_with_a_javascript_url_is_a_422():
    with TestClient(create_app(None)) as client:
        answer = client.post(
            "/api/extract",
            json={"text": "Russia attacked Ukraine on Monday.", "url": "javascript:alert(1)"},
        )
    assert answer.status_code == 422 and "http(s)" in answer.json()["detail"]


# -- 12. LIKE wildcards in a search are literal ---------------------------------------------


def test_a_search_for_percent_or_underscore_matches_only_those_characters(tmp_path):
    path = tmp_path / "search.duckdb"
    with Store(path) as store:
        store.add(
            [
                make_article("plain", [("FRAGOV", "040", "USA")], url="https://x/1"),
                make_article(
                    "marked",
                    [("RUSGOV", "190", "UKR")],
                    url="https://x/2",
                    extra_text="Prices rose 50% at the gas_hub.",
                    quotes=[("RUSGOV", "Prices rose 50% in a week")],
                ),
            ]
        )
    with TestClient(create_app(path)) as client:
        for q, expected in [("%", ["marked"]), ("_", ["marked"]), ("50%", ["marked"]), ("5_%", [])]:
            items = client.get("/api/articles", params={"q": q}).json()["items"]
            assert [a["doc_id"] for a in items] == expected, q
        assert len(client.get("/api/quotes", params={"q": "%"}).json()["items"]) == 1
        assert client.get("/api/quotes", params={"q": "_"}).json()["items"] == []


def test_serve_answers_only_loopback_names(store_path):
    """``eventwire serve`` itself: the Host allow-list is wired in."""
    from conftest import ROOT

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    server = subprocess.Popen(
        [sys.executable, "-m", "eventwire", "serve", "--db", str(store_path), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/overview", timeout=5)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and server.poll() is None
                time.sleep(0.3)
        assert answer.status_code == 200
        assert httpx.get(f"http://localhost:{port}/api/overview").status_code == 200
        rebound = httpx.get(
            f"http://127.0.0.1:{port}/api/overview", headers={"host": "attacker.example"}
        )
        assert rebound.status_code == 400
    finally:
        server.terminate()
        server.wait(30)
