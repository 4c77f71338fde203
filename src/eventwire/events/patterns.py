"""The pattern dictionary (``patterns.yaml``), loaded once and checked against the ontology.

A *frame* says when a trigger word codes an event and where the event's actors are; the coder
tries a trigger's frames in order and takes the first whose conditions hold.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING

import yaml

from eventwire import yamlfile
from eventwire.events import ontology, rule_confidence

IMPLICIT_SECTORS = ("COP", "JUD", "UAF", "CVL")
SLOT_NAMES = {"dobj", "dative", "nsubjpass", "poss", "amod", "compound", "agent"}


NULL_CODE = "---"  # a frame that matches and stops the event ("faced a run-off" is no meeting)


@dataclass(frozen=True)
class Frame:
    """When a trigger codes an event, and where its actors are.

    Conditions (all that are set must hold): ``object`` heads the direct object (an own frame's
    also its compound or "of" complement; never a prepositional object), ``object_with``
    modifies it, ``with_`` is near the trigger and ``without`` is not, ``subject`` heads the
    subject, ``prep`` is a preposition on the trigger or its object (with ``prep_object``
    heading its object, ``prep_object_with`` modifying that), ``particle`` is the verb's
    particle or preposition. ``other_side``: the event needs a target or two joint doers
    ("hosted a debate", "discussed his book" host and consult no one)."""

    code: str
    object: frozenset[str] = frozenset()
    with_: frozenset[str] = frozenset()
    without: frozenset[str] = frozenset()
    target: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    symmetric: bool = False
    complaint: str | None = None
    confidence: float = rule_confidence.VERB_FRAME
    subject: frozenset[str] = frozenset()
    object_with: frozenset[str] = frozenset()
    prep: str | None = None
    prep_object: frozenset[str] = frozenset()
    prep_object_with: frozenset[str] = frozenset()
    particle: str | None = None
    imported: bool = False  # from PETRARCH-2's dictionary, not hand-written
    by_state: str | None = None  # the code when every source is a state or its armed forces
    other_side: bool = False  # an event only with a target or joint doers ("discussed with")

    @property
    def stops(self) -> bool:
        return self.code == NULL_CODE

    @property
    def names_object(self) -> bool:
        """The frame names the thing its verb acts on: ``object``, or an own frame's ``prep_object``
        ("called for the release": the release is the call's, no second event). An imported
        frame's ``prep_object`` is a setting ("in the city"), not the act's thing."""
        return bool(self.object) or bool(self.prep_object) and not self.imported

    @property
    def conditional(self) -> bool:
        return bool(self.object or self.with_ or self.subject or self.prep or self.particle)


@dataclass(frozen=True)
class Modality:
    intent: frozenset[str]
    intent_codes: dict[str, str]
    uncodable_intents: frozenset[str]
    threat: frozenset[str]
    threat_codes: dict[str, str]
    refusal: frozenset[str]
    refusal_codes: dict[str, str]
    agreement: frozenset[str]
    preparation: frozenset[str]
    preparation_codes: dict[str, str]
    blocking: frozenset[str]
    awaited_by: frozenset[str]
    own_act_warnings: frozenset[str]
    aux_intent: frozenset[str]
    aux_demand: frozenset[str]
    aux_hypothetical: frozenset[str]
    aux_conditional: frozenset[str]
    aux_ability: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    purposes: frozenset[str]
    presupposing: frozenset[str]
    modal_enablers: frozenset[str]
    causatives: frozenset[str]
    group_references: frozenset[str]

    def recode(self, kind: str, inner_root: str, governor_lemma: str = "") -> str:
        """The code for an intent/threat/refusal, said by ``governor_lemma``, of an event with root ``inner_root``."""
        table = {
            "intent": self.intent_codes,
            "threat": self.threat_codes,
            "refusal": self.refusal_codes,
        }[kind]
        if kind == "intent" and inner_root in self.uncodable_intents:
            return NULL_CODE  # "would resist them", "would demand more": no code says it
        if (
            kind == "intent" and inner_root >= "10"
        ):  # intending harm is a threat, preparing it a show of force
            if governor_lemma in self.agreement:
                return self.intent_codes["default"]
            table = (
                self.preparation_codes if governor_lemma in self.preparation else self.threat_codes
            )
        return table.get(inner_root, table["default"])


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


@dataclass(frozen=True)
class Gatherings:
    """Gatherings a campaign holds ("a Trump rally"): a protest only when told as one
    (``gatherings``)."""

    words: frozenset[str] = frozenset()
    protest_prepositions: frozenset[str] = frozenset()
    protest_words: frozenset[str] = frozenset()
    campaign_words: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Dangers:
    """Nouns of threat that mostly name a danger ("the threat of terrorism", "pose a threat"),
    an event only when a threat is made (``dangers``)."""

    nouns: frozenset[str] = frozenset()
    made_by: frozenset[str] = frozenset()
    acts: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Releases:
    """A release of a document is no yielding (``releases``)."""

    words: frozenset[str] = frozenset()
    documents: frozenset[str] = frozenset()
    statements: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Assemblies:
    """A meeting of one body is no consultation (``assemblies``)."""

    nouns: frozenset[str] = frozenset()
    modifiers: frozenset[str] = frozenset()
    body_kinds: frozenset[str] = frozenset()


@dataclass(frozen=True)
class UndergoneActs:
    """Verbs whose subject undergoes the act their object names (``undergone_acts``)."""

    verbs: frozenset[str] = frozenset()
    under_verbs: frozenset[str] = frozenset()
    to_verbs: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Authors:
    """A work that speaks is its author speaking (``authors``)."""

    works: frozenset[str] = frozenset()
    making_verbs: frozenset[str] = frozenset()
    means: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Helping:
    """Help is aid only for a state or a body of these sectors (``helping``)."""

    verbs: frozenset[str] = frozenset()
    recipient_sectors: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Genres:
    """Documents whose words of force are a match's or a story's (``genres``)."""

    roots: frozenset[str] = frozenset()  # the CAMEO roots held low in such a document
    cues: dict[str, frozenset[str]] = field(default_factory=dict)  # genre -> its cue lemmas


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


GATHERING_KEYS = ("words", "protest_prepositions", "protest_words", "campaign_words")
DANGER_KEYS = ("nouns", "made_by", "acts")
RELEASE_KEYS = ("words", "documents", "statements")
ASSEMBLY_KEYS = ("nouns", "modifiers", "body_kinds")
UNDERGONE_KEYS = ("verbs", "under_verbs", "to_verbs")
HELPING_KEYS = ("verbs", "recipient_sectors")
AUTHOR_KEYS = ("works", "making_verbs", "means")


class PatternError(ValueError):
    """The pattern dictionary is malformed; the message names the entry."""


if TYPE_CHECKING:
    from yaml import SafeLoader as _BaseLoader
else:
    _BaseLoader = yamlfile.SafeLoader


class _UniqueKeyLoader(_BaseLoader):
    """A YAML loader that refuses duplicate keys (a silent override would lose a pattern)."""


def _construct_mapping(
    loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False
) -> dict:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise PatternError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def _word_sets_by_code(data: dict, section: str) -> dict[str, frozenset[str]]:
    """A section mapping CAMEO codes to word lists, each code checked ("speech_acts")."""
    return {
        _check_code(code, f"{section}.{code}"): _word_list(words, f"{section}.{code}")
        for code, words in data.get(section, {}).items()
    }


def _word_list(words: object, where: str) -> frozenset[str]:
    """A list of words; yaml reads a bare ``on``, ``off``, ``no`` or ``false`` as a boolean, which
    would match nothing: quote it."""
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise PatternError(
            f"{where}: every entry must be a word (quote on/off/no/false): {words!r}"
        )
    return frozenset(words)


def _check_code(code: object, where: str) -> str:
    if code == NULL_CODE and where.startswith(("verbs.", "nouns.")):
        return code  # a frame that stops the event
    if not isinstance(code, str) or code not in ontology.codes():
        raise PatternError(f"{where}: {code!r} is not a CAMEO code in cameo.tsv")
    return code


def _check_slots(slots: list[str], where: str) -> tuple[str, ...]:
    for slot in slots:
        if slot not in SLOT_NAMES and not (slot.startswith("prep:") and len(slot) > 5):
            raise PatternError(f"{where}: unknown argument slot {slot!r}")
    return tuple(slots)


def _frames(lemma: str, spec: object, section: str, default_confidence: float) -> tuple[Frame, ...]:
    where = f"{section}.{lemma}"
    if not lemma.replace("-", "").isalpha() or lemma != lemma.lower():
        raise PatternError(f"{where}: a trigger must be a lower-case lemma")
    raw = [spec] if isinstance(spec, (str, dict)) else spec
    if not isinstance(raw, list) or not raw:
        raise PatternError(f"{where}: expected a code, a frame or a list of frames")
    frames = []
    for item in raw:
        item = {"code": item} if isinstance(item, str) else dict(item)
        unknown = set(item) - {
            "code",
            "object",
            "with",
            "without",
            "target",
            "source",
            "symmetric",
            "complaint",
            "confidence",
            "by_state",
            "subject",
            "other_side",
            "prep",
            "prep_object",
        }
        if unknown:
            raise PatternError(f"{where}: unknown frame keys {sorted(unknown)}")
        if "prep_object" in item and "prep" not in item or "prep" in item and section != "verbs":
            raise PatternError(f"{where}: a prep_object needs a prep, and only verbs take one")
        if not isinstance(item.get("prep", ""), str):  # a bare on or off is YAML's true or false
            raise PatternError(f"{where}: prep {item['prep']!r} is no word: quote it")
        frames.append(
            Frame(
                code=_check_code(item.get("code"), where),
                object=_word_list(item.get("object", []), f"{where}.object"),
                with_=_word_list(item.get("with", []), f"{where}.with"),
                without=_word_list(item.get("without", []), f"{where}.without"),
                target=_check_slots(item.get("target", []), where),
                source=_check_slots(item.get("source", []), where),
                symmetric=bool(item.get("symmetric", False)),
                complaint=_check_code(item["complaint"], where) if "complaint" in item else None,
                confidence=float(item.get("confidence", default_confidence)),
                by_state=_check_code(item["by_state"], where) if "by_state" in item else None,
                subject=_word_list(item.get("subject", []), f"{where}.subject"),
                other_side=bool(item.get("other_side", False)),
                prep=item.get("prep"),
                prep_object=_word_list(item.get("prep_object", []), f"{where}.prep_object"),
            )
        )
    return tuple(frames)


def _check_sectors(table: dict) -> dict[str, str]:
    """Implicit doers are the state's police or judiciary, unidentified gunmen or its people."""
    for lemma, sector in table.items():
        if sector not in IMPLICIT_SECTORS:
            raise PatternError(
                f"implicit_doers.{lemma}: {sector!r} is not one of {IMPLICIT_SECTORS}"
            )
    return dict(table)


def _victims_by_root(table: dict) -> dict[str, str]:
    """Two-digit CAMEO roots, each with the sector of the unnamed people its act hits: one of the
    sectors an unnamed actor may be given (``IMPLICIT_SECTORS``), as for implicit doers."""
    for root, sector in table.items():
        if not (isinstance(root, str) and len(root) == 2 and root.isdigit()):
            raise PatternError(f"implicit_victims: {root!r} is not a two-digit CAMEO root")
        if sector not in IMPLICIT_SECTORS:
            raise PatternError(
                f"implicit_victims.{root}: {sector!r} is not one of {IMPLICIT_SECTORS}"
            )
    return dict(table)


def _code_table(table: dict, where: str) -> dict[str, str]:
    if "default" not in table:
        raise PatternError(f"{where}: needs a 'default' code")
    return {str(root): _check_code(code, f"{where}.{root}") for root, code in table.items()}


def parse(text: str) -> Patterns:
    """Build and validate ``Patterns`` from YAML text (raises ``PatternError``)."""
    data = yaml.load(text, Loader=_UniqueKeyLoader)
    defaults, mod = data["defaults"], data["modality"]
    modality = Modality(
        intent=frozenset(mod["intent"]),
        intent_codes=_code_table(mod["intent_codes"], "intent_codes"),
        uncodable_intents=frozenset(mod.get("uncodable_intents", ())),
        threat=frozenset(mod["threat"]),
        threat_codes=_code_table(mod["threat_codes"], "threat_codes"),
        refusal=frozenset(mod["refusal"]),
        refusal_codes=_code_table(mod["refusal_codes"], "refusal_codes"),
        agreement=frozenset(mod["agreement"]),
        preparation=frozenset(mod["preparation"]),
        preparation_codes=_code_table(mod["preparation_codes"], "preparation_codes"),
        blocking=frozenset(mod["blocking"]),
        awaited_by=frozenset(mod.get("awaited_by", ())),
        own_act_warnings=frozenset(mod.get("own_act_warnings", ())),
        aux_intent=frozenset(mod["aux_intent"]),
        aux_demand=frozenset(mod["aux_demand"]),
        aux_hypothetical=frozenset(mod.get("aux_hypothetical", ())),
        aux_conditional=frozenset(mod.get("aux_conditional", ())),
        aux_ability=frozenset(mod.get("aux_ability", ())),
        hypothetical_modifiers=frozenset(mod["hypothetical_modifiers"]),
        purposes=frozenset(mod.get("purposes", ())),
        presupposing=frozenset(mod.get("presupposing", ())),
        modal_enablers=frozenset(mod.get("modal_enablers", ())),
        causatives=frozenset(mod.get("causatives", ())),
        group_references=frozenset(mod["group_references"]),
    )
    return Patterns(
        verbs={
            lemma: _frames(lemma, spec, "verbs", rule_confidence.VERB_FRAME)
            for lemma, spec in data["verbs"].items()
        },
        nouns={
            lemma: _frames(lemma, spec, "nouns", rule_confidence.NOUN_FRAME)
            for lemma, spec in data["nouns"].items()
        },
        speech={
            lemma: _check_code(code, f"speech.{lemma}") for lemma, code in data["speech"].items()
        },
        modality=modality,
        verb_target=_check_slots(defaults["verb_target"], "defaults.verb_target"),
        noun_source=_check_slots(defaults["noun_source"], "defaults.noun_source"),
        noun_target=_check_slots(defaults["noun_target"], "defaults.noun_target"),
        implicit_doers=_check_sectors(data.get("implicit_doers", {})),
        place_nouns=frozenset(data.get("place_nouns", ())),
        relatives=frozenset(data.get("relatives", ())),
        speech_acts=_word_sets_by_code(data, "speech_acts"),
        denied_speech_acts={
            _check_code(code, "denied_speech_acts"): _check_code(opposite, f"denied.{code}")
            for code, opposite in data.get("denied_speech_acts", {}).items()
        },
        speech_reproaches=_word_sets_by_code(data, "speech_reproaches"),
        speech_about=frozenset(data.get("speech_about", ())),
        speech_pointers=frozenset(data.get("speech_pointers", ())),
        speech_persons=frozenset(data.get("speech_persons", ())),
        speech_demonstratives=frozenset(data.get("speech_demonstratives", ())),
        speech_attempts=frozenset(data.get("speech_attempts", ())),
        judgement_partitives=frozenset(data.get("judgement_partitives", ())),
        judgement_seemings=frozenset(data.get("judgement_seemings", ())),
        speech_stances=_word_sets_by_code(data, "speech_stances"),
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
        implicit_victims=_victims_by_root(data.get("implicit_victims", {})),
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
        credit_nouns=frozenset(data.get("credit_nouns", ())),
        disclosure_verbs=frozenset(data.get("disclosure_verbs", ())),
        disclosed_holdings=frozenset(data.get("disclosed_holdings", ())),
        fundraising_verbs=frozenset(data.get("fundraising_verbs", ())),
        fundraising_nouns=frozenset(data.get("fundraising_nouns", ())),
        restating_verbs=frozenset(data.get("restating_verbs", ())),
        unsaid_infinitive_heads=frozenset(data.get("unsaid_infinitive_heads", ())),
        naming_verbs=_word_list(list(data.get("naming_verbs", ())), "naming_verbs"),
        force_idioms=_force_idioms(data.get("force_idioms", {})),
        gatherings=Gatherings(
            **_word_lists(data.get("gatherings", {}), "gatherings", GATHERING_KEYS)
        ),
        dangers=Dangers(**_word_lists(data.get("dangers", {}), "dangers", DANGER_KEYS)),
        releases=Releases(**_word_lists(data.get("releases", {}), "releases", RELEASE_KEYS)),
        assemblies=Assemblies(
            **_word_lists(data.get("assemblies", {}), "assemblies", ASSEMBLY_KEYS)
        ),
        undergone_acts=UndergoneActs(
            **_word_lists(data.get("undergone_acts", {}), "undergone_acts", UNDERGONE_KEYS)
        ),
        helping=Helping(**_word_lists(data.get("helping", {}), "helping", HELPING_KEYS)),
        authors=Authors(**_word_lists(data.get("authors", {}), "authors", AUTHOR_KEYS)),
        genres=_genres(data.get("genres", {})),
    )


def _genres(data: dict) -> Genres:
    """The ``roots`` list (each a CAMEO root) and one cue list per genre."""
    roots = _word_list(list(data.get("roots", ())), "genres.roots")
    if not all(len(r) == 2 and "01" <= r <= "20" for r in roots):
        raise PatternError(f"genres.roots: CAMEO roots 01-20 only: {sorted(roots)}")
    cues = {
        genre: _word_list(words, f"genres.{genre}")
        for genre, words in data.items()
        if genre != "roots"
    }
    return Genres(roots=roots, cues=cues)


def _force_idioms(data: dict) -> ForceIdioms:
    """``force_idioms``: phrases are 'lemma word' with a CAMEO code or null (no event)."""
    phrases: dict[str, str | None] = {}
    for phrase, code in data.get("phrases", {}).items():
        if len(phrase.split()) != 2 or phrase != phrase.lower():
            raise PatternError(f"force_idioms.phrases: {phrase!r} must be two lower-case words")
        phrases[phrase] = None if code is None else _check_code(code, f"force_idioms.{phrase}")
    return ForceIdioms(
        phrases=phrases,
        objects=frozenset(data.get("objects", ())),
        verbal=frozenset(data.get("verbal", ())),
        verbal_code=_check_code(data.get("verbal_code", "111"), "force_idioms.verbal_code"),
        relief_purposes=_words(data, "relief_purposes"),
        relief_code=_check_code(data.get("relief_code", "073"), "force_idioms.relief_code"),
        armed_sectors=frozenset(data.get("armed_sectors", ())),
        irregular_sectors=frozenset(data.get("irregular_sectors", ())),
        policing_sectors=frozenset(data.get("policing_sectors", ())),
        political_sectors=frozenset(data.get("political_sectors", ())),
        force_cues=frozenset(data.get("force_cues", ())),
        inanimate_doers=frozenset(data.get("inanimate_doers", ())),
        instrument_doers=_words(data, "instrument_doers"),
        deployment_verbs=_words(data, "deployment_verbs"),
        hazards=frozenset(data.get("hazards", ())),
        contest=frozenset(data.get("contest", ())),
        contest_scenes=_words(data, "contest_scenes"),
        harm_results=_words(data, "harm_results"),
        political_cues=_words(data, "political_cues"),
        permission_verbs=_words(data, "permission_verbs"),
        political_people=_words(data, "political_people"),
        collective_people=_words(data, "collective_people"),
        people_prepositions=_words(data, "people_prepositions"),
        advocacy=_words(data, "advocacy"),
        statistic_heads=_words(data, "statistic_heads"),
        habitual_adverbs=_words(data, "habitual_adverbs"),
        generic_patients=_words(data, "generic_patients"),
        vague_counts=_words(data, "vague_counts"),
        victim_verbs=_words(data, "victim_verbs"),
        period_nouns=_words(data, "period_nouns"),
        plots=_words(data, "plots"),
        needs_target=_words(data, "needs_target"),
        needs_armed_doer=_words(data, "needs_armed_doer"),
        talked_of_roots=_words(data, "talked_of_roots"),
        posture_doers=_words(data, "posture_doers"),
        standing_states=_words(data, "standing_states"),
        generic_subjects=_words(data, "generic_subjects"),
        plans=_words(data, "plans"),
        statistic_prepositions=_words(data, "statistic_prepositions"),
        tally_verbs=_words(data, "tally_verbs"),
        circumstantial=_words(data, "circumstantial"),
        conventional_force=_words(data, "conventional_force"),
        military_cues=_words(data, "military_cues"),
        topic_verbs=_words(data, "topic_verbs"),
        liability_words=_words(data, "liability_words"),
        violence_words=_words(data, "violence_words"),
        tasks=_words(data, "tasks"),
        experiencer_verbs=_words(data, "experiencer_verbs"),
        undergoing_verbs=_words(data, "undergoing_verbs"),
        arenas=_words(data, "arenas"),
        ideals=_words(data, "ideals"),
        nonviolent_codes=_words(data, "nonviolent_codes"),
        armed_doer_verbs=_words(data, "armed_doer_verbs"),
        issue_heads=_words(data, "issue_heads"),
        topic_nouns=_words(data, "topic_nouns"),
        topic_prepositions=_words(data, "topic_prepositions"),
        record_nouns=_words(data, "record_nouns"),
        belief_verbs=_words(data, "belief_verbs"),
        electoral_verbs=_words(data, "electoral_verbs"),
        electoral_words=_words(data, "electoral_words"),
        electoral_places=_words(data, "electoral_places"),
        light_verbs=_words(data, "light_verbs"),
        unarmed_sectors=_words(data, "unarmed_sectors"),
        peaceful_density=float(data.get("peaceful_density", 0.0)),
        peaceful_min_words=int(data.get("peaceful_min_words", 0)),
        falsity_verbs=_words(data, "falsity_verbs"),
        falsity_modifiers=_words(data, "falsity_modifiers"),
        claim_nouns=_words(data, "claim_nouns"),
        falsity_reach=int(data.get("falsity_reach", 0)),
        verdict_verbs=_words(data, "verdict_verbs"),
        charge_verbs=_words(data, "charge_verbs"),
        legal_sectors=_words(data, "legal_sectors"),
        documents=_words(data, "documents"),
        accusation_code=_check_code(
            data.get("accusation_code", "112"), "force_idioms.accusation_code"
        ),
        complaint_objects=_words(data, "complaint_objects"),
        no_places=_words(data, "no_places"),
        assault_recoded=_words(data, "assault_recoded"),
        air_war_words=_words(data, "air_war_words"),
        planted_bombings=_words(data, "planted_bombings"),
        aerial_code=_check_code(data.get("aerial_code", "195"), "force_idioms.aerial_code"),
        unarmed_protest={
            verb: _check_code(code, f"force_idioms.unarmed_protest.{verb}")
            for verb, code in data.get("unarmed_protest", {}).items()
        },
    )


def _word_lists(data: dict, section: str, keys: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """A section of word lists with these keys and no other."""
    unknown = set(data) - set(keys)
    if unknown:
        raise PatternError(f"{section}: unknown keys {sorted(unknown)}")
    return {key: _words(data, key, section) for key in keys}


def _words(data: dict, name: str, section: str = "force_idioms") -> frozenset[str]:
    """A list of words under ``section``."""
    return _word_list(list(data.get(name, ())), f"{section}.{name}")


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
