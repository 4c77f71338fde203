"""Actor codes: CAMEO's country codes as ours, and whether a code is one an actor can carry
(for the store's and the API's filters)."""

from __future__ import annotations

import threading
from functools import cache

from eventwire.actors.kb import knowledge_base


def iso_from_cameo(code: str) -> str:
    """A CAMEO-codebook country code (``JAP``, ``ITL``) as the ISO 3166-1 alpha-3 we use."""
    return knowledge_base().cameo_to_iso.get(code, code)


_CODE_PARTS_LOCK = threading.Lock()


@cache
def _code_parts() -> tuple[frozenset[str], frozenset[str]]:
    """Every country/organisation/group code an actor can carry, and every sector code."""
    kb = knowledge_base()
    countries = {e.country for entries in kb.names.values() for e in entries if e.country}
    countries |= set(kb.igo_codes) | set(kb.country_names) | set(kb.cameo_to_iso.values())
    return frozenset(countries), frozenset(kb.sectors)


def is_known_code(code: str) -> bool:
    """Whether ``code`` is one our actors can have: a country or organisation code followed
    by zero or more sector codes (``RUS``, ``RUSGOV``, ``UKRREB``, ``NATO``), or sectors alone."""
    with _CODE_PARTS_LOCK:  # server threads must not build the knowledge base twice at once
        countries, sectors = _code_parts()
    code = code.upper()
    heads = [c for c in countries if code.startswith(c)] + [""]
    return any(_all_sectors(code[len(head) :], sectors) for head in heads)


def _all_sectors(rest: str, sectors: frozenset[str]) -> bool:
    if not rest:
        return True
    return any(rest.startswith(s) and _all_sectors(rest[len(s) :], sectors) for s in sectors)
