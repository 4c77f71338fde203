"""What the confidence model reads of one coded candidate: the recipe of its features (the
trigger word and how it sits in the parse, the kinds of actors found and what they act on, a
statement that may be a criticism) with the families it combines: the modality around the
trigger (``confidence_modality``) and how far the source can be trusted
(``confidence_source``); their cue word lists are ``confidence_cues``. The model that weighs
them is ``confidence``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.events.confidence_cues import cues
from eventwire.events.confidence_modality import governing_chain, modality_features
from eventwire.events.confidence_source import source_risk_features
from eventwire.models import Actor
from eventwire.nlp import doc_text, inside_quotes, sentence_of

MAX_DEPTH = 4


@dataclass(frozen=True)
class CandidateView:
    """What the model reads of one coded candidate.

    ``trigger`` is the token the event was anchored on (for "threatened to attack", the governor
    "threatened"); ``source`` is None when the coder found no source actor at all; ``prior`` is
    the coder's own rule confidence in [0, 1] when it has one (a feature like the others);
    ``source_evidence`` how the actors stage found the source (``actors.evidence``: a pronoun,
    an unknown person, a country from the article rather than the phrase)."""

    code: str
    trigger: Token
    source: Actor | None
    target: Actor | None
    prior: float | None = None
    source_evidence: frozenset[str] = frozenset()


def features(view: CandidateView) -> dict[str, float]:
    """Named binary or [0, 1] features of a candidate, in a fixed recipe.

    The trigger's children and its governing chain are read once here and handed to the
    recipes that need them: spaCy builds new Tokens on every pass over ``children``."""
    trigger = view.trigger
    children = list(trigger.children)
    chain = governing_chain(trigger)
    found: dict[str, float] = {}
    found.update(_code_features(view.code))
    found.update(_trigger_features(trigger, children, chain))
    found.update(modality_features(trigger, children, chain))
    found.update(_actor_features("source", view.source))
    found.update(_actor_features("target", view.target))
    found.update(_sentence_features(trigger))
    found.update(_object_features(view.code, children))
    found.update(_by_quad(view, children))
    found.update(_statement_features(view.code, trigger, children))
    found.update(source_risk_features(view.source, trigger))
    for tag in view.source_evidence:  # how far the source's resolution can be trusted
        found[f"source_evidence:{tag}"] = 1.0
    if view.source is not None:  # who speaks or acts matters differently for each kind of event
        found[f"source_by_root:{view.code[:2]}|{view.source.sector or '-'}"] = 1.0
    if view.prior is not None:
        found["rule_prior"] = min(max(view.prior, 0.0), 1.0)
    if view.source is not None and view.target is not None:
        same = view.source.country is not None and view.source.country == view.target.country
        found["actors:same_country"] = float(same)
    return found


def quad_of(code: str) -> str:
    """CAMEO's quad class of a code: 1 verbal cooperation (01-05), 2 material cooperation
    (06-08), 3 verbal conflict (09-13), 4 material conflict (14-20)."""
    root = code[:2]
    return "1" if root <= "05" else "2" if root <= "08" else "3" if root <= "13" else "4"


def _by_quad(view: CandidateView, children: list[Token]) -> dict[str, float]:
    """Who acts on whom, by kind of event rather than by root: a party, candidate or lawmaker
    doing material conflict is mostly an idiom; soldiers, police and rebels mostly are not.
    These generalise beyond the roots (and the news) the model saw most."""
    quad = quad_of(view.code)
    found = {f"quad:{quad}": 1.0}
    for role, actor in (("source", view.source), ("target", view.target)):
        kind = actor_kind(actor)
        found[f"{role}_kind_by_quad:{quad}|{kind}"] = 1.0
        if actor is not None:
            found[f"{role}_sector_by_quad:{quad}|{actor.sector or '-'}"] = 1.0
    nominal = view.trigger.pos_ in ("NOUN", "PROPN")
    found[f"trigger_by_quad:{quad}|{'noun' if nominal else 'verb'}"] = 1.0
    found["source:place_modifier"] = float(nominal and _place_modifier_source(view, children))
    return found


def _statement_features(code: str, trigger: Token, children: list[Token]) -> dict[str, float]:
    """A statement (root 01) whose sentence holds a word of criticism or accusation ("the
    worst", "dangerous", "accused") may be a criticism (11) coded as a plain statement; one
    said "of" or "about" someone ("he said of Trump") is most often an opinion of them."""
    if code[:2] != "01":
        return {}
    words = cues()
    lemmas = {t.lemma_.lower() for t in sentence_of(trigger) if t.i != trigger.i}
    about = any(c.dep_ == "prep" and c.lower_ in words["about_prepositions"] for c in children)
    return {
        "statement:criticism_cue": float(bool(lemmas & words["criticism"])),
        "statement:about_someone": float(about),
    }


def _place_modifier_source(view: CandidateView, children: list[Token]) -> bool:
    """The source was read off a place name modifying a nominal trigger ("the Paris attacks",
    "the Benghazi attack"): where it happened, not who did it."""
    if view.source is None:
        return False
    source_text = view.source.text
    return any(
        child.dep_ in ("compound", "poss", "amod", "nmod")
        and child.ent_type_ in ("GPE", "LOC", "FAC")
        and child.text in source_text
        for child in children
    )


def _code_features(code: str) -> dict[str, float]:
    root = code[:2]
    return {
        f"root:{root}": 1.0,
        "code:base" if len(code) == 2 or code.endswith("0") else "code:specific": 1.0,
        "root:conflict"
        if root >= "14"
        else "root:cooperation"
        if root <= "08"
        else "root:mid": 1.0,
    }


def _trigger_features(
    trigger: Token, children: list[Token], chain: list[Token]
) -> dict[str, float]:
    # words governing the trigger up to its clause head (not ``governance.clause_depth``, which
    # skips conjunctions and prepositions: the model was trained on this count)
    depth = len(chain) - 1
    return {
        f"lemma:{trigger.lemma_.lower()}": 1.0,
        f"pos:{trigger.pos_}": 1.0,
        f"dep:{trigger.dep_}": 1.0,
        f"head_dep:{trigger.dep_}>{trigger.head.pos_}": 1.0,
        "clause_depth": min(depth, MAX_DEPTH) / MAX_DEPTH,
        "trigger:capitalised_noun": float(trigger.pos_ == "PROPN"),
        "trigger:gerund": float(trigger.tag_ == "VBG"),
        "trigger:participle": float(trigger.tag_ == "VBN"),
        "trigger:passive": float(any(c.dep_ in ("auxpass", "nsubjpass") for c in children)),
    }


def actor_kind(actor: Actor | None) -> str:
    """``none`` (not found), ``igo``, ``state`` (a country), ``named_country`` (a person or body
    we do not know, with only the country of its story: "Ms. Gil", not "Germany"),
    ``country_sector`` (resolved), ``sector_only`` (a role without a country) or ``name_only``
    (unresolved)."""
    if actor is None:
        return "none"
    return (
        "igo"
        if actor.sector in ("IGO", "NGO")
        else "named_country"
        if actor.country and not actor.sector and actor.name
        else "state"
        if actor.country and not actor.sector
        else "country_sector"
        if actor.country
        else "sector_only"
        if actor.sector
        else "name_only"
    )


def _actor_features(role: str, actor: Actor | None) -> dict[str, float]:
    if actor is None:
        return {f"{role}:none": 1.0}
    kind = actor_kind(actor)
    text = actor.text.lower()
    words = cues()["generic_subject"]
    return {
        f"{role}:{kind}": 1.0,
        f"{role}:sector:{actor.sector or '-'}": 1.0,
        f"{role}:person": float(actor.name is not None and actor.name != actor.text.strip()),
        f"{role}:named": float(actor.name is not None),
        f"{role}:pronoun_or_generic": float(text in words or text.split()[-1:] == ["who"]),
    }


def _sentence_features(trigger: Token) -> dict[str, float]:
    sentence = sentence_of(trigger)
    text = doc_text(trigger.doc)[sentence.start_char : sentence.end_char].strip()  # = .text
    length = len(sentence)
    return {
        "sent:question": float(text.endswith("?")),
        "sent:in_quotes": float(inside_quotes(trigger)),
        "sent:long": float(length > 40),
        "sent:short": float(length < 10),
        "sent:first": float(sentence.start == 0),
        "sent:position": min(sentence.start_char / max(len(doc_text(trigger.doc)), 1), 1.0),
    }


ENTITY_KINDS = {
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "group",
    "ORG": "group",
    "PERSON": "person",
}


def _event_object(children: list[Token]) -> Token | None:
    """What the trigger acts on, from its children: its direct object, else the object of its
    first preposition ("seized on the report", "fought against rebels")."""
    for child in children:
        if child.dep_ in ("dobj", "obj"):
            return child
    for child in children:
        if child.dep_ == "prep":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    return None


def _object_features(code: str, children: list[Token]) -> dict[str, float]:
    """The kind of thing acted upon (a place, group or person; a pronoun; a common noun; an
    idiom's usual object such as "a bill", "the nomination", "the drum"), alone and by quad
    class; and a particle ("fire back", "battle it out") or preposition ("seize on")."""
    obj = _event_object(children)
    if obj is None:
        kind = "none"
    elif obj.ent_type_ in ENTITY_KINDS:
        kind = ENTITY_KINDS[obj.ent_type_]
    elif obj.pos_ == "PRON":
        kind = "pronoun"
    elif obj.pos_ == "PROPN":
        kind = "name"
    else:
        kind = "noun"
    quad = quad_of(code)
    idiom = obj is not None and obj.lemma_.lower() in cues()["idiom_objects"]
    prep = _idiom_preposition(children)
    return {
        f"obj:{kind}": 1.0,
        f"obj_by_quad:{quad}|{kind}": 1.0,
        f"obj_idiom_by_quad:{quad}": float(idiom),
        "trigger:particle": float(any(c.dep_ == "prt" for c in children)),
        "trigger:prep_on": float(prep),
    }


def _idiom_preposition(children: list[Token]) -> bool:
    """A verb with no object but a preposition of ``idiom_prepositions`` whose object is not
    a date ("seized on the report", not "attacked on Monday")."""
    if any(c.dep_ in ("dobj", "obj") for c in children):
        return False
    for child in children:
        if child.dep_ == "prep" and child.lower_ in cues()["idiom_prepositions"]:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].ent_type_ not in ("DATE", "TIME"):
                return True
    return False
