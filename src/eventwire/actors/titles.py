"""Rule helper: the words before a name that say who the person is ("Former French prime
minister", "Senate Majority Leader", "billionaire Dallas Mavericks owner"): countries,
sectors, "former", an honorific. Read by ``people``; the single words, places and
punctuation between the role words and the name are ``title_words``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventwire.actors.offices import anchor_person, person_country
from eventwire.actors.state import DocState, entry_country
from eventwire.actors.title_words import title_word
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
