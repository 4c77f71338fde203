"""Rule helper: the single words, places and punctuation a title may hold between its role
words and the name ("Maricopa County (Ariz.) Sheriff", "House Intelligence Committee
Chairman", "CNN meteorologist", "Lt." split from its dot): read one token at a time, right to
left, by ``titles.title_before``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from eventwire.actors.gazetteer import misread_city, unknown_city
from eventwire.actors.kb_types import PLACE_KINDS
from eventwire.actors.org_names import org_head, org_word_sector
from eventwire.actors.state import POSSESSIVE_ENDINGS, DocState, entry_country
from eventwire.actors.words import WORDS

if TYPE_CHECKING:
    from eventwire.actors.titles import Title


def honorific_sector(state: DocState, honorific: str) -> str | None:
    """The sector an honorific says; a rank police and armies share ("Lt.", "Sgt.") is a
    police officer's in a story whose role words name police more often than soldiers."""
    bare = honorific.rstrip(".")
    if bare in WORDS.shared_ranks and police_story(state):
        return "COP"
    return WORDS.honorific_sectors.get(bare)


def police_story(state: DocState) -> bool:
    """Whether the article's role words name police ("officers", "the sheriff's office") more
    often than soldiers."""
    spans = set(state.roles.values())
    police = sum(span.sector == "COP" for span in spans)
    return police > sum(span.sector == "MIL" for span in spans)


def officer_before_name(state: DocState, officer: int, name_start: int) -> bool:
    """'Director' right before the name or its honorifics ("NSA Director Adm. Michael Rogers")."""
    between = state.tokens[officer + 1 : name_start]
    return all(t.lower_ in WORDS.honorifics for t in between)


def named_body(state: DocState, officer: int) -> tuple[int, str] | None:
    """(start, sector) of the organisation no dictionary knows named right before an
    officer's title: a committee of a legislative chamber ("House Intelligence Committee
    Chairman") is LEG, else its head word's sector (org_words.yaml: "Foo Institute Director")."""
    ent = state.ent_at.get(officer - 1)
    if ent is None or ent.label_ != "ORG" or ent.end != officer:
        return None
    start = ent.start + (state.tokens[ent.start].pos_ == "DET")
    words = [t.lower_ for t in state.tokens[start : ent.end]]
    if any(
        k in state.anchors and state.anchors[k].entries[0].kind not in ("region", "place")
        for k in range(start, ent.end)
    ):
        return None  # a group or state we know: read by ``title_role_or_name``
    if len(words) > 1 and words[0] in WORDS.chamber_words and words[-1] in WORDS.committee_words:
        return start, "LEG"
    sector = state.kb.org_words.get(org_head(state, start, ent.end))
    return (start, sector) if sector else None


def place_in_parentheses(state: DocState, close: int) -> bool:
    """')' closing a place written in parentheses right before a title: "(Ariz.) Sheriff"."""
    anchor = state.anchors.get(close - 1)
    return (
        anchor is not None
        and anchor.start >= 1
        and state.tokens[anchor.start - 1].text == "("
        and entry_country(anchor.entries) is not None
        and all(e.kind in PLACE_KINDS for e in anchor.entries)
    )


def city_and_state(state: DocState, comma: int, title_start: int) -> int | None:
    """Start of a place written "City, State," before the ``comma`` that closes it and opens
    a title ("South Bend, Indiana, Mayor"); None when no such place."""
    if comma + 1 != title_start:
        return None
    region = state.ent_at.get(comma - 1)
    if region is None or region.label_ != "GPE" or region.end != comma or region.start < 2:
        return None
    city = state.ent_at.get(region.start - 2)
    if state.tokens[region.start - 1].text != "," or city is None or city.label_ != "GPE":
        return None
    return city.start if city.end == region.start - 1 else None


def nationality_before(state: DocState, token: Token) -> bool:
    """A common noun no role list knows ("novelist") right after a demonym and before a name:
    it describes the person, so the demonym says their country."""
    anchor = state.anchors.get(token.i - 1)
    return (
        token.pos_ == "NOUN"
        and token.is_lower
        and anchor is not None
        and anchor.end == token.i
        and any(e.kind == "demonym" for e in anchor.entries)
    )


def title_joint(state: DocState, title: Title, token: Token, name_start: int) -> int | None:
    """Punctuation and joined words inside a title: the next token to read, or None."""
    i, low = token.i, token.lower_
    if low == "." and i > 0 and split_honorific(state, i):
        title.start = i  # "Lt. David Lelevier", which spaCy splits as "Lt" "."
        return i - 1
    if low in POSSESSIVE_ENDINGS and i - 1 in state.anchors:
        return i - 1
    if (
        low in POSSESSIVE_ENDINGS
        and i == name_start - 1
        and (first := unknown_owner(state, title, i))
    ):
        return first - 1  # "Iowa State University's Dianne Bystrom": she works there
    if low == "," and title.sectors and (first := city_and_state(state, i, title.start)):
        title.start = first  # "Former South Bend, Indiana, Mayor": "former" is read next
        return first - 1
    if low == ")" and title.sectors and place_in_parentheses(state, i):
        return i - 1  # "Maricopa County (Ariz.) Sheriff Joe Arpaio": the place is read next
    if low == "(" and title.countries and i + 1 == title.start:
        title.start = i
        return i - 1
    if title.start < name_start and (first := hyphenated_modifier(state, i)) is not None:
        title.start = first  # "Indonesia search-and-rescue director": the state is read next
        return first - 1
    return None


def unknown_owner(state: DocState, title: Title, possessive: int) -> int | None:
    """The first token of an organisation no dictionary knows, whose last word says its
    sector (org_words.yaml), written as a possessive right before a name: the person works
    for it, and takes its sector and the country of a place in its name."""
    found = org_word_sector(state, possessive - 1)
    ent = state.ent_at.get(possessive - 1)
    if found is None or ent is None:
        return None
    country, sector, _ = found
    title.institution_sector = title.organisation_sector = sector
    if country:
        title.countries.insert(0, country)
        title.employer = country
    title.start = ent.start
    return ent.start


def split_honorific(state: DocState, dot: int) -> bool:
    """A dot glued to the honorific before it, split off by spaCy ("Lt", "Capt", "Sgt")."""
    before = state.tokens[dot - 1]
    return not before.whitespace_ and f"{before.lower_}." in WORDS.honorifics


def hyphenated_modifier(state: DocState, last: int) -> int | None:
    """The first token of a lower-case word joined by hyphens that ends at ``last``
    ("search-and-rescue", "anti-corruption"), which spaCy splits and parses loosely."""
    first = last
    while first > 0 and not state.tokens[first - 1].whitespace_:
        first -= 1
    words = state.tokens[first : last + 1]
    if last - first < 2 or not any(t.text == "-" for t in words):
        return None
    return first if all(t.text == "-" or t.is_alpha and t.is_lower for t in words) else None


def job_at_group(state: DocState, token: Token) -> bool:
    """A common noun naming a job no role word knows, between a named group and a name ("CNN
    meteorologist Chad Myers", "Google engineer"): the person works for the group."""
    if token.pos_ != "NOUN" or not token.is_lower or token.i < 1:
        return False
    anchor = state.anchors.get(token.i - 1)
    return (
        anchor is not None
        and anchor.end == token.i
        and any(e.kind in ("group", "igo") and e.sector for e in anchor.entries)
    )


def party_member_of_chamber(title: Title, token: Token) -> bool:
    """'House' or 'Senate' before a party word alone ("House Republican", "Senate Democrat"):
    the person sits in the chamber, a legislator, not a party official."""
    return (
        token.is_title
        and token.lower_ in WORDS.chamber_words
        and title.institution_sector == "PTY"
        and not title.sectors
    )


def title_word(state: DocState, title: Title, token: Token, name_start: int) -> int | None:
    """Other words a title may hold: a city, an honorific, "former", fillers ("acting"),
    nationality adjectives, determiners, compounds ("campaign" in "Trump campaign adviser")."""
    i, low = token.i, token.lower_
    if (step := title_joint(state, title, token, name_start)) is not None:
        return step
    if title.sectors and (city := unknown_city(state, token)):
        title.countries.insert(0, city["iso3"])
    elif title.sectors and (misread := misread_city(state, token)):
        title.countries.insert(0, misread[0])  # "Ann Arbor Police Department Detective Lt."
        title.start = misread[2]
        return misread[2] - 1
    elif low in WORDS.honorifics:
        sector = honorific_sector(state, low)
        if title.honorific_sector is None and sector:
            title.sectors.insert(0, sector)
        if title.honorific is None:
            title.honorific, title.honorific_sector = low, sector
    elif party_member_of_chamber(title, token):
        title.institution_sector = "LEG"  # "House Republican Thomas Massie": a member of it
    elif low in WORDS.former_words or low.startswith("ex-"):
        title.former = True
    elif low in WORDS.officer_titles and officer_before_name(state, i, name_start):
        title.heads_body = i < name_start - 1  # "NSA Director Adm. Michael Rogers"
        if body := named_body(state, i):  # "House Intelligence Committee Chairman Adam Schiff"
            title.institution_sector = title.institution_sector or body[1]
            title.start = body[0]
            return body[0] - 1
        # "FBI Director James Comey": the institution before it gives the sector
    elif i == name_start - 1 and not title.role_words and job_at_group(state, token):
        title.role_words.insert(0, low)  # "CNN meteorologist Chad Myers": CNN is read next
        title.start = i
        return i - 1
    elif i == name_start - 1 and nationality_before(state, token):
        title.start = i  # "the Peruvian novelist Mario Vargas Llosa": the demonym is read next
        return i - 1
    elif not (title.sectors or title.institution_sector) or not (
        low in WORDS.title_fillers
        or token.ent_type_ == "NORP"
        or (token.pos_ == "ADJ" and token.is_title)
        or token.pos_ == "DET"
        or token.dep_ in ("compound", "nmod")
        and token.pos_ in ("NOUN", "PROPN")
        and i < token.head.i < name_start
        and not token.is_upper
    ):
        return None
    title.start = i
    return i - 1
