"""The watcher's parts on their own: the sources file, link finding and canonicalisation,
the per-host gate, robots.txt, the archive's records, and recovery from a torn record."""

from __future__ import annotations

import re
import threading
import time

import pytest

from watch_site import NewsSite, Page, article_html, rss, sitemap

# -- sources file ------------------------------------------------------------------------


def test_sources_file_settings_comments_and_duplicates(tmp_path):
    from eventwire.watch import load_sources

    path = tmp_path / "sources.txt"
    path.write_text(
        "# news\n\n"
        "https://example.com/rss.xml  label='Example World' every=10m\n"
        "https://example.org/sitemap.xml kind=sitemap delay=5  # the paper\n"
        "https://example.com/rss.xml\n"
    )
    first, second = load_sources(path)
    assert (first.label, first.interval, first.kind, first.delay) == (
        "Example World",
        600,
        "auto",
        None,
    )
    assert (second.label, second.kind, second.delay, second.host) == (
        "example.org",
        "sitemap",
        5.0,
        "example.org",
    )


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("ftp://example.com/feed", "not an http(s) URL"),
        ("https://example.com/feed every=soon", "not a duration"),
        ("https://example.com/feed kind=podcast", "kind must be one of"),
        ("https://example.com/feed colour=red", "unknown setting 'colour=red'"),
        ("https://example.com/feed delay=-1", "delay cannot be negative"),
    ],
)
def test_a_bad_sources_line_is_named(tmp_path, line, message):
    from eventwire.watch import SourcesError, load_sources

    path = tmp_path / "sources.txt"
    path.write_text(f"https://example.com/ok.xml\n{line}\n")
    with pytest.raises(SourcesError, match=f"line 2: .*{re.escape(message)}"):
        load_sources(path)


def test_an_empty_sources_file_is_an_error(tmp_path):
    from eventwire.watch import SourcesError, load_sources

    (tmp_path / "empty.txt").write_text("# nothing yet\n")
    with pytest.raises(SourcesError, match="lists no sources"):
        load_sources(tmp_path / "empty.txt")


def test_durations():
    from eventwire.watch import parse_duration

    assert [parse_duration(t) for t in ("90", "90s", "15m", "1.5h", "1d")] == [
        90,
        90,
        900,
        5400,
        86400,
    ]
    with pytest.raises(ValueError):
        parse_duration("0")


# -- links -------------------------------------------------------------------------------


def test_canonical_urls():
    from eventwire.watch.links import canonical

    base = "https://News.Example.com/world/index.html"
    assert (
        canonical("/a.html?utm_source=rss&b=2&a=1#comments", base)
        == "https://news.example.com/a.html?a=1&b=2"
    )
    assert canonical("b.html", base) == "https://news.example.com/world/b.html"
    assert canonical("mailto:desk@example.com", base) is None
    assert canonical("javascript:void(0)", base) is None


def test_links_of_feeds_sitemaps_and_pages():
    from eventwire.watch.links import links_in

    base = "http://news.example.com"
    feed = links_in(
        rss(base, [f"{base}/a.html", f"{base}/a.html#x", f"{base}/r.pdf"]), f"{base}/rss", "auto"
    )
    assert (feed.kind, feed.articles) == (
        "feed",
        [f"{base}/a.html"],
    )  # the channel's home link is no article
    assert "not a web page (.pdf file)" in feed.refused[f"{base}/r.pdf"]
    atom = (
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><link rel="self" href="/atom"/>'
        f'<entry><link href="{base}/b.html"/></entry></feed>'
    ).encode()
    assert links_in(atom, f"{base}/atom", "auto").articles == [f"{base}/b.html"]
    index = (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        f"<sitemap><loc>{base}/news-1.xml</loc></sitemap></sitemapindex>"
    ).encode()
    nested = links_in(index, f"{base}/sitemap.xml", "auto")
    assert (nested.kind, nested.articles, nested.sitemaps) == (
        "sitemap",
        [],
        [f"{base}/news-1.xml"],
    )
    assert links_in(sitemap([f"{base}/c.html"]), f"{base}/news-1.xml", "sitemap").articles == [
        f"{base}/c.html"
    ]
    home = b"<html><body><a href='/world/d.html'>d</a><a href='/tag/world'>tag</a><a href='http://other.org/e'>e</a></body></html>"
    assert links_in(home, f"{base}/", "auto").articles == [f"{base}/world/d.html"]


# -- politeness --------------------------------------------------------------------------


def test_the_gate_lets_one_request_at_a_time_reach_a_host_with_its_delay():
    from eventwire.watch import Politeness
    from eventwire.watch.politeness import HostGate

    gate = HostGate(Politeness(delay=0.05))
    spans: list[tuple[float, float]] = []

    def request() -> None:
        with gate.turn("example.com"):
            start = time.monotonic()
            time.sleep(0.01)
            spans.append((start, time.monotonic()))

    threads = [threading.Thread(target=request) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    spans.sort()
    assert all(after[0] - before[1] >= 0.05 for before, after in zip(spans, spans[1:]))


def _fetcher(**settings):
    from eventwire.watch import Politeness
    from eventwire.watch.fetcher import Fetcher

    return Fetcher(
        Politeness(**{"delay": 0.01, "retries": 1, "backoff": 0.01, "timeout": 1.0, **settings})
    )


def test_an_unreadable_robots_txt_forbids_the_host_and_says_why():
    site = NewsSite({"/robots.txt": Page(b"down", status=503), "/a.html": Page(article_html("a1"))})
    try:
        answer = _fetcher().get(site.url("/a.html"))
        assert answer.outcome == "skipped"
        assert answer.reason.startswith("robots.txt could not be read (HTTP 503")
        assert site.paths() == ["/robots.txt", "/robots.txt"]  # retried once, page never asked
    finally:
        site.close()


def test_crawl_delay_lengthens_the_hosts_delay():
    robots = b"User-agent: *\nCrawl-delay: 1\n"
    site = NewsSite(
        {
            "/robots.txt": Page(robots, content_type="text/plain"),
            "/a.html": Page(article_html("a1")),
        }
    )
    try:
        fetcher = _fetcher()
        assert fetcher.get(site.url("/a.html")).outcome == "ok"
        assert fetcher.get(site.url("/a.html")).outcome == "ok"
        starts = [hit.start for hit in site.hits]
        assert starts[2] - starts[1] >= 1.0  # the stdlib parser reads whole seconds
    finally:
        site.close()


# -- archive -----------------------------------------------------------------------------


def test_a_page_record_reads_back_as_ingest_reads_it(tmp_path):
    from eventwire.ingest.warc import read_warc
    from eventwire.watch.archive import RotatingWarc, raw_document, record_bytes
    from eventwire.watch.fetcher import Fetched

    fetched = Fetched(
        "http://127.0.0.1/a.html",
        "ok",
        status=200,
        headers=[("Content-Type", "text/html; charset=windows-1252"), ("Content-Encoding", "gzip")],
        body=article_html("a1"),
    )
    _, data = record_bytes(fetched)
    warc = RotatingWarc(tmp_path, "pages")
    path, offset = warc.reserve(len(data))
    warc.write(data)
    warc.close()
    ours = raw_document(data, "here")
    (theirs,) = read_warc(path, 10**6)
    for name in ("id", "content", "url", "kind_hint", "extra", "error"):
        assert getattr(ours, name) == getattr(theirs, name), name
    assert ours.extra == {"charset": "windows-1252"}


def test_a_record_torn_by_a_kill_is_cut_off_and_its_page_fetched_again(tmp_path):
    from eventwire.store import Store
    from eventwire.watch import (
        Politeness,
        Watcher,
        WatchState,
        archive_path,
        load_sources,
        state_path,
    )
    from eventwire.watch.archive import RotatingWarc, Stored, record_bytes
    from eventwire.watch.fetcher import Fetched

    site = NewsSite({"/a.html": Page(article_html("a1"))})
    site.pages["/feed.xml"] = Page(
        rss(site.base, [site.url("/a.html")]), content_type="application/rss+xml"
    )
    db = tmp_path / "store.duckdb"
    (tmp_path / "sources.txt").write_text(site.url("/feed.xml") + "\n")
    # What a watcher killed in the middle of writing the page's record leaves behind:
    state = WatchState(state_path(db))
    state.add_found(site.url("/feed.xml"), [site.url("/a.html")])
    record_id, data = record_bytes(Fetched(site.url("/a.html"), "ok", status=200, body=b"<html>"))
    warc = RotatingWarc(archive_path(db), "pages")
    path, offset = warc.reserve(len(data))
    state.archived(site.url("/a.html"), Stored(record_id, str(path), offset, len(data)))
    warc.write(data[: len(data) // 2])
    warc.close()
    try:
        with Store(db) as store:
            Watcher(
                load_sources(tmp_path / "sources.txt"),
                store,
                state,
                archive=archive_path(db),
                politeness=Politeness(delay=0.01),
            ).run(once=True)
            urls = [
                row[0] for row in store.query("SELECT url FROM articles").itertuples(index=False)
            ]
        assert urls == [site.url("/a.html")]
        assert path.stat().st_size == 0  # the torn half is gone: a replay reads a clean archive
        assert site.count("/a.html") == 1
    finally:
        state.close()
        site.close()


def test_a_gzipped_sitemap_is_read():
    import gzip

    from eventwire.watch.links import links_in

    base = "http://news.example.com"
    packed = gzip.compress(sitemap([f"{base}/g.html"]))
    assert links_in(packed, f"{base}/sitemap.xml.gz", "auto").articles == [f"{base}/g.html"]


def test_a_robots_txt_that_redirects_is_followed():
    robots = b"User-agent: *\nDisallow: /private/\n"
    site = NewsSite(
        {
            "/robots.txt": Page(status=301, location="/meta/robots-file"),
            "/meta/robots-file": Page(robots, content_type="text/plain"),
            "/private/a.html": Page(article_html("a1")),
        }
    )
    try:
        answer = _fetcher().get(site.url("/private/a.html"))
        assert (answer.outcome, answer.reason) == ("skipped", "disallowed by robots.txt")
        assert site.paths() == ["/robots.txt", "/meta/robots-file"]
    finally:
        site.close()


def test_a_page_that_trickles_in_is_cut_off_at_the_timeout():
    site = NewsSite(
        {"/slow.html": Page(b"<html><body>" + b"x" * 20_000 + b"</body></html>", trickle=0.05)}
    )
    try:
        started = time.monotonic()
        answer = _fetcher(timeout=0.3, retries=0).get(site.url("/slow.html"), obey_robots=False)
        assert (answer.outcome, answer.reason, answer.transient) == (
            "error",
            "timed out after 0.3 s",
            True,
        )
        assert time.monotonic() - started < 1.0  # each piece came in time; the whole did not
    finally:
        site.close()


def test_the_archive_rotates_and_its_files_sort_in_writing_order(tmp_path):
    from eventwire.ingest import read
    from eventwire.watch.archive import RotatingWarc, record_bytes
    from eventwire.watch.fetcher import Fetched

    warc = RotatingWarc(tmp_path, "pages", rotate_bytes=1)  # every record over it: a file each
    written = []
    for key in ("a1", "a2", "a3", "a4"):
        page = Fetched(f"http://127.0.0.1/{key}", "ok", status=200, body=article_html(key))
        page.headers = [("Content-Type", "text/html")]
        record_id, data = record_bytes(page)
        warc.reserve(len(data))
        warc.write(data)
        written.append(record_id.strip("<>").removeprefix("urn:uuid:"))
    warc.close()
    RotatingWarc(tmp_path, "pages").reserve(1)  # a new run starts a new file, numbered on
    files = sorted(tmp_path.glob("pages-*.warc.gz"))
    assert [f.name[:12] for f in files] == [
        "pages-000001",
        "pages-000002",
        "pages-000003",
        "pages-000004",
        "pages-000005",
    ]
    assert [raw.id for raw in read(files[:4])] == written


def test_a_page_without_a_content_type_is_skipped_as_replay_would_not_read_it():
    site = NewsSite({"/bare": Page(article_html("a1"), content_type="")})
    try:
        answer = _fetcher().get(site.url("/bare"), obey_robots=False)
        assert (answer.outcome, answer.reason) == (
            "skipped",
            "not HTML (no Content-Type), not downloaded",
        )
    finally:
        site.close()


def _poll_once(site_url: str, tmp_path, kind: str = "auto"):
    from eventwire.watch.archive import RotatingWarc
    from eventwire.watch.polling import poll
    from eventwire.watch.sources import Source
    from eventwire.watch.state import WatchState

    state = WatchState(tmp_path / "state.sqlite")
    state.register(site_url, "test", kind, 60)
    warc = RotatingWarc(tmp_path / "feeds", "feeds")
    try:
        return poll(Source(site_url, "test", kind), _fetcher(), state, warc), state.validators(
            site_url
        )
    finally:
        warc.close()
        state.close()


def test_a_redirected_feed_is_asked_conditionally_under_its_own_url(tmp_path):
    site = NewsSite({"/old-feed.xml": Page(status=301, location="/feed.xml")})
    site.pages["/feed.xml"] = Page(
        rss(site.base, [site.url("/a.html")]), content_type="application/rss+xml", etag='"v1"'
    )
    try:
        first, validators = _poll_once(site.url("/old-feed.xml"), tmp_path)
        second, _ = _poll_once(site.url("/old-feed.xml"), tmp_path)
        assert (first.status, first.new, validators["etag"]) == ("ok", 1, '"v1"')
        assert (second.status, second.new) == ("not modified", 0)
    finally:
        site.close()


def test_a_failing_nested_sitemap_leaves_its_index_to_be_asked_in_full_again(tmp_path):
    index = (
        '<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
        "<sitemap><loc>{0}/s1.xml</loc></sitemap><sitemap><loc>{0}/s2.xml</loc></sitemap></sitemapindex>"
    )
    site = NewsSite({})
    site.pages["/index.xml"] = Page(
        index.format(site.base).encode(), content_type="application/xml", etag='"i1"'
    )
    site.pages["/s1.xml"] = Page(
        sitemap([site.url("/a.html")]), content_type="application/xml", etag='"s1"'
    )
    try:
        result, validators = _poll_once(site.url("/index.xml"), tmp_path)
        assert (result.status, result.new) == ("ok", 1)
        assert result.error.startswith(site.url("/s2.xml")) and "HTTP 404" in result.error
        assert validators == {}  # no ETag kept for the index: the next poll reads it again
        again, _ = _poll_once(site.url("/index.xml"), tmp_path)
        assert [hit.status for hit in site.hits if hit.path == "/index.xml"] == [200, 200]
        assert [hit.status for hit in site.hits if hit.path == "/s1.xml"] == [200, 304]
    finally:
        site.close()
