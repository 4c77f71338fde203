"""The load test in CI: bursts of 200 concurrent API queries on loopback while
``eventwire serve --ingest`` stores more articles; every request must succeed.

Latency figures are printed by ``benchmarks/load_test.py`` (speed claims live there, not in
a timed unit test); here only correctness under load is asserted.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from conftest import ROOT


@pytest.mark.slow
def test_200_concurrent_queries_during_an_ingest_all_succeed():
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "load_test.py"),
            "--concurrency",
            "200",
            "--rounds",
            "2",
            "--max-rounds",
            "6",
            "--docs",
            "40",
            "--max-seconds",
            "500",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    print(result.stdout)
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "errors: 0" in result.stdout
    requests = int(re.search(r"^(\d+) requests", result.stdout, re.M).group(1))
    assert requests >= 400
    # The store grew while the bursts ran: the queries really met a running ingest.
    started_during = int(
        re.search(r"(\d+) of \d+ bursts started while the ingest was running", result.stdout).group(
            1
        )
    )
    assert started_during >= 1
