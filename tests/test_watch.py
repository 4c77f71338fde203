"""``eventwire watch`` against local sites on 127.0.0.1: what is fetched, what never is, how
politely, what is stored and archived, and that the archive rebuilds the store.

One module-level run watches the three test sites twice (a second run as after a restart),
through the real pipeline into a real store; the tests read what it left.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from watch_site import STORIES, Sites, sources_file, three_sites

DELAY = 0.1
# The test server notes a request's start and end from its own threads, which a loaded machine
# may schedule a few milliseconds late; a gate that let requests through early or together
# would show gaps near zero, far below DELAY - SLACK.
SLACK = 0.03
USER_AGENT = "eventwire-test/1.0 (+http://127.0.0.1/contact)"


def _politeness():
    from eventwire.watch import Politeness

    return Politeness(
        user_agent=USER_AGENT, delay=DELAY, timeout=0.5, retries=2, backoff=0.05, max_bytes=1 << 20
    )


def _dead_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def watch_once(sources: Path, db: Path):
    """One ``--once`` pass of a fresh watcher (as a new process would make) into ``db``."""
    from eventwire.store import Store
    from eventwire.watch import Watcher, WatchState, archive_path, load_sources, state_path

    with Store(db) as store:
        state = WatchState(state_path(db))
        watcher = Watcher(
            load_sources(sources), store, state, archive=archive_path(db), politeness=_politeness()
        )
        summary = watcher.run(once=True)
        state.close()
    return summary


class Watched:
    def __init__(self, folder: Path) -> None:
        self.sites: Sites = three_sites()
        self.sources = folder / "sources.txt"
        sources_file(self.sources, self.sites, _dead_port())
        self.db = folder / "watch.duckdb"
        self.first = watch_once(self.sources, self.db)
        self.first_hits = {site.base: list(site.hits) for site in self.sites.all()}
        for site in self.sites.all():
            site.hits.clear()
        self.second = watch_once(self.sources, self.db)
        self.second_hits = {site.base: list(site.hits) for site in self.sites.all()}

    def query(self, sql: str) -> list[tuple]:
        from eventwire.store import Store

        with Store(self.db, read_only=True) as store, store.cursor() as cur:
            return cur.execute(sql).fetchall()

    def urls(self) -> dict[str, tuple]:
        from eventwire.watch import WatchState, state_path

        state = WatchState(state_path(self.db), read_only=True)
        try:
            rows = state.con.execute("SELECT url, status, reason, attempts FROM urls").fetchall()
        finally:
            state.close()
        return {row[0]: row[1:] for row in rows}


@pytest.fixture(scope="module")
def watched(tmp_path_factory) -> Watched:
    result = Watched(tmp_path_factory.mktemp("watch"))
    yield result
    result.sites.close()


def test_every_allowed_article_is_stored_exactly_once(watched):
    rows = watched.query("SELECT url, title FROM articles")
    urls = [url for url, _ in rows]
    assert sorted(urls) == sorted(watched.sites.expected)
    titles = {url: title for url, title in rows}
    for url, key in watched.sites.expected.items():
        assert titles[url] == STORIES[key][0]
    assert watched.first.store.articles == len(watched.sites.expected)
    assert watched.second.store.articles == 0
    events, quotes = watched.query(
        "SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM quotes)"
    )[0]
    assert events > 0 and quotes > 0  # the pages went through the whole pipeline


def test_disallowed_and_file_links_are_never_requested(watched):
    paths = [hit.path for hits in watched.first_hits.values() for hit in hits]
    paths += [hit.path for hits in watched.second_hits.values() for hit in hits]
    assert not [p for p in paths if p.startswith("/private/")]
    assert "/files/report.pdf" not in paths
    main = watched.sites.main.base
    urls = watched.urls()
    assert urls[f"{main}/private/secret.html"][:2] == ("skipped", "disallowed by robots.txt")
    assert "not a web page (.pdf file)" in urls[f"{main}/files/report.pdf"][1]


def test_non_html_answers_are_skipped_with_a_reason(watched):
    status, reason, _ = watched.urls()[f"{watched.sites.main.base}/files/brief"]
    assert status == "skipped"
    assert reason == "not HTML (application/pdf), not downloaded"


def test_no_host_gets_two_requests_at_once_or_faster_than_its_delay(watched):
    for hits_by_host in (watched.first_hits, watched.second_hits):
        for base, hits in hits_by_host.items():
            if base == watched.sites.slow.base:
                continue  # its server goes on sleeping after the client timed out (next test)
            ordered = sorted(hits, key=lambda hit: hit.start)
            for before, after in zip(ordered, ordered[1:]):
                assert after.start - before.end >= DELAY - SLACK, (base, before.path, after.path)


def test_a_slow_host_gets_its_requests_one_delay_apart(watched):
    starts = sorted(hit.start for hit in watched.first_hits[watched.sites.slow.base])
    assert all(later - earlier >= DELAY - SLACK for earlier, later in zip(starts, starts[1:]))


def test_server_errors_are_retried_and_the_page_then_stored(watched):
    main = watched.sites.main.base
    flaky = [hit.status for hit in watched.first_hits[main] if hit.path == "/news/flaky.html"]
    assert flaky == [500, 500, 200]
    assert watched.urls()[f"{main}/news/flaky.html"][0] == "stored"


def test_timeouts_fail_after_retries_and_are_tried_again_next_poll(watched):
    slow = watched.sites.slow.base
    status, reason, attempts = watched.urls()[f"{slow}/c/slow.html"]
    assert status == "failed" and "timed out" in reason and "after 3 attempts" in reason
    first = [hit.path for hit in watched.first_hits[slow]].count("/c/slow.html")
    second = [hit.path for hit in watched.second_hits[slow]].count("/c/slow.html")
    assert (first, second, attempts) == (3, 3, 2)
    assert watched.urls()[f"{slow}/c/1.html"][0] == "stored"  # the slow page stopped nothing


def test_redirects_loops_and_huge_pages(watched):
    main = watched.sites.main.base
    urls = watched.urls()
    assert urls[f"{main}/loop/a"][0] == "failed" and "redirect loop" in urls[f"{main}/loop/a"][1]
    assert urls[f"{main}/news/huge.html"][0] == "skipped"
    assert "over the size limit of 1 MB" in urls[f"{main}/news/huge.html"][1]
    # /news/moved and the feed's own link lead to the same page: fetched once, stored once.
    paths = [hit.path for hit in watched.first_hits[main]]
    assert paths.count("/news/a3.html") == 1
    assert urls[f"{main}/news/moved"][0] == "stored"


def test_a_failing_source_does_not_stop_the_others(watched):
    from eventwire.watch import WatchState, state_path

    state = WatchState(state_path(watched.db), read_only=True)
    sources = {row["label"]: row for row in state.sources()}
    state.close()
    assert sources["Dead"]["last_status"] == "error"
    assert "Connection refused" in sources["Dead"]["last_error"]
    assert all(sources[label]["last_status"] != "error" for label in sources if label != "Dead")
    assert sources["Main feed"]["articles"] + sources["Main sitemap"]["articles"] == 5
    assert watched.first.poll_errors == 1


def test_every_request_says_who_it_is(watched):
    hits = [hit for hits in watched.first_hits.values() for hit in hits]
    assert hits and {hit.user_agent for hit in hits} == {USER_AGENT}


def test_the_second_run_asks_conditionally_and_downloads_nothing_again(watched):
    main = watched.sites.main
    second = {hit.path: hit for hit in watched.second_hits[main.base]}
    assert second["/feed.xml"].status == 304 and second["/feed.xml"].sent == 0
    assert second["/sitemap.xml"].status == 304 and second["/sitemap.xml"].sent == 0
    fetched_again = {
        hit.path
        for hits in watched.second_hits.values()
        for hit in hits
        if hit.path not in ("/robots.txt", "/feed.xml", "/sitemap.xml")
    }
    assert fetched_again == {"/c/slow.html"}  # a passing failure, tried again


def test_the_archive_holds_every_stored_page_with_url_and_fetch_time(watched):
    from warcio.archiveiterator import ArchiveIterator

    from eventwire.watch import archive_path

    records = []
    for path in sorted(archive_path(watched.db).glob("*.warc.gz")):
        with open(path, "rb") as fh:
            records += [r.rec_headers for r in ArchiveIterator(fh) if r.rec_type == "response"]
    stored = dict(watched.query("SELECT doc_id, url FROM articles"))
    archived = {
        h.get_header("WARC-Record-ID").strip("<>").removeprefix("urn:uuid:"): h for h in records
    }
    assert set(stored) <= set(archived)
    for doc_id, url in stored.items():
        assert archived[doc_id].get_header("WARC-Target-URI") == url
        assert archived[doc_id].get_header("WARC-Date").startswith("20")
    feeds = list((archive_path(watched.db) / "feeds").glob("feeds-*.warc.gz"))
    assert feeds  # the feeds, sitemaps and robots.txt answers are kept too


def test_replaying_the_archive_into_an_empty_store_reproduces_it(watched, tmp_path):
    from typer.testing import CliRunner

    from eventwire.cli import app
    from eventwire.watch import archive_path

    replay = tmp_path / "replay.duckdb"
    warcs = sorted(str(p) for p in archive_path(watched.db).glob("*.warc.gz"))
    result = CliRunner().invoke(
        app, ["ingest", *warcs, "--db", str(replay), "--workers", "1", "-q"]
    )
    assert result.exit_code == 0, result.output
    assert _contents(watched.db) == _contents(replay)


def _contents(db: Path) -> dict[str, list[tuple]]:
    from eventwire.store import Store

    with Store(db, read_only=True) as store, store.cursor() as cur:
        return {
            "articles": cur.execute(
                "SELECT article_id, doc_id, url, title FROM articles ORDER BY article_id"
            ).fetchall(),
            "events": cur.execute(
                "SELECT event_id, article_id, signature FROM events ORDER BY event_id"
            ).fetchall(),
            "quotes": cur.execute(
                "SELECT quote_id, article_id FROM quotes ORDER BY quote_id"
            ).fetchall(),
        }


def test_ingesting_the_archive_into_the_watched_store_adds_nothing(watched):
    from typer.testing import CliRunner

    from eventwire.cli import app
    from eventwire.watch import archive_path

    before = _contents(watched.db)
    warcs = sorted(str(p) for p in archive_path(watched.db).glob("*.warc.gz"))
    result = CliRunner().invoke(
        app, ["ingest", *warcs, "--db", str(watched.db), "--workers", "1", "-q"]
    )
    assert result.exit_code == 0, result.output
    assert (
        "0 new articles" in result.output
        and f"{len(watched.sites.expected)} already stored" in result.output
    )
    assert _contents(watched.db) == before
