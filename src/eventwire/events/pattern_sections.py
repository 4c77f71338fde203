"""The word-list sections of ``patterns.yaml`` besides the frames and ``force_idioms``: modality
(intent, threat and refusal with their recoding tables) and the small sections that tell when a
word names no event (gatherings, dangers, releases, assemblies, undergone acts, help, authors,
genres).

Each is a frozen dataclass with the loader that checks it; their own module so the dictionary's
top-level loader (``patterns``) stays a list of sections, each read by the section's own code.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.events.pattern_checks import PatternError, code_table, word_list, words
from eventwire.events.trigger_frames import NULL_CODE


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


GATHERING_KEYS = ("words", "protest_prepositions", "protest_words", "campaign_words")
DANGER_KEYS = ("nouns", "made_by", "acts")
RELEASE_KEYS = ("words", "documents", "statements")
ASSEMBLY_KEYS = ("nouns", "modifiers", "body_kinds")
UNDERGONE_KEYS = ("verbs", "under_verbs", "to_verbs")
HELPING_KEYS = ("verbs", "recipient_sectors")
AUTHOR_KEYS = ("works", "making_verbs", "means")


def read_modality(mod: dict) -> Modality:
    """``modality``: the words that make an event intended, threatened or refused, and its codes."""
    return Modality(
        intent=frozenset(mod["intent"]),
        intent_codes=code_table(mod["intent_codes"], "intent_codes"),
        uncodable_intents=frozenset(mod.get("uncodable_intents", ())),
        threat=frozenset(mod["threat"]),
        threat_codes=code_table(mod["threat_codes"], "threat_codes"),
        refusal=frozenset(mod["refusal"]),
        refusal_codes=code_table(mod["refusal_codes"], "refusal_codes"),
        agreement=frozenset(mod["agreement"]),
        preparation=frozenset(mod["preparation"]),
        preparation_codes=code_table(mod["preparation_codes"], "preparation_codes"),
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


def read_genres(data: dict) -> Genres:
    """The ``roots`` list (each a CAMEO root) and one cue list per genre."""
    roots = word_list(list(data.get("roots", ())), "genres.roots")
    if not all(len(r) == 2 and "01" <= r <= "20" for r in roots):
        raise PatternError(f"genres.roots: CAMEO roots 01-20 only: {sorted(roots)}")
    cues = {
        genre: word_list(words, f"genres.{genre}")
        for genre, words in data.items()
        if genre != "roots"
    }
    return Genres(roots=roots, cues=cues)


def word_lists(data: dict, section: str, keys: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """A section of word lists with these keys and no other."""
    unknown = set(data) - set(keys)
    if unknown:
        raise PatternError(f"{section}: unknown keys {sorted(unknown)}")
    return {key: words(data, key, section) for key in keys}
