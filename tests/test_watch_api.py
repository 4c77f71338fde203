"""``GET /api/sources`` and ``eventwire serve --watch``: the dashboard shows what is watched
and the articles a running watcher adds, without a restart. Sites on 127.0.0.1 only."""

from __future__ import annotations

import threading
import time

import pytest

from test_watch import _dead_port, watch_once
from watch_site import NewsSite, Page, article_html, rss


@pytest.fixture
def site():
    made = NewsSite({"/robots.txt": Page(b"User-agent: *\nAllow: /\n", content_type="text/plain")})
    made.pages["/b/1.html"] = Page(article_html("b1"))
    made.pages["/feed.xml"] = Page(
        rss(made.base, [made.url("/b/1.html")]), content_type="application/rss+xml"
    )
    yield made
    made.close()


def test_api_sources_lists_each_source_with_its_last_poll(site, tmp_path):
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    sources, db = tmp_path / "sources.txt", tmp_path / "store.duckdb"
    dead = f"http://127.0.0.1:{_dead_port()}/feed.xml"
    sources.write_text(f"{site.url('/feed.xml')} label=Second every=5m\n{dead} label=Dead\n")
    watch_once(sources, db)
    with TestClient(create_app(db)) as client:
        answer = client.get("/api/sources").json()
    by_label = {row["label"]: row for row in answer["sources"]}
    assert set(by_label) == {"Second", "Dead"}
    second = by_label["Second"]
    assert (second["last_status"], second["new_articles"], second["articles"]) == ("ok", 1, 1)
    assert second["interval"] == 300 and second["next_poll"] > second["last_poll"]
    assert by_label["Dead"]["last_status"] == "error" and by_label["Dead"]["errors"] == 1
    assert "Connection refused" in by_label["Dead"]["last_error"]
    assert answer["urls"] == {"stored": 1}


def test_api_sources_is_empty_when_nothing_is_watched(tmp_path):
    from fastapi.testclient import TestClient

    from eventwire.api import create_app

    with TestClient(create_app(tmp_path / "none.duckdb")) as client:
        assert client.get("/api/sources").json() == {"state": None, "sources": [], "urls": {}}


@pytest.mark.browser
def test_serve_watch_shows_new_articles_without_a_restart(site, tmp_path):
    from test_api_browser import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, _free_port

    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    import uvicorn

    from eventwire.api import create_app
    from eventwire.cli.watch import start_watching

    sources, db = tmp_path / "sources.txt", tmp_path / "store.duckdb"
    sources.write_text(f"{site.url('/feed.xml')} label=Second every=1s\n")
    store, stop_watching = start_watching(sources, db, None, workers=1)  # as `serve --watch`
    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(db, shared_store=store), host="127.0.0.1", port=port, log_level="warning"
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    try:
        with sync_api.sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page(base_url=f"http://127.0.0.1:{port}")
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto("/")
            page.wait_for_selector('#view[data-ready="true"][data-view="overview"]', timeout=60_000)
            articles = page.locator('[data-testid="watched-sources"] td[data-testid="articles"]')
            articles.filter(has_text="1").wait_for(timeout=60_000)

            site.pages["/b/2.html"] = Page(article_html("b2"))  # the site publishes a new story
            site.pages["/feed.xml"] = Page(
                rss(site.base, [site.url("/b/2.html"), site.url("/b/1.html")]),
                content_type="application/rss+xml",
            )
            articles.filter(has_text="2").wait_for(timeout=60_000)  # the panel refreshes itself
            new = page.locator('[data-testid="watched-sources"] td[data-testid="new-articles"]')
            assert new.inner_text() == "1"  # stored from the poll that found the new story
            page.reload()
            page.wait_for_selector('#view[data-ready="true"][data-view="overview"]', timeout=60_000)
            assert page.locator('[data-testid="tile-articles"] .tile-value').inner_text() == "2"
            articles.filter(has_text="2").wait_for(timeout=30_000)
            ARTIFACTS.mkdir(exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "watch-overview.png"), full_page=True)
            assert not errors, errors
            browser.close()
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        stop_watching()
        store.close()
