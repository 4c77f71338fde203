"""Rule: a definite role that points back -- "The party stuck to the tax", "the ministry
said", "the country's highest court", "the provincial minister" -- is of the actor or the
place named just before it, not of the article as a whole.

``definite_bodies`` runs before country from context: "the ministry" right after "China's
foreign ministry" is China's even in a story mostly about the United States.
So does ``provinces_before``: "the province's environment minister" after "British
Columbia". ``states_before`` runs after it, for what context left without a country: "the
country's highest court" in a story about Ukraine and the United States.
"""

from __future__ import annotations

from eventwire.actors.mention import Mention, recode
from eventwire.actors.state import POSSESSIVE_ENDINGS, DocState
from eventwire.actors.words import WORDS

#: How many sentences back a definite role's antecedent may be named.
MAX_BODY_DISTANCE = 2
#: How many sentences back the state or province a possessive points to may be named.
MAX_PLACE_DISTANCE = 4
#: Mentions that name a body a definite role may point back to.
BODY_KINDS = ("role", "organisation", "group", "unknown")
#: Mentions that name an organisation by its name.
NAMED_BODY_KINDS = ("organisation", "group", "unknown")
#: Mentions that name a state, and (for a province) a place inside one.
STATE_KINDS = ("state", "demonym")
REGION_KINDS = ("place", "region")


def definite_bodies(state: DocState) -> None:
    """'the ministry', 'The party': a role word alone after 'the', with no country, takes
    the country of the nearest body with the same head word named in its sentence or the
    two before ("China's foreign ministry ... the ministry said"), else of the nearest named
    organisation of its sector ("Exxon Mobil ... The company said")."""
    for k, mention in enumerate(state.mentions):
        if not bare_definite_role(state, mention):
            continue
        lemma = state.tokens[mention.head].lemma_.lower()
        before = nearest_before(state, k, BODY_KINDS, MAX_BODY_DISTANCE, head_lemma=lemma)
        if before is None:  # "Exxon Mobil reported ... The company said": the named one
            before = nearest_before(
                state, k, NAMED_BODY_KINDS, MAX_BODY_DISTANCE, sector=mention.actor.sector
            )
        if before is not None:
            give(mention, before.actor.country or "", f"the {lemma} named before, {before.text!r}")


def bare_definite_role(state: DocState, mention: Mention) -> bool:
    """'the ministry': one role word after 'the', with no country and a sector."""
    return (
        mention.kind == "role"
        and not mention.actor.country
        and bool(mention.actor.sector)
        and mention.token_end - mention.token_start == 1
        and mention.head == mention.token_start
        and mention.token_start > 0
        and state.tokens[mention.token_start - 1].lower_ == "the"
    )


def provinces_before(state: DocState) -> None:
    """'the province's environment minister', 'the provincial minister': of the place named
    in its sentence or the four before, even in a story mostly about another state (before
    country from context: a province is no article's state)."""
    places_before(state, REGION_KINDS)


def states_before(state: DocState) -> None:
    """'the country's highest court' that context left without a country (no state leads the
    article): of the state named in its sentence or the four before."""
    places_before(state, STATE_KINDS)


def places_before(state: DocState, wanted: tuple[str, ...]) -> None:
    for k, mention in enumerate(state.mentions):
        if mention.kind != "role" or mention.actor.country or not mention.actor.sector:
            continue
        if pointed_kinds(state, mention) != wanted:
            continue
        before = nearest_before(state, k, wanted, MAX_PLACE_DISTANCE)
        if before is not None:
            give(mention, before.actor.country or "", f"the place it points to, {before.text!r}")


def pointed_kinds(state: DocState, mention: Mention) -> tuple[str, ...] | None:
    """The kinds of mention a role's "the country's" (a state) or "the province's",
    "provincial" (a place) points to; None when it points nowhere."""
    words = state.tokens[max(0, mention.token_start - 3) : mention.head + 1]
    for token in words:
        if token.lower_ in WORDS.region_words:
            return REGION_KINDS
        following = state.tokens[token.i + 1].lower_ if token.i + 1 < len(state.tokens) else ""
        owner = following in POSSESSIVE_ENDINGS and token.i > 0
        if owner and token.lower_ in WORDS.state_nouns:
            if state.tokens[token.i - 1].lower_ == "the":
                return STATE_KINDS
    return None


def town_bodies(state: DocState) -> None:
    """'Brookhaven Police Department' in a story that also names 'the city of Brookhaven': a
    role led by a name the article writes elsewhere as a place is that place's, even a town
    too small for the gazetteer to trust before a role word (one named only so may be anyone's:
    "Lincoln police")."""
    places = {place_name(m): m for m in state.mentions if m.kind == "place" and m.actor.country}
    for mention in state.mentions:
        if mention.kind != "role" or mention.actor.country or not mention.actor.sector:
            continue
        start = mention.token_start
        while start > 0 and name_before(state, start - 1):
            start -= 1
        if start == mention.token_start:
            continue
        name = state.doc[start : mention.token_start].text
        if (place := places.get(name)) is not None:
            give(
                mention, place.actor.country or "", f"'{name}' is the place named as {place.text!r}"
            )


def name_before(state: DocState, i: int) -> bool:
    """A proper noun no mention holds, modifying the role ('Brookhaven' of 'Police Department')."""
    token = state.tokens[i]
    return token.tag_ == "NNP" and token.dep_ == "compound" and i not in state.used


def place_name(mention: Mention) -> str:
    """'The city of Brookhaven' -> 'Brookhaven': the name of a place mention."""
    return mention.text.rsplit(" of ", 1)[-1]


def give(mention: Mention, country: str, why: str) -> None:
    recode(mention, country, mention.actor.sector, f"{why} -> {country}")


#: Mentions a possessive pronoun may point back to, by pronoun.
PERSON_KINDS = ("person",)
OWNER_KINDS = ("state", "group", "igo", "organisation")
#: How many sentences back a possessive pronoun's owner may be named.
MAX_OWNER_DISTANCE = 1


def possessive_owners(state: DocState) -> None:
    """'sanctions on Iran that forced its leaders', 'the coup attempt against his
    government' (Erdogan's), 'the Kurdistan Workers' Party ... its leader Abdullah Ocalan':
    a role or titled person owned by 'its' or 'his'/'her' takes the country of the nearest
    state, group or person named before it in its sentence or the one before; a generic head
    ("leader", "spokesman") of a named group speaks for the group (its sector too)."""
    for k, mention in enumerate(state.mentions):
        if mention.kind not in ("role", "person") or mention.token_start == 0:
            continue
        pronoun = state.tokens[mention.token_start - 1]
        if pronoun.lower_ not in WORDS.owner_pronouns or pronoun.dep_ != "poss":
            continue
        group_head = generic_head(state, mention)
        if mention.actor.country and not group_head:
            continue
        kinds = PERSON_KINDS if pronoun.lower_ != "its" else OWNER_KINDS
        owner = nearest_before(state, k, kinds, MAX_OWNER_DISTANCE)
        if owner is None:
            continue
        if group_head and owner.kind == "group" and owner.actor.sector:
            speaks = f"'{pronoun.text}' of {owner.text!r}: speaks for it"
            recode(mention, owner.actor.country, owner.actor.sector, speaks)
        elif not mention.actor.country:
            give(mention, owner.actor.country or "", f"'{pronoun.text}' of {owner.text!r}")


def role_owners(state: DocState) -> None:
    """'the congressman's spokesman', 'the senator's aides': staff owned by a role that names
    one office-holder speak for that office (its country and sector), not for a government."""
    ending_at = {m.token_end: m for m in state.mentions if m.kind == "role"}
    for mention in state.mentions:
        if mention.kind != "role" or mention.token_start < 2:
            continue
        marker = state.tokens[mention.token_start - 1]
        owner = ending_at.get(mention.token_start - 1)
        if marker.lower_ not in POSSESSIVE_ENDINGS or owner is None or not owner.actor.sector:
            continue
        words = state.tokens[mention.token_start : mention.head + 1]
        if not any(t.lower_ in WORDS.staff_words for t in words):
            continue
        country = owner.actor.country or mention.actor.country
        if (country, owner.actor.sector) != (mention.actor.country, mention.actor.sector):
            recode(mention, country, owner.actor.sector, f"staff of {owner.text!r}")


def generic_head(state: DocState, mention: Mention) -> bool:
    """A title or role that is generic ("leader", "spokesman"): it is whose it says."""
    words = state.tokens[mention.token_start : mention.head + 1]
    return any(t.lower_ in WORDS.generic_heads for t in words)


def nearest_before(
    state: DocState,
    k: int,
    kinds: tuple[str, ...],
    distance: int,
    head_lemma: str | None = None,
    sector: str | None = None,
) -> Mention | None:
    """The nearest mention before ``state.mentions[k]``, in its sentence or the ``distance``
    before, of one of ``kinds`` with a state's country (and, given ``head_lemma``, that head
    word, or that ``sector``): the one owner of "named just before" for this module's rules."""
    mention = state.mentions[k]
    for before in reversed(state.mentions[:k]):
        if before.sentence_index < mention.sentence_index - distance:
            return None
        country = before.actor.country
        if before.kind in kinds and country and len(country) == 3:
            if sector is not None and before.actor.sector != sector:
                continue
            if head_lemma is None or (
                before.head >= 0 and state.tokens[before.head].lemma_.lower() == head_lemma
            ):
                return before
    return None
