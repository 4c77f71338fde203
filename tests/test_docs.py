"""The documentation's runnable examples run, as datasette tests its docs.

A fenced block whose info string is ``bash runnable`` or ``python runnable`` is run; the
blocks of one page run in order in one fresh folder (so an example may use a file an earlier
one made), with the bundled samples copied there as ``samples/``. Other blocks are
illustrations (paths a reader would have, a cluster address) and are only shown.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted([ROOT / "README.md", *(ROOT / "docs").glob("*.md")])
FENCE = re.compile(r"^```(bash|python) runnable[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
TIME_LIMIT = 300


def runnable_blocks(page: Path) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in FENCE.finditer(page.read_text(encoding="utf-8"))]


def test_runnable_blocks_are_found_by_the_fence_pattern() -> None:
    sample = "```bash runnable\necho hi\n```\n\n```python\nnot run\n```\n"
    assert [(m.group(1), m.group(2)) for m in FENCE.finditer(sample)] == [("bash", "echo hi\n")]


@pytest.mark.slow
@pytest.mark.parametrize(
    "page", [p for p in PAGES if runnable_blocks(p)], ids=lambda p: p.relative_to(ROOT).as_posix()
)
def test_runnable_examples_in(page: Path, tmp_path: Path) -> None:
    samples = resources.files("eventwire") / "samples"
    shutil.copytree(str(samples), tmp_path / "samples")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "120"}
    for number, (language, code) in enumerate(runnable_blocks(page), 1):
        command = (
            ["bash", "-euo", "pipefail", "-c", code]
            if language == "bash"
            else [sys.executable, "-c", code]
        )
        done = subprocess.run(
            command,
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=TIME_LIMIT,
            check=False,
        )
        assert done.returncode == 0, (
            f"{page.name}, runnable block {number} ({language}) exited {done.returncode}:\n"
            f"{code}\n--- stdout ---\n{done.stdout[-2000:]}\n--- stderr ---\n{done.stderr[-2000:]}"
        )
