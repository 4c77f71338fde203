"""Rule helper: a place that says where someone comes from or where an organisation is, not
who acts: "Russian-born", "London-based", "African-American" (``origin_only``, also read by
``appositive`` and ``appositive_employers``), and the organisation named with such a place --
"Dublin-based Shire", "a California-based channel", "the Mexico City advocacy group" -- one
mention of the organisation's sector in the place's country (a known organisation's own
country first). Read by ``places.lone_names``.
"""

from __future__ import annotations

from eventwire.actors.found_spans import Anchor
from eventwire.actors.kb_types import PLACE_KINDS
from eventwire.actors.mention import make_actor
from eventwire.actors.org_names import descriptor_at
from eventwire.actors.state import DocState, entry_country
from eventwire.actors.words import WORDS


def origin_only(state: DocState, end: int) -> bool:
    """'Russian-born', 'London-based', 'African-American': the place says where from (or of
    what descent), not whom one serves."""
    tokens = state.tokens
    return (
        end + 1 < len(tokens)
        and tokens[end].text == "-"
        and (
            tokens[end + 1].lower_ in WORDS.origin_suffixes
            or tokens[end + 1].lower_ in WORDS.descent_demonyms
        )
    )


def based_organisation(
    state: DocState, place: Anchor | None, org_start: int, place_start: int | None
) -> bool:
    """'Dublin-based Shire', 'Chicago-based AbbVie': a known organisation named right after
    where it is based is one mention with it, of its country (else the place's) and sector.
    ``place_start`` None: the place is read here (an anchor, else a spaCy place). Emits it."""
    org = state.anchors.get(org_start)
    if org is None or org_start < 3 or not origin_only(state, org_start - 2):
        return False
    entry = org.entries[0]
    if place_start is None:
        ent = state.ent_at.get(org_start - 3)
        place_start = place.start if place else ent.start if ent is not None else None
    country = entry.country or (entry_country(place.entries) if place else None)
    if entry.kind != "group" or not entry.sector or country is None or place_start is None:
        return False
    state.emit(
        place_start,
        org.end,
        make_actor("", country, entry.sector),
        f"'{org.name}' -> {entry.label} ({entry.source}), based where named before it",
        entry.kind,
    )
    return True


#: How far right of "X-based" the noun saying what is based may be ("the Cambodia-based
#: anti-pedophile group").
MAX_BASED_GAP = 4


def based_descriptor(state: DocState, anchor: Anchor) -> bool:
    """'a California-based channel', 'the Cambodia-based anti-pedophile group': a place joined
    to 'based' before a noun saying what an organisation is (words.yaml ``org_descriptors``)
    names where that organisation is: one mention, the place's country and the noun's sector.
    Emits it."""
    tokens = state.tokens
    end = anchor.end
    if not origin_only(state, end) or tokens[end + 1].lower_ in WORDS.birth_suffixes:
        return False  # "the Canadian-born senator" is no Canadian's
    country = entry_country(anchor.entries)
    if country is None or anchor.entries[0].kind not in PLACE_KINDS | {"city"}:
        return False
    for i in range(end + 2, min(end + 2 + MAX_BASED_GAP, len(tokens))):
        described = descriptor_at(state, i)
        if i in state.used or i in state.roles:
            return False
        if described is not None:
            sector, words = described
            state.emit(
                anchor.start,
                i + 1,
                make_actor("", country, sector),
                f"'{anchor.name}' -> {country} ({anchor.entries[0].source}) names where the "
                f"'{words}' is based -> {sector} (words.yaml org_descriptors)",
                "organisation",
                head=i,
            )
            return True
        if tokens[i].pos_ not in ("ADJ", "NOUN", "PUNCT") or tokens[i].text == ",":
            return False
    return False


#: How far right of a city the noun it modifies may be ("the Mexico City advocacy group").
MAX_DESCRIBED_GAP = 3


def described_by_place(state: DocState, anchor: Anchor) -> bool:
    """'The Mexico City advocacy group', 'a Moscow newspaper': a city (or capital) that
    modifies a noun saying what an organisation is (words.yaml ``org_descriptors``) names
    where that organisation is, not the government: one mention, the city's country and the
    noun's sector. Emits it."""
    last = state.tokens[anchor.end - 1]
    noun = last.head
    if (
        last.dep_ != "compound"
        or not 0 < noun.i - last.i <= MAX_DESCRIBED_GAP
        or noun.i in state.roles
        or any(i in state.used for i in range(anchor.end, noun.i + 1))
    ):
        return False
    described = descriptor_at(state, noun.i)
    country = entry_country(anchor.entries)
    if described is None or country is None:
        return False
    sector, words = described
    state.emit(
        anchor.start,
        noun.i + 1,
        make_actor("", country, sector),
        f"'{anchor.name}' -> {country} ({anchor.entries[0].source}) names where the "
        f"'{words}' is -> {sector} (words.yaml org_descriptors)",
        "organisation",
        head=noun.i,
    )
    return True
