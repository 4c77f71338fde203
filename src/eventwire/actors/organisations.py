"""Rule: organisations and institutions named with a place inside their name; a role word
naming what the organisation after it is (``described_names``).

"The Kenya Union of Journalists", "the Lahore High Court", "The Times of India": spaCy sees
one organisation; the place inside gives its country and the head word its sector (a role
word: "union" -> LAB, "high court" -> JUD; else the organisation words of
``org_words.yaml``: "Times" -> MED). Such a name is never the state itself. A city's name
before a plural name of its own ("the Detroit Lions") is a club or company based there
(BUS). An organisation whose name ends in the place ("Real Madrid") has no head word to go
by, unless one stands right before the place ("King's College London"): it is kept as an
organisation with no country, so that it is not read as the state either.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from eventwire.actors.found_spans import Anchor
from eventwire.actors.kb_types import PLACE_KINDS
from eventwire.actors.mention import extras, make_actor
from eventwire.actors.org_names import descriptor, ngo_kind, officers_body
from eventwire.actors.state import (
    POSSESSIVE_ENDINGS,
    DocState,
    entry_country,
    named_for_friendship,
    split_lines,
)
from eventwire.actors.words import WORDS


def organisation_names(state: DocState) -> Iterator[tuple[int, int]]:
    """(start, end) token bounds of every spaCy organisation name, line by line, without a
    leading article ("the")."""
    for ent in state.ents:
        if ent.label_ != "ORG":
            continue
        for part in split_lines(ent, state.tokens):
            start = part.start
            while start < part.end and state.tokens[start].pos_ == "DET":
                start += 1
            yield start, part.end


def institution_names(state: DocState) -> None:
    """Every spaCy organisation of two words or more that holds a place name."""
    for start, end in organisation_names(state):
        if end - start > 1 and not state.used.intersection(range(start, end)):
            institution(state, state.doc[start:end])


def institution(state: DocState, span: Span) -> None:
    """One organisation name: the country of its place, the sector of its head word."""
    anchors = list(
        {id(a): a for i in range(span.start, span.end) if (a := state.anchors.get(i))}.values()
    )
    if not anchors or any(a.start <= span.start and span.end <= a.end for a in anchors):
        return  # no place inside, or a name we know as a whole
    if any(e.kind not in PLACE_KINDS for a in anchors for e in a.entries):
        return  # a person, organisation or group inside: read by their own rules
    place = next((a for a in anchors if entry_country(a.entries)), None)
    if place is None:
        return
    root = name_head(state, span, place)
    if place.start <= root.i < place.end:
        before = head_before_place(state, span, place)  # "King's College London": in London
        if before is None:
            state.emit(
                span.start, span.end, make_actor("", None, None), named_after(place), "organisation"
            )
            return
        root = before
    sector, word = head_sector(state, root)
    sector = ngo_kind(state, span.start, span.end, sector)  # "Louisville Islamic Center"
    if sector is None and (described := descriptor(state, span.start, span.end)):
        sector, word = described  # "the progressive group One Wisconsin Now"
    if sector is None and club_named_after_home(state, span, place, root):
        sector, word = "BUS", root.text
    if sector is None:
        return  # no head word we know: spaCy's span may be wrong ("Technion for China's")
    place = located_in(state, anchors, sector) or place
    country = entry_country(place.entries)
    reason = (
        f"organisation '{span.text}' (spaCy ORG) named with '{place.name}' -> {country} "
        f"({place.entries[0].source})"
    )
    if named_for_friendship(state, place.end):
        country = None
        reason += "; named for friendship with that state: not its country"
    reason += f"; head word '{word}' -> {sector}"
    state.emit(
        span.start, span.end, make_actor("", country, sector), reason, "organisation", head=root.i
    )


def company_bodies(state: DocState) -> None:
    """'The Comcast Foundation', 'the Boeing Institute': a company's name followed by a word
    words.yaml ``company_body_words`` lists is a body the company set up, of the company's
    country and the sector the word gives (org_words.yaml), not the company acting."""
    for start, end in organisation_names(state):
        anchor = state.anchors.get(start)
        last = state.tokens[end - 1]
        if (
            anchor is None
            or anchor.start != start
            or anchor.end != end - 1
            or last.lower_ not in WORDS.company_body_words
            or state.used.intersection(range(start, end))
        ):
            continue
        entry = anchor.entries[0]
        sector = state.kb.org_words.get(last.text)
        if entry.kind != "group" or entry.sector != "BUS" or sector is None:
            continue
        country = entry_country(anchor.entries)
        reason = (
            f"'{last.text}' of the company '{anchor.name}' ({entry.source}) -> {country}; "
            f"head word '{last.text}' -> {sector}"
        )
        state.emit(start, end, make_actor("", country, sector), reason, "organisation")


def head_before_place(state: DocState, span: Span, place: Anchor) -> Token | None:
    """The word right before a place that ends the name, when it is a word that names what an
    organisation is ("King's College London", whose root spaCy puts on London)."""
    if place.end != span.end or place.start <= span.start:
        return None
    word = state.tokens[place.start - 1]
    return word if head_sector(state, word)[0] is not None else None


#: Places a club or company may be named after: a city, a capital, a region (a US state).
HOME_KINDS = ("place", "capital", "region")


def club_named_after_home(state: DocState, span: Span, place: Anchor, root: Token) -> bool:
    """A city or region's name before a plural name of its own ("the Detroit Lions", "Texas
    Instruments"): a club or a company based there (a professional club is a business), not
    the place acting. A country or a people before it ("Pakistan Rangers", "Syrian Kurds") is
    not a home town."""
    return (
        root.i == place.end == span.end - 1
        and plural_name(root)
        and root.i not in state.roles
        and all(e.kind in HOME_KINDS for e in place.entries)
    )


def plural_name(token: Token) -> bool:
    """A capitalised plural ("Lions", "Packers"), which spaCy tags NNPS or, as often, NNP."""
    return token.tag_ == "NNPS" or (
        token.tag_ == "NNP"
        and token.is_title
        and token.text.endswith("s")
        and token.text[-2] != "s"
    )


def located_in(state: DocState, anchors: list[Anchor], sector: str) -> Anchor | None:
    """'the American University of Kabul', 'the American Hospital of Paris': a school or
    hospital (words.yaml ``located_sectors``) is of the place it stands in, named after
    'of'/'in', not of the demonym its name carries."""
    if sector.lower() not in WORDS.located_sectors:
        return None
    return next(
        (
            a
            for a in anchors
            if a.start > 0
            and state.tokens[a.start - 1].lower_ in WORDS.located_prepositions
            and entry_country(a.entries)
        ),
        None,
    )


def named_after(place: Anchor) -> str:
    return (
        f"organisation named after '{place.name}' with no head word of its own (a club, a "
        "team, a ship): not the state, country unknown"
    )


def name_head(state: DocState, span: Span, place: Anchor) -> Token:
    """The word the name is about: spaCy's root, but the last word when the place is a
    possessive before it ("Vietnam’s Communist Party", whose root spaCy may put on Vietnam)."""
    after = place.end
    if span.start <= after < span.end - 1 and state.tokens[after].lower_ in POSSESSIVE_ENDINGS:
        return state.tokens[span.end - 1]
    return span.root


def head_sector(state: DocState, root: Token) -> tuple[str | None, str]:
    """The sector of the name's head word: the role word ending there, else the organisation
    word ("Times", "Forum"); None when neither."""
    role = state.roles.get(root.i)
    if role is not None and role.end == root.i + 1:
        return role.sector, state.doc[role.start : role.end].text
    if officer := officers_body(state, root):
        return officer
    following = state.doc[root.i : root.i + 3].text  # "Institute of Technology": a school
    if following in state.kb.org_words:
        return state.kb.org_words[following], following
    return state.kb.org_words.get(root.text), root.text


#: Kinds of mention that name an organisation a role word before them may describe.
NAMED_KINDS = ("group", "igo", "organisation")


def described_names(state: DocState) -> None:
    """'the militant group Hamas', 'the state news agency Tanjug': a role word right before
    the name of a known organisation, in one noun phrase with it, says what that
    organisation is: the role, with no country of its own, takes the name's country, and its
    sector when it has one."""
    names = {m.token_start: m for m in state.mentions if m.kind in NAMED_KINDS}
    for mention in state.mentions:
        name = names.get(mention.token_end)
        if mention.kind != "role" or mention.actor.country or not name or not name.actor.country:
            continue
        role_head, name_head = state.tokens[mention.head], state.tokens[name.head]
        if not (
            mention.token_start <= name_head.head.i < mention.token_end
            or role_head.head.i == name_head.i
            or (role_head.head.i == name_head.head.i and role_head.dep_ == name_head.dep_)
        ):
            continue  # "told the police Hamas fired": two phrases (apposition parsed as
            # two subjects of one verb counts as one)
        actor = mention.actor
        sector = name.actor.sector or actor.sector
        mention.actor = make_actor(actor.text, name.actor.country, sector, **extras(actor))
        mention.reason += f"; describes the name after it, {name.text!r} -> {name.actor.code}"
