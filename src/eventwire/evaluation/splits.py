"""Splitting gold for honest development: halves by position, folds by sorted id.

A choice tuned on one half (or fold) must be confirmed on the other; every ``eval`` command
splits its gold the same way through these helpers.
"""

from __future__ import annotations

from typing import TypeVar

Row = TypeVar("Row")

HALVES = ("even", "odd")


def select_half(rows: list[Row], half: str | None) -> list[Row]:
    """The gold rows at even (0, 2, 4, ...) or odd positions, for tuning on one half and
    confirming on the other; all rows when ``half`` is None."""
    if half is None:
        return rows
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, got {half!r}")
    return rows[HALVES.index(half) :: 2]


def fold_of(keys: list[str], folds: int) -> dict[str, int]:
    """Fold index of each page: the ``i``-th page of the sorted ids goes to fold ``i % folds``."""
    return {key: i % folds for i, key in enumerate(sorted(keys))}
