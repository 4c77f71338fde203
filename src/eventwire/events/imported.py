"""PETRARCH-2's verb dictionary (``petrarch_verbs.yaml``, converted by
``scripts/convert_petrarch_verbs.py``) merged under the hand-written patterns.

Merge rule, per verb lemma (``merge``): our conditional frames first, then the imported specific
frames (their null-coded frames included: they stop an event), then our frame for the verb alone,
then imported frames conditioned on a bare preposition only; the imported code for the verb alone
only for verbs we do not list. Verbs of saying stay ours alone: their complement clause is coded
on its own. The coder lets an imported frame code dyads only (source and target found).

Verbs whose imported frames were almost always wrong on the judged train split of real news
(``data/imported_pruned.tsv``, written by ``scripts/prune_imported_verbs.py``) keep only their
null-coded imported frames: those still stop an event.
"""

from __future__ import annotations

from dataclasses import replace
from importlib import resources

from eventwire import yamlfile
from eventwire.events import ontology, rule_confidence
from eventwire.events.patterns import NULL_CODE, SLOT_NAMES, Frame, PatternError, Patterns

IMPORTED_FILE = "petrarch_verbs.yaml"
PRUNED_FILE = "data/imported_pruned.tsv"
SETTING_PREPOSITIONS = {"in", "during", "amid", "after", "following"}
FRAME_KEYS = {
    "code",
    "subject",
    "object",
    "object_with",
    "prep",
    "prep_object",
    "prep_object_with",
    "particle",
    "target",
}


def _frame(spec: dict, where: str) -> Frame:
    unknown = set(spec) - FRAME_KEYS
    if unknown:
        raise PatternError(f"{where}: unknown frame keys {sorted(unknown)}")
    code = str(spec["code"])
    if code != NULL_CODE and code not in ontology.codes():
        raise PatternError(f"{where}: {code!r} is not a CAMEO code")
    for slot in spec.get("target", []):
        if slot not in SLOT_NAMES and not slot.startswith("prep:"):
            raise PatternError(f"{where}: unknown slot {slot!r}")
    return Frame(
        code=code,
        subject=frozenset(spec.get("subject", ())),
        object=frozenset(spec.get("object", ())),
        object_with=frozenset(spec.get("object_with", ())),
        prep=spec.get("prep"),
        prep_object=frozenset(spec.get("prep_object", ())),
        prep_object_with=frozenset(spec.get("prep_object_with", ())),
        particle=spec.get("particle"),
        target=tuple(spec.get("target", ())),
        confidence=rule_confidence.IMPORTED_FRAME,
        imported=True,
    )


def read_imported() -> dict[str, tuple[Frame, ...]]:
    """Imported frames per verb lemma: multi-word verbs ("meet with") first, then the block's."""
    text = (resources.files("eventwire.events") / IMPORTED_FILE).read_text(encoding="utf-8")
    data = yamlfile.load(text)
    blocks = {
        name: [_frame(spec, f"{IMPORTED_FILE}:{name}") for spec in block["frames"]]
        for name, block in data["blocks"].items()
    }
    frames: dict[str, list[Frame]] = {}
    for key, entry in sorted(data["verbs"].items(), key=lambda item: " " not in item[0]):
        lemma, _, particle = key.partition(" ")
        block = data["blocks"][entry["block"]]
        bare = Frame(
            code=str(entry.get("code", block["code"])),
            particle=particle or None,
            confidence=rule_confidence.IMPORTED_FRAME,
            imported=True,
        )
        own = blocks[entry["block"]]
        if particle:  # "look for": the block's frames, but not those of another particle
            own = [replace(f, particle=particle) for f in own if f.particle in (None, particle)]
        frames.setdefault(lemma, []).extend([*own, bare])
    return {lemma: tuple(found) for lemma, found in frames.items()}


def merge(
    ours: tuple[Frame, ...], theirs: tuple[Frame, ...], bare_allowed: bool
) -> tuple[Frame, ...]:
    """Our conditional frames, the imported specific ones, our bare frame (or theirs), then the
    weak imported ones ("beat ... with" is no threat, "wounded in an attack" a wounding)."""
    mine_first = [f for f in ours if f.conditional]
    specific = [f for f in theirs if f.conditional and not _weak(f)]
    weak = [f for f in theirs if _weak(f)]
    bare = [f for f in ours if not f.conditional]
    if not bare and bare_allowed:
        bare = [f for f in theirs if not f.conditional and not f.stops]
    return tuple(mine_first + specific + bare + weak)


def _weak(frame: Frame) -> bool:
    """A frame conditioned on a bare preposition, or on the setting of the act ("wounded in an
    attack" is a wounding; the attack is its circumstance), or a coding frame on the doer alone
    (soldiers who "seized two tons of cocaine" occupied nothing: the doer does not say what was done)."""
    if _doer_only(frame):
        return True
    if not frame.prep or frame.object or frame.subject or frame.particle:
        return False
    return not frame.prep_object or frame.prep in SETTING_PREPOSITIONS


def _doer_only(frame: Frame) -> bool:
    """A frame that codes from its subject alone (a null-coded one still stops the event)."""
    return bool(frame.subject) and not (frame.object or frame.prep or frame.particle or frame.stops)


#: What pruned a verb (``imported_pruned.tsv``, fourth column): its own cases, which leave it
#: only its null-coded frames, or its synonym block's ("block:LINK"), which leave the specific
#: ones too.
PRUNED_WHOLE = "verb"
PRUNED_BY_BLOCK = "block:"


def verb_blocks() -> dict[str, str]:
    """Lemma -> its PETRARCH-2 synonym block, for the verbs all of whose entries ("step",
    "step in") are of one block."""
    text = (resources.files("eventwire.events") / IMPORTED_FILE).read_text(encoding="utf-8")
    found: dict[str, set[str]] = {}
    for key, entry in yamlfile.load(text)["verbs"].items():
        found.setdefault(key.partition(" ")[0], set()).add(entry["block"])
    return {lemma: next(iter(names)) for lemma, names in found.items() if len(names) == 1}


def read_pruned() -> dict[str, str]:
    """The verbs whose imported coding frames are left out -> ``verb`` (all of them: the verb's
    own cases were wrong) or ``block:NAME`` (its bare frames: its synonym block's were)."""
    text = (resources.files("eventwire.events") / PRUNED_FILE).read_text(encoding="utf-8")
    lemmas: dict[str, str] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if (
            len(fields) != 4
            or not fields[0].isalpha()
            or fields[0] != fields[0].lower()
            or not (fields[3] == PRUNED_WHOLE or fields[3].startswith(PRUNED_BY_BLOCK))
        ):
            raise PatternError(
                f"{PRUNED_FILE}:{number}: expected 'lemma<TAB>judged<TAB>right<TAB>verb|block:NAME'"
            )
        lemmas[fields[0]] = fields[3]
    return lemmas


def merge_imported(patterns: Patterns, pruned: dict[str, str] | None = None) -> Patterns:
    """``patterns`` with the imported frames merged in, verbs of saying left as they are; of
    the ``pruned`` verbs (``read_pruned``) only the null-coded frames, or, pruned with their
    block, the null-coded and the specific ones ("order a probe")."""
    verbs = dict(patterns.verbs)
    pruned = pruned or {}
    for lemma, theirs in read_imported().items():
        if lemma in patterns.speech:
            continue
        if pruned.get(lemma) == PRUNED_WHOLE:
            theirs = tuple(f for f in theirs if f.stops)
        elif lemma in pruned:
            theirs = tuple(f for f in theirs if f.stops or f.conditional and not _weak(f))
        ours = patterns.verbs.get(lemma, ())
        merged = merge(ours, theirs, bare_allowed=not ours)
        if merged:
            verbs[lemma] = merged
    return replace(patterns, verbs=verbs, imported=True)
