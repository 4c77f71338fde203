"""Rule helper: the words before a name that say who the person is ("Former French prime
minister", "Senate Majority Leader", "billionaire Dallas Mavericks owner"): countries,
sectors, "former", an honorific. Read by ``people``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.actors.gazetteer import misread_city, unknown_city
from eventwire.actors.matching import PLACE_KINDS
from eventwire.actors.offices import anchor_person, person_country
from eventwire.actors.state import POSSESSIVE_ENDINGS, DocState, entry_country
from eventwire.actors.unknown import org_head, org_word_sector
from eventwire.actors.words import WORDS


@dataclass
class Title:
    """The words before a name that say who the person is ("Former French prime minister")."""

    start: int  # token where the title starts (the name's start when there is none)
    countries: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    former: bool = False
    honorific: str | None = None
    #: the sector the honorific nearest the name says, which a role word before it overrides
    #: ("MSNBC host Rev. Al Sharpton", "Detective Lt. Robert Pfannes")
    honorific_sector: str | None = None
    words: str = ""
    role_words: list[str] = field(default_factory=list)
    institution_sector: str | None = None  # "Senate" in "Senate Majority Leader"
    organisation_sector: str | None = None  # a named group's ("AFL-CIO" in "AFL-CIO President")
    employer: str | None = None  # the country of a seat or group named in the title
    heads_body: bool = False  # an officer title before a rank: the body's, not the rank's

    @property
    def country(self) -> str | None:
        """The employer's country ("White House Russia adviser" -> USA: the state named next
        to the role is the portfolio), else the state named closest to the name, else the
        state the title names by itself (words.yaml ``title_countries``: "Pope" -> VAT)."""
        if self.employer:
            return self.employer
        if self.countries:
            return self.countries[-1]
        return next(
            (WORDS.title_countries[w] for w in self.role_words if w in WORDS.title_countries), None
        )

    @property
    def sector(self) -> str | None:
        """The title's sector; a generic head or staff word ("leader", "spokesman", "chief of
        staff") speaks for the institution named before it ("Senate Majority Leader" -> LEG,
        "RNC Chief of Staff" -> PTY), an honorific's office
        for itself ("Republican Sen." -> LEG)."""
        words, sectors = self.role_words, self.sectors
        if len(sectors) > 1 and self.honorific_sector == sectors[-1]:
            sectors = sectors[:-1]  # "MSNBC host Rev. Al Sharpton": the host's
        while len(words) > 1 and len(sectors) > 1 and words[-1] in WORDS.courtesy_titles:
            words, sectors = words[:-1], sectors[:-1]  # "Al-Shabab spokesman Sheikh Ali Dhere"
        generic = all(word in WORDS.generic_heads or word in WORDS.staff_words for word in words)
        if self.institution_sector and (not sectors or words and generic or self.heads_body):
            return self.institution_sector
        if self.organisation_sector and officer_of_group(words):
            return self.organisation_sector  # "AFL-CIO President Richard Trumka" -> LAB
        return sectors[-1] if sectors else None


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


def officer_of_group(role_words: list[str]) -> bool:
    """'president', 'founder': a title that heads whichever organisation is named before it."""
    return bool(role_words) and all(w in WORDS.organisation_officers for w in role_words)


def speaks_for_principal(role_words: list[str]) -> bool:
    """'spokesman', 'chief of staff': staff who speak for the person named before them."""
    return all(w in WORDS.generic_heads or w in WORDS.staff_words for w in role_words)


def title_before(state: DocState, start: int) -> Title:
    """Walk left over titles: 'Former Socialist prime minister', 'French counterpart', 'Mr.'."""
    title = Title(start)
    i = start - 1
    sentence_start = state.sentence(start).start
    while i >= sentence_start:
        token = state.tokens[i]
        if "\n" in token.text:
            break
        if token.is_space:  # 'Sen.\xa0Lindsey Graham': a no-break space inside the title
            i -= 1
            continue
        step = title_role_or_name(state, title, i)
        if step is None:
            step = title_word(state, title, token, start)
        if step is None:
            break
        i = step
    if title.start < start and state.tokens[title.start].pos_ == "DET" and not title.sectors:
        title.start = start
    title.words = state.doc[title.start : start].text if title.start < start else ""
    return title


def title_role_or_name(state: DocState, title: Title, i: int) -> int | None:
    """A title word ("prime minister") or a country or person before it; the next token to
    read, or None when the token is neither."""
    role = state.roles.get(i)
    if role is not None and not role.names_person and title.honorific and not title.sectors:
        return None  # "the core groups of voters Mrs. Clinton must win": no institution's
    if role is not None and not role.names_person and state.tokens[role.end - 1].dep_ == "compound":
        if title.institution_sector == "PTY" and role.sector == "LEG" and not title.sectors:
            title.institution_sector = "LEG"  # "Senate Democrat Joe Manchin": a member of it
        title.institution_sector = title.institution_sector or role.sector  # "Senate" Leader
        title.start = role.start
        return role.start - 1
    if role is not None and (role.names_person or role.sector in ("GOV", "MIL")):
        if role.start in state.used:
            return None
        title.sectors.insert(0, role.sector)
        title.role_words.insert(0, state.doc[role.start : role.end].text.lower())
        title.former = title.former or role.sector == "ELI"  # "former prime minister"
        title.start = role.start
        return role.start - 1
    anchor = state.anchors.get(i)
    if anchor is None:
        return None
    if destination(state, anchor):
        return anchor.start - 2  # "China's ambassador to Britain Liu Xiaoming": Britain hosts him
    if post_at_organisation(title, anchor):
        title.start = anchor.start  # "former UN Ambassador John Bolton": a state's, at the UN
        return anchor.start - 1
    country = entry_country(anchor.entries)
    person = anchor_person(state, anchor) if title.sectors else None
    if person is not None:  # "Trump campaign adviser George Papadopoulos"
        country = person_country(state, person)
        office = person.role_at(state.day)
        if office is not None and title.role_words and speaks_for_principal(title.role_words):
            title.institution_sector = (
                title.institution_sector or office.sector
            )  # "Gowdy spokesman"
    if country is None:
        return None
    title.countries.insert(0, country)
    institution = next((e.sector for e in anchor.entries if e.kind in ("group", "seat")), None)
    title.institution_sector = title.institution_sector or institution
    if institution not in (None, "PTY") and anchor.entries[0].kind == "group":
        title.organisation_sector = title.organisation_sector or institution  # not "Republican"
    if institution and person is None:
        title.employer = country
    title.start = anchor.start
    return anchor.start - 1


def destination(state: DocState, anchor) -> bool:
    """A state after 'to' following a one-person title ("ambassador to Britain", "envoy to
    Ukraine"): where the person is sent, not whom they serve."""
    i = anchor.start
    if i < 2 or state.tokens[i - 1].lower_ != "to" or entry_country(anchor.entries) is None:
        return False
    role = state.roles.get(i - 2)
    return role is not None and role.names_person and role.end == i - 1


def sent_to(state: DocState, i: int) -> bool:
    """The state named at token ``i`` is where an envoy is sent ("special envoy to Ukraine")."""
    anchor = state.anchors.get(i)
    return anchor is not None and destination(state, anchor)


def post_at_organisation(title: Title, anchor) -> bool:
    """'U.N. Ambassador', 'NATO ambassador': a state's envoy posted to an international
    organisation (words.yaml ``organisation_posts``) serves the state, not the organisation."""
    return (
        anchor.end == title.start
        and bool(title.role_words)
        and title.role_words[0] in WORDS.organisation_posts
        and all(e.kind == "igo" for e in anchor.entries)
    )


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
