"""Rule helper: the names left of a role word and what each says -- a state's or a person's
country ("Israel's high court", "the Obama administration", "Assad's forces"), where the role
is based ("the Cupertino, Calif., company"), an affiliation, leader or opponent ("pro-Moscow",
"U.S.-led", "anti-Syria"), a country coordinated with it ("U.S. and Russian negotiators"), the
group or organisation it speaks for ("Hamas leader", "the Kenya Union of Journalists
spokesman"). Read by ``roles.read_left``.
"""

from __future__ import annotations

from eventwire.actors.found_spans import Anchor, RoleSpan
from eventwire.actors.kb import BLOCS
from eventwire.actors.offices import anchor_person, person_country
from eventwire.actors.rolephrase import RolePhrase
from eventwire.actors.state import (
    POSSESSIVE_ENDINGS,
    DocState,
    entry_country,
    prefix_start,
    prefix_word,
)
from eventwire.actors.words import WORDS


def comma_home(state: DocState, comma: int) -> tuple[int, str, str] | None:
    """'the Cupertino, Calif., company', 'a Lagos, Nigeria, bank' (wire style): a place and
    its state or country between commas before the role word say where the role is based.
    (first token, country, why) or None."""
    region = state.anchors.get(comma - 1)
    if region is None or region.start < 2 or state.doc[region.start - 1].text != ",":
        return None
    country = entry_country(region.entries)
    if country is None or not all(e.kind in ("state", "region") for e in region.entries):
        return None
    place_end = region.start - 2
    place = state.anchors.get(place_end)
    ent = state.ent_at.get(place_end)
    if place is not None and all(e.kind in ("capital", "place", "region") for e in place.entries):
        first = place.start
    elif ent is not None and ent.label_ == "GPE" and ent.end - 1 == place_end:
        first = ent.start
    else:
        return None
    while state.doc[first].pos_ == "DET":
        first += 1
    where = state.doc[first : region.end].text
    return first, country, f"based in '{where}' ({region.entries[0].source})"


def possessor(state: DocState, phrase: RolePhrase, j: int) -> bool:
    """ "Assad's forces": a person or state already read, before "'s", gives its country."""
    if j + 1 >= len(state.doc) or state.doc[j + 1].lower_ not in POSSESSIVE_ENDINGS:
        return False
    for mention in state.mentions:
        if mention.token_start <= j < mention.token_end and mention.actor.country:
            if mention.kind not in ("person", "state", "demonym", "capital", "seat"):
                return False
            phrase.country = mention.actor.country
            phrase.sources.append(f"'{mention.text}' ('s) -> {mention.actor.country}")
            return True
    return False


def speaks_for_organisation(state: DocState, phrase: RolePhrase, j: int) -> bool:
    """'the Kenya Union of Journalists spokesman', 'a Comcast Foundation spokesman': a generic
    head or staff word right after an organisation an earlier rule named speaks for it, and
    takes its country and sector."""
    if not speaks_for_body(state, phrase):
        return False
    mention = next(
        (m for m in state.mentions if m.token_end == j + 1 and m.kind == "organisation"), None
    )
    if (
        mention is None
        or not mention.actor.sector
        or state.tokens[mention.head].head.i != phrase.head.i
    ):
        return False
    phrase.country, phrase.sector = mention.actor.country, mention.actor.sector
    phrase.sources.append(
        f"'{phrase.head.text}' of '{mention.text}' -> {mention.actor.country} {mention.actor.sector}"
    )
    return True


def read_left_name(state: DocState, phrase: RolePhrase, anchor: Anchor) -> bool:
    """A name before the role word: its country, affiliation, leader or opponent."""
    doc = state.doc
    if another_party(state, phrase, anchor):
        phrase.sources.append(f"'{anchor.name}' begins another party's name: not its country")
        phrase.start = anchor.start
        return True
    country = entry_country(anchor.entries)
    person = anchor_person(state, anchor)
    if person is not None:  # "the Obama administration"
        country = person_country(state, person)
    if country is None:
        return False
    suffix = (
        doc[anchor.start].text.rpartition("-")[2].lower() if anchor.char_start is not None else ""
    )
    if not suffix and anchor.end + 1 < len(doc) and doc[anchor.end].text == "-":
        suffix = doc[anchor.end + 1].lower_  # "Iranian-backed" as three tokens
    prefix = prefix_word(doc, anchor.start)
    if suffix in WORDS.affiliation_suffixes or prefix == "pro":
        phrase.affiliation = phrase.affiliation or country
        phrase.sources.append(f"'{anchor.name}' -> affiliation {country}")
    elif prefix == "anti":
        phrase.opposed = phrase.opposed or country
        phrase.sources.append(f"'anti-{anchor.name}' -> opposes {country}, not its country")
    elif suffix in WORDS.leader_suffixes:
        phrase.leader = phrase.leader or country
        phrase.sources.append(f"'{anchor.name}'-led -> {country}")
    elif suffix in WORDS.supplier_suffixes:
        phrase.sources.append(f"'{anchor.name}-{suffix}' -> a supplier, not the country")
    elif suffix in WORDS.birth_suffixes:  # "the Canadian-born senator": where from, not whose
        phrase.sources.append(f"'{anchor.name}-{suffix}' -> origin, not the country")
    elif phrase.country is None:
        phrase.country, phrase.main_start = country, anchor.start
        phrase.sources.append(f"'{anchor.name}' ({anchor.entries[0].source})")
        speaks_for_group(state, phrase, anchor)
    elif phrase.crossed_and:
        phrase.coordinated.append((anchor, country))
    elif phrase.country in BLOCS and country not in BLOCS:  # "the Russian Middle East envoy"
        phrase.sources.append(f"'{anchor.name}' -> {country}: the region is the portfolio")
        phrase.country, phrase.main_start = country, anchor.start
    else:
        return False
    phrase.start = prefix_start(doc, anchor.start) if prefix else anchor.start
    descent = state.anchors.get(anchor.start - 2) if anchor.start >= 2 else None
    if (
        descent
        and doc[anchor.start - 1].text == "-"
        and not doc[anchor.start - 1].whitespace_
        and anchor.name.lower() in WORDS.descent_demonyms
    ):
        phrase.start = descent.start  # "Cuban-American voters": American, of Cuban descent
        phrase.sources.append(f"'{descent.name}-' -> descent, not the country")
    return True


def another_party(state: DocState, phrase: RolePhrase, anchor: Anchor) -> bool:
    """'the Democratic Union Party' (Syria's), 'the Republican People's Party' (Turkey's): a
    party's word before more capitalised words of a party's name is another party's name."""
    if phrase.sector != "PTY" or not any(
        e.kind == "group" and e.sector == "PTY" for e in anchor.entries
    ):
        return False
    return any(t.is_alpha and t.is_title for t in state.doc[anchor.end : phrase.role.start])


def coordinable(state: DocState, j: int) -> bool:
    """'U.S. and Russian negotiators': a demonym or a one-word state name before 'and', not
    an institution ("the Palestinian Authority and Israeli settlers")."""
    anchor = state.anchors.get(j)
    if anchor is None:
        return False
    kinds = {e.kind for e in anchor.entries}
    return "demonym" in kinds or ("state" in kinds and anchor.end - anchor.start == 1)


def speaks_for_group(state: DocState, phrase: RolePhrase, anchor: Anchor) -> None:
    """'Hamas leader', 'Taliban spokesman', 'UN officials': a generic head speaks for the
    named group or organisation before it and takes its sector; so does an officer that
    heads it ('the CNN president' -> MED; not a party's: 'the Republican president')."""
    entry = anchor.entries[0]
    words = state.doc[phrase.role.start : phrase.role.end].text.lower()
    generic = speaks_for_body(state, phrase)
    officer = words in WORDS.organisation_officers and entry.sector != "PTY"  # "CNN president"
    if (generic or officer) and entry.kind in ("group", "igo", "seat") and entry.sector:
        phrase.sector = entry.sector
        phrase.sources.append(f"'{phrase.head.text}' of '{anchor.name}' -> {entry.sector}")


def speaks_for_body(state: DocState, phrase: RolePhrase, modifier: RoleSpan | None = None) -> bool:
    """'Hamas leader', 'Border Patrol officials', 'State Department employees': a one-word
    generic head, or a noun for a body's staff, is of the body named before it; staff only of
    a body our role list knows ("embassy workers", not PETRARCH's "Carrier workers")."""
    words = state.doc[phrase.role.start : phrase.role.end].text.lower()
    if phrase.role.end - phrase.role.start == 1 and words in WORDS.generic_heads:
        return True
    return words in WORDS.staff_nouns and (modifier is None or modifier.source == "roles.yaml")
