"""``eventwire actors TEXT|FILE``: every actor mention, its resolution, and why."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from eventwire.cli.common import fail


def register(app: typer.Typer) -> None:
    app.command("actors")(actors)


def actors(
    source: Annotated[
        str, typer.Argument(help="Text to analyse, or a file holding it (- for stdin).")
    ],
    published: Annotated[
        str | None,
        typer.Option(
            help="Article date (ISO 8601) for dated roles; default: the file's own date, else today."
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per mention.")] = False,
    unresolved: Annotated[bool, typer.Option(help="Also list names we could not resolve.")] = True,
) -> None:
    """Show every actor mention with its country/sector code and the rule or entry behind it."""
    import sys

    from eventwire import actors as actor_stage
    from eventwire import ingest, nlp
    from eventwire.cli.extract import _check_iso
    from eventwire.models import RawDocument

    if published is not None:
        published = _check_iso(published)
    if source == "-":
        content: str | bytes = sys.stdin.read()
    elif len(source) < 4096 and "\n" not in source and Path(source).is_file():
        content = Path(source).read_bytes()
    else:
        content = source
    article = ingest.to_article(
        RawDocument(id="cli", content=content, origin=source[:80]), published=published
    )
    if not article.body:
        fail("no text to analyse")
    document = next(nlp.parse([article]))
    mentions = actor_stage.resolve(document)
    day = actor_stage.article_date(article.published)
    if as_json:
        for m in mentions:
            if unresolved or m.resolved:
                typer.echo(
                    json.dumps(
                        {
                            "span": [m.start, m.end],
                            "sentence_index": m.sentence_index,
                            "kind": m.kind,
                            "locative": m.locative,
                            "actor": m.actor.model_dump(),
                            "members": [a.model_dump() for a in m.members],
                            "reason": m.reason,
                        },
                        ensure_ascii=False,
                    )
                )
        return
    typer.echo(
        f"article date: {day.isoformat()}"
        + ("" if article.published else " (no date given: today)")
    )
    for m in mentions:
        if not unresolved and not m.resolved:
            continue
        code = m.actor.code or "?"
        if m.members:
            code = "+".join(a.code or "?" for a in m.members)
        name = f" = {m.actor.name}" if m.actor.name and m.actor.name != m.text else ""
        where = " (place)" if m.locative else ""
        typer.echo(f"[{m.sentence_index}] {m.text!r}{name} -> {code}{where}\n      {m.reason}")
