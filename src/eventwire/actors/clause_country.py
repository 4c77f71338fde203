"""Country from the clause: who acts on whom, who reports whose deed.

Readings of a sentence's grammar give a country to a role or titled person that has none of
its own:

- ``state_possessions`` (before ``give_context_country``, over a sentence's place):
  "Pakistan ... has urged its citizens": a role owned by "its" (``state_possessives``) is of
  its clause's subject.
- ``reported_speakers`` (after ``give_context_country``, for those still with no country):
  the speaker of a reporting verb (words.yaml ``reporting_verbs``) is of the actor whose
  deed it reports ("Egyptian police opened fire ..., security sources said"), unless the
  article's dateline names another state. Not over a sentence's place: "Israel bombed a camp
  in Gaza, officials said" may well be Gaza's officials.
- ``sent_by_state`` (before ``give_context_country``): "Kenya deployed troops to Haiti": the
  people a state or its institution sends, stations or pulls back (words.yaml
  ``sending_verbs``) are its own, not those of the place they go to.
- ``fleeing_refugees``: "refugees fleeing the civil war in Liberia" are Liberia's.
- ``ethnic_residents``: "ethnic Albanians demonstrated in Kosovo" are Kosovo's people of
  Albanian descent, as CAMEO codes residents by their state ("Bosnian Serbs").
- ``domestic_reach`` (after ``give_context_country``, for those still with no country): an
  actor acting at home (``domestic_sectors``: police, courts, rebels, opposition, legislature;
  a local government, ``local_government_words``), or any state's actor doing an act of police
  or courts (``domestic_acts``: "Tunisian authorities arrested ..."), acts on people of its own
  country ("An Argentine judge has ordered former president Carlos Menem to appear").
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from eventwire.actors.dateline import dateline_country
from eventwire.actors.mention import Mention, make_actor, recode
from eventwire.actors.state import DocState, entry_country
from eventwire.actors.words import WORDS
from eventwire.nlp import SUBJECT_DEPS

#: Mentions that may take a country from their clause: they have a sector of their own.
TAKING_KINDS = ("role", "person", "unknown")
#: Dependencies through which a clause with no subject of its own shares its governor's.
SHARED_SUBJECT_DEPS = ("conj", "xcomp", "advcl")
#: Sectors that are no one's home country (organisations, people away from home).
NO_HOME_SECTORS = ("IGO", "NGO", "REF")


def reported_speakers(state: DocState) -> None:
    """A speaker with no country from its phrase or context is of the active subject of the clause it reports (one acted upon did no deed to report)."""
    home, _ = dateline_country(state)
    owners = mention_of_token(state)
    for mention, head in country_takers(state):
        verb = head.head
        if head.dep_ not in SUBJECT_DEPS or verb.lemma_.lower() not in WORDS.reporting_verbs:
            continue
        reported = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), None)
        doer = clause_subject(reported, owners, ("nsubj",)) if reported is not None else None
        if doer is None or (home and home != doer.actor.country) or not acts_for_state(doer):
            continue
        give(mention, doer.actor.country, f"speaker of {doer.text!r}'s deed")


def state_possessions(state: DocState) -> None:
    """'Pakistan ... has urged its citizens': the clause's subject owns them; 'Taiwan's
    minister ..., becoming the island's most senior official': 'the island', 'the country'
    (words.yaml ``state_nouns``) is the state of the clause's subject when that is one of its
    institutions ("a man from China ... the island's universities": not China's); 'its' of
    a named group is the group's ("Hezbollah said its fighters", also as the subject of what
    the group says)."""
    owners = mention_of_token(state)
    for mention, head in country_takers(state):
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None:
            continue
        state_noun = owner.lower_ in WORDS.state_nouns and any(
            d.lower_ == "the" for d in owner.children
        )
        if owner.lower_ not in WORDS.state_possessives and not state_noun:
            continue
        verb = governing_verb(head)
        doer = clause_subject(verb, owners)
        if (doer is None or doer is mention) and verb is not None and verb.dep_ == "ccomp":
            doer = clause_subject(verb.head, owners)  # "the UN said its envoy would travel"
        if doer is None or doer is mention or not doer.actor.country:
            continue
        if doer.kind == "group" and not state_noun:  # "Hezbollah said its fighters"
            give(mention, doer.actor.country, f"'its' of {doer.text!r}")
            continue
        if doer.kind == "state" or state_noun and state_institution(doer):  # not "a man from China"
            give(mention, doer.actor.country, f"'{owner.text}' of {doer.text!r}")


def sent_by_state(state: DocState) -> None:
    """'Kenya deployed troops to Haiti', 'the Pentagon sent soldiers to Poland': the direct
    object of a sending verb, with no country of its own, is of the state (or state
    institution) whose active clause sends it."""
    owners = mention_of_token(state)
    for mention, head in country_takers(state):
        verb = head.head
        if head.dep_ != "dobj" or verb.lemma_.lower() not in WORDS.sending_verbs:
            continue
        doer = clause_subject(verb, owners, ("nsubj",))
        if doer is None or doer is mention:
            continue
        if doer.kind == "state" or state_institution(doer):
            give(mention, doer.actor.country, f"sent by {doer.text!r}")


def fleeing_refugees(state: DocState) -> None:
    """'refugees fleeing the civil war in Liberia': refugees with no country take the one
    state named in their clause of flight (words.yaml ``flight_verbs``)."""
    for mention in state.mentions:
        actor = mention.actor
        if mention.kind != "role" or actor.country or actor.sector != "REF" or mention.head < 0:
            continue
        root = phrase_root(state, mention)
        holders = [root]
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            holders.append(root.head.head)  # "thousands of refugees fleeing ..."
        flights = [
            c
            for holder in holders
            for c in holder.children
            if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in WORDS.flight_verbs
        ]
        named = {
            country
            for verb in flights
            for token in verb.subtree
            if (anchor := state.anchors.get(token.i)) is not None
            and (country := entry_country(anchor.entries))
            and country not in state.kb.igo_codes
        }
        if len(named) == 1:
            give(mention, named.pop(), "the one state its clause of flight names")


def ethnic_residents(state: DocState) -> None:
    """'ethnic Albanians' (a people named as an ethnicity, not as citizens) live in the one
    state their clause places them in ("... demonstrated in Kosovo", "sent back to
    Bulgaria"): its country, their demonym's as ethnicity; counted, they are civilians. With
    no such place, or several, the demonym's country stays."""
    for mention in state.mentions:
        start = mention.token_start
        if mention.kind != "demonym" or start < 1 or state.tokens[start - 1].lower_ != "ethnic":
            continue
        verb = governing_verb(phrase_root(state, mention))
        if verb is None:
            continue
        clause = {t.i for t in verb.subtree}
        places = {
            m.actor.country
            for m in state.mentions
            if m.locative
            and m.head in clause
            and m.actor.country not in (None, mention.actor.country)
            and m.actor.country not in state.kb.igo_codes
        }
        if len(places) == 1:
            home, ethnic = places.pop(), mention.actor.country
            sector = "CVL" if counted(state.tokens[mention.head]) else None
            mention.actor = make_actor(mention.actor.text, home, sector, ethnicity=ethnic)
            mention.reason += f"; ethnic {ethnic}, living where its clause puts it -> {home}"
            if sector:
                mention.reason += "; counted: a group of civilians -> CVL"


def counted(head: Token) -> bool:
    """'Up to 100 ethnic Albanians', 'thousands of ethnic Turks': people counted are a group of
    civilians, not a people as a whole."""
    if any(c.dep_ == "nummod" for c in head.children):
        return True
    holder = head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    return holder is not None and (
        holder.head.pos_ == "NUM" or holder.head.lemma_.lower() in WORDS.count_nouns
    )


def domestic_reach(state: DocState) -> None:
    """An actor acting at home acts on its own country's people: what its clause governs,
    with a sector and still no country, takes its country."""
    owners = mention_of_token(state)
    for mention, head in country_takers(state):
        verb = governing_verb(head)
        doer = clause_subject(verb, owners)
        if doer is None or doer is mention:
            continue
        if acts_at_home(state, doer) or domestic_act(verb):
            give(mention, doer.actor.country, f"acted on by {doer.text!r}, at home")


def domestic_act(verb: Token | None) -> bool:
    """An act of police or courts (words.yaml ``domestic_acts``: arrest, jail, sentence), which
    a state's actor of any sector does at home."""
    return verb is not None and verb.lemma_.lower() in WORDS.domestic_acts


def acts_at_home(state: DocState, mention: Mention) -> bool:
    """Police, courts, rebels, opposition, legislature (words.yaml ``domestic_sectors``), or a
    local government ("The government of Sindh province", ``local_government_words``)."""
    sector = mention.actor.sector
    if sector is None:
        return False
    if sector.lower() in WORDS.domestic_sectors:
        return True
    words = phrase_root(state, mention).subtree  # "The government of Balochistan province"
    return sector == "GOV" and any(t.lower_ in WORDS.local_government_words for t in words)


def acts_for_state(mention: Mention) -> bool:
    """A state, or an actor with a sector: not a private person ("American Kevin King was
    kidnapped ..., an insurgent source said" is no American's report)."""
    return mention.kind == "state" or mention.actor.sector is not None


def country_takers(state: DocState) -> Iterator[tuple[Mention, Token]]:
    """Each mention that may still take a country from its clause (``takes_country``, read as
    the walk reaches it), with the root of its phrase."""
    for mention in state.mentions:
        if takes_country(mention):
            yield mention, phrase_root(state, mention)


def state_institution(mention: Mention) -> bool:
    """An actor of a state's own institutions (words.yaml ``state_institution_sectors``)."""
    return (mention.actor.sector or "").lower() in WORDS.state_institution_sectors


def takes_country(mention: Mention) -> bool:
    """A role or titled person with a sector of its own and no country yet."""
    actor = mention.actor
    return (
        mention.kind in TAKING_KINDS
        and mention.head >= 0
        and actor.country is None
        and actor.sector is not None
        and actor.sector not in NO_HOME_SECTORS
    )


def phrase_root(state: DocState, mention: Mention) -> Token:
    """The token of the mention's phrase that the rest of the sentence governs ("sources" of
    "court sources", whose role word is "court")."""
    span = range(mention.token_start, mention.token_end)
    head = state.tokens[mention.head]
    while (head.head.i in span or head.dep_ == "compound") and head.head.i != head.i:
        head = head.head  # "court" of "court sources" is a compound of the noun said to speak
    return head


def governing_verb(token: Token) -> Token | None:
    """The verb whose clause holds ``token`` (its first verb ancestor)."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor
    return None


def clause_subject(
    verb: Token | None, owners: dict[int, Mention], deps: tuple[str, ...] = SUBJECT_DEPS
) -> Mention | None:
    """The actor (with a state's country) that is the subject (of a dependency in ``deps``)
    of ``verb``'s clause, or of the clause it is joined to when it has none of its own ("has
    refused ... and has urged")."""
    while verb is not None:
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None and subject.dep_ not in deps:
            return None  # "Kevin Rowe was freed, an insurgent source said": no deed of his
        if subject is not None:
            doer = owners.get(subject.i)
            country = doer.actor.country if doer else None
            return doer if country and len(country) == 3 else None
        if verb.dep_ not in SHARED_SUBJECT_DEPS or verb.head.i == verb.i:
            return None
        verb = governing_verb(verb)
    return None


def mention_of_token(state: DocState) -> dict[int, Mention]:
    """Token index -> the mention whose head (or phrase root) it is."""
    owners = {m.head: m for m in state.mentions if m.head >= 0}
    for mention in state.mentions:
        if mention.head >= 0:
            owners.setdefault(phrase_root(state, mention).i, mention)
    return owners


def give(mention: Mention, country: str | None, why: str) -> None:
    """Give ``mention`` ``country``, saying why."""
    recode(mention, country, mention.actor.sector, f"country from its clause: {why} -> {country}")
