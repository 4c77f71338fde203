"""Read queries over quotes: one page of quotes in a chosen order, its total and its facet
counts, with the same quote in syndicated copies collapsed into one row.

Quotes have their own filters (``quote_filters``), sort keys and collapse rule, so their
queries are their own family; the shared ordering, facet size and one-row helper come from
``queries``.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd

from eventwire.store.queries import FACET_ROWS, one_row, order_by
from eventwire.store.quote_filters import QuoteFilter, quote_where
from eventwire.store.store import Store

QUOTE_SORTS = {
    "day": "qt.day",
    "speaker": "coalesce(qt.speaker_code, qt.speaker_text)",
    "kind": "qt.kind",
}


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
        return one_row(cur, f"SELECT count(*) FROM ({sql})", params)[0]


QUOTE_FACETS = {
    "kind": ("qt.kind", "kind"),
    "speaker_country": ("qt.speaker_country", "speaker_country"),
    "publisher": ("coalesce(a.source, a.publisher_key)", "publisher"),
}


def quote_facets(store: Store, flt: QuoteFilter, top: int = FACET_ROWS) -> dict[str, list[dict]]:
    """Like ``queries.event_facets``, over quotes (syndicated copies collapsed)."""
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
