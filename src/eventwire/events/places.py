"""The event's place, as the actors stage resolved it.

The actors stage owns place names (``actors.city_named`` for GeoNames cities, its knowledge base
for states and capitals, context for namesakes): a place here is the country the mention of it
was resolved to, with the coordinates of the GeoNames city of that name in that country. A
country gives the country with no coordinates (the gazetteer has none for countries, and we
invent none).

``actors.city_named`` reads main names only; a city known by its ASCII alternate name
("Basra", "Samarra", "Kiev") is found by ``actors.city_by_alternate_name``.
"""

from __future__ import annotations

from eventwire.actors import Mention, city_by_alternate_name, city_named
from eventwire.models import Location


def location_of(name: str, mention: Mention | None) -> Location | None:
    """The place called ``name``; ``mention`` is the actors stage's reading of it, if any."""
    country = mention.actor.country if mention is not None else None
    if country is not None and len(country) != 3:  # EU, UN: organisations are no places
        return None
    key = name.strip().removeprefix("the ")
    city = city_named(key) or city_by_alternate_name(key)
    if city is not None and (country is None or city["iso3"] == country):
        return Location(
            name=city["name"],
            country=city["iso3"],
            lat=round(city["latitude"], 5),
            lon=round(city["longitude"], 5),
        )
    return Location(name=name, country=country) if country else None
