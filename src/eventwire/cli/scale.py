"""The runner options shared by ``extract`` and ``ingest``: workers, cluster, time limit."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from eventwire.scale import DOC_TIMEOUT

Workers = Annotated[Optional[int], typer.Option(
    "--workers", "-w", min=1, help="Worker processes (default: all cores; 1 = in this process).")]
Cluster = Annotated[Optional[str], typer.Option(
    help="Run on Dask: 'local' (a local cluster) or a scheduler address, tcp://HOST:8786.")]
DocTimeout = Annotated[float, typer.Option(
    "--doc-timeout", min=0.001, help="Seconds one document may take before it is given up.")]
