"""Rule helper: what an appositive after a name says about the person.

"Kenzo Oshima, the United Nations Emergency Relief Coordinator, demanded ..." and "Mark
Cuban, the billionaire owner of the Dallas Mavericks, said ...": the noun phrase set off
after the name describes the person's current job; its organisation or place gives the
country (an international organisation's code) and its role word the sector. Used by
``people`` for people named with no title before the name.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.actors.kb_types import PLACE_KINDS
from eventwire.actors.matching import BODY_KINDS, body_named_before
from eventwire.actors.org_names import descriptor_at, org_word_sector
from eventwire.actors.state import POSSESSIVE_ENDINGS, DocState, entry_country, named_for_friendship
from eventwire.actors.where_based import origin_only
from eventwire.actors.words import WORDS

#: How a description read from an appositive begins in ``Mention.reason``.
APPOSITIVE_NOTE = "the appositive"


@dataclass(frozen=True)
class Described:
    """What an appositive says: a country (or organisation code), a sector, and why."""

    country: str | None
    sector: str | None
    why: str


def appositive_title(state: DocState, name_end: int) -> Described | None:
    """The country and sector an appositive after the name's last token gives, if any."""
    token = state.tokens[name_end]
    appositive = next((c for c in token.rights if c.dep_ == "appos"), None)
    if appositive is None or appositive.i in state.anchors:
        return None  # "Putin, Russia's president" is read by the role rules; a name is not
    sentence = state.sentence(name_end)
    first = max(appositive.left_edge.i, name_end + 1)
    last = min(appositive.right_edge.i, sentence.end - 1)
    country, group_sector, by_place = None, None, False
    for i in range(first, last + 1):
        anchor = state.anchors.get(i)
        if anchor is None or any(e.kind == "person" for e in anchor.entries):
            continue
        if origin_only(state, anchor.end):
            continue  # "a Russian-born, London-based American investor": not whom he serves
        if topic_only(state, anchor.start):
            continue  # "an expert on Syria at the Washington Institute": Syria is the topic
        if named_for_friendship(state, anchor.end):
            continue  # "the director of the Turkish Friendship Hospital" in Gaza
        country = entry_country(anchor.entries)
        if country:  # "president of the Front National" leads the party
            entry = anchor.entries[0]
            by_place = all(e.kind in PLACE_KINDS for e in anchor.entries)
            owned = (
                preposition_before(state, i, first)
                or staff_of_owner(state, anchor.end)
                or modifies_unknown_head(state, anchor, appositive)
            )
            if entry.kind == "igo" or (entry.kind == "group" and owned):
                group_sector = entry.sector  # "the United Nations ... Coordinator" -> IGO
            else:
                group_sector = owning_group(state, anchor.end, last)
            break
    role = state.roles.get(appositive.i) or state.roles.get(
        next((i for i in range(first, appositive.i + 1) if i in state.roles), -1)
    )
    generic = role is not None and state.doc[role.start : role.end].text.lower() in (
        WORDS.generic_heads
    )  # "the leader in Republican polls" holds no office
    if group_sector is None and role and generic and (body := body_before(state, role.start)):
        group_sector = body  # "Tony Fernandes, the Air Asia chief": its head
    if group_sector is None:
        country, group_sector = organisation_led(state, role, generic, appositive.i, last, country)
    sector = group_sector or (role.sector if role and not generic else None)
    office = role and state.doc[role.start : role.end].text.lower()
    if office in WORDS.place_offices and by_place and group_sector is None:
        sector = WORDS.place_offices[office]  # "the chief executive of Hong Kong" governs
    if any(t.lower_ in WORDS.former_role_words for t in state.tokens[first : appositive.i]):
        sector = "ELI"  # "Chad Sweet, a former CIA official"
    elif sector is not None and served_before(state, appositive.i, last):
        sector = "ELI"  # "a national security official under Presidents Reagan and Bush"
    if country is None and sector is None:
        return None
    words = state.doc[first : last + 1].text
    return Described(
        country, sector, f"{APPOSITIVE_NOTE} '{words}' -> {country or ''} {sector or ''}"
    )


def body_before(state: DocState, start: int) -> str | None:
    """The sector of the known body named right before a generic head ("the Air Asia chief",
    "a Twitter spokesman"), which the head speaks for."""
    if not body_named_before(state, start):
        return None
    entries = state.anchors[start - 1].entries
    return next(e.sector for e in entries if e.kind in BODY_KINDS and e.sector)


def organisation_led(
    state: DocState, role, generic: bool, head: int, last: int, country: str | None
) -> tuple[str | None, str | None]:
    """(country, sector) of the organisation a generic head or an officer leads, named after
    it and known to no dictionary ("executive director of the Foo Institute"), or the body a
    role word names ("the leader of the opposition")."""
    group_sector = None
    if role is None or generic or officer(state, role) or role.sector in PROFESSION_SECTORS:
        employer = employer_after(state, head, last)
        if employer is not None:
            country, group_sector = country or employer[0], employer[1]
        elif role is not None and officer(state, role):
            group_sector = unknown_organisation(state, role, head, last)
    if group_sector is None and generic:
        group_sector = body_after(state, head, last)
    return country, group_sector


#: Sectors of role words that name a trade, not an employer: "a political scientist at the
#: University of New Hampshire" works for the university (EDU).
PROFESSION_SECTORS = ("CVL",)


def body_after(state: DocState, head: int, last: int) -> str | None:
    """'the leader of the opposition', 'the head of the army': a generic head ("leader") of a
    body named by a role word right after 'of' takes that body's sector."""
    k = head + 1
    if k > last or state.tokens[k].lower_ != "of":
        return None
    k += 1
    while k <= last and state.tokens[k].pos_ == "DET":
        k += 1
    role = state.roles.get(k)
    return role.sector if role is not None and role.end - 1 <= last else None


def served_before(state: DocState, head: int, last: int) -> bool:
    """ "an official under Presidents Reagan and George W. Bush": an office held under leaders
    who no longer hold theirs (on the article's date) is a past office, as "former" says."""
    for k in range(head + 1, last):
        if state.tokens[k].lower_ != "under":
            continue
        leaders = [
            state.kb.people[e.person]
            for i in range(k + 1, last + 1)
            if (anchor := state.anchors.get(i)) is not None
            for e in anchor.entries
            if e.kind == "person" and e.person in state.kb.people
        ]
        return bool(leaders) and all(p.role_at(state.day) is None for p in leaders)
    return False


def unknown_organisation(state: DocState, role, head: int, last: int) -> str | None:
    """'president of Rock the Vote', 'president of the Zionist Organization of America': an
    officer of an organisation no dictionary knows (a spaCy ORG holding no known group) is
    not a government's; ``unknown_organisation_officers`` (words.yaml) gives the sector."""
    office = state.doc[role.start : role.end].text.lower()
    sector = WORDS.unknown_organisation_officers.get(office)
    if sector is None:
        return None
    for k in range(head + 1, last):
        if state.tokens[k].lower_ not in ("of", "for", "at"):
            continue
        at = k + 1 + (state.tokens[k + 1].pos_ == "DET")
        ent = state.ent_at.get(at) if at <= last else None
        if ent is None or ent.label_ != "ORG":
            return None
        entries = [
            e
            for j in range(ent.start, ent.end)
            if j in state.anchors
            for e in state.anchors[j].entries
        ]
        if any(e.kind not in PLACE_KINDS for e in entries):
            return None  # a group we know: read by the rules above
        return sector
    return None


def officer(state: DocState, role) -> bool:
    """A role word that heads whichever organisation follows it ("president of ...")."""
    return state.doc[role.start : role.end].text.lower() in WORDS.organisation_officers


def employer_after(state: DocState, head: int, last: int) -> tuple[str | None, str] | None:
    """(country, sector) of an organisation no dictionary knows, after 'of'/'for' on the
    appositive's head ("executive director of the Foo Institute") or 'at' in the appositive
    ("chairman of the political science department at Troy University": the department
    is no organisation, the university employs him)."""
    for k in range(head + 1, last):
        word = state.tokens[k].lower_
        if word == "at" or (word in ("of", "for") and state.tokens[k].head.i == head):
            at = name_start(state, k + 1, last)
            found = org_word_sector(state, at) if at <= last else None
            if found:
                return found[0], found[1]
            if (described := named_descriptor(state, state.tokens[k])) is not None:
                return None, described
    return None


def named_descriptor(state: DocState, preposition) -> str | None:
    """'executive director of the advocacy group Progress Iowa': the sector of a noun that says
    what an organisation is (words.yaml ``org_descriptors``), after the preposition, with the
    organisation's name set beside it."""
    noun = next((c for c in preposition.children if c.dep_ == "pobj"), None)
    if noun is None or not noun.is_lower:
        return None
    named = any(c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in noun.rights)
    found = descriptor_at(state, noun.i) if named else None
    return found[0] if found else None


#: How many words may stand between a preposition and the name they describe ("leader of
#: the anti-immigration UK Independence Party": a determiner and descriptive words).
MAX_WORDS_BEFORE_NAME = 5


def preposition_before(state: DocState, i: int, first: int) -> bool:
    """Does an employer's preposition ('of', 'at') come right before the name at ``i``, past a
    determiner and descriptive words ("founder of the right-wing Dutch Party for Freedom")?"""
    for k in range(i - 1, max(first, i - 1 - MAX_WORDS_BEFORE_NAME) - 1, -1):
        token = state.tokens[k]
        if token.lower_ in WORDS.employer_prepositions:
            return True
        if not describes(token) and k not in state.ent_at:
            return False
    return False


def modifies_unknown_head(state: DocState, anchor, head) -> bool:
    """'a longtime Democratic consultant', 'an NRA lobbyist', "Twitter's director of political
    advertising": a group named as the modifier or owner of an appositive's head that no role
    list knows is the one the person works for."""
    modifier = state.tokens[anchor.end - 1]
    return (
        modifier.head.i == head.i
        and modifier.dep_ in ("amod", "compound", "poss")
        and head.i not in state.roles
        and head.pos_ == "NOUN"
    )


def staff_of_owner(state: DocState, end: int) -> bool:
    """'the RNC's chief counsel', 'the NRA's spokesman': a body's staff, owned by its name."""
    if end >= len(state.tokens) or state.tokens[end].lower_ not in POSSESSIVE_ENDINGS:
        return False
    role = next((state.roles[k] for k in range(end + 1, end + 3) if k in state.roles), None)
    words = role and state.doc[role.start : role.end].text.lower()
    return bool(words) and (words in WORDS.generic_heads or words in WORDS.staff_nouns
                            or words in WORDS.staff_words)  # fmt: skip


def describes(token) -> bool:
    """A determiner or descriptive word before a name ("the", "right-wing", "anti-immigration"),
    or a common noun owning it ("the city's Department of Design and Construction")."""
    return (
        token.pos_ in ("DET", "ADJ", "PUNCT", "ADV")
        or token.dep_ in ("amod", "compound", "det")
        or (token.dep_ == "poss" and token.pos_ == "NOUN")
        or (token.dep_ == "case" and token.head.dep_ == "poss" and token.head.pos_ == "NOUN")
    )


def name_start(state: DocState, at: int, last: int) -> int:
    """The first token of the organisation's name after a preposition, past a determiner and
    descriptive words outside spaCy's name ("the right-wing Dutch Party for Freedom")."""
    k = at
    while k <= min(last, at + MAX_WORDS_BEFORE_NAME):
        ent = state.ent_at.get(k)
        if ent is not None and origin_only(state, ent.end):
            k = ent.end + 2  # "Mercer Island-based Dana F. Besecker Company": where it is
            continue
        if ent is not None:
            return k
        if not describes(state.tokens[k]):
            break
        k += 1
    return at + (state.tokens[at].pos_ == "DET")


def topic_only(state: DocState, start: int) -> bool:
    """'an expert on Syria', 'an adviser on Iran policy': the state is what one works on."""
    return start > 0 and state.tokens[start - 1].lower_ in WORDS.topic_prepositions


def owning_group(state: DocState, start: int, last: int) -> str | None:
    """'chair of the South Carolina Democratic Party': the place read first is the group's
    own; the group named right after it, within the appositive, gives the sector."""
    if not preposition_before(state, start, max(0, start - 2 * MAX_WORDS_BEFORE_NAME)):
        return None
    anchor = state.anchors.get(start)
    if anchor is not None and anchor.start == start and anchor.end <= last + 1:
        entries = anchor.entries
    else:  # a group name the matcher left inside the organisation's name
        ent = next((e for e in state.ents if e.start < start < e.end <= last + 1), None)
        entries = state.kb.names.get(state.doc[start : ent.end].text, []) if ent else []
    entry = next((e for e in entries if e.kind == "group" and e.sector), None)
    return entry.sector if entry else None
