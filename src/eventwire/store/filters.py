"""The event filters shared by the store, analytics, CLI and API: one meaning, one check.

Every surface validates its arguments here, so the same input is refused with the same
message everywhere (a ``FilterError``, which is a ``ValueError``: exit 2 in the CLI, 422 in
the API). Messages start with the parameter's name.

An actor token such as ``RUS`` matches an actor whose CAMEO code starts with it (``RUS``,
``RUSGOV``, ``RUSMIL``) or whose country is it; a token no actor can carry is refused with the
closest known codes. Given a cursor, the filter also narrows each side to the dyad keys
(``source_key``/``target_key``: country, else code) that the matching actors have, which lets
DuckDB skip row groups of a store sorted by dyad (``Store.optimize``). A dyad ``RUS:UKR`` is
directed (source ``RUS``, target ``UKR``) unless ``undirected`` is set. ``since``/``until``
are inclusive days. An event is *resolved* when every actor it has carries a country (or an
international organisation); unresolved actors keep a name or sector only.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, fields
from datetime import date, datetime

import duckdb

FREQS = {"day": "INTERVAL 1 DAY", "week": "INTERVAL 7 DAY", "month": "INTERVAL 1 MONTH"}
_TOKEN = re.compile(r"^[A-Za-z0-9]{2,15}$")
_PLOVER = re.compile(r"^[A-Z_]{3,30}$")
_PLACE = re.compile(r"^[^\x00-\x1f]{1,120}$")


class FilterError(ValueError):
    """A refused filter value; the message names the parameter and says what is expected."""

    def __init__(self, name: str, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name = name


def parse_dyad(dyad: str, name: str = "dyad") -> tuple[str, str]:
    """``"RUS:UKR"`` -> ``("RUS", "UKR")``, both known actor codes; a FilterError otherwise."""
    parts = dyad.split(":")
    if len(parts) != 2 or not all(_TOKEN.match(p.strip()) for p in parts):
        raise FilterError(name, f"must be SOURCE:TARGET actor codes like RUS:UKR, got {dyad!r}")
    return known_code(parts[0].strip().upper(), name), known_code(parts[1].strip().upper(), name)


def parse_actor(actor: str, name: str = "actor") -> str:
    """An actor token (code or country), upper-cased and known; a FilterError otherwise."""
    token = actor.strip().upper()
    if not _TOKEN.match(token):
        raise FilterError(
            name, f"must be an actor code like RUS or RUSGOV (letters and digits), got {actor!r}"
        )
    return known_code(token, name)


def known_code(code: str, name: str = "actor") -> str:
    """``code`` when an actor can carry it; else a FilterError suggesting the closest codes."""
    from eventwire.actors import is_known_code

    if is_known_code(code):
        return code
    close = difflib.get_close_matches(code, _head_codes(), n=3, cutoff=0.5)
    hint = f" (did you mean {' or '.join(close)}?)" if close else ""
    raise FilterError(
        name,
        f"unknown actor code {code!r}{hint}. Use a country or organisation code, optionally "
        "followed by sector codes (RUS, RUSGOV, NATO, UKRREB; `eventwire actors` and the "
        "README's Actors section list them)",
    )


def _head_codes() -> list[str]:
    from eventwire.actors.kb import knowledge_base

    kb = knowledge_base()
    return sorted(set(kb.country_names) | set(kb.igo_codes) | set(kb.cameo_to_iso.values()))


def parse_day(value: str | date | None, name: str = "date") -> date | None:
    """An ISO 8601 date or date-time (``2022-01-28``); None when absent or empty."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    text = str(value).strip()
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return date.fromisoformat(text)
        return datetime.fromisoformat(text).date()
    except ValueError:
        raise FilterError(
            name, f"must be an ISO 8601 date like 2022-01-28, got {value!r}"
        ) from None


def check_range(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise FilterError(
            "since", f"must not be after until ({since.isoformat()} > {until.isoformat()})"
        )


def parse_root(root: str | int, name: str = "root") -> str:
    text = str(root).strip()
    if not text.isdigit() or not 1 <= int(text) <= 20:
        raise FilterError(name, f"must be a CAMEO root code from 01 to 20, got {root!r}")
    return f"{int(text):02d}"


def check_freq(freq: str) -> str:
    if freq not in FREQS:
        raise FilterError("freq", f"must be one of {', '.join(FREQS)}, got {freq!r}")
    return freq


def check_limit(limit: int | None, name: str = "limit") -> int | None:
    if limit is not None and (not isinstance(limit, int) or limit < 1):
        raise FilterError(name, f"must be a whole number of at least 1, got {limit!r}")
    return limit


def _quad(value: int | str | tuple | list | None) -> tuple[int, ...] | None:
    """QuadClasses as a sorted tuple: ``3``, ``"3,4"`` or ``[3, 4]`` (verbal and material conflict)."""
    if value is None or value == "":
        return None
    parts = value if isinstance(value, (tuple, list)) else str(value).split(",")
    texts = [str(part).strip() for part in parts]
    if not texts or any(text not in ("1", "2", "3", "4") for text in texts):
        raise FilterError("quad_class", f"must be 1, 2, 3 or 4, or a list like 3,4; got {value!r}")
    return tuple(sorted({int(text) for text in texts}))


def _number(name: str, value: float | str | None, low: float, high: float) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = float("nan")
    if not low <= number <= high:
        raise FilterError(name, f"must be a number from {low:g} to {high:g}, got {value!r}")
    return number


def _pattern(name: str, value: str | None, pattern: re.Pattern, expected: str) -> str | None:
    if value is None or not str(value).strip():
        return None
    text = str(value).strip()
    if not pattern.match(text):
        raise FilterError(name, f"must be {expected}, got {value!r}")
    return text


@dataclass(frozen=True)
class EventFilter:
    """Checked event filters (build with ``check_filters``); None or False = no filter."""

    actor: str | None = None
    dyad: str | None = None
    undirected: bool = False
    since: date | None = None
    until: date | None = None
    root: str | None = None
    quad_class: tuple[int, ...] | None = None
    plover: str | None = None
    cameo: str | None = None
    source_country: str | None = None
    target_country: str | None = None
    publisher: str | None = None
    place: str | None = None
    place_country: str | None = None
    min_confidence: float | None = None
    resolved_only: bool = False
    min_goldstein: float | None = None
    max_goldstein: float | None = None
    has_target: bool | None = None
    international: bool = False


FILTER_NAMES = tuple(f.name for f in fields(EventFilter))


def check_filters(**raw) -> EventFilter:
    """Raw filter values (strings from a URL or a command line, or Python values) -> checked."""
    unknown = set(raw) - set(FILTER_NAMES)
    if unknown:
        raise FilterError(
            sorted(unknown)[0], f"is not a filter; the filters are {', '.join(FILTER_NAMES)}"
        )
    get = raw.get
    actor, dyad, root = get("actor"), get("dyad"), get("root")
    since, until = parse_day(get("since"), "since"), parse_day(get("until"), "until")
    check_range(since, until)
    low, high = (_number(n, get(n), -10, 10) for n in ("min_goldstein", "max_goldstein"))
    if low is not None and high is not None and low > high:
        raise FilterError("min_goldstein", f"must not be above max_goldstein ({low} > {high})")
    country = re.compile(r"^[A-Za-z]{3,5}$")
    return EventFilter(
        actor=parse_actor(actor) if actor else None,
        dyad=":".join(parse_dyad(dyad)) if dyad else None,
        undirected=bool(get("undirected")),
        since=since,
        until=until,
        root=parse_root(root) if root not in (None, "") else None,
        quad_class=_quad(get("quad_class")),
        plover=_pattern("plover", get("plover"), _PLOVER, "a PLOVER type like ASSAULT"),
        cameo=_pattern("cameo", get("cameo"), re.compile(r"^\d{2,4}$"), "a CAMEO code like 190"),
        source_country=_upper(
            _pattern("source_country", get("source_country"), country, "a country code like RUS")
        ),
        target_country=_upper(
            _pattern("target_country", get("target_country"), country, "a country code like UKR")
        ),
        publisher=_pattern("publisher", get("publisher"), _PLACE, "a publisher's name"),
        place=_pattern("place", get("place"), _PLACE, "a place name"),
        place_country=_upper(
            _pattern("place_country", get("place_country"), country, "a country code like UKR")
        ),
        min_confidence=_number("min_confidence", get("min_confidence"), 0, 1),
        resolved_only=bool(get("resolved_only")),
        min_goldstein=low,
        max_goldstein=high,
        has_target=None if get("has_target") in (None, "") else bool(get("has_target")),
        international=bool(get("international")),
    )


def _upper(value: str | None) -> str | None:
    return value.upper() if value else None


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
