"""Read queries behind the workbench: one page of events or quotes in a chosen order, its
total, facet counts, a histogram for the time chart, map counts and actor search.

Every function takes checked filters (``eventwire.store.filters``), so the CLI, the API and
Python callers list, count and download the same rows. The default order everywhere is
newest first (by day, then id).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import duckdb
import pandas as pd

from eventwire.store.filters import (
    EventFilter,
    FilterError,
    contains_pattern,
    literal_like,
    where_of,
)
from eventwire.store.quote_filters import QuoteFilter, quote_where
from eventwire.store.store import Store

# sort key -> SQL over events ``e``; "-key" sorts descending. Ties: newest first, then id.
EVENT_SORTS = {
    "day": "e.day",
    "goldstein": "e.goldstein",
    "quad_class": "e.quad_class",
    "cameo": "e.cameo",
    "source": "coalesce(e.source_code, e.source_text)",
    "target": "coalesce(e.target_code, e.target_text)",
    "confidence": "e.confidence",
    "num_articles": "e.num_articles",
    "place": "e.location_name",
}
QUOTE_SORTS = {
    "day": "qt.day",
    "speaker": "coalesce(qt.speaker_code, qt.speaker_text)",
    "kind": "qt.kind",
}
DEFAULT_SORT = "-day"
EVENT_COLUMNS = (
    "e.* EXCLUDE (signature), a.title AS article_title, a.url AS article_url, "
    "a.source AS article_source, a.published AS article_published"
)


def order_by(sort: str | None, sorts: dict[str, str], alias: str, key: str) -> str:
    """``-day`` -> ``e.day DESC NULLS LAST, ...`` (ties newest first); a FilterError otherwise."""
    sort = sort or DEFAULT_SORT
    name = sort.removeprefix("-")
    if name not in sorts:
        choices = ", ".join(f"{n}, -{n}" for n in sorts)
        raise FilterError("sort", f"must be one of {choices}; got {sort!r}")
    direction = "DESC" if sort.startswith("-") else "ASC"
    return f"{sorts[name]} {direction} NULLS LAST, {alias}.day DESC NULLS LAST, {alias}.{key} DESC"


def events_sql(
    store: Store,
    flt: EventFilter,
    *,
    sort: str | None = None,
    columns: str = EVENT_COLUMNS,
    limit: int | None = None,
    offset: int = 0,
) -> tuple[str, list]:
    """SQL for the events matching ``flt`` in ``sort`` order (``columns`` over ``e`` and ``a``)."""
    with store.cursor() as cur:
        where, params = where_of(flt, "e", cur)
    order = order_by(sort, EVENT_SORTS, "e", "event_id")
    page = ""
    if limit is not None:
        page, params = " LIMIT ? OFFSET ?", [*params, limit, offset]
    return (
        f"SELECT {columns} FROM (SELECT * FROM events e WHERE {where} ORDER BY {order}{page}) e "
        f"LEFT JOIN articles a ON a.article_id = e.article_id ORDER BY {order}",
        params,
    )


def events(
    store: Store,
    flt: EventFilter,
    *,
    sort: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> pd.DataFrame:
    """One page of events with their first report's article (title, URL, publisher)."""
    return store.query(*events_sql(store, flt, sort=sort, limit=limit, offset=offset))


def _one(cur: duckdb.DuckDBPyConnection, sql: str, params: list) -> tuple:
    """The single row of an aggregate query."""
    row = cur.execute(sql, params).fetchone()
    assert row is not None, "an aggregate query returns one row"
    return row


def count_events(store: Store, flt: EventFilter) -> int:
    with store.cursor() as cur:
        where, params = where_of(flt, "e", cur)
        return _one(cur, f"SELECT count(*) FROM events e WHERE {where}", params)[0]


CONFIDENCE_BAND = (
    "CASE WHEN e.confidence IS NULL THEN 'none' WHEN e.confidence >= 0.9 THEN '0.9' "
    "WHEN e.confidence >= 0.7 THEN '0.7' WHEN e.confidence >= 0.5 THEN '0.5' ELSE '0' END"
)
RESOLVED = (
    "CASE WHEN e.source_country IS NOT NULL AND (e.target_country IS NOT NULL OR "
    "(e.target_code IS NULL AND e.target_text IS NULL)) THEN 'yes' ELSE 'no' END"
)
# facet -> (SQL value over events ``e`` / articles ``a``, the filter field it sets or None)
EVENT_FACETS = {
    "quad_class": ("e.quad_class::VARCHAR", "quad_class"),
    "root": ("e.root", "root"),
    "plover": ("e.plover", "plover"),
    "source_country": ("e.source_country", "source_country"),
    "target_country": ("e.target_country", "target_country"),
    "publisher": ("coalesce(a.source, a.publisher_key)", "publisher"),
    "place": ("e.location_name", "place"),
    "confidence": (CONFIDENCE_BAND, "min_confidence"),
    "resolved": (RESOLVED, "resolved_only"),
}
FACET_ROWS = 12


def event_facets(store: Store, flt: EventFilter, top: int = FACET_ROWS) -> dict[str, list[dict]]:
    """Per facet, its values with counts under every *other* filter (the facet's own choice
    left out, so the alternatives stay visible), most frequent first."""
    facets: dict[str, list[dict]] = {}
    with store.cursor() as cur:
        for name, (value, field) in EVENT_FACETS.items():
            where, params = where_of(replace(flt, **{field: _cleared(field)}), "e", cur)
            rows = cur.execute(
                f"SELECT {value} AS value, count(*) AS n FROM events e "
                f"LEFT JOIN articles a ON a.article_id = e.article_id "
                f"WHERE {where} AND {value} IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?",
                [*params, top],
            ).fetchall()
            facets[name] = [{"value": v, "count": n} for v, n in rows]
    return facets


def _cleared(field: str):
    return False if field == "resolved_only" else None


def histogram(store: Store, flt: EventFilter, bars: int = 120, gap: int = 3) -> dict:
    """Event counts per period and QuadClass for the time chart, over the days that hold 98%
    of the matching events (a stray "in 1945" does not stretch it): per day, or per week or
    month when the periods that have events would be more than ``bars``. Up to ``gap``
    empty periods in a row are zeros; a longer run is one item with ``gap`` set, so empty
    years take one bar's width."""
    with store.cursor() as cur:
        where, params = where_of(flt, "e", cur)
        first, last, total = _one(
            cur,
            "SELECT quantile_disc(day, 0.01), quantile_disc(day, 0.99), count(day) "
            f"FROM events e WHERE {where}",
            params,
        )
        if first is None:
            return {"freq": "day", "since": None, "until": None, "items": [], "outside": 0}
        first, last = _chosen_range(flt, first, last)
        freq = "month"
        for candidate in ("day", "week"):
            (periods,) = _one(
                cur,
                f"SELECT count(DISTINCT date_trunc('{candidate}', e.day)) FROM events e "
                f"WHERE {where} AND e.day BETWEEN ? AND ?",
                [*params, first, last],
            )
            if periods <= bars:
                freq = candidate
                break
        rows = cur.execute(
            f"SELECT date_trunc('{freq}', e.day)::DATE AS period, "
            + ", ".join(f"count(*) FILTER (WHERE e.quad_class = {q})" for q in (1, 2, 3, 4))
            + f" FROM events e WHERE {where} AND e.day BETWEEN ? AND ? GROUP BY 1 ORDER BY 1",
            [*params, first, last],
        ).fetchall()
    items = _with_gaps(rows, freq, gap, first, last)
    inside = sum(r["q1"] + r["q2"] + r["q3"] + r["q4"] for r in items)
    return {
        "freq": freq,
        "since": first.isoformat(),
        "until": last.isoformat(),
        "items": items,
        "outside": total - inside,
    }


def _chosen_range(flt: EventFilter, first: date, last: date) -> tuple[date, date]:
    """A range the user chose (since/until) is drawn whole, so a brushed week shows as a
    week even when only one of its days has events."""
    if flt.since and flt.until and (flt.until - flt.since).days <= 366:
        return flt.since, flt.until
    return first, last


def _with_gaps(rows: list[tuple], freq: str, gap: int, first: date, last: date) -> list[dict]:
    """Every period from ``first`` to ``last`` with its counts (zeros when empty), except that
    a run of more than ``gap`` empty periods is one ``{"gap": True, "period": its first
    period, "until": its last day}``."""
    counts = {period: counted for period, *counted in rows}
    items: list[dict] = []
    empty: list[date] = []
    period, end = _trunc(first, freq), _trunc(last, freq)
    while period <= end:
        if period in counts:
            items += _empty_run(empty, freq, gap)
            empty = []
            items.append(_item(period, counts[period]))
        else:
            empty.append(period)
        period = _step(period, freq)
    return items + _empty_run(empty, freq, gap)


def _empty_run(empty: list[date], freq: str, gap: int) -> list[dict]:
    if len(empty) <= gap:
        return [_item(day, [0, 0, 0, 0]) for day in empty]
    return [_item(empty[0], [0, 0, 0, 0], gap=True, until=_last_day(empty[-1], freq))]


def _trunc(day: date, freq: str) -> date:
    if freq == "week":
        return day - timedelta(days=day.weekday())
    if freq == "month":
        return day.replace(day=1)
    return day


def _item(period: date, counts: list[int], **extra) -> dict:
    q1, q2, q3, q4 = counts
    return {"period": period.isoformat(), "q1": q1, "q2": q2, "q3": q3, "q4": q4, **extra}


def _step(day: date, freq: str, n: int = 1) -> date:
    if freq == "day":
        return day + timedelta(days=n)
    if freq == "week":
        return day + timedelta(days=7 * n)
    month = day.year * 12 + day.month - 1 + n
    return date(month // 12, month % 12 + 1, 1)


def _last_day(period: date, freq: str) -> str:
    return (
        (_step(period, freq) - timedelta(days=1)).isoformat()
        if freq != "day"
        else period.isoformat()
    )


def map_counts(store: Store, flt: EventFilter, points: int = 500) -> dict:
    """Located events per place (name, country, lat, lon, count, newest day), and per country
    the events it takes part in (as source or target actor's country)."""
    with store.cursor() as cur:
        where, params = where_of(flt, "e", cur)
        places = cur.execute(
            "SELECT e.location_name, any_value(e.location_country), round(avg(e.lat), 3), "
            "round(avg(e.lon), 3), count(*) AS n, max(e.day) FROM events e "
            f"WHERE {where} AND e.lat IS NOT NULL AND e.lon IS NOT NULL "
            "GROUP BY e.location_name ORDER BY n DESC LIMIT ?",
            [*params, points],
        ).fetchall()
        countries = cur.execute(
            f"""WITH matching AS (SELECT * FROM events e WHERE {where})
            SELECT country, count(DISTINCT event_id) AS n FROM (
                SELECT source_country AS country, event_id FROM matching
                UNION ALL SELECT target_country, event_id FROM matching)
            WHERE country IS NOT NULL GROUP BY 1 ORDER BY n DESC, 1""",
            params,
        ).fetchall()
    return {
        "places": [
            {
                "name": name,
                "country": country,
                "lat": lat,
                "lon": lon,
                "count": n,
                "last_day": _iso(day),
            }
            for name, country, lat, lon, n, day in places
        ],
        "countries": [{"country": c, "count": n} for c, n in countries],
    }


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def search_actors(store: Store, text: str, limit: int = 12) -> list[dict]:
    """Actors whose code, name or written form contains ``text`` ("Putin", "Russia", "RUS"),
    from the store's events and the knowledge base's countries, most active first."""
    needle = text.strip()
    if not needle:
        return []
    if len(needle) > 60:
        raise FilterError("q", f"must be at most 60 characters, got {len(needle)}")
    found: dict[str, dict] = {}
    with store.cursor() as cur:
        rows = cur.execute(
            """WITH sides AS (
                SELECT source_code AS code, source_name AS name, source_text AS text FROM events
                UNION ALL SELECT target_code, target_name, target_text FROM events)
            SELECT code, mode(name) AS name, count(*) AS n FROM sides
            WHERE code IS NOT NULL
              AND (code ILIKE ? ESCAPE '\\' OR name ILIKE ? ESCAPE '\\' OR text ILIKE ? ESCAPE '\\')
            GROUP BY code ORDER BY (code = upper(?)) DESC, n DESC, code LIMIT ?""",
            [
                f"{literal_like(needle)}%",
                contains_pattern(needle),
                contains_pattern(needle),
                needle,
                limit,
            ],
        ).fetchall()
    for code, name, n in rows:
        found[code] = {"code": code, "name": name, "events": n}
    for code, name in _country_matches(needle):
        found.setdefault(code, {"code": code, "name": name, "events": 0})
    return sorted(found.values(), key=lambda a: (-a["events"], a["code"]))[:limit]


def _country_matches(needle: str) -> list[tuple[str, str]]:
    from eventwire.actors.kb import knowledge_base

    lower = needle.lower()
    names = knowledge_base().country_names
    return [
        (code, name)
        for code, name in names.items()
        if code == needle.upper() or any(word.startswith(lower) for word in name.lower().split())
    ]


def quotes_sql(
    flt: QuoteFilter,
    *,
    sort: str | None = None,
    limit: int | None = None,
    offset: int = 0,
    collapse: bool = True,
) -> tuple[str, list]:
    """SQL for the quotes matching ``flt``; with ``collapse`` the same quote (speaker and text)
    in syndicated copies is one row with ``num_articles``."""
    where, params = quote_where(flt)
    key = "qt.cluster_id, coalesce(qt.speaker_code, lower(qt.speaker_text)), lower(qt.text)"
    keep = (
        f"QUALIFY row_number() OVER (PARTITION BY {key} ORDER BY a.ingested_at, qt.quote_id) = 1"
        if collapse
        else ""
    )
    page = ""
    if limit is not None:
        page, params = " LIMIT ? OFFSET ?", [*params, limit, offset]
    return (
        f"""SELECT qt.*, count(*) OVER (PARTITION BY {key}) AS num_articles,
               a.title AS article_title, a.url AS article_url, a.source AS article_source
        FROM quotes qt JOIN articles a ON a.article_id = qt.article_id
        WHERE {where} {keep}
        ORDER BY {order_by(sort, QUOTE_SORTS, "qt", "quote_id")}{page}""",
        params,
    )


def quotes(store: Store, flt: QuoteFilter, **page) -> pd.DataFrame:
    return store.query(*quotes_sql(flt, **page))


def count_quotes(store: Store, flt: QuoteFilter) -> int:
    sql, params = quotes_sql(flt)
    with store.cursor() as cur:
        return _one(cur, f"SELECT count(*) FROM ({sql})", params)[0]


QUOTE_FACETS = {
    "kind": ("qt.kind", "kind"),
    "speaker_country": ("qt.speaker_country", "speaker_country"),
    "publisher": ("coalesce(a.source, a.publisher_key)", "publisher"),
}


def quote_facets(store: Store, flt: QuoteFilter, top: int = FACET_ROWS) -> dict[str, list[dict]]:
    """Like ``event_facets``, over quotes (syndicated copies collapsed)."""
    facets: dict[str, list[dict]] = {}
    with store.cursor() as cur:
        for name, (value, field) in QUOTE_FACETS.items():
            sql, params = quotes_sql(replace(flt, **{field: None}))
            inner = sql.replace("SELECT qt.*,", f"SELECT {value} AS facet_value, qt.*,", 1)
            rows = cur.execute(
                f"SELECT facet_value, count(*) AS n FROM ({inner}) WHERE facet_value IS NOT NULL "
                "GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?",
                [*params, top],
            ).fetchall()
            facets[name] = [{"value": v, "count": n} for v, n in rows]
    return facets
