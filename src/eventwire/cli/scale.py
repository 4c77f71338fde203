"""What ``extract`` and ``ingest`` share about running: workers, cluster, time limit, ETA."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

Workers = Annotated[
    int | None,
    typer.Option(
        "--workers", "-w", min=1, help="Worker processes (default: all cores; 1 = in this process)."
    ),
]
Cluster = Annotated[
    str | None,
    typer.Option(
        help="Run on Dask: 'local' (a local cluster) or a scheduler address, tcp://HOST:8786."
    ),
]
DocTimeout = Annotated[
    float,
    typer.Option(
        "--doc-timeout", min=0.001, help="Seconds one document may take before it is given up."
    ),
]


def progress_total(inputs: list[str], quiet: bool) -> int | None:
    """The progress bar's total (for its ETA), counted only when a bar will be shown."""
    return None if quiet or not sys.stderr.isatty() else count_documents(inputs)


def count_documents(inputs: list[str]) -> int | None:
    """How many documents the inputs hold, for the progress bar's ETA (one fast pass over
    JSONL files); None when that needs decoding them (stdin, WARC, gzip)."""
    total = 0
    for item in inputs:
        if item == "-":
            return None
        path = Path(item)
        for file in sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]:
            suffixes = [s.lower() for s in file.suffixes]
            if {".warc", ".arc"} & set(suffixes) or (
                suffixes[-1:] == [".gz"] and ".jsonl" in suffixes
            ):
                return None
            total += _count_lines(file) if suffixes[-1:] == [".jsonl"] else 1
    return total


def _count_lines(path: Path) -> int:
    lines, last = 0, b"\n"
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            lines += block.count(b"\n")
            last = block[-1:]
    return lines + (last != b"\n")
