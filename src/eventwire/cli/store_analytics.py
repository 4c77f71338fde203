"""``eventwire series``, ``alerts`` and ``top``: the analytics over the store (a dyad's event
series, escalation alerts, the most active actors and dyads), printed as tables or frames.

They read aggregates through ``AnalyticsStore`` rather than listing stored rows, so they are
their own family of commands; ``cli.store`` registers them in its order.
"""

from __future__ import annotations

from typing import Annotated

import typer

from eventwire.cli.common import checked, fail
from eventwire.cli.output import emit
from eventwire.cli.store_options import (
    DEFAULT_DB,
    DbOption,
    FrameFormat,
    Freq,
    Since,
    Until,
    open_store,
)


def series(
    dyad: Annotated[str | None, typer.Option(help="SOURCE:TARGET, e.g. RUS:UKR.")] = None,
    db: DbOption = DEFAULT_DB,
    actor: Annotated[
        str | None, typer.Option(help="Instead of a dyad: an actor on either side.")
    ] = None,
    freq: Annotated[Freq, typer.Option(help="Period.")] = Freq.day,
    since: Since = None,
    until: Until = None,
    undirected: Annotated[bool, typer.Option(help="Count both directions of the dyad.")] = False,
    format: Annotated[FrameFormat, typer.Option("--format", "-f")] = FrameFormat.table,
) -> None:
    """A dyad's event series: events per QuadClass, Goldstein mean and sum, conflict share."""
    with open_store(db) as store:
        frame = store.series(
            dyad, freq=freq.value, since=since, until=until, actor=actor, undirected=undirected
        )
    if frame.empty:
        typer.echo(f"no dated events match {dyad or actor or 'the filters'} in {db}", err=True)
    emit(frame, format, title=f"{dyad or actor or 'all events'} per {freq.value}")


def alerts(
    db: DbOption = DEFAULT_DB,
    freq: Annotated[Freq, typer.Option(help="Period.")] = Freq.week,
    window: Annotated[int, typer.Option(help="Baseline periods before each period.")] = 8,
    threshold: Annotated[float, typer.Option(help="Alert when z >= this.")] = 3.0,
    min_events: Annotated[int, typer.Option(help="Fewest conflict events in the period.")] = 3,
    dyad: Annotated[str | None, typer.Option(help="Only this dyad, e.g. RUS:UKR.")] = None,
    since: Since = None,
    until: Until = None,
    format: Annotated[FrameFormat, typer.Option("--format", "-f")] = FrameFormat.table,
) -> None:
    """Escalation alerts: dyads whose conflict intensity rose well above their recent baseline."""
    with open_store(db) as store:
        frame = store.alerts(
            freq.value,
            window=window,
            threshold=threshold,
            min_events=min_events,
            dyad=dyad,
            since=since,
            until=until,
        )
    emit(frame, format, title=f"{len(frame)} alerts")


def top(
    db: DbOption = DEFAULT_DB,
    what: Annotated[str, typer.Argument(help="actors or dyads")] = "dyads",
    limit: Annotated[int, typer.Option(help="How many.")] = 10,
    since: Since = None,
    until: Until = None,
    format: Annotated[FrameFormat, typer.Option("--format", "-f")] = FrameFormat.table,
) -> None:
    """The most active actors or dyads (by distinct events)."""
    if what not in ("actors", "dyads"):
        fail(f"top takes 'actors' or 'dyads', got {what!r}")
    from eventwire.store.filter_values import check_limit

    checked(check_limit, limit)
    with open_store(db) as store:
        method = store.top_actors if what == "actors" else store.top_dyads
        frame = method(limit=limit, since=since, until=until)
    emit(frame, format, title=f"top {what}")
