"""Layers point down only: a module may import its own stage and the stages below it.

The order is the data's: the contract models and shared helpers, then ingest -> nlp ->
actors -> events -> quotes -> the pipeline that runs them -> evaluation -> scaling -> the
store -> analytics over the store -> watching -> the surfaces (API, CLI). An import from a
lower stage into a higher one is a cycle waiting to happen and fails here.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "eventwire"
LAYERS = (
    ("models", "yamlfile", "geonames", "version"),
    ("ingest",),
    ("nlp",),
    ("actors",),
    ("events",),
    ("quotes",),
    ("pipeline",),
    ("evaluation",),
    ("scale",),
    ("store",),
    ("analytics",),
    ("watch",),
    ("api", "cli", "__main__", "__init__"),
)
LEVEL = {unit: level for level, units in enumerate(LAYERS) for unit in units}


def unit_of(module: str) -> str:
    """``eventwire.events.coder`` -> ``events``; the package itself -> ``__init__``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported_modules(tree: ast.AST) -> list[str]:
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "eventwire":
                names += [f"eventwire.{alias.name}" for alias in node.names]
            elif node.module.startswith("eventwire."):
                names.append(node.module)
        elif isinstance(node, ast.Import):
            names += [a.name for a in node.names if a.name.split(".")[0] == "eventwire"]
    return names


def upward_imports() -> list[str]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        importer = module_name(path)
        own = unit_of(importer) if importer != "eventwire" else "__init__"
        for imported in imported_modules(ast.parse(path.read_text(encoding="utf-8"))):
            other = unit_of(imported)
            assert own in LEVEL and other in LEVEL, f"{importer} -> {imported}: add it to LAYERS"
            if LEVEL[other] > LEVEL[own]:
                found.append(f"{importer} imports {imported}")
    return found


def test_every_import_points_down() -> None:
    assert upward_imports() == []


def test_an_upward_import_is_caught(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "eventwire"
    (fake / "ingest").mkdir(parents=True)
    (fake / "ingest" / "reader.py").write_text("from eventwire.store import Store\n")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", fake)
    assert upward_imports() == ["eventwire.ingest.reader imports eventwire.store"]
