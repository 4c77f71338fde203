"""The closed word lists the resolution rules read (``data/words.yaml``), loaded once."""

from __future__ import annotations

from dataclasses import dataclass, fields
from importlib import resources
from pathlib import Path
from typing import Any

from eventwire import yamlfile

PATH = Path(str(resources.files("eventwire.actors") / "data" / "words.yaml"))


@dataclass(frozen=True)
class Words:
    """One field per list in ``data/words.yaml``; see the comments there for who reads it."""

    honorifics: frozenset[str]
    honorific_sectors: dict[str, str]
    shared_ranks: frozenset[str]
    male_words: frozenset[str]
    female_words: frozenset[str]
    female_given_names: frozenset[str]
    male_given_names: frozenset[str]
    name_suffixes: frozenset[str]
    former_words: frozenset[str]
    former_role_words: frozenset[str]
    officer_titles: frozenset[str]
    organisation_officers: frozenset[str]
    courtesy_titles: frozenset[str]
    origin_suffixes: frozenset[str]
    birth_suffixes: frozenset[str]
    faith_words: frozenset[str]
    business_members: frozenset[str]
    employment_verbs: frozenset[str]
    friendship_words: frozenset[str]
    org_only_names: dict[str, str]
    sovereign_words: frozenset[str]
    place_offices: dict[str, str]
    state_nouns: frozenset[str]
    region_words: frozenset[str]
    owner_pronouns: frozenset[str]
    troop_nouns: frozenset[str]
    figurative_force_modifiers: frozenset[str]
    absent_offices: dict[str, list[str]]
    title_fillers: frozenset[str]
    locative_prepositions: frozenset[str]
    state_target_prepositions: frozenset[str]
    directions: frozenset[str]
    role_cues: dict[str, dict]
    street_words: frozenset[str]
    place_nouns: frozenset[str]
    member_words: frozenset[str]
    affiliation_suffixes: frozenset[str]
    supplier_suffixes: frozenset[str]
    leader_suffixes: frozenset[str]
    country_prepositions: frozenset[str]
    acting_prepositions: frozenset[str]
    topic_prepositions: frozenset[str]
    generic_heads: frozenset[str]
    group_nouns: frozenset[str]
    person_group_nouns: frozenset[str]
    group_counters: frozenset[str]
    person_pronouns: frozenset[str]
    group_pronouns: frozenset[str]
    body_pronouns: frozenset[str]
    body_kinds: frozenset[str]
    name_function_words: frozenset[str]
    org_descriptors: dict[str, str]
    legal_suffixes: frozenset[str]
    institution_heads: frozenset[str]
    dateline_marks: frozenset[str]
    descent_demonyms: frozenset[str]
    chamber_words: frozenset[str]
    committee_words: frozenset[str]
    place_name_heads: frozenset[str]
    party_letters: frozenset[str]
    member_prepositions: frozenset[str]
    membership_prepositions: frozenset[str]
    employer_prepositions: frozenset[str]
    located_sectors: frozenset[str]
    located_prepositions: frozenset[str]
    writing_verbs: frozenset[str]
    nation_nouns: frozenset[str]
    armed_group_words: frozenset[str]
    title_countries: dict[str, str]
    staff_words: frozenset[str]
    campaign_words: frozenset[str]
    lifelong_sectors: frozenset[str]
    employer_sectors: frozenset[str]
    principal_prepositions: frozenset[str]
    possessive_pronouns: frozenset[str]
    office_nouns: frozenset[str]
    campaign_modifiers: frozenset[str]
    unknown_organisation_officers: dict[str, str]
    reporting_verbs: frozenset[str]
    domestic_sectors: frozenset[str]
    domestic_acts: frozenset[str]
    state_institution_sectors: frozenset[str]
    state_possessives: frozenset[str]
    flight_verbs: frozenset[str]
    sending_verbs: frozenset[str]
    local_words: frozenset[str]
    foreign_words: frozenset[str]
    count_nouns: frozenset[str]
    crowd_counts: frozenset[str]
    local_government_words: frozenset[str]
    quoting_verbs: frozenset[str]
    first_person_singular: frozenset[str]
    definite_person_nouns: frozenset[str]
    definite_body_nouns: frozenset[str]
    definite_body_kinds: frozenset[str]
    title_only_roles: frozenset[str]
    of_only_roles: frozenset[str]
    pluralless_roles: frozenset[str]
    company_body_words: frozenset[str]
    office_verbs: frozenset[str]
    armed_member_sectors: frozenset[str]
    anaphoric_determiners: frozenset[str]
    armed_group_anaphors: frozenset[str]
    organisation_posts: frozenset[str]
    counsel_words: frozenset[str]
    staff_nouns: frozenset[str]
    athlete_words: frozenset[str]
    polity_nouns: frozenset[str]


def load(path: Path = PATH) -> Words:
    """Read and check the lists: every field present, no other key, words in lower case."""
    with open(path, encoding="utf-8") as handle:
        raw = yamlfile.load(handle)
    names = {f.name for f in fields(Words)}
    if set(raw) != names:
        raise ValueError(f"{path}: expected keys {sorted(names)}, got {sorted(raw)}")
    values: dict[str, Any] = {}
    for name, value in raw.items():
        words = list(value)
        if not words or any(str(w) != str(w).lower() for w in words):
            raise ValueError(f"{path}: '{name}' must be a non-empty list of lower-case words")
        values[name] = dict(value) if isinstance(value, dict) else frozenset(map(str, value))
    return Words(**values)


WORDS = load()
