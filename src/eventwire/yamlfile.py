"""How eventwire reads its knowledge files (YAML): with libyaml's safe parser when PyYAML was
built with it (~7x faster; the files are read at every process start), else PyYAML's own.
Both build the same Python values (``yaml.safe_load``'s)."""

from __future__ import annotations

from typing import IO, Any

import yaml

SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load(source: str | IO[str]) -> Any:
    """``yaml.safe_load(source)``, with the faster parser when there is one."""
    return yaml.load(source, Loader=SafeLoader)
