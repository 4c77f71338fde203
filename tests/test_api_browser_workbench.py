"""The analyst's workbench in Chromium: facets, downloads, the map, brushing the time chart,
the filterable article, the phone layout, and the whole Russia–Ukraine scenario.

Uses the fixtures of tests/test_api_browser.py (a live server over the seed and corpus store,
Chromium, a page that fails the test on any console error or request to another host).
"""

# ruff: noqa: F811  (the fixtures imported from test_api_browser are used as arguments)
from __future__ import annotations

import csv
import io
import re
from urllib.parse import parse_qs, urlsplit

import pytest

from test_api_browser import (  # noqa: F401  (fixtures)
    ARTIFACTS,
    CHROMIUM,
    CHROMIUM_ARGS,
    _banner,
    _open,
    _ready,
    _shot,
    api,
    browser,
    page,
    server_url,
)

pytestmark = pytest.mark.browser


def _params(page) -> dict[str, str]:
    query = urlsplit(page.url).fragment.partition("?")[2]
    return {key: values[0] for key, values in parse_qs(query).items()}


def _total(page) -> int:
    text = page.locator("#result-total").inner_text()
    match = re.search(r"of ([\d,]+)", text)
    return int(match.group(1).replace(",", "")) if match else 0


def _bar_x(page, canvas_id: str, index: int) -> tuple[float, float]:
    """Where bar ``index`` of a chart is on the page, once the chart has held still."""
    return tuple(
        page.evaluate(
            """async ([id, i]) => { const chart = Chart.getChart(id);
                 const frame = () => new Promise((done) => requestAnimationFrame(done));
                 for (let still = 0, seen = ""; still < 3; ) {
                   await frame();
                   const box = chart.canvas.getBoundingClientRect();
                   const now = `${box.left},${box.top} ${chart.width}x${chart.height}`;
                   still = now === seen ? still + 1 : 0;
                   seen = now;
                 }
                 const box = chart.canvas.getBoundingClientRect();
                 const x = chart.scales.x.getPixelForValue(i);
                 const y = (chart.chartArea.top + chart.chartArea.bottom) / 2;
                 return [box.left + x, box.top + y]; }""",
            [canvas_id, index],
        )
    )


def _brush(page, canvas_id: str, first: int, last: int) -> None:
    page.locator(f"#{canvas_id}").scroll_into_view_if_needed()
    x1, y = _bar_x(page, canvas_id, first)
    x2, _ = _bar_x(page, canvas_id, last)
    page.mouse.move(x1 - 3, y)
    page.mouse.down()
    page.mouse.move((x1 + x2) / 2, y, steps=4)
    page.mouse.move(x2 + 3, y, steps=4)
    page.mouse.up()
    _ready(page, "events")


def _click_inside(page, selector: str) -> None:
    """Click a point inside an SVG shape's fill (a country's box centre may be sea)."""
    point = page.evaluate(
        """(selector) => { const shape = document.querySelector(selector);
             shape.scrollIntoView({ block: "center" });
             const box = shape.getBBox(); const matrix = shape.getScreenCTM();
             for (let i = 1; i < 40; i++) for (let j = 1; j < 40; j++) {
               const p = new DOMPoint(box.x + box.width * i / 40, box.y + box.height * j / 40);
               if (shape.isPointInFill(p)) { const s = p.matrixTransform(matrix); return [s.x, s.y]; }
             }
             return null; }""",
        selector,
    )
    assert point, f"no point inside {selector}"
    page.mouse.click(*point)


def _download_rows(page, selector: str) -> list[dict]:
    with page.expect_download() as info:
        page.click(selector)
    path = info.value.path()
    return list(csv.DictReader(io.StringIO(open(path, encoding="utf-8").read())))


def test_facets_narrow_the_events_and_count_what_they_show(page, api):
    facets = api("/api/events/facets")["facets"]
    _open(page, "#/events")
    assert _total(page) == api("/api/events?limit=1")["total"]
    choice = facets["quad_class"][0]
    page.click(f'#event-facets a[data-facet="quad_class"][data-value="{choice["value"]}"]')
    _ready(page, "events")
    assert _params(page)["quad_class"] == choice["value"]
    assert _total(page) == choice["count"]
    assert page.locator('#active-filters [data-filter="quad_class"]').count() == 1
    root = api(f"/api/events/facets?quad_class={choice['value']}")["facets"]["root"][0]
    page.click(f'#event-facets a[data-facet="root"][data-value="{root["value"]}"]')
    _ready(page, "events")
    assert _total(page) == root["count"]
    for cell in page.locator("#event-table tbody td:nth-child(3)").all_inner_texts():
        assert cell.startswith(root["value"])
    _shot(page, "events-facets")
    page.click('#active-filters [data-filter="root"]')  # removing a chip removes its filter
    _ready(page, "events")
    assert "root" not in _params(page) and _total(page) == choice["count"]


def test_download_holds_the_rows_the_table_counts(page, api):
    _open(page, "#/events?quad_class=3,4&sort=goldstein")
    rows = _download_rows(page, "#download-csv")
    listed = api("/api/events?quad_class=3,4&sort=goldstein&limit=1000")["items"]
    assert len(rows) == _total(page) == len(listed) >= 1
    assert [int(r["event_id"]) for r in rows] == [e["event_id"] for e in listed]
    assert all(r["quad_class"] in ("3", "4") for r in rows)
    assert page.locator("#event-table tbody tr").count() == min(50, len(listed))


def test_sorting_a_column_reorders_the_table(page, api):
    _open(page, "#/events")
    page.click('#event-table th a[data-sort="goldstein"]')
    _ready(page, "events")
    assert _params(page)["sort"] == "goldstein"
    shown = [float(t) for t in page.locator("#event-table tbody td:nth-child(6)").all_inner_texts()]
    assert shown == sorted(shown)
    page.click('#event-table th a[data-sort="goldstein"]')
    _ready(page, "events")
    assert _params(page)["sort"] == "-goldstein"


def test_clicking_the_map_filters_the_events(page, api):
    _open(page, "#/events")
    page.wait_for_selector("#event-map")
    countries = api("/api/events/map")["countries"]
    shaded = page.locator("#event-map path.has-events")
    assert shaded.count() == len([c for c in countries if c["id"]])
    _click_inside(page, '#event-map path[data-country="RUS"]')
    _ready(page, "events")
    assert _params(page)["actor"] == "RUS"
    assert _total(page) == api("/api/events?actor=RUS&limit=1")["total"]
    _shot(page, "events-map-russia")
    places = api("/api/events/map")["places"]
    if places:
        _open(page, "#/events")
        page.wait_for_selector("#event-map circle.place")
        page.locator(f'#event-map circle[data-place="{places[0]["name"]}"]').click()
        _ready(page, "events")
        assert _params(page)["place"] == places[0]["name"]
        assert _total(page) == places[0]["count"]


def test_brushing_the_time_chart_filters_the_page(page, api):
    histogram = api("/api/events/histogram")
    days = [i for i, row in enumerate(histogram["items"]) if not row.get("gap")]
    first, last = days[-3], days[-1]
    _open(page, "#/events")
    _brush(page, "time-chart", first, last)
    since = histogram["items"][first]["period"]
    params = _params(page)
    assert params["since"] == since and params["until"] >= histogram["items"][last]["period"]
    expected = api(f"/api/events?since={since}&until={params['until']}&limit=1")["total"]
    assert _total(page) == expected >= 1
    _shot(page, "events-brushed")


def test_overview_brush_opens_the_events_of_the_period(page, api):
    volume = api("/api/overview")["volume"]
    last = max(i for i, row in enumerate(volume["items"]) if row["events"])
    _open(page, "#/")
    _brush_overview = _bar_x(page, "volume-chart", last)
    page.mouse.click(*_brush_overview)
    _ready(page, "events")
    assert _params(page)["since"] == volume["items"][last]["period"]


def test_article_view_filters_its_events_and_quotes(page, api):
    listing = api("/api/articles?limit=100")["items"]
    seed = next(a for a in listing if a["doc_id"] == "article")
    article = api(f"/api/articles/{seed['id']}")
    _open(page, f"#/article/{seed['id']}")
    assert page.locator(".note-event").count() == len(article["events"])
    summary = page.locator("#event-summary").inner_text()
    assert f"{len(article['events'])} events" in summary
    conflict = [e for e in article["events"] if e["quad_class"] == 3]
    page.select_option('#article-tools select[name="quad_class"]', "3")
    assert page.locator(".note-event").count() == len(conflict)
    page.uncheck('#article-tools input[name="quotes"]')
    assert page.locator(".note-quote").count() == 0
    assert page.locator("#article-body mark.hl-quote").count() == 0
    actor = article["events"][0]["source"]["code"]
    page.select_option('#article-tools select[name="quad_class"]', "")
    page.select_option('#article-tools select[name="actor"]', actor)
    involving = [
        e
        for e in article["events"]
        if actor in (e["source"].get("code"), (e.get("target") or {}).get("code"))
    ]
    assert page.locator(".note-event").count() == len(involving)
    _shot(page, "article-filtered")


def test_actor_search_suggests_codes_for_names(page):
    _open(page, "#/events")
    page.fill('#event-filters input[name="actor"]', "Putin")
    page.wait_for_selector(
        '#actor-options option[value="RUSGOV"]', state="attached", timeout=10_000
    )


@pytest.fixture
def phone(browser, server_url):
    context = browser.new_context(
        base_url=server_url, viewport={"width": 390, "height": 844}, is_mobile=True
    )
    handset = context.new_page()
    problems: list[str] = []
    handset.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    handset.on(
        "console",
        lambda m: (
            problems.append(m.text)
            if m.type == "error" and "the server responded" not in m.text
            else None
        ),
    )
    yield handset
    context.close()
    assert not problems, problems


@pytest.mark.parametrize(
    "route", ["#/", "#/events", "#/quotes", "#/articles", "#/dyads?dyad=RUS:UKR", "#/paste"]
)
def test_phone_layout_has_no_horizontal_scroll(phone, route):
    _open(phone, route)
    assert _banner(phone) == ""
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"{route} is {width}px wide on a 390px screen"
    name = route.strip("#/").split("?")[0] or "overview"
    _shot(phone, f"phone-{name}")


def test_russia_ukraine_conflict_in_a_brushed_week_on_the_map_to_the_sentence_to_csv(page, api):
    """The issue's scenario, in the dashboard alone."""
    histogram = api("/api/events/histogram")
    index = {row["period"]: i for i, row in enumerate(histogram["items"])}
    week = [day for day in ("2022-01-24", "2022-01-25", "2022-01-26", "2022-01-27", "2022-01-28")]
    inside = [index[day] for day in week if day in index]
    assert inside, "the seed article's week is not in the store"
    _open(page, "#/events")
    _brush(page, "time-chart", inside[0], inside[-1])
    since, until = _params(page)["since"], _params(page)["until"]
    assert "2022-01-24" <= since <= until <= "2022-01-30"

    page.fill('#event-filters input[name="dyad"]', "RUS:UKR")
    page.check('#event-filters input[name="undirected"]')
    page.select_option('#event-filters select[name="quad_class"]', "3,4")
    page.click('#event-filters button[type="submit"]')
    _ready(page, "events")
    params = _params(page)
    assert (params["since"], params["until"]) == (since, until)  # the brushed week is kept
    query = f"dyad=RUS:UKR&undirected=true&quad_class=3,4&since={since}&until={until}"
    expected = api(f"/api/events?{query}&limit=1000")["items"]
    assert expected, "no Russia–Ukraine conflict event in the seed's week"
    assert _total(page) == len(expected)

    page.wait_for_selector("#event-map")
    for country in ("RUS", "UKR"):
        assert page.locator(f'#event-map path.has-events[data-country="{country}"]').count() >= 1
    _shot(page, "scenario-russia-ukraine-week")

    rows = _download_rows(page, "#download-csv")
    assert [int(r["event_id"]) for r in rows] == [e["event_id"] for e in expected]
    assert all(r["quad_class"] in ("3", "4") and since <= r["day"] <= until for r in rows)

    page.locator("#event-table tbody tr a.sentence-link").first.click()
    _ready(page, "article")
    page.wait_for_selector(".note.focused", timeout=10_000)
    assert expected[0]["cameo"] in page.locator(".note.focused").inner_text()
    focused = page.locator("mark.focused").all_inner_texts()
    assert expected[0]["sentence"].split()[0] in " ".join(focused)
    _shot(page, "scenario-article-at-sentence")


def test_sort_menu_and_dyad_brushing(page, api):
    _open(page, "#/events")
    page.select_option("#sort-menu", "-confidence")
    _ready(page, "events")
    assert _params(page)["sort"] == "-confidence"
    shown = [float(t) for t in page.locator("#event-table tbody td:nth-child(7)").all_inner_texts()]
    assert shown == sorted(shown, reverse=True)

    dyad = api("/api/overview?top=1")["top_dyads"][0]["dyad"]
    series = api(f"/api/series?dyad={dyad}&freq=day")["items"]
    filled = [i for i, row in enumerate(series) if row["events"]]
    _open(page, f"#/dyads?dyad={dyad}&freq=day")
    page.locator("#dyad-chart").scroll_into_view_if_needed()
    x1, y = _bar_x(page, "dyad-chart", filled[0])
    x2, _ = _bar_x(page, "dyad-chart", filled[-1])
    page.mouse.move(x1 - 3, y)
    page.mouse.down()
    page.mouse.move(x2 + 3, y, steps=6)
    page.mouse.up()
    _ready(page, "dyads")
    params = _params(page)
    assert params["since"] == series[filled[0]]["period"][:10]
    assert params["until"] == series[filled[-1]]["period"][:10]
    page.wait_for_selector("#point-events #event-table")
    expected = api(
        f"/api/events?dyad={dyad}&since={params['since']}&until={params['until']}&limit=1"
    )
    assert page.locator("#point-events #event-table tbody tr").count() == min(
        200, expected["total"]
    )


def test_goldstein_range_and_international_from_the_form(page, api):
    _open(page, "#/events?quad_class=3,4")
    page.click("#event-filters .more-filters summary")
    page.fill('#event-filters input[name="max_goldstein"]', "-5")
    page.check('#event-filters input[name="international"]')
    page.click('#event-filters button[type="submit"]')
    _ready(page, "events")
    params = _params(page)
    assert (params["max_goldstein"], params["international"], params["quad_class"]) == (
        "-5",
        "true",
        "3,4",
    )
    expected = api("/api/events?quad_class=3,4&max_goldstein=-5&international=true&limit=1")
    assert _total(page) == expected["total"]
