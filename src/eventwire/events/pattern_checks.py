"""How entries of ``patterns.yaml`` are read and checked: duplicate keys, CAMEO codes, argument
slots, sectors, word lists and each trigger's frames, failing on load with ``PatternError``.

Its own module because every section's loader shares these checks; a mistake in the dictionary
should stop the coder with the entry named, not silently match nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import yaml

from eventwire import yamlfile
from eventwire.events import ontology
from eventwire.events.trigger_frames import NULL_CODE, SLOT_NAMES, Frame

IMPLICIT_SECTORS = ("COP", "JUD", "UAF", "CVL")


class PatternError(ValueError):
    """The pattern dictionary is malformed; the message names the entry."""


if TYPE_CHECKING:
    from yaml import SafeLoader as _BaseLoader
else:
    _BaseLoader = yamlfile.SafeLoader


class UniqueKeyLoader(_BaseLoader):
    """A YAML loader that refuses duplicate keys (a silent override would lose a pattern)."""


def _construct_mapping(loader: UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> dict:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise PatternError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def word_sets_by_code(data: dict, section: str) -> dict[str, frozenset[str]]:
    """A section mapping CAMEO codes to word lists, each code checked ("speech_acts")."""
    return {
        check_code(code, f"{section}.{code}"): word_list(words, f"{section}.{code}")
        for code, words in data.get(section, {}).items()
    }


def word_list(words: object, where: str) -> frozenset[str]:
    """A list of words; yaml reads a bare ``on``, ``off``, ``no`` or ``false`` as a boolean, which
    would match nothing: quote it."""
    if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
        raise PatternError(
            f"{where}: every entry must be a word (quote on/off/no/false): {words!r}"
        )
    return frozenset(words)


def check_code(code: object, where: str) -> str:
    if code == NULL_CODE and where.startswith(("verbs.", "nouns.")):
        return code  # a frame that stops the event
    if not isinstance(code, str) or code not in ontology.codes():
        raise PatternError(f"{where}: {code!r} is not a CAMEO code in cameo.tsv")
    return code


def check_slots(slots: list[str], where: str) -> tuple[str, ...]:
    for slot in slots:
        if slot not in SLOT_NAMES and not (slot.startswith("prep:") and len(slot) > 5):
            raise PatternError(f"{where}: unknown argument slot {slot!r}")
    return tuple(slots)


def read_frames(
    lemma: str, spec: object, section: str, default_confidence: float
) -> tuple[Frame, ...]:
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
                code=check_code(item.get("code"), where),
                object=word_list(item.get("object", []), f"{where}.object"),
                with_=word_list(item.get("with", []), f"{where}.with"),
                without=word_list(item.get("without", []), f"{where}.without"),
                target=check_slots(item.get("target", []), where),
                source=check_slots(item.get("source", []), where),
                symmetric=bool(item.get("symmetric", False)),
                complaint=check_code(item["complaint"], where) if "complaint" in item else None,
                confidence=float(item.get("confidence", default_confidence)),
                by_state=check_code(item["by_state"], where) if "by_state" in item else None,
                subject=word_list(item.get("subject", []), f"{where}.subject"),
                other_side=bool(item.get("other_side", False)),
                prep=item.get("prep"),
                prep_object=word_list(item.get("prep_object", []), f"{where}.prep_object"),
            )
        )
    return tuple(frames)


def check_sectors(table: dict) -> dict[str, str]:
    """Implicit doers are the state's police or judiciary, unidentified gunmen or its people."""
    for lemma, sector in table.items():
        if sector not in IMPLICIT_SECTORS:
            raise PatternError(
                f"implicit_doers.{lemma}: {sector!r} is not one of {IMPLICIT_SECTORS}"
            )
    return dict(table)


def victims_by_code(table: dict) -> dict[str, str]:
    """CAMEO roots or codes, each with the sector of the unnamed people its act hits: one of the
    sectors an unnamed actor may be given (``IMPLICIT_SECTORS``), as for implicit doers."""
    for root, sector in table.items():
        if not (isinstance(root, str) and len(root) in (2, 3, 4) and root.isdigit()):
            raise PatternError(f"implicit_victims: {root!r} is not a CAMEO root or code")
        if sector not in IMPLICIT_SECTORS:
            raise PatternError(
                f"implicit_victims.{root}: {sector!r} is not one of {IMPLICIT_SECTORS}"
            )
    return dict(table)


def code_table(table: dict, where: str) -> dict[str, str]:
    if "default" not in table:
        raise PatternError(f"{where}: needs a 'default' code")
    return {str(root): check_code(code, f"{where}.{root}") for root, code in table.items()}


def words(data: dict, name: str, section: str = "force_idioms") -> frozenset[str]:
    """A list of words under ``section``."""
    return word_list(list(data.get(name, ())), f"{section}.{name}")
