"""Shared fixtures. Data in ../shared/ is optional: tests that need it skip with a message."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared data not available: {path}")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_path("seed", "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    return json.loads(shared_path("seed", "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_article(seed_text):
    """The seed article through the whole pipeline, once per test session."""
    import eventwire

    return eventwire.extract(seed_text.encode("utf-8"), id="seed")
