"""The time chart's histogram: matching events per day, week or month and QuadClass, over
the days that hold 98% of them, with long runs of empty periods collapsed into one gap.

Choosing the period, drawing a chosen range whole and walking the calendar to fill or
collapse empty periods is a family of date arithmetic of its own; the list and count
queries in ``queries`` need none of it.
"""

from __future__ import annotations

from datetime import date, timedelta

from eventwire.store.filter_sql import where_of
from eventwire.store.filters import EventFilter
from eventwire.store.queries import one_row
from eventwire.store.store import Store


def histogram(store: Store, flt: EventFilter, bars: int = 120, gap: int = 3) -> dict:
    """Event counts per period and QuadClass for the time chart, over the days that hold 98%
    of the matching events (a stray "in 1945" does not stretch it): per day, or per week or
    month when the periods that have events would be more than ``bars``. Up to ``gap``
    empty periods in a row are zeros; a longer run is one item with ``gap`` set, so empty
    years take one bar's width."""
    with store.cursor() as cur:
        where, params = where_of(flt, "e", cur)
        first, last, total = one_row(
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
            (periods,) = one_row(
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
