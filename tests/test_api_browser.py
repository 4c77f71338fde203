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
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
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
        pytest.skip(
            f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)"
        )
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

    def console(message):
        # A 4xx the page shows in its banner is the user's error, not the page's; 5xx are caught below.
        if message.type == "error" and not message.text.startswith(
            "Failed to load resource: the server responded"
        ):
            problems.append(f"console: {message.text}")

    page.on("console", console)
    page.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    page.on(
        "response",
        lambda response: (
            problems.append(f"{response.status} from {response.url}")
            if response.status >= 500
            else None
        ),
    )

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
    _ready(page, hash_path.split("?")[0].lstrip("#/").split("/")[0] or "overview")


def _ready(page, view: str | None = None) -> None:
    """The page has finished rendering the address it shows now (a click changes the address
    before the app's hashchange handler runs, so "ready" alone may be the previous page's)."""
    page.wait_for_function(
        """view => {
            const root = document.getElementById("view");
            return root && root.dataset.ready === "true" && root.dataset.hash === location.hash
                && (!view || root.dataset.view === view);
        }""",
        arg=view,
        timeout=30_000,
    )


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
    assert (
        page.locator('[data-testid="tile-articles"] .tile-value').inner_text()
        == f"{data['totals']['articles']:,}"
    )
    assert (
        page.locator('[data-testid="tile-events"] .tile-value').inner_text()
        == f"{data['totals']['events']:,}"
    )
    assert data["volume"]["items"], "the pipeline found no dated events"
    assert page.locator("#volume-chart").get_attribute("data-points") == str(
        len(data["volume"]["items"])
    )
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
    assert rows.count() == len(everything["items"]) >= 1
    first = everything["items"][0]
    page.select_option('#event-filters select[name="root"]', first["root"])
    page.fill(
        '#event-filters input[name="actor"]', first["source"]["code"] or first["source"]["country"]
    )
    page.click('#event-filters button[type="submit"]')
    _ready(page, "events")
    assert f"root={first['root']}" in page.url
    expected = api(
        f"/api/events?limit=50&root={first['root']}&actor={first['source']['code'] or first['source']['country']}"
    )
    assert rows.count() == len(expected["items"]) >= 1
    for cell in rows.locator("td:nth-child(3)").all_inner_texts():
        assert cell.startswith(first["root"])
    _shot(page, "events-filtered")

    rows.first.locator("a.sentence-link").click()
    _ready(page, "article")
    focused = page.locator(".note.focused")
    page.wait_for_selector(".note.focused", timeout=10_000)
    assert focused.count() == 1 and expected["items"][0]["cameo"] in focused.inner_text()
    assert page.locator("mark.focused").count() >= 1

    _open(page, "#/events")
    page.fill('#event-filters input[name="dyad"]', "RUS-UKR")
    page.click('#event-filters button[type="submit"]')
    _ready(page, "events")
    assert "dyad" in _banner(page) and "RUS:UKR" in _banner(page)


def test_dyad_explorer_lists_the_events_behind_a_point(page, api):
    dyads = api("/api/overview?top=1")["top_dyads"]
    assert dyads, "the pipeline found no dyad in the seed and corpus articles"
    dyad = dyads[0]["dyad"]
    series = api(f"/api/series?dyad={dyad}&freq=day")["items"]
    _open(page, f"#/dyads?dyad={dyad}&freq=day")
    assert page.locator("#dyad-chart").get_attribute("data-points") == str(len(series))
    index = max(range(len(series)), key=lambda i: series[i]["events"])
    # A responsive chart takes its box's size a frame or more after it is drawn (later on a busy
    # machine): read the point's position once the chart's place and size have held for a few frames.
    point = page.evaluate(
        """async (i) => { const chart = Chart.getChart("dyad-chart");
                          const frame = () => new Promise((done) => requestAnimationFrame(done));
                          for (let still = 0, seen = ""; still < 3; ) {
                            await frame();
                            const box = chart.canvas.getBoundingClientRect();
                            const now = `${box.left},${box.top} ${chart.width}x${chart.height}`;
                            still = now === seen ? still + 1 : 0;
                            seen = now;
                          }
                          const meta = chart.getDatasetMeta(0).data[i];
                          const box = chart.canvas.getBoundingClientRect();
                          return { x: box.left + meta.x, y: box.top + meta.y }; }""",
        index,
    )
    page.mouse.click(point["x"], point["y"])
    page.wait_for_selector("#point-events #event-table", timeout=15_000)
    day = series[index]["period"][:10]
    expected = api(f"/api/events?dyad={dyad}&since={day}&until={day}&limit=200")["items"]
    assert (
        page.locator("#point-events #event-table tbody tr").count()
        == len(expected)
        == series[index]["events"]
    )
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
        f"{len(article['events'])} events, {len(article['quotes'])} quotes"
    )
    assert article["events"] and article["quotes"], "the seed article must yield events and quotes"
    _check_annotations(page, article)
    _shot(page, "paste")


def test_highlights_stay_on_their_words_after_emoji_and_flags(page):
    """Spans count code points; the page counts UTF-16 units. Emoji and flags (two code points
    each, four units) before an event must not shift its highlight or split a character."""
    text = (
        "Live updates \U0001f1fa\U0001f1e6 \U0001f4e2\n\n"
        "\U0001f1fa\U0001f1e6 Russian troops attacked the Ukrainian city of Kharkiv on Monday \U0001f525. "
        "Ukraine condemned Russia for the attack, the foreign ministry said."
    )
    _open(page, "#/paste")
    page.fill("#paste-text", text)
    with page.expect_response("**/api/extract") as response_info:
        page.click("#paste-submit")
    article = response_info.value.json()
    page.wait_for_selector("#paste-result .article", timeout=60_000)
    assert article["events"], "the pasted sentences must yield events"
    last = max(event["span"][0] for event in article["events"])
    assert any(ord(ch) > 0xFFFF for ch in article["body"][:last]), "no emoji before an event"
    _check_annotations(page, article)
    assert "\ufffd" not in page.locator("#paste-result .article").inner_text()


def test_article_text_is_shown_as_text_never_run_as_markup(page):
    hostile = (
        "Officials said on Monday that the <b>talks</b> would go on. "
        '<img src=x onerror="window.__pwned = 1"> The minister said <script>window.__pwned = 2</script> '
        "that both sides agreed to meet again in Geneva."
    )
    _open(page, "#/paste")
    page.fill("#paste-text", hostile)
    with page.expect_response("**/api/extract") as response_info:
        page.click("#paste-submit")
    body = response_info.value.json()["body"]
    page.wait_for_selector("#paste-result .article", timeout=60_000)
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#paste-result img, #paste-result script, #paste-result b").count() == 0
    shown = page.evaluate("""() => [...document.querySelectorAll("#article-body .para-text")]
        .map((p) => [...p.childNodes].filter((n) => n.nodeName !== "SUP").map((n) => n.textContent).join("")).join("")""")
    assert shown == _visible(body, 0, len(body))
    assert "<script>" in shown or "<script>" not in body


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
    """Every event's sentence and every quote highlighted (exact text), the event's own span
    emphasised, and a note with its codes beside them."""
    body = article["body"]
    assert page.locator(".note-event").count() == len(article["events"])
    assert page.locator(".note-quote").count() == len(article["quotes"])
    for index, event in enumerate(article["events"], start=1):
        key = f"E{index}"
        start, end = event["span"]
        sentence_start = _sentence_start(body, event["sentence"], start, end)
        assert _marked(page, "keys", key) == _visible(
            body, sentence_start, sentence_start + len(event["sentence"])
        ), key
        assert _marked(page, "core", key) == _visible(body, start, end), key
        note = page.locator(f'.note[data-key="{key}"]').inner_text()
        assert event["cameo"] in note
        assert (event["source"]["code"] or event["source"]["country"] or "?") in note
    for index, quote in enumerate(article["quotes"], start=1):
        key = f"Q{index}"
        assert _marked(page, "keys", key) == _visible(body, *quote["span"]), key
        assert quote["kind"] in page.locator(f'.note[data-key="{key}"]').inner_text()


def _sentence_start(body: str, sentence: str, start: int, end: int) -> int:
    """Where the event's sentence is in the body: the occurrence that contains its span."""
    index = body.find(sentence)
    while index != -1 and not (index <= start and end <= index + len(sentence)):
        index = body.find(sentence, index + 1)
    assert index != -1, f"sentence of span {start}-{end} not in the body"
    return index


def _marked(page, attribute: str, key: str) -> str:
    return page.evaluate(
        """([attribute, key]) => [...document.querySelectorAll(`mark[data-${attribute}]`)]
             .filter((m) => m.getAttribute(`data-${attribute}`).split(" ").includes(key))
             .map((m) => m.textContent).join("")""",
        [attribute, key],
    )


def _visible(body: str, start: int, end: int) -> str:
    """The text from start to end without the blank lines between paragraphs (not highlighted)."""
    import re

    return re.sub(r"\n\s*\n", "", body[start:end])


def test_openapi_docs_render_offline(page):
    page.goto("/docs")
    page.wait_for_selector(".opblock", timeout=30_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    for path in ("/api/events", "/api/articles/{article_id}", "/api/extract"):
        assert any(path in text.replace("\u200b", "") for text in paths), path
    _shot(page, "docs")
