"""The pattern dictionary (``patterns.yaml``), loaded once and checked against the ontology.

A *frame* says when a trigger word codes an event and where the event's actors are; the coder
tries a trigger's frames in order and takes the first whose conditions hold.

This module is the dictionary's public surface: ``Patterns`` (every section, as the coder reads
it), ``parse`` and ``load``, and the types the rules import. What a frame is lives in
``trigger_frames``, the checks in ``pattern_checks``, the word-list sections in
``pattern_sections`` and ``force_idioms_section``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import yaml

from eventwire.events import rule_confidence
from eventwire.events.force_idioms_section import ForceIdioms, read_force_idioms
from eventwire.events.pattern_checks import (
    PatternError,
    UniqueKeyLoader,
    check_code,
    check_sectors,
    check_slots,
    read_frames,
    victims_by_code,
    word_list,
    word_sets_by_code,
)
from eventwire.events.pattern_sections import (
    ASSEMBLY_KEYS,
    AUTHOR_KEYS,
    DANGER_KEYS,
    GATHERING_KEYS,
    HELPING_KEYS,
    RELEASE_KEYS,
    UNDERGONE_KEYS,
    Assemblies,
    Authors,
    Dangers,
    Gatherings,
    Genres,
    Helping,
    Modality,
    Releases,
    UndergoneActs,
    read_genres,
    read_modality,
    word_lists,
)
from eventwire.events.trigger_frames import NULL_CODE, SLOT_NAMES, Frame

__all__ = [
    "NULL_CODE",
    "SLOT_NAMES",
    "Assemblies",
    "Authors",
    "Dangers",
    "ForceIdioms",
    "Frame",
    "Gatherings",
    "Genres",
    "Helping",
    "Modality",
    "PatternError",
    "Patterns",
    "Releases",
    "UndergoneActs",
    "load",
    "packaged_text",
    "parse",
]


@dataclass(frozen=True)
class Patterns:
    verbs: dict[str, tuple[Frame, ...]]
    nouns: dict[str, tuple[Frame, ...]]
    speech: dict[str, str]
    modality: Modality
    verb_target: tuple[str, ...]
    noun_source: tuple[str, ...]
    noun_target: tuple[str, ...]
    implicit_doers: dict[str, str]
    place_nouns: frozenset[str]
    relatives: frozenset[str]
    speech_acts: dict[str, frozenset[str]]
    speech_stances: dict[str, frozenset[str]]
    stance_clause_marks: frozenset[str]
    denied_speech_acts: dict[str, str]
    speech_reproaches: dict[str, frozenset[str]]
    speech_about: frozenset[str]
    speech_pointers: frozenset[str]
    speech_persons: frozenset[str]
    speech_demonstratives: frozenset[str]
    speech_attempts: frozenset[str]
    judgement_partitives: frozenset[str]
    judgement_seemings: frozenset[str]
    non_agents: frozenset[str]
    two_sided_fighting: frozenset[str]
    named_event_nouns: frozenset[str]
    labels: frozenset[str] = frozenset()
    contributions: frozenset[str] = frozenset()
    relation_roots: frozenset[str] = frozenset()
    force_roots: frozenset[str] = frozenset()
    place_struck_roots: frozenset[str] = frozenset()
    clause_asked_roots: frozenset[str] = frozenset()
    clause_threatened_roots: frozenset[str] = frozenset()
    purpose_aimed_roots: frozenset[str] = frozenset()
    recipient_prepositions: frozenset[str] = frozenset()
    directional_adverbs: frozenset[str] = frozenset()
    place_mention_kinds: frozenset[str] = frozenset()
    own_force_sectors: frozenset[str] = frozenset()
    own_force_codes: tuple[str, ...] = ()
    commanding_sectors: frozenset[str] = frozenset()
    named_place_word: str = ""
    state_mention_kinds: frozenset[str] = frozenset()
    named_state_word: str = ""
    passive_doers: frozenset[str] = frozenset()
    outcome_verbs: frozenset[str] = frozenset()
    partitive_nouns: frozenset[str] = frozenset()
    own_act_announcers: frozenset[str] = frozenset()
    addressless_codes: frozenset[str] = frozenset()
    implicit_victims: dict[str, str] = field(default_factory=dict)
    kind_nouns: frozenset[str] = frozenset()
    participation_verbs: frozenset[str] = frozenset()
    departure_verbs: frozenset[str] = frozenset()
    attitudes: frozenset[str] = frozenset()
    generic_people: frozenset[str] = frozenset()
    empty_subjects: frozenset[str] = frozenset()
    question_verbs: frozenset[str] = frozenset()
    poll_shares: frozenset[str] = frozenset()
    percent_words: frozenset[str] = frozenset()
    poll_ratio_words: frozenset[str] = frozenset()
    poll_margin_words: frozenset[str] = frozenset()
    thing_pronouns: frozenset[str] = frozenset()
    credit_nouns: frozenset[str] = frozenset()
    disclosure_verbs: frozenset[str] = frozenset()
    disclosed_holdings: frozenset[str] = frozenset()
    fundraising_verbs: frozenset[str] = frozenset()
    fundraising_nouns: frozenset[str] = frozenset()
    restating_verbs: frozenset[str] = frozenset()
    unsaid_infinitive_heads: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    force_idioms: ForceIdioms = ForceIdioms()
    gatherings: Gatherings = Gatherings()
    dangers: Dangers = Dangers()
    releases: Releases = Releases()
    assemblies: Assemblies = Assemblies()
    undergone_acts: UndergoneActs = UndergoneActs()
    helping: Helping = Helping()
    authors: Authors = Authors()
    genres: Genres = Genres()
    imported: bool = False  # PETRARCH-2's verb frames and discard list merged in


def parse(text: str) -> Patterns:
    """Build and validate ``Patterns`` from YAML text (raises ``PatternError``)."""
    data = yaml.load(text, Loader=UniqueKeyLoader)
    defaults, mod = data["defaults"], data["modality"]
    modality = read_modality(mod)
    return Patterns(
        verbs={
            lemma: read_frames(lemma, spec, "verbs", rule_confidence.VERB_FRAME)
            for lemma, spec in data["verbs"].items()
        },
        nouns={
            lemma: read_frames(lemma, spec, "nouns", rule_confidence.NOUN_FRAME)
            for lemma, spec in data["nouns"].items()
        },
        speech={
            lemma: check_code(code, f"speech.{lemma}") for lemma, code in data["speech"].items()
        },
        modality=modality,
        verb_target=check_slots(defaults["verb_target"], "defaults.verb_target"),
        noun_source=check_slots(defaults["noun_source"], "defaults.noun_source"),
        noun_target=check_slots(defaults["noun_target"], "defaults.noun_target"),
        implicit_doers=check_sectors(data.get("implicit_doers", {})),
        place_nouns=frozenset(data.get("place_nouns", ())),
        relatives=frozenset(data.get("relatives", ())),
        speech_acts=word_sets_by_code(data, "speech_acts"),
        denied_speech_acts={
            check_code(code, "denied_speech_acts"): check_code(opposite, f"denied.{code}")
            for code, opposite in data.get("denied_speech_acts", {}).items()
        },
        speech_reproaches=word_sets_by_code(data, "speech_reproaches"),
        speech_about=frozenset(data.get("speech_about", ())),
        speech_pointers=frozenset(data.get("speech_pointers", ())),
        speech_persons=frozenset(data.get("speech_persons", ())),
        speech_demonstratives=frozenset(data.get("speech_demonstratives", ())),
        speech_attempts=frozenset(data.get("speech_attempts", ())),
        judgement_partitives=frozenset(data.get("judgement_partitives", ())),
        judgement_seemings=frozenset(data.get("judgement_seemings", ())),
        speech_stances=word_sets_by_code(data, "speech_stances"),
        stance_clause_marks=frozenset(data.get("stance_clause_marks", ())),
        non_agents=frozenset(data.get("non_agents", ())),
        two_sided_fighting=frozenset(data.get("two_sided_fighting", ())),
        named_event_nouns=frozenset(data.get("named_event_nouns", ())),
        labels=frozenset(data.get("labels", ())),
        contributions=frozenset(data.get("contributions", ())),
        relation_roots=frozenset(data.get("relation_roots", ())),
        force_roots=frozenset(data.get("force_roots", ())),
        place_struck_roots=frozenset(data.get("place_struck_roots", ())),
        clause_asked_roots=frozenset(data.get("clause_asked_roots", ())),
        clause_threatened_roots=frozenset(data.get("clause_threatened_roots", ())),
        purpose_aimed_roots=frozenset(data.get("purpose_aimed_roots", ())),
        recipient_prepositions=frozenset(data.get("recipient_prepositions", ())),
        directional_adverbs=frozenset(data.get("directional_adverbs", ())),
        place_mention_kinds=frozenset(data.get("place_mention_kinds", ())),
        own_force_sectors=frozenset(data.get("own_force_sectors", ())),
        own_force_codes=tuple(data.get("own_force_codes", ())),
        commanding_sectors=frozenset(data.get("commanding_sectors", ())),
        named_place_word=data.get("named_place_word", ""),
        state_mention_kinds=frozenset(data.get("state_mention_kinds", ())),
        named_state_word=data.get("named_state_word", ""),
        passive_doers=frozenset(data.get("passive_doers", ())),
        outcome_verbs=frozenset(data.get("outcome_verbs", ())),
        partitive_nouns=frozenset(data.get("partitive_nouns", ())),
        own_act_announcers=frozenset(data.get("own_act_announcers", ())),
        addressless_codes=frozenset(data.get("addressless_codes", ())),
        implicit_victims=victims_by_code(data.get("implicit_victims", {})),
        kind_nouns=frozenset(data.get("kind_nouns", ())),
        participation_verbs=frozenset(data.get("participation_verbs", ())),
        departure_verbs=frozenset(data.get("departure_verbs", ())),
        attitudes=frozenset(data.get("attitudes", ())),
        generic_people=frozenset(data.get("generic_people", ())),
        empty_subjects=frozenset(data.get("empty_subjects", ())),
        question_verbs=frozenset(data.get("question_verbs", ())),
        poll_shares=frozenset(data.get("poll_shares", ())),
        percent_words=frozenset(data.get("percent_words", ())),
        poll_ratio_words=frozenset(data.get("poll_ratio_words", ())),
        poll_margin_words=frozenset(data.get("poll_margin_words", ())),
        thing_pronouns=frozenset(data.get("thing_pronouns", ())),
        credit_nouns=frozenset(data.get("credit_nouns", ())),
        disclosure_verbs=frozenset(data.get("disclosure_verbs", ())),
        disclosed_holdings=frozenset(data.get("disclosed_holdings", ())),
        fundraising_verbs=frozenset(data.get("fundraising_verbs", ())),
        fundraising_nouns=frozenset(data.get("fundraising_nouns", ())),
        restating_verbs=frozenset(data.get("restating_verbs", ())),
        unsaid_infinitive_heads=frozenset(data.get("unsaid_infinitive_heads", ())),
        naming_verbs=word_list(list(data.get("naming_verbs", ())), "naming_verbs"),
        force_idioms=read_force_idioms(data.get("force_idioms", {})),
        gatherings=Gatherings(
            **word_lists(data.get("gatherings", {}), "gatherings", GATHERING_KEYS)
        ),
        dangers=Dangers(**word_lists(data.get("dangers", {}), "dangers", DANGER_KEYS)),
        releases=Releases(**word_lists(data.get("releases", {}), "releases", RELEASE_KEYS)),
        assemblies=Assemblies(
            **word_lists(data.get("assemblies", {}), "assemblies", ASSEMBLY_KEYS)
        ),
        undergone_acts=UndergoneActs(
            **word_lists(data.get("undergone_acts", {}), "undergone_acts", UNDERGONE_KEYS)
        ),
        helping=Helping(**word_lists(data.get("helping", {}), "helping", HELPING_KEYS)),
        authors=Authors(**word_lists(data.get("authors", {}), "authors", AUTHOR_KEYS)),
        genres=read_genres(data.get("genres", {})),
    )


def packaged_text() -> str:
    return (resources.files("eventwire.events") / "patterns.yaml").read_text(encoding="utf-8")


@cache
def load(imported: bool = True, pruned: bool = True) -> Patterns:
    """The packaged pattern dictionary, parsed once per process; ``imported`` adds the frames
    converted from PETRARCH-2 (``petrarch_verbs.yaml``) where ours leave room, less the coding
    frames of the verbs ``data/imported_pruned.tsv`` lists (unless ``pruned`` is false)."""
    patterns = parse(packaged_text())
    if not imported:
        return patterns
    from eventwire.events.imported import merge_imported, read_pruned

    return merge_imported(patterns, read_pruned() if pruned else {})
