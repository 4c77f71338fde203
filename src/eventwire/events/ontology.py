"""The CAMEO ontology as data: every code with its name, Goldstein value, QuadClass and PLOVER type.

Loaded once from ``cameo.tsv`` (codes, names, GDELT Goldstein values) and ``plover.tsv``
(CAMEO prefix -> PLOVER type, longest prefix wins).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

PLOVER_TYPES = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

# Names used by older PLOVER releases (and by the PLOVER gold standard records) -> current names.
PLOVER_ALIASES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
}


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


#: The QuadClasses of words rather than deeds: verbal cooperation and verbal conflict.
VERBAL_QUAD_CLASSES = frozenset({1, 3})


def quad_class_of(root: str) -> int:
    """GDELT 2.0 QuadClass from a two-digit root."""
    number = int(root)
    return 1 if number <= 5 else 2 if number <= 9 else 3 if number <= 14 else 4


def _rows(filename: str) -> list[dict[str, str]]:
    text = (resources.files("eventwire.events") / filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


@cache
def plover_prefixes() -> dict[str, str | None]:
    return {row["cameo_prefix"]: (row["plover"] or None) for row in _rows("plover.tsv")}


def plover_of(code: str) -> str | None:
    prefixes = plover_prefixes()
    for length in range(len(code), 1, -1):
        if code[:length] in prefixes:
            return prefixes[code[:length]]
    return None


@cache
def codes() -> dict[str, CameoCode]:
    """Every CAMEO code, by code."""
    table = {}
    for row in _rows("cameo.tsv"):
        code = row["code"]
        table[code] = CameoCode(
            code=code,
            name=row["name"],
            goldstein=float(row["goldstein"]),
            quad_class=int(row["quad_class"]),
            plover=plover_of(code),
        )
    return table


def lookup(code: str) -> CameoCode:
    """The entry for a code; KeyError names the unknown code."""
    try:
        return codes()[code]
    except KeyError:
        raise KeyError(f"unknown CAMEO code {code!r}") from None


def normalise_plover(name: str) -> str:
    """A PLOVER type under its current name (older gold files use DEMAND, DISAPPROVE, ...)."""
    name = name.upper()
    return PLOVER_ALIASES.get(name, name)
