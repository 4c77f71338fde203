"""Events and quotes for a terminal: a head line of whole codes, the evidence on its own lines.

A table with a sentence column either drops the sentence or squeezes the codes on a narrow
terminal; here no code is ever cut (a head line too long for the width breaks between fields)
and the sentence is wrapped below it in full.
"""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Iterable

import pandas as pd

INDENT = "    "


def width() -> int:
    """The terminal's columns (``COLUMNS`` when set), at least 40."""
    return max(40, shutil.get_terminal_size((100, 24)).columns)


def _text(value) -> str:
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _head(fields: Iterable[str], columns: int) -> list[str]:
    """Fields joined by two spaces, broken between fields (never inside one) to fit."""
    lines: list[str] = []
    line = ""
    for field in (f for f in fields if f):
        candidate = f"{line}  {field}" if line else field
        if line and len(candidate) > columns:
            lines.append(line)
            line = INDENT + field
        else:
            line = candidate
    return [*lines, line] if line else lines


def _body(text: str, columns: int) -> list[str]:
    return textwrap.wrap(
        text,
        columns,
        initial_indent=INDENT,
        subsequent_indent=INDENT,
        break_long_words=False,
        break_on_hyphens=False,
    )


def _actor(code, text) -> str:
    return _text(code) or (f"“{_text(text)}”" if _text(text) else "—")


def event_lines(row: dict, columns: int) -> list[str]:
    """One event: id, day, SOURCE -> TARGET, CAMEO code and QuadClass, Goldstein, confidence,
    articles; then its sentence and article."""
    fields = [
        f"#{_text(row.get('event_id'))}",
        _text(row.get("day")),
        f"{_actor(row.get('source_code'), row.get('source_text'))} -> "
        f"{_actor(row.get('target_code'), row.get('target_text')) if _text(row.get('target_code')) or _text(row.get('target_text')) else '(no target)'}",
        f"CAMEO {_text(row.get('cameo'))}",
        f"Q{_text(row.get('quad_class'))}",
        f"Goldstein {float(row['goldstein']):+.1f}" if _text(row.get("goldstein")) else "",
        f"conf {_text(row.get('confidence'))}" if _text(row.get("confidence")) else "",
        f"{_text(row.get('num_articles'))} articles"
        if _text(row.get("num_articles")) not in ("", "1")
        else "",
        f"in {_text(row.get('location_name'))}" if _text(row.get("location_name")) else "",
    ]
    lines = _head(fields, columns)
    lines += _body(_text(row.get("sentence")) or "(no sentence)", columns)
    source = ": ".join(
        t for t in (_text(row.get("article_source")), _text(row.get("article_title"))) if t
    )
    if source:
        lines += _body(f"— {source}", columns)
    return lines


def quote_lines(row: dict, columns: int) -> list[str]:
    """One quote: day, speaker code and words, the cue ("denied"), kind; then the quote in full.

    The cue is part of the evidence: "Russia — any plans to invade" reads as the opposite of
    "Russia denied — any plans to invade"."""
    fields = [
        _text(row.get("day")),
        _actor(row.get("speaker_code"), None),
        f"“{_text(row.get('speaker_text'))}”" if _text(row.get("speaker_text")) else "",
        _text(row.get("cue")),
        _text(row.get("kind")),
        f"{_text(row.get('num_articles'))} articles"
        if _text(row.get("num_articles")) not in ("", "1")
        else "",
    ]
    return _head(fields, columns) + _body(_text(row.get("text")), columns)


def render(frame: pd.DataFrame, lines_of, title: str, columns: int | None = None) -> str:
    """The title, then each row's lines, a blank line between rows."""
    columns = columns or width()
    blocks = ["\n".join(lines_of(row, columns)) for row in frame.to_dict("records")]
    return "\n\n".join([title, *blocks]) + "\n"
