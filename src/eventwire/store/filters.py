"""The event filters shared by the store, analytics, CLI and API: one meaning everywhere.

An actor token such as ``RUS`` matches an actor whose CAMEO code starts with it (``RUS``,
``RUSGOV``, ``RUSMIL``) or whose country is it. Given a cursor, the filter also narrows each
side to the dyad keys (``source_key``/``target_key``: country, else code) that the matching
actors have, which lets DuckDB skip row groups of a store sorted by dyad (``Store.optimize``). A dyad ``RUS:UKR`` is directed (source
``RUS``, target ``UKR``) unless ``undirected`` is set. ``since``/``until`` are inclusive days.
"""

from __future__ import annotations

import re
from datetime import date

import duckdb

FREQS = {"day": "INTERVAL 1 DAY", "week": "INTERVAL 7 DAY", "month": "INTERVAL 1 MONTH"}
_TOKEN = re.compile(r"^[A-Za-z0-9]{2,15}$")


def parse_dyad(dyad: str) -> tuple[str, str]:
    """``"RUS:UKR"`` -> ``("RUS", "UKR")``; a clear ValueError otherwise."""
    parts = dyad.split(":")
    if len(parts) != 2 or not all(_TOKEN.match(p.strip()) for p in parts):
        raise ValueError(f"a dyad looks like SOURCE:TARGET, e.g. RUS:UKR; got {dyad!r}")
    return parts[0].strip().upper(), parts[1].strip().upper()


def parse_actor(actor: str) -> str:
    token = actor.strip().upper()
    if not _TOKEN.match(token):
        raise ValueError(
            f"an actor is a CAMEO code or country code such as RUS or RUSGOV; got {actor!r}"
        )
    return token


def parse_day(value: str | date | None, name: str = "date") -> date | None:
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"{name} must be an ISO date (YYYY-MM-DD); got {value!r}") from None


def parse_root(root: str | int) -> str:
    text = str(root).strip()
    if not text.isdigit() or not 1 <= int(text) <= 20:
        raise ValueError(f"a CAMEO root code is 01..20; got {root!r}")
    return f"{int(text):02d}"


def check_freq(freq: str) -> str:
    if freq not in FREQS:
        raise ValueError(f"freq must be one of {', '.join(FREQS)}; got {freq!r}")
    return freq


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


def event_where(
    *,
    actor: str | None = None,
    dyad: str | None = None,
    since: str | date | None = None,
    until: str | date | None = None,
    root: str | int | None = None,
    quad_class: int | None = None,
    cameo: str | None = None,
    undirected: bool = False,
    alias: str = "e",
    cur: duckdb.DuckDBPyConnection | None = None,
) -> tuple[str, list]:
    """A SQL ``WHERE`` body (``TRUE`` when unfiltered) and its parameters (``cur``: see above)."""
    clauses: list[str] = []
    params: list = []
    if actor:
        token = parse_actor(actor)
        source, p1 = _side(alias, "source", token)
        target, p2 = _side(alias, "target", token)
        clauses.append(f"({source} OR {target})")
        params += p1 + p2
    if dyad:
        a, b = parse_dyad(dyad)
        forward = [_side(alias, "source", a, cur), _side(alias, "target", b, cur)]
        clause = " AND ".join(c for c, _ in forward)
        params += [p for _, ps in forward for p in ps]
        if undirected:
            backward = [_side(alias, "source", b, cur), _side(alias, "target", a, cur)]
            clause = f"(({clause}) OR ({' AND '.join(c for c, _ in backward)}))"
            params += [p for _, ps in backward for p in ps]
        clauses.append(f"({clause})")
    if (start := parse_day(since, "since")) is not None:
        clauses.append(f"{alias}.day >= ?")
        params.append(start)
    if (end := parse_day(until, "until")) is not None:
        clauses.append(f"{alias}.day <= ?")
        params.append(end)
    if root is not None:
        clauses.append(f"{alias}.root = ?")
        params.append(parse_root(root))
    if quad_class is not None:
        if quad_class not in (1, 2, 3, 4):
            raise ValueError(f"quad_class is 1..4; got {quad_class!r}")
        clauses.append(f"{alias}.quad_class = ?")
        params.append(quad_class)
    if cameo:
        clauses.append(f"starts_with({alias}.cameo, ?)")
        params.append(cameo.strip())
    return (" AND ".join(clauses) or "TRUE"), params
