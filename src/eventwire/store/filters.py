"""The event filters shared by the store, analytics, CLI and API: one meaning, one check.

``check_filters`` turns raw values (from a URL, a command line or Python) into a checked
``EventFilter``, each value checked by ``filter_values``; ``filter_sql`` turns it into SQL.

An actor token such as ``RUS`` matches an actor whose CAMEO code starts with it (``RUS``,
``RUSGOV``, ``RUSMIL``) or whose country is it. A dyad ``RUS:UKR`` is directed (source
``RUS``, target ``UKR``) unless ``undirected`` is set. ``since``/``until`` are inclusive
days. An event is *resolved* when every actor it has carries a country (or an
international organisation); unresolved actors keep a name or sector only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date

from eventwire.store.filter_values import (
    _PLACE,
    _PLOVER,
    FilterError,
    _number,
    _pattern,
    _quad,
    _upper,
    check_range,
    parse_actor,
    parse_day,
    parse_dyad,
    parse_root,
)


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
