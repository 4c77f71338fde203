"""Local news sites for the watcher's tests, on 127.0.0.1 only.

``NewsSite`` serves whatever pages it is given (a ``Page`` says status, type, body, delay,
validators) and logs every request with its start and end time, so tests can check what
was fetched, what never was, and how often. ``three_sites()`` builds the sites the tests
watch: the main one has a feed, a sitemap, a robots.txt that disallows ``/private/``, a
page that fails twice with a 500, a redirect, a redirect loop, a page over the size limit
and links to PDFs; a second host has its own feed; a third one a page slower than the timeout.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

# Short news stories written for these tests (none is copied from a real article).
STORIES = {
    "a1": (
        "Putin meets Xi in Moscow",
        "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday "
        'to discuss trade and energy. "Our partnership is stronger than ever," Putin told '
        "reporters after the talks. The two leaders signed an agreement on gas supplies.",
    ),
    "a2": (
        "Nairobi police arrest protesters",
        "Police in Nairobi arrested dozens of protesters on Monday after demonstrators blocked "
        "roads in the city centre. Kenyan opposition leader Raila Odinga condemned the arrests. "
        '"The government is silencing its critics," Odinga said in a statement.',
    ),
    "a3": (
        "Strikes on Gaza",
        "Israel launched air strikes on targets in Gaza on Wednesday, the Israeli military said. "
        "Hamas fired rockets at southern Israel overnight. United Nations Secretary-General "
        "Antonio Guterres urged both sides to show restraint.",
    ),
    "a4": (
        "New sanctions on Iran",
        "The United States imposed new sanctions on Iran on Thursday over its nuclear programme. "
        'Iranian Foreign Minister Abbas Araghchi denounced the sanctions. "Washington has chosen '
        'confrontation over diplomacy," he said.',
    ),
    "flaky": (
        "Merz in Kyiv",
        "German Chancellor Friedrich Merz visited Kyiv on Friday and promised more military aid "
        "to Ukraine. Ukrainian President Volodymyr Zelensky thanked Germany for its support. "
        '"We will stand with Ukraine," Merz said.',
    ),
    "b1": (
        "Talks in Ankara",
        "Turkish President Recep Tayyip Erdogan hosted Greek Prime Minister Kyriakos Mitsotakis "
        "in Ankara on Monday. The two leaders agreed to resume talks on maritime borders. "
        '"Dialogue is the only way forward," Mitsotakis said.',
    ),
    "b2": (
        "Flooding in Dhaka",
        "Bangladesh deployed the army on Wednesday to help thousands of families stranded by "
        'floods near Dhaka. Indian Prime Minister Narendra Modi offered emergency aid. "We are '
        'ready to help our neighbours," Modi said in New Delhi.',
    ),
    "c1": (
        "Seoul accuses Pyongyang",
        "South Korea accused North Korea on Sunday of firing a ballistic missile into the sea. "
        'Japanese Prime Minister Shigeru Ishiba condemned the launch. "This is a clear '
        'provocation," Ishiba told reporters in Tokyo.',
    ),
}


def article_html(key: str) -> bytes:
    title, text = STORIES[key]
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1><p>{text}</p>"
        "</article><footer>Test News</footer></body></html>"
    ).encode()


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    delay: float = 0.0  # seconds before answering
    etag: str | None = None  # answer 304 to a matching If-None-Match
    last_modified: float | None = None  # answer 304 to a matching If-Modified-Since
    location: str | None = None
    fail_first: int = 0  # answer 500 to the first n requests
    length: bool = True  # send Content-Length
    trickle: float = 0.0  # seconds between 1 KB pieces of the body
    served: int = 0


@dataclass
class Hit:
    path: str
    start: float
    end: float = 0.0
    status: int = 0
    sent: int = 0  # body bytes
    user_agent: str = ""


@dataclass
class NewsSite:
    pages: dict[str, Page]
    hits: list[Hit] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), SiteHandler)
        self.server.daemon_threads = True
        self.server.site = self  # type: ignore[attr-defined]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def paths(self) -> list[str]:
        with self._lock:
            return [hit.path for hit in self.hits]

    def count(self, path: str) -> int:
        return self.paths().count(path)

    def record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class SiteHandler(BaseHTTPRequestHandler):
    """Serves ``self.server.site``'s pages and logs each request."""

    def do_GET(self) -> None:
        site: NewsSite = self.server.site  # type: ignore[attr-defined]
        hit = Hit(self.path, time.monotonic(), user_agent=self.headers.get("User-Agent", ""))
        site.record(hit)
        page = site.pages.get(self.path)
        try:
            if page is None:
                self._send(hit, 404, "text/html", b"<html><body>not found</body></html>")
            else:
                self._serve(hit, page)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (timeout, size limit): that is what was tested
        hit.end = time.monotonic()

    def _serve(self, hit: Hit, page: Page) -> None:
        page.served += 1
        if page.delay:
            time.sleep(page.delay)
        if page.served <= page.fail_first:
            self._send(hit, 500, "text/html", b"<html><body>try again</body></html>")
        elif self._not_modified(page):
            self._send(hit, 304, None, b"")
        else:
            extra = {"Location": page.location} if page.location else {}
            if page.etag:
                extra["ETag"] = page.etag
            if page.last_modified:
                extra["Last-Modified"] = formatdate(page.last_modified, usegmt=True)
            self._send(
                hit, page.status, page.content_type, page.body, extra, page.length, page.trickle
            )

    def _not_modified(self, page: Page) -> bool:
        if page.etag and self.headers.get("If-None-Match") == page.etag:
            return True
        since = self.headers.get("If-Modified-Since")
        return bool(page.last_modified and since == formatdate(page.last_modified, usegmt=True))

    def _send(self, hit, status, ctype, body, extra=None, length=True, trickle=0.0) -> None:
        hit.status = status
        self.send_response(status)
        if ctype:
            self.send_header("Content-Type", ctype)
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        if length:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        piece = 1024 if trickle else 65536
        for start in range(0, len(body), piece):
            self.wfile.write(body[start : start + piece])
            self.wfile.flush()
            hit.sent += len(body[start : start + piece])
            time.sleep(trickle)

    def log_message(self, format: str, *args) -> None:
        pass


def rss(site_base: str, links: list[str]) -> bytes:
    items = "".join(
        f"<item><title>item</title><link>{escape(link)}</link></item>" for link in links
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>News</title>'
        f"<link>{site_base}/</link>{items}</channel></rss>"
    ).encode()


def sitemap(links: list[str]) -> bytes:
    urls = "".join(f"<url><loc>{escape(link)}</loc></url>" for link in links)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    ).encode()


HUGE = 3 * 1024 * 1024  # over the 1 MB limit the tests set
SLOW = 1.5  # seconds, over the tests' timeout


@dataclass
class Sites:
    main: NewsSite
    second: NewsSite
    slow: NewsSite
    expected: dict[str, str]  # canonical URL of every allowed article -> story key

    def all(self) -> list[NewsSite]:
        return [self.main, self.second, self.slow]

    def close(self) -> None:
        for site in self.all():
            site.close()


def three_sites(page_delay: float = 0.0) -> Sites:
    """The sites the tests watch (``page_delay`` slows every article page down)."""
    article = lambda key: Page(article_html(key), delay=page_delay)  # noqa: E731
    main = NewsSite(
        {"/robots.txt": Page(b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")}
    )
    second = NewsSite({"/b/1.html": article("b1")})
    slow = NewsSite(
        {"/c/1.html": article("c1"), "/c/slow.html": Page(article_html("c1"), delay=SLOW)}
    )
    m, b, c = main.base, second.base, slow.base
    main.pages.update(
        {
            "/feed.xml": Page(
                rss(
                    m,
                    [
                        f"{m}/news/a1.html",
                        f"{m}/news/a2.html?utm_source=rss",
                        f"{m}/private/secret.html",
                        f"{m}/files/report.pdf",
                        f"{m}/files/brief",
                        f"{m}/news/flaky.html",
                        f"{m}/news/moved",
                        f"{m}/news/a3.html",
                        f"{m}/loop/a",
                        f"{m}/news/huge.html",
                    ],
                ),
                content_type="application/rss+xml",
                etag='"feed-v1"',
            ),
            "/sitemap.xml": Page(
                sitemap([f"{m}/news/a1.html", f"{m}/news/a2.html", f"{m}/news/a4.html"]),
                content_type="application/xml",
                last_modified=1_700_000_000.0,
            ),
            "/news/a1.html": article("a1"),
            "/news/a2.html": article("a2"),
            "/news/a3.html": article("a3"),
            "/news/a4.html": article("a4"),
            "/news/flaky.html": Page(article_html("flaky"), fail_first=2, delay=page_delay),
            "/news/moved": Page(status=301, location="/news/a3.html"),
            "/loop/a": Page(status=302, location="/loop/b"),
            "/loop/b": Page(status=302, location="/loop/a"),
            "/news/huge.html": Page(
                b"<html><body><p>" + b"x" * HUGE + b"</p></body></html>", length=False
            ),
            "/private/secret.html": article("a1"),
            "/files/report.pdf": Page(b"%PDF-1.4 not a page", content_type="application/pdf"),
            "/files/brief": Page(b"%PDF-1.4" + b"0" * 200_000, content_type="application/pdf"),
        }
    )
    second.pages["/feed.xml"] = Page(rss(b, [f"{b}/b/1.html"]), content_type="application/rss+xml")
    slow.pages["/feed.xml"] = Page(
        rss(c, [f"{c}/c/1.html", f"{c}/c/slow.html"]), content_type="application/rss+xml"
    )
    expected = {
        f"{m}/news/a1.html": "a1",
        f"{m}/news/a2.html": "a2",
        f"{m}/news/a3.html": "a3",
        f"{m}/news/a4.html": "a4",
        f"{m}/news/flaky.html": "flaky",
        f"{b}/b/1.html": "b1",
        f"{c}/c/1.html": "c1",
    }
    return Sites(main, second, slow, expected)


def sources_file(path, sites: Sites, dead_port: int) -> None:
    """The sources the tests watch, plus one on a port where nothing listens."""
    m = sites.main.base
    path.write_text(
        "# test sources\n"
        f"{m}/feed.xml  label='Main feed'\n"
        f"{m}/sitemap.xml  kind=sitemap label='Main sitemap'\n"
        f"{sites.second.base}/feed.xml  label=Second every=1h\n"
        f"{sites.slow.base}/feed.xml  label=Slow\n"
        f"http://127.0.0.1:{dead_port}/feed.xml  label=Dead\n",
        encoding="utf-8",
    )
