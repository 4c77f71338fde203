"""The cue lexicon (``cues.yaml``), loaded and checked once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import combinations

from spacy.tokens import Token

from eventwire import yamlfile


@dataclass(frozen=True)
class Cues:
    """Cue verb lemmas by what they attribute, and the phrases that introduce a source."""

    speech: frozenset[str]
    stance: frozenset[str]
    characterize: frozenset[str]
    intention: frozenset[str]
    object_content: frozenset[str]
    prepositions: dict[str, frozenset[str]]
    according_to: tuple[tuple[str, ...], ...]  # each phrase as lower-case words
    polarity: dict[str, str]  # cue lemma -> "denied" / "rejected"
    minimum_words: int  # the fewest words a reported (not quoted) content may have
    stance_not_opening_with: frozenset[str]  # question words: "knows what ..." states nothing
    refusals: frozenset[str]  # "declined to say ...": the cue under them attributes nothing
    obligations: frozenset[str]  # "he should condemn ...": what someone ought to say, not said
    requests: frozenset[str]  # "asked to depose X": a request for one's own act, no statement
    not_labels: frozenset[str]  # "Update:", "Watch:" opening a headline: no speaker
    idioms: dict[str, str]  # cue lemma -> the object it needs to be a cue ("put" -> "it")
    forms: dict[str, str]  # word form -> lemma, where the tagger's lemma is wrong ("hoped": hop)
    adjectives: frozenset[str]  # "were frustrated that ...": stance adjectives with a clause
    nouns: frozenset[str]  # "Trump's claim that ...": nouns of saying with a that-clause
    promises: frozenset[str]  # nouns whose infinitive is a statement ("his vow to cut taxes")
    noun_verbs: frozenset[str]  # "made the case that ...": whose subject says the noun's clause

    def lemma(self, token: Token) -> str:
        """The token's lemma, corrected by ``forms`` ("hoped" is "hope", not "hop")."""
        return self.forms.get(token.lower_) or token.lemma_.lower()

    def is_cue(self, lemma: str) -> bool:
        return (
            lemma in self.speech
            or lemma in self.stance
            or lemma in self.characterize
            or lemma in self.intention
        )


VERB_LISTS = ("speech", "stance", "characterize", "intention")


def parse_cues(data: dict) -> Cues:
    """Validate the YAML structure; a malformed lexicon fails loudly, not silently."""
    expected = {
        *VERB_LISTS,
        "object_content",
        "prepositions",
        "according_to",
        "polarity",
        "content",
        "nouns",
        "forms",
        "adjectives",
        "idioms",
        "not_labels",
    }
    if set(data) != expected:
        raise ValueError(
            f"cues.yaml must have exactly the sections {sorted(expected)}, got {sorted(data)}"
        )
    for section in expected - {"prepositions", "polarity", "content", "nouns", "forms", "idioms"}:
        _check_words(section, data[section])
    verbs = {name: frozenset(data[name]) for name in VERB_LISTS}
    for (name_a, a), (name_b, b) in combinations(verbs.items(), 2):
        if both := a & b:
            raise ValueError(f"cues.yaml: {sorted(both)} are in both '{name_a}' and '{name_b}'")
    every_verb = frozenset().union(*verbs.values())
    if any(" " in w for w in every_verb):
        raise ValueError("cues.yaml: verb cues are single lemmas; put phrases under 'according_to'")
    object_content = frozenset(data["object_content"])
    if unknown := object_content - every_verb:
        raise ValueError(f"cues.yaml: object_content {sorted(unknown)} are in no verb list")
    prepositions = data["prepositions"]
    if not isinstance(prepositions, dict):
        raise ValueError("cues.yaml: 'prepositions' must map a verb to a list of prepositions")
    for verb, words in prepositions.items():
        _check_words(f"prepositions.{verb}", words)
        if verb not in object_content:
            raise ValueError(f"cues.yaml: prepositions.{verb} must also be under object_content")
    polarity = _polarity(data["polarity"], every_verb)
    forms = data["forms"]
    if not isinstance(forms, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and v in every_verb for k, v in forms.items()
    ):
        raise ValueError("cues.yaml: 'forms' must map a word form to a cue lemma")
    idioms = data["idioms"]
    if not isinstance(idioms, dict) or not all(
        k in every_verb and isinstance(v, str) for k, v in idioms.items()
    ):
        raise ValueError("cues.yaml: 'idioms' must map a cue lemma to the object it needs")
    nouns = data["nouns"]
    if not isinstance(nouns, dict) or set(nouns) != {"cues", "light_verbs", "promises"}:
        raise ValueError("cues.yaml: 'nouns' must have exactly ['cues', 'light_verbs', 'promises']")
    if strays := set(nouns["promises"]) - set(nouns["cues"]):
        raise ValueError(f"cues.yaml: nouns.promises {sorted(strays)} are not in nouns.cues")
    for key in ("cues", "light_verbs", "promises"):
        _check_words(f"nouns.{key}", nouns[key])
    content = _content(data["content"])
    return Cues(
        **verbs,
        object_content=object_content,
        prepositions={verb: frozenset(words) for verb, words in prepositions.items()},
        according_to=tuple(tuple(phrase.split()) for phrase in data["according_to"]),
        polarity=polarity,
        minimum_words=content["minimum_words"],
        stance_not_opening_with=frozenset(content["stance_not_opening_with"]),
        refusals=frozenset(content["refusals"]),
        obligations=frozenset(content["obligations"]),
        requests=frozenset(content["requests"]),
        forms=dict(forms),
        idioms=dict(idioms),
        not_labels=frozenset(data["not_labels"]),
        adjectives=frozenset(data["adjectives"]),
        nouns=frozenset(data["nouns"]["cues"]),
        noun_verbs=frozenset(data["nouns"]["light_verbs"]),
        promises=frozenset(data["nouns"]["promises"]),
    )


def _content(section: object) -> dict:
    expected = {"minimum_words", "stance_not_opening_with", "refusals", "obligations", "requests"}
    if not isinstance(section, dict) or set(section) != expected:
        raise ValueError(f"cues.yaml: 'content' must have exactly {sorted(expected)}")
    if not isinstance(section["minimum_words"], int) or section["minimum_words"] < 1:
        raise ValueError("cues.yaml: content.minimum_words must be a positive whole number")
    for key in ("stance_not_opening_with", "refusals", "obligations", "requests"):
        _check_words(f"content.{key}", section[key])
    return section


def _polarity(section: object, every_verb: frozenset[str]) -> dict[str, str]:
    """``{label: [lemma, ...]}`` -> ``{lemma: label}``; each lemma a cue, in one label only."""
    if not isinstance(section, dict):
        raise ValueError("cues.yaml: 'polarity' must map a label to a list of cue lemmas")
    by_lemma: dict[str, str] = {}
    for label, lemmas in section.items():
        _check_words(f"polarity.{label}", lemmas)
        for lemma in lemmas:
            if lemma not in every_verb:
                raise ValueError(f"cues.yaml: polarity.{label}: '{lemma}' is in no verb list")
            if lemma in by_lemma:
                raise ValueError(f"cues.yaml: '{lemma}' is in both polarity labels")
            by_lemma[lemma] = label
    return by_lemma


def _check_words(section: str, words: object) -> None:
    if not isinstance(words, list) or not all(
        isinstance(w, str) and w and w == w.strip().lower() for w in words
    ):
        raise ValueError(f"cues.yaml: '{section}' must be a list of non-empty lower-case strings")
    if len(set(words)) != len(words):
        raise ValueError(f"cues.yaml: duplicate entries in '{section}'")


@cache
def load() -> Cues:
    text = (resources.files("eventwire.quotes") / "cues.yaml").read_text(encoding="utf-8")
    return parse_cues(yamlfile.load(text))
