"""Rule: people who work or speak for an organisation take its sector, not the government's.

``possessive_employers``: "Apple's Tim Cook", "Goldman Sachs' David Solomon": a person we do
not know, owned by an organisation, works for it.

``reported_employers``: "Facebook created the tool ..., a spokeswoman, Anna Richardson White,
said": a staff word with no principal of its own, reporting what an organisation, the police,
an army or rebels did, speaks for them. It runs after ``campaign.campaign_staff``, on the
staff still read as government, and reads their description as that rule does.

Whom a person works for, named beside the name ("Alex Horton of the Washington Post"), is read
by ``employers``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.campaign import description, staff_word
from eventwire.actors.clause_country import clause_subject, mention_of_token, phrase_root
from eventwire.actors.mention import Mention, extras, make_actor
from eventwire.actors.state import DocState
from eventwire.actors.words import WORDS
from eventwire.nlp import SUBJECT_DEPS

#: Mention kinds that employ the people they own ("Apple's Tim Cook"); a state's ("Russia's
#: Lavrov") gives a country, not an employer.
EMPLOYING_KINDS = ("organisation", "group", "unknown", "seat", "igo")


def possessive_employers(state: DocState) -> None:
    """'Apple's Tim Cook', 'Goldman Sachs' David Solomon': a person the knowledge base does not
    know and no title describes, owned by an organisation of an employer sector (words.yaml
    ``employer_sectors``, ``state_institution_sectors``), takes its sector and, with none of
    its own, its country."""
    owners = mention_of_token(state)
    sectors = WORDS.employer_sectors | WORDS.state_institution_sectors
    for mention in state.mentions:
        actor = mention.actor
        if mention.kind != "person" or actor.sector is not None or mention.head < 0:
            continue
        head = phrase_root(state, mention)
        owner = next((owners.get(c.i) for c in head.children if c.dep_ == "poss"), None)
        sector = owner.actor.sector if owner is not None else None
        if owner is None or owner.kind not in EMPLOYING_KINDS or sector is None:
            continue
        if sector.lower() not in sectors:
            continue
        country = actor.country or owner.actor.country
        mention.actor = make_actor(actor.text, country, sector, name=actor.name, **extras(actor))
        mention.reason += f"; owned by {owner.text!r}: works for it -> {sector}"


def reported_employers(state: DocState) -> None:
    """'Facebook created the tool ..., a spokeswoman, Anna Richardson White, said': a staff
    word with no principal in its phrase, reporting what an organisation, the police, an army
    or rebels did, speaks for them (their sector, words.yaml ``employer_sectors``), not for a
    government."""
    owners: dict[int, Mention] | None = None  # built for the first candidate only
    for mention in state.mentions:
        if mention.kind not in ("person", "role") or mention.actor.sector != "GOV":
            continue
        words = description(state, mention)
        if not any(staff_word(t) for t in words) or names_principal(state, mention, words):
            continue
        owners = mention_of_token(state) if owners is None else owners
        doer = reported_doer(state, phrase_root(state, mention), owners)
        sector = doer.actor.sector if doer is not None else None
        if doer is None or sector is None or sector.lower() not in WORDS.employer_sectors:
            continue
        actor = mention.actor
        mention.actor = make_actor(
            actor.text, actor.country or doer.actor.country, sector, name=actor.name,
            **extras(actor),
        )  # fmt: skip
        mention.reason += f"; reports what {doer.text!r} did: speaks for it -> {sector}"


def names_principal(state: DocState, mention: Mention, words: list[Token]) -> bool:
    """A name, a state or a possessive among the words that say who the staff are ("Clinton
    spokeswoman", "Belgian officials", "his aide"), the person's own name aside."""
    span = range(mention.token_start, mention.token_end)
    return any(
        ((t.pos_ == "PROPN" or t.i in state.anchors) and not own_name(t, span))
        or t.ent_type_ in ("NORP", "GPE")
        or t.tag_ == "PRP$"
        for t in words
    )


def own_name(token: Token, span: range) -> bool:
    """A word of the staff member's own name: inside the mention, or in apposition to it
    ("a spokeswoman, Anna Richardson White,")."""
    if token.ent_type_ != "PERSON":
        return False
    while token.i not in span and token.dep_ in ("compound", "flat") and token.head.i != token.i:
        token = token.head
    return token.i in span or (token.dep_ == "appos" and token.head.i in span)


def reported_doer(state: DocState, root: Token, owners: dict[int, Mention]) -> Mention | None:
    """The subject of the clause a speaker reports: the speaker (or the title its name is in
    apposition to) is the subject of a reporting verb, whose reported clause is its ccomp or
    parataxis, or the clause it is itself attached to ("X did Y, a spokesman said"); or, when
    spaCy reads the speaker as that clause's object, the clause its verb of saying is joined to
    (``clause_before_reporting``)."""
    if root.dep_ == "appos":
        root = root.head
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_.lower() not in WORDS.reporting_verbs:
        misread = clause_before_reporting(state, root)
        return clause_subject(misread, owners, ("nsubj",)) if misread is not None else None
    reported = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), None)
    if reported is None and verb.dep_ in ("ccomp", "parataxis") and verb.head.i != verb.i:
        reported = verb.head
    return clause_subject(reported, owners, ("nsubj",)) if reported is not None else None


def clause_before_reporting(state: DocState, root: Token) -> Token | None:
    """'Facebook created the tool, a spokeswoman, Anna White, said': spaCy may read the speaker
    as the clause's object and 'said' as its conjunct; the verb of saying right after the
    speaker's phrase, with no subject of its own, reports the clause it is joined to."""
    after = root.right_edge.i + 1
    while after < len(state.tokens) and state.tokens[after].is_punct:
        after += 1
    if after >= len(state.tokens):
        return None
    verb = state.tokens[after]
    if verb.lemma_.lower() not in WORDS.reporting_verbs or verb.dep_ != "conj":
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children) or verb.head.i > root.i:
        return None
    return verb.head
