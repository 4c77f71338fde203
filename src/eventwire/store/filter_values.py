"""Checks of one filter value each, shared by the event and quote filters, the analytics,
the CLI and the API, so the same input is refused with the same message everywhere.

A refusal is a ``FilterError``, which is a ``ValueError`` (exit 2 in the CLI, 422 in the
API); its message starts with the parameter's name. An actor token no actor can carry is
refused with the closest known codes; days are ISO 8601 dates.
"""

from __future__ import annotations

import difflib
import re
from datetime import date, datetime

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


def _upper(value: str | None) -> str | None:
    return value.upper() if value else None
