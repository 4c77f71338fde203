"""Checked event filters as SQL: a ``WHERE`` body and its parameters.

Given a cursor, a dyad filter also narrows each side to the dyad keys (``source_key``/
``target_key``: country, else code) that the matching actors have, which lets DuckDB skip
row groups of a store sorted by dyad (``Store.optimize``). The LIKE helpers here take the
searched text literally.
"""

from __future__ import annotations

import duckdb

from eventwire.store.filters import EventFilter, check_filters


def actor_keys(cur: duckdb.DuckDBPyConnection, token: str) -> list[str]:
    """The dyad keys of every stored actor a token matches (always including the token)."""
    rows = cur.execute(
        "SELECT DISTINCT coalesce(country, code) FROM actors WHERE starts_with(code, ?) OR country = ?",
        [token, token],
    ).fetchall()
    return sorted({token, *(key for (key,) in rows if key)})


def _side(
    alias: str, side: str, token: str, cur: duckdb.DuckDBPyConnection | None = None
) -> tuple[str, list]:
    clause, params = (
        f"(starts_with({alias}.{side}_code, ?) OR {alias}.{side}_country = ?)",
        [token, token],
    )
    if cur is None:
        return clause, params
    keys = actor_keys(cur, token)
    return f"({alias}.{side}_key IN ({', '.join('?' * len(keys))}) AND {clause})", keys + params


def _dyad_clause(
    flt: EventFilter, alias: str, cur: duckdb.DuckDBPyConnection | None
) -> tuple[str, list]:
    a, b = (flt.dyad or ":").split(":")
    forward = [_side(alias, "source", a, cur), _side(alias, "target", b, cur)]
    clause = " AND ".join(c for c, _ in forward)
    params = [p for _, ps in forward for p in ps]
    if flt.undirected:
        backward = [_side(alias, "source", b, cur), _side(alias, "target", a, cur)]
        clause = f"(({clause}) OR ({' AND '.join(c for c, _ in backward)}))"
        params += [p for _, ps in backward for p in ps]
    return f"({clause})", params


def _no_target(alias: str) -> str:
    return f"({alias}.target_code IS NULL AND {alias}.target_text IS NULL AND {alias}.target_country IS NULL)"


def _simple_clauses(flt: EventFilter, a: str) -> list[tuple[str, list]]:
    """Each set filter that is one comparison: its SQL and parameters, in a fixed order."""
    candidates = [
        (flt.since, f"{a}.day >= ?"),
        (flt.until, f"{a}.day <= ?"),
        (flt.root, f"{a}.root = ?"),
        (flt.plover, f"{a}.plover = ?"),
        (flt.cameo, f"starts_with({a}.cameo, ?)"),
        (flt.source_country, f"{a}.source_country = ?"),
        (flt.target_country, f"{a}.target_country = ?"),
        (flt.place, f"{a}.location_name = ?"),
        (flt.place_country, f"{a}.location_country = ?"),
        (flt.min_confidence, f"{a}.confidence >= ?"),
        (flt.min_goldstein, f"{a}.goldstein >= ?"),
        (flt.max_goldstein, f"{a}.goldstein <= ?"),
        (
            flt.publisher,
            f"{a}.article_id IN (SELECT article_id FROM articles "
            "WHERE coalesce(source, publisher_key) = ?)",
        ),
    ]
    chosen = [(sql, [value]) for value, sql in candidates if value is not None]
    if flt.quad_class:
        chosen.append(
            (f"{a}.quad_class IN ({', '.join('?' * len(flt.quad_class))})", list(flt.quad_class))
        )
    return chosen


def _flag_clauses(flt: EventFilter, a: str) -> list[str]:
    clauses = []
    if flt.resolved_only:
        clauses.append(
            f"({a}.source_country IS NOT NULL AND ({_no_target(a)} OR {a}.target_country IS NOT NULL))"
        )
    if flt.has_target is not None:
        clauses.append(f"NOT {_no_target(a)}" if flt.has_target else _no_target(a))
    if flt.international:
        clauses.append(f"coalesce({a}.source_country <> {a}.target_country, FALSE)")
    return clauses


def where_of(
    flt: EventFilter, alias: str = "e", cur: duckdb.DuckDBPyConnection | None = None
) -> tuple[str, list]:
    """A SQL ``WHERE`` body (``TRUE`` when unfiltered) and its parameters for checked filters."""
    clauses: list[str] = []
    params: list = []
    if flt.actor:
        source, p1 = _side(alias, "source", flt.actor)
        target, p2 = _side(alias, "target", flt.actor)
        clauses.append(f"({source} OR {target})")
        params += p1 + p2
    if flt.dyad:
        clause, more = _dyad_clause(flt, alias, cur)
        clauses.append(clause)
        params += more
    for clause, more in _simple_clauses(flt, alias):
        clauses.append(clause)
        params += more
    clauses += _flag_clauses(flt, alias)
    return (" AND ".join(clauses) or "TRUE"), params


def event_where(
    *, alias: str = "e", cur: duckdb.DuckDBPyConnection | None = None, **raw
) -> tuple[str, list]:
    """``where_of(check_filters(**raw))``: raw filter values straight to SQL (see above)."""
    return where_of(check_filters(**raw), alias, cur)


def literal_like(text: str) -> str:
    """``text`` for a LIKE pattern with its own ``%``, ``_`` and ``\\`` taken literally
    (the query adds ``ESCAPE '\\'``): a search for "50%" must not match every article."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, literally."""
    return f"%{literal_like(text)}%"
