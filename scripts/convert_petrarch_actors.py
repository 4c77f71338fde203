"""Convert PETRARCH-2's Phoenix actor and agent dictionaries into eventwire's actor data.

Reads ``../shared/dictionaries/petrarch2/`` (MIT, Open Event Data Alliance) and writes
``src/eventwire/actors/data/petrarch/``:

- ``places.tsv``: country names, adjectives, spellings, provinces and cities (name, country,
  kind ``state`` for a block's first name, ``city`` for a GeoNames city, else ``place``);
- ``organisations.tsv``: national institutions ("Afghan National Army" -> AFG MIL),
  international and non-governmental organisations, companies, non-state armed groups
  (name, country, sector, org, source file);
- ``people.tsv``: people with dated codes (name, aliases, roles ``CODE start end`` joined by
  ``;``; a role without dates is the default, used when no dated role applies);
- ``agents.tsv``: agent nouns with sector (phrase, sector), singular and plural forms.

Names keep their words in lower case: the package matches them case-insensitively and asks
the text to capitalise them. Codes are split into an ISO 3166 alpha-3 country (Phoenix
codes that are not ISO are mapped or dropped) and the first sector code we use. Re-run after
changing this script:

    python3 scripts/convert_petrarch_actors.py [../shared/dictionaries/petrarch2]
"""

from __future__ import annotations

import re
import shutil
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "dictionaries" / "petrarch2"
TARGET = ROOT / "src" / "eventwire" / "actors" / "data" / "petrarch"

#: Phoenix country codes that are not ISO 3166-1 alpha-3.
COUNTRY_FIXES = {"KSV": "XKX", "TMP": "TLS", "ROM": "ROU"}
#: Phoenix codes for religions and other sub-sectors -> the sector code we use.
SECTOR_FIXES = {
    "MUS": "REL",
    "CHR": "REL",
    "JEW": "REL",
    "HIN": "REL",
    "BUD": "REL",
    "CTH": "REL",
    "PPL": "CVL",
    "NGM": "NGO",
    "MNC": "BUS",
}
#: Phoenix organisation codes (after IGO/NGO) that are organisations we already code.
ORG_FIXES = {
    "UNO": "UN",
    "WSTNAT": "NATO",
    "NAT": "NATO",
    "EUREEC": "EU",
    "AFRAFU": "AU",
    "SEAASN": "ASEAN",
    "UNOIAE": "IAEA",
    "UNOJUDICJ": "ICJ",
    "UNOKID": "UNICEF",
    "UNOREFHCR": "UNHCR",
    "UNOWHO": "WHO",
    "UNOWFP": "WFP",
    "WTO": "WTO",
    "IMF": "IMF",
    "UNOWBK": "WB",
    "WBK": "WB",
    "ARBARL": "ARL",
    "OPC": "OPEC",
    "ICC": "ICC",
}
OUR_SECTORS = {
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "LEG", "SPY", "BUS", "MED", "CVL",
    "EDU", "LAB", "AGR", "HLH", "REF", "CRM", "HRI", "ENV", "REL", "ELI", "IGO", "NGO", "UAF",
}  # fmt: skip
FUNCTION_WORDS = {"of", "the", "and", "for", "in", "de", "la", "al", "el", "du", "des"}


def iso_countries() -> set[str]:
    import pycountry

    return {c.alpha_3 for c in pycountry.countries} | {"XKX"}


def phrase(raw: str) -> str:
    """'MAZAR-I-SHARIF_' -> 'mazar-i-sharif'; '(AAIA)' parentheticals and stray marks dropped."""
    text = re.sub(r"\([^)]*\)", " ", raw.replace("_", " ")).strip(" +")
    return re.sub(r"\s+", " ", text).lower().strip()


def split_code(code: str, countries: set[str]) -> tuple[str | None, str | None, str | None]:
    """'AFGGOVMED' -> ('AFG', 'GOV', None); 'IGOUNOKID' -> ('UNICEF', 'IGO', 'UNOKID')."""
    code = code.strip().upper()
    if code[:3] in ("IGO", "NGO"):
        org = code[3:]
        return ORG_FIXES.get(org, org or None), code[:3], org or None
    head = COUNTRY_FIXES.get(code[:3], code[:3])
    country = head if head in countries else None
    rest = code[3:] if country or code[:3] in ("MNC", "IMG", "INT") else code
    if code[:3] == "MNC":
        home = COUNTRY_FIXES.get(rest[:3], rest[:3])
        if home in countries:  # 'MNCUSA' Coca-Cola: a company with its home country
            country, rest = home, rest[3:]
        rest = "BUS" + rest
    if code[:3] == "IMG":
        rest = "REB" + rest
    sectors = [SECTOR_FIXES.get(rest[i : i + 3], rest[i : i + 3]) for i in range(0, len(rest), 3)]
    ours = [s for s in sectors if s in OUR_SECTORS]
    # A government institution is its branch ('USAGOVLEG' the Senate: LEG; 'CHNGOVMED' state
    # media: MED); otherwise the first sector ('IMGMUSALQ' al-Qaeda: REB, not REL). People's
    # codes are kept whole and read by the package.
    if len(ours) > 1 and ours[0] == "GOV":
        return country, ours[1], None
    return country, (ours[0] if ours else None), None


def parse_date(text: str) -> date:
    """PETRARCH's YYMMDD (<=30 is 20xx) or YYYYMMDD."""
    if len(text) > 7:
        return date(int(text[:4]), int(text[4:6]), int(text[6:8]))
    year = int(text[:2])
    return date(year + (2000 if year <= 30 else 1900), int(text[2:4]), int(text[4:6]))


def restriction(text: str) -> tuple[str, str, str] | None:
    """'[AFGGOV 041001-041231]' -> ('AFGGOV', '2004-10-01', '2004-12-31'); '>' / '<' open ends."""
    inside = text.strip().lstrip("[").split("]")[0].split()
    if not inside:
        return None
    code, rest = inside[0], "".join(inside[1:])
    try:
        if rest.startswith(">"):
            return code, parse_date(rest[1:]).isoformat(), ""
        if rest.startswith("<"):
            return code, "", parse_date(rest[1:]).isoformat()
        if "-" in rest:
            first, _, last = rest.partition("-")
            start, end = parse_date(first), parse_date(last)
            if end < start:
                return None  # PETRARCH-2 skips such a line too
            return code, start.isoformat(), end.isoformat()
    except ValueError:
        return None
    return code, "", ""


def read_codes(line: str, default: str | None, dated: list[tuple[str, str, str]]) -> str | None:
    """The ``[CODE date]`` restrictions of one line: dated ones appended to ``dated``; returns
    the undated code (the record's default) if the line has one, else ``default``."""
    for part in re.findall(r"\[[^\]]*\]", line):
        found = restriction(part)
        if found and (found[1] or found[2]):
            dated.append(found)
        elif found:
            default = found[0]
    return default


def records(path: Path):
    """(names, default code or None, [(code, start, end)]) per actor record."""
    names: list[str] = []
    default: str | None = None
    dated: list[tuple[str, str, str]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#")[0].split(";")[0].rstrip()
        if not line.strip() or line.startswith("<!"):
            continue
        if line.startswith(("\t", " ")) and line.strip().startswith("["):
            default = read_codes(line, default, dated)
            continue
        if line.startswith("+"):
            names.append(phrase(line.split("[")[0]))
            continue
        if names:
            yield names, default, dated
        names, default, dated = [phrase(line.split("[")[0])], None, []
        default = read_codes(line, default, dated)
    if names:
        yield names, default, dated


def capitalised_city_names() -> set[str]:
    from eventwire import geonames

    return {city["name"].lower() for city in geonames.cities().values()}


def convert_actors(countries: set[str]):
    cities = capitalised_city_names()
    places, organisations, people = [], [], []
    for filename in (
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ):
        for names, default, dated in records(SOURCE / filename):
            names = [n for n in dict.fromkeys(names) if n and re.search(r"[a-z]", n)]
            if not names:
                continue
            if dated:
                roles = [(c, s, e) for c, s, e in dated] + ([(default, "", "")] if default else [])
                people.append((names, roles))
                continue
            if default is None:
                continue
            country, sector, org = split_code(default, countries)
            if (
                sector is None
                and country
                and len(default) == 3
                and filename.startswith("Phoenix.C")
            ):
                places.append((names[0], country, "state"))
                places += [(n, country, "city" if n in cities else "place") for n in names[1:]]
            elif sector or country:
                organisations += [
                    (n, country or "", sector or "", org or "", filename) for n in names
                ]
    return places, organisations, people


def agent_forms(text: str, markers: dict[str, list[str]]) -> list[str]:
    """'CONGRESS!PERSON! [~LEG]' and 'SEAMAN {SEAMEN}' -> every written form."""
    stem = text.split("[")[0]
    plural_match = re.search(r"\{([^}]*)\}", stem)
    stem = re.sub(r"\{[^}]*\}", "", stem).strip()
    marker = re.search(r"!(\w+)!", stem)
    if marker:
        return [phrase(stem.replace(marker.group(0), sub)) for sub in markers.get(marker[1], [])]
    singular = phrase(stem)
    if plural_match is not None:
        plural = phrase(plural_match[1])
        return [singular] + ([plural] if plural else [])
    last = singular.split()[-1] if singular else ""
    if last.endswith(("s", ".")):  # 'barracks', 'capt.': no regular plural
        return [singular]
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        plural = singular[:-1] + "ies"
    elif last.endswith(("sh", "ch", "x")):
        plural = singular + "es"
    elif last.endswith("man"):
        plural = singular[:-3] + "men"
    else:
        plural = singular + "s"
    return [singular, plural]


def convert_agents() -> list[tuple[str, str]]:
    markers: dict[str, list[str]] = {}
    agents: dict[str, str] = {}
    for raw in (SOURCE / "Phoenix.agents.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#")[0].strip()
        if not line or line.startswith("<!"):
            continue
        definition = re.match(r"!(\w+)!\s*=\s*(.+)", line)
        if definition:
            markers[definition[1]] = [w.strip() for w in definition[2].split(",")]
            continue
        code = re.search(r"\[([^\]]*)\]", line)
        if not code:
            continue
        raw_code = code[1].strip()
        if raw_code.endswith("~"):  # 'NGO~': the organisation kind comes first
            sector = SECTOR_FIXES.get(raw_code[:3], raw_code[:3])
        else:
            first = raw_code.lstrip("~")[:3]
            sector = SECTOR_FIXES.get(first, first)
        if sector not in OUR_SECTORS:
            continue
        for form in agent_forms(line, markers):
            if form.startswith(("a ", "an ", "the ")):
                continue  # 'A_CABINET_MEETING': a phrase, not an agent noun
            if form and re.fullmatch(r"[a-z][a-z .'-]*", form):
                agents.setdefault(form, sector)
    return sorted(agents.items())


def write_tsv(name: str, header: list[str], rows) -> int:
    lines = ["\t".join(header)] + ["\t".join(str(v) for v in row) for row in rows]
    (TARGET / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 1


def main() -> int:
    global SOURCE
    if len(sys.argv) > 1:
        SOURCE = Path(sys.argv[1])
    if not SOURCE.exists():
        print(f"PETRARCH-2 dictionaries not found: {SOURCE}", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT / "src"))
    TARGET.mkdir(parents=True, exist_ok=True)
    shutil.copy(SOURCE / "LICENSE", TARGET / "LICENSE")
    countries = iso_countries()
    places, organisations, people = convert_actors(countries)
    person_rows = [
        (names[0], ";".join(names[1:]), ";".join(" ".join(r).strip() for r in roles))
        for names, roles in people
    ]
    counts = {
        "places.tsv": write_tsv("places.tsv", ["name", "country", "kind"], sorted(set(places))),
        "organisations.tsv": write_tsv(
            "organisations.tsv",
            ["name", "country", "sector", "org", "file"],
            sorted(set(organisations)),
        ),
        "people.tsv": write_tsv("people.tsv", ["name", "aliases", "roles"], person_rows),
        "agents.tsv": write_tsv("agents.tsv", ["phrase", "sector"], convert_agents()),
    }
    for name, count in counts.items():
        print(f"{name}: {count} rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
