"""Words of acts with a second sense that is no act: a threat that is a danger ("the threat of
terrorism", "liberals pose a threat"), not a threat made; a release of a document ("emails
released by the State Department"), not a yielding; an act after a kind's "of" ("a mode of
attack"), a kind named; a meeting of one body ("the AIPAC meeting"), not a consultation. Word
lists: ``dangers``, ``releases``, ``kind_nouns`` and ``assemblies`` in ``patterns.yaml``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors import Mention
from eventwire.events import clause_shape
from eventwire.events.patterns import Assemblies, Dangers, Releases


def danger(noun: Token, lemma: str, dangers: Dangers) -> bool:
    """A noun of threat no verb makes and that names no act threatened: a danger."""
    if lemma not in dangers.nouns:
        return False
    return not (_made(noun, dangers) or _names_act(noun, dangers))


def _made(noun: Token, dangers: Dangers) -> bool:
    """ "issued a threat", "carried out the threats", "backed off his threat"."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":  # "backed off his threat"
        verb = verb.head
    return noun.dep_ in ("dobj", "nsubjpass", "pobj") and verb.lemma_.lower() in dangers.made_by


def _names_act(noun: Token, dangers: Dangers) -> bool:
    """ "veto threats", "the threat to veto the bill", "the threat of sanctions"."""
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "nmod") and child.lemma_.lower() in dangers.acts:
            return True
        if child.dep_ == "acl" and clause_shape.infinitive(child):
            return True  # "the threat to veto the bill"
    return any(g.lemma_.lower() in dangers.acts for g in clause_shape.prep_objects(noun, ("of",)))


def assembly(
    noun: Token, lemma: str, assemblies: Assemblies, mention_at: dict[int, Mention]
) -> bool:
    """ "the AIPAC meeting", "the spring meeting", "the summit of the Republican Jewish
    Coalition": one body meeting, named by a modifier, with no other side ("with", "between")."""
    if lemma not in assemblies.nouns or clause_shape.prep_objects(noun, ("with", "between")):
        return False
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "poss", "nmod")]
    modifiers += clause_shape.prep_objects(noun, ("of",))
    return any(_names_body(m, assemblies, mention_at) for m in modifiers)


def _names_body(word: Token, assemblies: Assemblies, mention_at: dict[int, Mention]) -> bool:
    """A word that makes a meeting an assembly ("annual", "caucus"), or the name of a body."""
    if word.lemma_.lower() in assemblies.modifiers:
        return True
    mention = mention_at.get(word.i)
    if mention is not None:
        return mention.kind in assemblies.body_kinds
    return word.ent_type_ == "ORG"


def kind_named(noun: Token, kinds: frozenset[str]) -> bool:
    """ "a mode of attack", "this type of protest": the act names a kind, none is done ("came
    in the form of a protest" tells the act that came)."""
    preposition = noun.head
    kind = preposition.head
    return (
        noun.dep_ == "pobj"
        and preposition.lower_ == "of"
        and kind.lemma_.lower() in kinds
        and not (kind.dep_ == "pobj" and kind.head.lower_ == "in")
    )


def document_released(trigger: Token, lemma: str, releases: Releases) -> bool:
    """ "emails released by the State Department", "WikiLeaks released the DNC emails", "the
    release of DCCC spreadsheets": the thing released is a document; a noun "release" that
    names nothing released and no place left ("stated in a release Tuesday") is a press
    release."""
    if lemma not in releases.words:
        return False
    released = [c for c in trigger.children if c.dep_ in ("dobj", "nsubjpass")]
    documents = releases.documents
    verb = clause_shape.climb(trigger, ("conj",))  # "the interview taped and released"
    if trigger.pos_ == "VERB" and (
        verb.dep_ == "acl" or (verb.dep_ == "relcl" and not released)
    ):  # "emails released by", "figures her campaign released Friday", "in a statement
        released.append(verb.head)  # released Thursday"
        documents = documents | releases.statements
    if trigger.pos_ == "NOUN":
        released += clause_shape.prep_objects(trigger, ("of",))
        if not released:  # "his release from prison"
            return not any(c.dep_ == "prep" and c.lower_ == "from" for c in trigger.children)
    return any(
        {_what(r).lemma_.lower(), _what(r).lower_} & documents for r in released
    )  # "data" as written: its lemma is "datum"


def _what(thing: Token) -> Token:
    """ "a number of prisoners", "a batch of emails": what an amount is of."""
    of = clause_shape.prep_objects(thing, ("of",))
    return of[0] if of else thing
