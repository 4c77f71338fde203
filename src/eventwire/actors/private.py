"""Rule: a named person whom nothing in the article gives an office, a title or an
organisation is a private person of their country, ``CVL`` (ICEWS's "Citizen (Country)");
with no country either, nothing is known of them and they stay unresolved.

It runs last, after coreference has gathered each person's mentions ("Jim Bennett", "Mr.
Bennett", "he"): only when none of them has a sector is the person private, and then all of
them are. People the knowledge base knows are never private, nor are sportspeople.
"""

from __future__ import annotations

from collections import defaultdict

from eventwire.actors.appositive import APPOSITIVE_NOTE
from eventwire.actors.mention import Mention, extras, make_actor
from eventwire.actors.person_actors import TITLED_PERSON_NOTE, UNKNOWN_PERSON_NOTE
from eventwire.actors.state import DocState
from eventwire.actors.words import WORDS
from eventwire.nlp import SUBJECT_DEPS

PRIVATE_SECTOR = "CVL"
PRIVATE_NOTE = "no office in the article: a private person"
# a person no dictionary knows, named bare or with a courtesy title ("Ms. Gedrich"), and a
# description read from an appositive, as person_actors.py and appositive.py word their
# reasons
UNKNOWN_PERSON = (UNKNOWN_PERSON_NOTE, TITLED_PERSON_NOTE)
DESCRIBED = APPOSITIVE_NOTE


def private_people(state: DocState) -> None:
    by_person: dict[str, list[Mention]] = defaultdict(list)
    for mention in state.mentions:
        if mention.person_id and mention.kind in ("person", "pronoun"):
            by_person[mention.person_id].append(mention)
    given: set[int] = set()  # a lede's description is one person's
    for person_id, mentions in by_person.items():
        if _is_private(state, person_id, mentions):
            described = _lede_description(state, mentions)
            if described is not None and id(described) in given:
                described = None
            if described is not None:
                given.add(id(described))
            for mention in mentions:
                if described is not None:
                    _describe(mention, described)
                else:
                    _make_private(mention)


#: How many sentences (headline included) make the lede that may describe before it names.
LEDE_SENTENCES = 3


def _lede_description(state: DocState, mentions: list[Mention]) -> Mention | None:
    """ "The head of the Service Employees International Union is worried ... Mary Kay Henry
    said": a lede that describes the one it names only later, in the next sentence, by a head's
    word of a body ("head", "chief", "president" of a known group) as the subject, with no
    name; the person is that head."""
    first = min(mentions, key=lambda m: m.start)
    if first.sentence_index >= LEDE_SENTENCES or state.tokens[first.head].dep_ != "nsubj":
        return None
    head_words = WORDS.generic_heads | WORDS.organisation_officers
    heads = [
        m
        for m in state.mentions
        if m.kind == "role"
        and m.actor.sector
        and m.sentence_index in (first.sentence_index - 1, first.sentence_index)
        and m.start < first.start
        and state.tokens[m.head].dep_ in SUBJECT_DEPS
        and state.tokens[m.head].lower_ in head_words
        and not m.person_id
    ]
    return heads[0] if len(heads) == 1 else None


def _describe(mention: Mention, described: Mention) -> None:
    actor = mention.actor
    mention.actor = make_actor(
        actor.text, actor.country or described.actor.country, described.actor.sector,
        name=actor.name, **extras(actor),
    )  # fmt: skip
    mention.reason += f"; described before it is named: '{described.text}'"


def _is_private(state: DocState, person_id: str, mentions: list[Mention]) -> bool:
    """Named as an unknown person with a country, and no mention of them has a sector but a
    private one ("Zorblax Quintavius, the leader in Republican polls," is described: not
    private; "George Zimmerman, a neighborhood watch volunteer," is private already)."""
    return (
        person_id not in state.kb.people
        and all(m.actor.country is not None for m in mentions)
        and any(m.kind == "person" and m.reason.startswith(UNKNOWN_PERSON) for m in mentions)
        and all(_undescribed_or_private(m) for m in mentions)
        and not any(_named_as_athlete(state, m) for m in mentions)
        and not any(_titled_as_officer(state, m) for m in mentions)
    )


def _titled_as_officer(state: DocState, mention: Mention) -> bool:
    """ "search-and-rescue director Henry Soelistyo": an officer's title whose body no rule
    could read says the person holds an office (of a sector unknown), not that they are private."""
    if mention.kind != "person":
        return False
    title = state.doc[mention.token_start : mention.token_end]
    officer_words = WORDS.officer_titles | WORDS.organisation_officers
    return any(t.lower_ in officer_words for t in title if t.ent_type_ != "PERSON")


def _named_as_athlete(state: DocState, mention: Mention) -> bool:
    """ "quarterback Aaron Rodgers", "India's in-form opener Murali Vijay", "Green Bay coach Mike
    McCarthy": a sportsperson holds no office but is no private citizen either; they keep their
    country and no sector."""
    before = state.doc[max(0, mention.token_start - 2) : mention.token_start]
    words = {t.lower_ for t in before} | {before.text.lower()}
    return mention.kind == "person" and bool(words & WORDS.athlete_words)


def _undescribed_or_private(mention: Mention) -> bool:
    if mention.actor.sector == PRIVATE_SECTOR:
        return True
    return mention.actor.sector is None and DESCRIBED not in mention.reason


def _make_private(mention: Mention) -> None:
    actor = mention.actor
    mention.actor = make_actor(
        actor.text, actor.country, PRIVATE_SECTOR, name=actor.name, **extras(actor)
    )
    mention.reason += f"; {PRIVATE_NOTE} -> {PRIVATE_SECTOR}"
