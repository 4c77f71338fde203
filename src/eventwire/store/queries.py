"""Read queries behind the workbench: one page of events in a chosen order, its total,
facet counts, map counts and actor search.

Every function takes checked filters (``eventwire.store.filters``), so the CLI, the API and
Python callers list, count and download the same rows. The default order everywhere is
newest first (by day, then id). The quotes' queries (``quote_queries``) and the time chart
(``time_histogram``) build on the ordering and one-row helpers here.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import duckdb
import pandas as pd

from eventwire.store.filter_sql import contains_pattern, literal_like, where_of
from eventwire.store.filter_values import FilterError
from eventwire.store.filters import EventFilter
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


def one_row(cur: duckdb.DuckDBPyConnection, sql: str, params: list) -> tuple:
    """The single row of an aggregate query."""
    row = cur.execute(sql, params).fetchone()
    assert row is not None, "an aggregate query returns one row"
    return row


def count_events(store: Store, flt: EventFilter) -> int:
    with store.cursor() as cur:
        where, params = where_of(flt, "e", cur)
        return one_row(cur, f"SELECT count(*) FROM events e WHERE {where}", params)[0]


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
