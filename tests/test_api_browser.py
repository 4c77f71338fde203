"""The dashboard in Debian's Chromium, against a live server over a store the pipeline filled.

Each test loads a page, uses it as a user would, checks what it shows against the API, and
saves a full-page screenshot under test-artifacts/. Any console error, uncaught exception or
request to another host fails the test (the dashboard must work offline).
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import httpx
import pytest

from api_store import filled_store

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def server_url():
    import uvicorn

    from eventwire.api import create_app

    app = create_app(filled_store())
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def api(server_url):
    with httpx.Client(base_url=server_url, timeout=60) as client:
        yield lambda path: client.get(path).raise_for_status().json()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server_url):
    context = browser.new_context(base_url=server_url, viewport={"width": 1360, "height": 900})
    page = context.new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(f"console: {message.text}") if message.type == "error" else None)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))

    def only_local(route):
        if route.request.url.startswith(server_url):
            route.continue_()
        else:
            problems.append(f"request to another host: {route.request.url}")
            route.abort()

    page.route("**/*", only_local)
    page.problems = problems
    yield page
    context.close()
    assert not problems, problems


def _open(page, hash_path: str) -> None:
    page.goto("/" + hash_path)
    _ready(page)


def _ready(page, view: str | None = None) -> None:
    selector = f'#view[data-ready="true"]' + (f'[data-view="{view}"]' if view else "")
    page.wait_for_selector(selector, timeout=30_000)


def _shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _banner(page) -> str:
    banner = page.locator("#banner")
    return banner.inner_text() if banner.is_visible() else ""


def test_overview_shows_totals_volume_top_dyads_and_alerts(page, api):
    data = api("/api/overview?top=10")
    _open(page, "#/")
    assert _banner(page) == ""
    assert page.locator('[data-testid="tile-articles"] .tile-value').inner_text() == f"{data['totals']['articles']:,}"
    assert page.locator('[data-testid="tile-events"] .tile-value').inner_text() == f"{data['totals']['events']:,}"
    if data["volume"]:
        assert page.locator("#volume-chart").get_attribute("data-points") == str(len(data["volume"]))
    if data["top_dyads"]:
        rows = page.locator("#top-dyads tbody tr")
        assert rows.count() == len(data["top_dyads"])
        assert rows.first.locator("a").inner_text() == data["top_dyads"][0]["dyad"]
    else:
        assert page.locator("#top-dyads").inner_text() == "No dyads yet."
    assert page.locator("#alerts").count() == 1
    _shot(page, "overview")


def test_event_table_filters_and_pages(page, api):
    everything = api("/api/events?limit=50")
    _open(page, "#/events")
    rows = page.locator("#event-table tbody tr")
    assert rows.count() == len(everything["items"])
    if not everything["items"]:
        pytest.skip("the store holds no events (events stage not merged?)")
    first = everything["items"][0]
    page.select_option('#event-filters select[name="root"]', first["root"])
    page.fill('#event-filters input[name="actor"]', first["source"]["code"] or first["source"]["country"])
    page.click('#event-filters button[type="submit"]')
    _ready(page, "events")
    assert f"root={first['root']}" in page.url
    expected = api(f"/api/events?limit=50&root={first['root']}&actor={first['source']['code'] or first['source']['country']}")
    assert rows.count() == len(expected["items"]) >= 1
    for cell in rows.locator("td:nth-child(3)").all_inner_texts():
        assert cell.startswith(first["root"])
    _shot(page, "events-filtered")

    page.fill('#event-filters input[name="dyad"]', "RUS-UKR")
    page.click('#event-filters button[type="submit"]')
    _ready(page, "events")
    assert "dyad" in _banner(page) and "RUS:UKR" in _banner(page)


def test_dyad_explorer_lists_the_events_behind_a_point(page, api):
    dyads = api("/api/overview?top=1")["top_dyads"]
    if not dyads:
        pytest.skip("the store holds no dyads (events stage not merged?)")
    dyad = dyads[0]["dyad"]
    series = api(f"/api/series?dyad={dyad}&freq=day")["items"]
    _open(page, f"#/dyads?dyad={dyad}&freq=day")
    assert page.locator("#dyad-chart").get_attribute("data-points") == str(len(series))
    index = max(range(len(series)), key=lambda i: series[i]["events"])
    point = page.evaluate(
        """(i) => { const chart = Chart.getChart("dyad-chart");
                    const meta = chart.getDatasetMeta(0).data[i];
                    const box = chart.canvas.getBoundingClientRect();
                    return { x: box.left + meta.x, y: box.top + meta.y }; }""", index)
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#point-events #event-table, #point-events .empty", timeout=15_000)
    day = series[index]["period"][:10]
    expected = api(f"/api/events?dyad={dyad}&since={day}&until={day}&limit=200")["items"]
    assert page.locator("#point-events #event-table tbody tr").count() == len(expected) == series[index]["events"]
    _shot(page, "dyad-explorer")


def test_article_view_highlights_each_event_sentence_and_quote_with_codes(page, api):
    listing = api("/api/articles?limit=100")["items"]
    seed = next(a for a in listing if a["doc_id"] == "article")
    stored = api(f"/api/articles/{seed['id']}")
    _open(page, "#/articles")
    page.click(f'#article-table a:has-text("{(seed["title"] or seed["id"])[:40]}")')
    _ready(page, "article")
    assert page.locator(".article-title").inner_text() == (stored["title"] or stored["id"])
    _check_annotations(page, stored)
    _shot(page, "article")


def test_paste_page_extracts_and_highlights(page, seed_text):
    _open(page, "#/paste")
    page.fill("#paste-text", seed_text)
    with page.expect_response("**/api/extract") as response_info:
        page.click("#paste-submit")
    article = response_info.value.json()
    page.wait_for_selector("#paste-result .article", timeout=60_000)
    assert page.locator("#paste-status").inner_text() == (
        f"{len(article['events'])} events, {len(article['quotes'])} quotes")
    _check_annotations(page, article)
    _shot(page, "paste")
    if not article["events"]:
        pytest.skip("the pipeline found no events in the seed article (events stage not merged?)")


def test_quotes_and_articles_pages_load(page, api):
    quotes = api("/api/quotes?limit=50")["items"]
    _open(page, "#/quotes")
    assert _banner(page) == ""
    assert page.locator("#quote-table tbody tr").count() == len(quotes)
    _shot(page, "quotes")
    articles = api("/api/articles?limit=50")["items"]
    _open(page, "#/articles")
    assert page.locator("#article-table tbody tr").count() == len(articles)
    page.fill('#article-search input[name="q"]', "zzzz-no-such-word")
    page.click('#article-search button[type="submit"]')
    _ready(page, "articles")
    assert page.locator("#article-table").inner_text() == "No articles."


def _check_annotations(page, article: dict) -> None:
    """Every event and quote: its span highlighted (exact text) and a note with its codes beside it."""
    body = article["body"]
    notes = page.locator(".note-event")
    assert notes.count() == len(article["events"])
    assert page.locator(".note-quote").count() == len(article["quotes"])
    annotations = [("E", e) for e in article["events"]] + [("Q", q) for q in article["quotes"]]
    counters = {"E": 0, "Q": 0}
    for prefix, annotation in annotations:
        counters[prefix] += 1
        key = f"{prefix}{counters[prefix]}"
        start, end = annotation["span"]
        highlighted = page.evaluate(
            """(key) => [...document.querySelectorAll("mark[data-keys]")]
                 .filter((m) => m.dataset.keys.split(" ").includes(key)).map((m) => m.textContent).join("")""", key)
        expected = "".join(part for part in _paragraph_pieces(body, start, end))
        assert highlighted == expected, key
        note = page.locator(f'.note[data-key="{key}"]').inner_text()
        if prefix == "E":
            assert annotation["cameo"] in note
            assert (annotation["source"]["code"] or annotation["source"]["country"] or "?") in note
        else:
            assert annotation["kind"] in note


def _paragraph_pieces(body: str, start: int, end: int):
    """The span's text without the blank lines between paragraphs (which are not highlighted)."""
    import re

    cursor = start
    for gap in re.finditer(r"\n\s*\n", body[start:end]):
        yield body[cursor:start + gap.start()]
        cursor = start + gap.end()
    yield body[cursor:end]
