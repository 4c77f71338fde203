"""Rule helpers: where a role phrase's country comes from outside its left modifiers --
on its right ("rebels in the Ivory Coast", "the government of Sudan", "leaders of the
opposition"), where its group acts ("people blocked streets in Hong Kong"), who leads or
backs it ("pro-Moscow separatists" in eastern Ukraine). Used by ``roles``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.found_spans import Anchor
from eventwire.actors.gazetteer import city_context, misread_city_named, unknown_place
from eventwire.actors.locatives import acted_upon, anchor_in
from eventwire.actors.mention import Mention
from eventwire.actors.offices import anchor_person, person_country
from eventwire.actors.org_names import org_word_sector
from eventwire.actors.rolephrase import RolePhrase
from eventwire.actors.state import DocState, entry_country
from eventwire.actors.words import WORDS
from eventwire.nlp import SUBJECT_DEPS


def read_right(state: DocState, phrase: RolePhrase) -> None:
    """On the right: 'leaders of the opposition' (the group's sector), 'rebels in the Ivory
    Coast', 'government of Sudan' (the country)."""
    doc, role = state.doc, phrase.role
    words = doc[role.start : role.end].text.lower()
    generic = words in WORDS.generic_heads or counsel_for(state, phrase, words)
    group = group_of(state, phrase.head) if generic else None
    body = body_of(state, phrase.head) if generic and group is None else None
    if body is not None:  # "Leaders of the North Carolina Senate" speak for that body
        phrase.sector = body.actor.sector
        phrase.country = phrase.country or body.actor.country
        phrase.sources.append(f"of {body.text!r} -> {phrase.sector}")
    if group is not None:  # "leaders of the opposition coalition" speak for that group
        g_start, phrase.end, phrase.sector = group
        phrase.sources.append(f"of '{doc[g_start : phrase.end].text}' -> {phrase.sector}")
        for k in range(role.end, g_start):
            anchor = state.anchors.get(k)
            if phrase.country is None and anchor and entry_country(anchor.entries):
                phrase.country = entry_country(anchor.entries)
                phrase.sources.append(f"'{anchor.name}' ({anchor.entries[0].source})")
    if phrase.country is None:
        read_prepositional_country(state, phrase)


def counsel_for(state: DocState, phrase: RolePhrase, words: str) -> bool:
    """'attorneys for the department', 'lawyers for the company': counsel speak for their
    client (words.yaml ``counsel_words``), as a spokesman for a group does."""
    return words in WORDS.counsel_words and any(
        child.dep_ == "prep" and child.lower_ == "for" for child in phrase.head.rights
    )


def read_prepositional_country(state: DocState, phrase: RolePhrase) -> None:
    """'police in Lagos', 'the government of Sudan': a name after the head's preposition."""
    for child in phrase.head.rights:
        if child.dep_ != "prep" or child.lower_ not in WORDS.country_prepositions:
            continue
        for obj in child.children:
            hit = anchor_in(state, obj) if obj.dep_ == "pobj" else None
            if (
                obj.dep_ == "pobj"
                and child.lower_ in ("of", "for")
                and employed_by(state, phrase, obj)
            ):
                continue  # "the president of the Ohio Farm Bureau Federation"
            if hit is not None and inside_organisation(state, hit):
                continue  # "president of NARAL Pro-Choice America": not America's president
            if hit is None and obj.dep_ == "pobj" and phrase.country is None:
                place_after(state, phrase, obj, child.text)
            if hit is None or phrase.country is not None:
                continue
            town = city_context(state, hit) if hit.entries[0].kind in ("capital", "place") else None
            phrase.country = town[0] if town else entry_country(hit.entries) or led_by(state, hit)
            phrase.end = max(phrase.end, hit.end + 2 if town else hit.end)
            phrase.sources.append(
                town[1] if town else f"'{hit.name}' after '{child.text}' ({hit.entries[0].source})"
            )
            group = hit.entries[0]
            speaks_for = child.lower_ in ("of", "for") or (
                child.lower_ == "in" and phrase.head.lower_ in WORDS.generic_heads
            )  # "the leadership in the Democratic Party"
            former = phrase.role.sector == "ELI"  # "former leader of the Labour Party": ELI
            if speaks_for and group.kind in ("group", "igo") and group.sector and not former:
                phrase.sector = group.sector  # "president of the ANC" leads the party
                phrase.sources.append(f"'{phrase.head.text}' of a group -> {group.sector}")


def employed_by(state: DocState, phrase: RolePhrase, obj: Token) -> bool:
    """'a spokesman for the National Retail Federation', 'the president of the Nevada Mining
    Association': a role that heads or speaks for whichever body follows takes the sector
    an organisation no dictionary knows says by its last word (and its place's country)."""
    words = state.doc[phrase.role.start : phrase.role.end].text.lower()
    if words not in WORDS.generic_heads and words not in WORDS.organisation_officers:
        return False
    found = org_word_sector(state, obj.i)
    if found is None:
        return False
    country, sector, name = found
    phrase.sector = sector
    phrase.country = phrase.country or country  # the organisation stays a mention of its own
    phrase.sources.append(f"'{phrase.head.text}' of '{name}' (its last word) -> {sector}")
    return True


def inside_organisation(state: DocState, anchor) -> bool:
    """A state's name inside a longer spaCy organisation ("NARAL Pro-Choice America",
    "Bank of America") names the organisation, not the state."""
    ent = state.ent_at.get(anchor.start)
    return (
        ent is not None
        and ent.label_ == "ORG"
        and ent.end - ent.start > anchor.end - anchor.start
        and all(e.kind in ("state", "demonym") for e in anchor.entries)
    )


def place_after(state: DocState, phrase: RolePhrase, obj: Token, preposition: str) -> None:
    """'the government of Sindh province', 'police in Ikeja': a place no dictionary knows;
    after a locative preposition, also a city spaCy misread ('police in Kharkiv')."""
    locative = preposition.lower() in WORDS.locative_prepositions
    for token in [obj, *(c for c in obj.children if c.dep_ == "compound")]:
        place = unknown_place(state, token) or (
            misread_city_named(state, token) if locative and token is obj else None
        )
        if place:
            phrase.country = place[0]
            phrase.end = max(phrase.end, obj.i + 1)
            phrase.sources.append(f"{place[1]} after '{preposition}'")
            return


def fall_back(state: DocState, phrase: RolePhrase) -> None:
    """No country in the phrase: where the group acts, who leads or backs it."""
    if phrase.country is None and phrase.sector not in ("IGO", "NGO"):
        place = acting_in(state, phrase.head)
        if place is not None:
            phrase.country = entry_country(place.entries)
            phrase.sources.append(f"acting in '{place.name}' ({place.entries[0].source})")
    if phrase.country is None and phrase.leader:
        phrase.country = phrase.leader
    if phrase.country is None and phrase.affiliation and phrase.sector in ("GOV", "MIL"):
        phrase.country, phrase.affiliation = phrase.affiliation, None
    if phrase.country is None and phrase.affiliation and phrase.sector == "REB":
        region = region_after(state, phrase.head, phrase.start)
        if region:
            phrase.country = entry_country(region.entries)
            phrase.sources.append(
                f"'{region.name}' nearest state in the sentence ({region.entries[0].source})"
            )


def group_of(state: DocState, head: Token) -> tuple[int, int, str] | None:
    """'leaders of the opposition', 'spokesman for the rebels', 'representatives from civil
    society organizations': the group role after 'of'/'for'/'from'."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in WORDS.membership_prepositions:
            for obj in child.children:
                if (
                    obj.dep_ == "pobj"
                    and obj.i in state.roles
                    and not state.roles[obj.i].names_person
                    and not any(
                        t in state.used
                        for t in range(state.roles[obj.i].start, state.roles[obj.i].end)
                    )
                ):
                    found = state.roles[obj.i]
                    start, end, sector = found.start, found.end, found.sector
                    return start, end, sector
    return None


def body_of(state: DocState, head: Token) -> Mention | None:
    """'leaders of the North Carolina Senate': an organisation already read, with a sector of
    its own, after 'of'/'for'/'from' (it stays a mention of its own)."""
    for child in head.rights:
        if child.dep_ != "prep" or child.lower_ not in WORDS.membership_prepositions:
            continue
        for obj in child.children:
            if obj.dep_ != "pobj":
                continue
            for mention in state.mentions:
                if (
                    mention.kind == "organisation"
                    and mention.actor.sector
                    and mention.token_start <= obj.i < mention.token_end
                ):
                    return mention
    return None


def acting_in(state: DocState, head: Token) -> Anchor | None:
    """'People blocked streets in Hong Kong': a group's country from where its verb happens."""
    token = head
    while (
        token.dep_ in ("pobj", "prep")
        and token.head.i != token.i
        and (token.dep_ == "pobj" or token.lower_ == "of")
    ):
        token = token.head
    if token.dep_ not in SUBJECT_DEPS:
        return None
    verb = token.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # "blocked streets in Hong Kong"
    preps = [p for holder in [verb, *objects] for p in holder.children]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in WORDS.acting_prepositions:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            hit = anchor_in(state, obj)
            if hit is None:  # "at a jail in Dili"
                for inner in obj.children:
                    if inner.dep_ == "prep" and inner.lower_ == "in":
                        for deeper in inner.children:
                            hit = hit or (
                                anchor_in(state, deeper) if deeper.dep_ == "pobj" else None
                            )
            if (
                hit is not None
                and entry_country(hit.entries)
                and not any(e.kind == "person" or acted_upon(obj, e.kind) for e in hit.entries)
            ):
                return hit  # "fired rockets at Israel": Israel is aimed at, not where
    return None


def region_after(state: DocState, head: Token, phrase_start: int) -> Anchor | None:
    """Where an affiliated group acts: the nearest state named in its sentence
    ('separatists in eastern Ukraine', 'eastern Ukraine, where pro-Moscow separatists')."""
    best: tuple[int, Anchor] | None = None
    for token in state.sentence(head.i):
        anchor = state.anchors.get(token.i)
        if anchor is None or token.i in state.used or phrase_start <= token.i <= head.i:
            continue
        if not any(e.kind in ("state", "region", "demonym", "place") for e in anchor.entries):
            continue
        distance = abs(token.i - head.i)
        if best is None or distance < best[0]:
            best = (distance, anchor)
    return best[1] if best else None


def led_by(state: DocState, hit: Anchor) -> str | None:
    """'the government of President Abdrabbuh Mansour Hadi': a known person after 'of' leads
    the role's institution, so it is their country's."""
    person = anchor_person(state, hit)
    return person_country(state, person) if person else None
