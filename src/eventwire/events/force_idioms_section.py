"""The ``force_idioms`` section of ``patterns.yaml``: when words of force (roots 15-20) mean
politics, sport or markets, and the word lists the force rules read.

Its own module because it is the dictionary's largest section (some eighty word lists and codes,
read mostly by the rules of force: ``idioms``, ``politics``, ``talk_of_force``, ``force_context``,
``generic_acts``), with a loader that checks its phrases and codes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.events.pattern_checks import PatternError, check_code, words


@dataclass(frozen=True)
class ForceIdioms:
    """When words of force (roots 15-20) mean politics, sport or markets (``force_idioms``)."""

    phrases: dict[str, str | None] = field(default_factory=dict)
    objects: frozenset[str] = frozenset()
    verbal: frozenset[str] = frozenset()
    verbal_code: str = "111"
    relief_purposes: frozenset[str] = frozenset()
    relief_code: str = "073"
    armed_sectors: frozenset[str] = frozenset()
    irregular_sectors: frozenset[str] = frozenset()
    policing_sectors: frozenset[str] = frozenset()
    political_sectors: frozenset[str] = frozenset()
    force_cues: frozenset[str] = frozenset()
    inanimate_doers: frozenset[str] = frozenset()
    instrument_doers: frozenset[str] = frozenset()
    deployment_verbs: frozenset[str] = frozenset()
    hazards: frozenset[str] = frozenset()
    contest: frozenset[str] = frozenset()
    contest_scenes: frozenset[str] = frozenset()
    harm_results: frozenset[str] = frozenset()
    political_cues: frozenset[str] = frozenset()
    permission_verbs: frozenset[str] = frozenset()
    political_people: frozenset[str] = frozenset()
    collective_people: frozenset[str] = frozenset()
    people_prepositions: frozenset[str] = frozenset()
    advocacy: frozenset[str] = frozenset()
    statistic_heads: frozenset[str] = frozenset()
    habitual_adverbs: frozenset[str] = frozenset()
    generic_patients: frozenset[str] = frozenset()
    vague_counts: frozenset[str] = frozenset()
    victim_verbs: frozenset[str] = frozenset()
    period_nouns: frozenset[str] = frozenset()
    plots: frozenset[str] = frozenset()
    needs_target: frozenset[str] = frozenset()
    needs_armed_doer: frozenset[str] = frozenset()
    talked_of_roots: frozenset[str] = frozenset()
    posture_doers: frozenset[str] = frozenset()
    standing_states: frozenset[str] = frozenset()
    generic_subjects: frozenset[str] = frozenset()
    plans: frozenset[str] = frozenset()
    statistic_prepositions: frozenset[str] = frozenset()
    tally_verbs: frozenset[str] = frozenset()
    circumstantial: frozenset[str] = frozenset()
    conventional_force: frozenset[str] = frozenset()
    military_cues: frozenset[str] = frozenset()
    topic_verbs: frozenset[str] = frozenset()
    liability_words: frozenset[str] = frozenset()
    violence_words: frozenset[str] = frozenset()
    tasks: frozenset[str] = frozenset()
    experiencer_verbs: frozenset[str] = frozenset()
    undergoing_verbs: frozenset[str] = frozenset()
    arenas: frozenset[str] = frozenset()
    ideals: frozenset[str] = frozenset()
    nonviolent_codes: frozenset[str] = frozenset()
    armed_doer_verbs: frozenset[str] = frozenset()
    issue_heads: frozenset[str] = frozenset()
    topic_nouns: frozenset[str] = frozenset()
    topic_prepositions: frozenset[str] = frozenset()
    record_nouns: frozenset[str] = frozenset()
    belief_verbs: frozenset[str] = frozenset()
    electoral_verbs: frozenset[str] = frozenset()
    electoral_words: frozenset[str] = frozenset()
    electoral_places: frozenset[str] = frozenset()
    light_verbs: frozenset[str] = frozenset()
    unarmed_sectors: frozenset[str] = frozenset()
    peaceful_density: float = 0.0
    peaceful_min_words: int = 0
    falsity_verbs: frozenset[str] = frozenset()
    falsity_modifiers: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    falsity_reach: int = 0
    verdict_verbs: frozenset[str] = frozenset()
    charge_verbs: frozenset[str] = frozenset()
    legal_sectors: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    accusation_code: str = "112"
    complaint_objects: frozenset[str] = frozenset()
    no_places: frozenset[str] = frozenset()
    assault_recoded: frozenset[str] = frozenset()
    air_war_words: frozenset[str] = frozenset()
    planted_bombings: frozenset[str] = frozenset()
    aerial_code: str = "195"
    unarmed_protest: dict[str, str] = field(default_factory=dict)


def read_force_idioms(data: dict) -> ForceIdioms:
    """``force_idioms``: phrases are 'lemma word' with a CAMEO code or null (no event)."""
    phrases: dict[str, str | None] = {}
    for phrase, code in data.get("phrases", {}).items():
        if len(phrase.split()) != 2 or phrase != phrase.lower():
            raise PatternError(f"force_idioms.phrases: {phrase!r} must be two lower-case words")
        phrases[phrase] = None if code is None else check_code(code, f"force_idioms.{phrase}")
    return ForceIdioms(
        phrases=phrases,
        objects=frozenset(data.get("objects", ())),
        verbal=frozenset(data.get("verbal", ())),
        verbal_code=check_code(data.get("verbal_code", "111"), "force_idioms.verbal_code"),
        relief_purposes=words(data, "relief_purposes"),
        relief_code=check_code(data.get("relief_code", "073"), "force_idioms.relief_code"),
        armed_sectors=frozenset(data.get("armed_sectors", ())),
        irregular_sectors=frozenset(data.get("irregular_sectors", ())),
        policing_sectors=frozenset(data.get("policing_sectors", ())),
        political_sectors=frozenset(data.get("political_sectors", ())),
        force_cues=frozenset(data.get("force_cues", ())),
        inanimate_doers=frozenset(data.get("inanimate_doers", ())),
        instrument_doers=words(data, "instrument_doers"),
        deployment_verbs=words(data, "deployment_verbs"),
        hazards=frozenset(data.get("hazards", ())),
        contest=frozenset(data.get("contest", ())),
        contest_scenes=words(data, "contest_scenes"),
        harm_results=words(data, "harm_results"),
        political_cues=words(data, "political_cues"),
        permission_verbs=words(data, "permission_verbs"),
        political_people=words(data, "political_people"),
        collective_people=words(data, "collective_people"),
        people_prepositions=words(data, "people_prepositions"),
        advocacy=words(data, "advocacy"),
        statistic_heads=words(data, "statistic_heads"),
        habitual_adverbs=words(data, "habitual_adverbs"),
        generic_patients=words(data, "generic_patients"),
        vague_counts=words(data, "vague_counts"),
        victim_verbs=words(data, "victim_verbs"),
        period_nouns=words(data, "period_nouns"),
        plots=words(data, "plots"),
        needs_target=words(data, "needs_target"),
        needs_armed_doer=words(data, "needs_armed_doer"),
        talked_of_roots=words(data, "talked_of_roots"),
        posture_doers=words(data, "posture_doers"),
        standing_states=words(data, "standing_states"),
        generic_subjects=words(data, "generic_subjects"),
        plans=words(data, "plans"),
        statistic_prepositions=words(data, "statistic_prepositions"),
        tally_verbs=words(data, "tally_verbs"),
        circumstantial=words(data, "circumstantial"),
        conventional_force=words(data, "conventional_force"),
        military_cues=words(data, "military_cues"),
        topic_verbs=words(data, "topic_verbs"),
        liability_words=words(data, "liability_words"),
        violence_words=words(data, "violence_words"),
        tasks=words(data, "tasks"),
        experiencer_verbs=words(data, "experiencer_verbs"),
        undergoing_verbs=words(data, "undergoing_verbs"),
        arenas=words(data, "arenas"),
        ideals=words(data, "ideals"),
        nonviolent_codes=words(data, "nonviolent_codes"),
        armed_doer_verbs=words(data, "armed_doer_verbs"),
        issue_heads=words(data, "issue_heads"),
        topic_nouns=words(data, "topic_nouns"),
        topic_prepositions=words(data, "topic_prepositions"),
        record_nouns=words(data, "record_nouns"),
        belief_verbs=words(data, "belief_verbs"),
        electoral_verbs=words(data, "electoral_verbs"),
        electoral_words=words(data, "electoral_words"),
        electoral_places=words(data, "electoral_places"),
        light_verbs=words(data, "light_verbs"),
        unarmed_sectors=words(data, "unarmed_sectors"),
        peaceful_density=float(data.get("peaceful_density", 0.0)),
        peaceful_min_words=int(data.get("peaceful_min_words", 0)),
        falsity_verbs=words(data, "falsity_verbs"),
        falsity_modifiers=words(data, "falsity_modifiers"),
        claim_nouns=words(data, "claim_nouns"),
        falsity_reach=int(data.get("falsity_reach", 0)),
        verdict_verbs=words(data, "verdict_verbs"),
        charge_verbs=words(data, "charge_verbs"),
        legal_sectors=words(data, "legal_sectors"),
        documents=words(data, "documents"),
        accusation_code=check_code(
            data.get("accusation_code", "112"), "force_idioms.accusation_code"
        ),
        complaint_objects=words(data, "complaint_objects"),
        no_places=words(data, "no_places"),
        assault_recoded=words(data, "assault_recoded"),
        air_war_words=words(data, "air_war_words"),
        planted_bombings=words(data, "planted_bombings"),
        aerial_code=check_code(data.get("aerial_code", "195"), "force_idioms.aerial_code"),
        unarmed_protest={
            verb: check_code(code, f"force_idioms.unarmed_protest.{verb}")
            for verb, code in data.get("unarmed_protest", {}).items()
        },
    )
