"""Words that name a thing or head a line rather than tell an act: a capitalised word inside
the name of an organisation, a law, a work or a show ("the Committee to Protect Journalists",
"on “Meet the Press”"), and a headline, a heading or a list item, whose nouns and verbs name a
topic. Pure functions of the parse.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp import sentence_of

NAME_KINDS = ("ORG", "LAW", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC")  # names of things
HEADER_WORDS = 3  # fewer capitals may be a name or an acronym ("ISIS", "US ARMY")
# Small words a title leaves in lower case ("Meet the Press", "Face the Nation").
TITLE_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by"}
TITLE_WORDS = 6  # a quoted title is short; a quotation of speech runs on


def name_part(noun: Token) -> bool:
    """ "the Boycott, Divestment and Sanctions movement", "the Russia Sanctions Act", "the Tet
    Offensive": a capitalised word inside a longer name of an organisation, a law, a work or a
    past event names that thing; no one does it now."""
    doc = noun.doc
    return (
        noun.pos_ == "PROPN"
        and noun.ent_type_ in NAME_KINDS
        and (noun.ent_iob_ == "I" or noun.i + 1 < len(doc) and doc[noun.i + 1].ent_iob_ == "I")
        and not _title_case(noun)
    )


def name_verb(verb: Token) -> bool:
    """ "the Committee to Protect Journalists", "the Convention Relating to the Status of
    Refugees": a capitalised verb inside the name of an organisation or a law, outside a
    headline, names that thing; no one does it."""
    if not verb.is_title or verb.i == sentence_of(verb).start or _title_case(verb):
        return False
    if verb.doc[verb.i - 1].is_quote or verb.doc[verb.i - 1].is_left_punct:
        return quoted_title(verb)  # "on “Meet the Press”", not "“Look at my African-American”"
    if verb.ent_type_ in NAME_KINDS and verb.ent_iob_ == "I":
        return True
    return verb.dep_ == "acl" and verb.head.i == verb.i - 1 and verb.head.is_title


def quoted_title(verb: Token) -> bool:
    """ "said on NBC's “Meet the Press”": a short quotation whose every word but the small ones
    starts with a capital is the title of a show, a book or a film; a quotation of speech ("“Look
    at my African-American”") has lower-case words or runs on."""
    doc = verb.doc
    end = next(
        (t.i for t in doc[verb.i + 1 : verb.i + TITLE_WORDS + 1] if t.is_quote or t.is_right_punct),
        None,
    )
    if end is None:
        return False
    words = [t for t in doc[verb.i : end] if t.is_alpha]
    return len(words) > 1 and all(
        t.text[0].isupper() or t.lower_ in TITLE_SMALL_WORDS for t in words
    )


def _title_case(token: Token) -> bool:
    """ "Trump Addresses Munich Attack": a line whose words all start with a capital (a
    headline), where a capital marks no name."""
    words = [t for t in sentence_of(token) if t.is_alpha and len(t) > 3 and not _after_hyphen(t)]
    return bool(words) and all(t.text[0].isupper() for t in words)


def _after_hyphen(token: Token) -> bool:
    """'like' in "Reagan-like": the second part of a hyphenated word, lower case in headlines."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and before.text == "-" and not before.whitespace_


def header(trigger: Token) -> bool:
    """ "HOW POLICE SHOOTINGS ARE CHANGING THE DEBATE.": a noun of force in a line all in
    capitals names the topic of the section it heads; the news is told below it."""
    if trigger.pos_ != "NOUN":  # "ELEVEN POLICE KILLED, DOZENS WOUNDED": a headline of news
        return False
    words = [t for t in sentence_of(trigger) if t.is_alpha]
    return len(words) >= HEADER_WORDS and all(t.is_upper for t in words)


#: Entity types of a modifier that names a noun of force's doer ("Israeli airstrikes", "ISIS
#: attack"): a heading that names one tells news, not a topic.
DOER_ENTITY_TYPES = ("NORP", "GPE", "ORG", "PERSON")


def topic_heading(trigger: Token) -> bool:
    """'The Massacre of Two Families', 'Blockade and Little Aid': a noun of force heading a
    line with no verb and no stop, and no doer named before it, names the topic of the section
    below it; the news, if any, is told there with its actors."""
    if trigger.pos_ not in ("NOUN", "PROPN") or trigger.dep_ != "ROOT" or not headline(trigger):
        return False
    if any(t.pos_ in ("VERB", "AUX") for t in sentence_of(trigger)):
        return False
    return not any(c.i < trigger.i and c.ent_type_ in DOER_ENTITY_TYPES for c in trigger.subtree)


def headline(trigger: Token) -> bool:
    """A line that ends with no stop, question or exclamation mark (nor a closing quote): a
    headline ("Army kills civilians in raid")."""
    words = [t for t in sentence_of(trigger) if not t.is_space]
    return not words or not (words[-1].is_punct and words[-1].text not in (",", ":", ";", "-"))


def list_item(trigger: Token) -> bool:
    """ "Imposing tough sanctions on Iran.", "Rebuilding communities devastated by the 9/11
    attacks.": a sentence that is a gerund with no subject is an item of a list (a record, a
    plan), not news of an act."""
    root = sentence_of(trigger).root
    return root.tag_ == "VBG" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in root.children
    )
