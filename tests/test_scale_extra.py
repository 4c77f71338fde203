"""Dask is an optional extra: ``--cluster`` without it says how to install it."""

from __future__ import annotations

import importlib.util

import pytest

from eventwire import scale
from eventwire.models import RawDocument


def test_cluster_without_dask_says_which_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    real_find_spec = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *args: None if name == "distributed" else real_find_spec(name, *args),
    )
    with pytest.raises(ValueError, match=r"eventwire\[cluster\]"):
        list(scale.run([RawDocument(id="a", content="Text.")], cluster="local"))
