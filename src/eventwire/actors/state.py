"""The per-document state the resolution rules read and extend, and helpers over it.

One ``DocState`` per article: the parse, the dictionary names and role words found in it
(``anchors``, ``roles``: the records of ``found_spans``), the tokens already part of a
mention (``used``) and the mentions so far. Rules (see ``resolve.RULES``) run in order over
it; each adds mentions or refines them.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span, Token

from eventwire.actors.found_spans import Anchor, RoleSpan
from eventwire.actors.kb import Entry, KnowledgeBase, knowledge_base
from eventwire.actors.mention import Mention, article_date
from eventwire.actors.words import WORDS
from eventwire.models import Actor
from eventwire.nlp import doc_text, sentence_starts

#: The possessive endings spaCy splits off a name ("Clinton's", "Clinton’s").
POSSESSIVE_ENDINGS = ("'s", "’s")


class DocState:
    """Everything resolution knows about one article while its rules run."""

    def __init__(self, doc: Doc, published: str | None, dateline: str | None = None):
        self.doc = doc
        self.dateline = dateline
        self.kb: KnowledgeBase = knowledge_base()
        self.day: date = article_date(published)
        self.undated = not published  # ``day`` is then today, not the day the text speaks from
        self.anchors: dict[int, Anchor] = {}
        self.roles: dict[int, RoleSpan] = {}
        self.used: set[int] = set()
        self.mentions: list[Mention] = []
        self.group_spans: list[tuple[int, int, str]] = []  # "both leaders", for coreference
        self.countries_named: set[str] | None = None
        self.states_by_sentence: dict[int, set[str]] | None = None  # for context country
        self.places_in_article: set[str] | None = None  # states named as places
        self.towns: list[tuple[int, str]] | None = None  # (head, country) of towns named as places
        self.article_country: tuple[str | None, str] | None = None  # for context names
        self.unknown_surnames: set[str] = set()  # of people named so far we do not know
        self.surnames_seen = 0  # mentions already read into unknown_surnames
        self.people_mentioned: list[Mention] | None = None  # antecedents for he/she
        self.narrative_index: list[int] | None = None  # sentences not inside a quotation, so far
        self.pronoun_people: dict[int, Mention] = {}  # id of a he/she mention -> its named person
        self.cues_found: dict[str, bool] = {}  # cue word (names, roles) -> in the text
        self.person_words: set[str] | None = None  # one-word PERSON entities (plausible_names.py)
        #: person -> (country, sector) a title in this article stated ("Sen. Marco Rubio")
        self.stated_offices: dict[str, tuple[str | None, str]] = {}
        starts = sentence_starts(doc)  # the sentence of every token
        bounds = list(zip(starts, starts[1:] + [len(doc)]))
        self.sents = [doc[a:b] for a, b in bounds]
        self.token_sent = [0] * len(doc)
        for i, (a, b) in enumerate(bounds):
            self.token_sent[a:b] = [i] * (b - a)
        self.article_text = doc_text(doc)
        self.tokens = list(doc)  # spaCy builds a new Token on every access: build them once
        self.ents = list(doc.ents)
        self.ent_at = {i: ent for ent in self.ents for i in range(ent.start, ent.end)}

    def sentence(self, token_index: int) -> Span:
        return self.sents[self.token_sent[token_index]]

    def emit(
        self,
        start: int,
        end: int,
        actor: Actor,
        reason: str,
        kind: str,
        *,
        head: int | None = None,
        person_id: str | None = None,
        members: list[Actor] | None = None,
        char_span: tuple[int, int] | None = None,
    ) -> Mention:
        """Add a mention over tokens ``[start, end)`` (trimmed of punctuation) and mark them used."""
        doc = self.doc
        while start < end - 1 and (
            doc[start].is_space
            or doc[start].is_punct
            and doc[start].text != "'"
            or doc[start].lower_ in POSSESSIVE_ENDINGS
        ):
            start += 1
        while end - 1 > start and (doc[end - 1].is_space or doc[end - 1].text in (",", ":", ";")):
            end -= 1
        if char_span:
            char_start, char_end = char_span
        else:
            char_start, char_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        text = self.article_text[char_start:char_end]
        actor.text = text
        head = head if head is not None else end - 1
        mention = Mention(
            start=char_start,
            end=char_end,
            text=text,
            actor=actor,
            reason=reason,
            sentence_index=self.token_sent[head],
            token_start=start,
            token_end=end,
            kind=kind,
            members=members or [],
            person_id=person_id,
            locative=False,
            head=head,
        )
        self.mentions.append(mention)
        self.used.update(range(start, end))
        return mention


def outer_entity(state: DocState, start: int, end: int) -> Span | None:
    """The entity that holds tokens ``[start, end)`` and more (only the one at ``start`` can)."""
    ent = state.ent_at.get(start)
    return ent if ent is not None and end <= ent.end and ent.end - ent.start > end - start else None


def is_title_word(state: DocState, token: Token) -> bool:
    return token.lower_ in person_title_words()


def foreign_name_word(state: DocState, token: Token) -> bool:
    """A capitalised name word no dictionary knows and no title: part of another name."""
    return (
        token.is_title
        and token.pos_ == "PROPN"
        and token.text not in state.kb.names
        and token.text not in state.kb.org_words  # "Bloomberg News"
        and token.lower_ not in WORDS.honorifics
    )


def named_countries(state: DocState) -> set[str]:
    if state.countries_named is None:
        state.countries_named = {
            c for a in state.anchors.values() if (c := entry_country(a.entries))
        }
    return state.countries_named


def said_of_role(state: DocState, mention: Mention, words: frozenset[str]) -> bool:
    """A role phrase whose head one of ``words`` modifies, outside the role word itself:
    "local officials" (``local_words``), "foreign tourists" (``foreign_words``; not "the
    foreign minister", "a foreign affairs reporter")."""
    return mention.kind == "role" and any(
        t.lower_ in words and t.head.i == mention.head and t.i not in state.roles
        for t in state.tokens[mention.token_start : mention.head]
    )


def of_the_state_noun(state: DocState, mention: Mention) -> bool:
    """'the territory's government', 'the country's police' (words.yaml ``state_nouns``): the
    story's own state, even in a sentence naming another ("... against the territory's
    government and Beijing")."""
    if mention.kind != "role" or mention.head < 0:
        return False
    owner = next((c for c in state.tokens[mention.head].children if c.dep_ == "poss"), None)
    return (
        owner is not None
        and owner.lower_ in WORDS.state_nouns
        and any(d.lower_ == "the" for d in owner.children)
    )


def entry_country(entries: list[Entry]) -> str | None:
    for entry in entries:
        if (
            entry.kind in ("state", "region", "demonym", "capital", "seat", "place", "igo", "group")
            and entry.country
        ):
            return entry.country
    return None


def split_lines(span: Span, tokens: list[Token]) -> list[Span]:
    """spaCy joins names across blank lines ('Macron\\n\\nVladimir Putin'); split them.
    ``tokens``: the document's tokens, built once."""
    parts, start = [], span.start
    for token in tokens[span.start : span.end]:
        if token.is_space or "\n" in token.text:
            if token.i > start:
                parts.append(span.doc[start : token.i])
            start = token.i + 1
    if start < span.end:
        parts.append(span.doc[start : span.end])
    return parts


@cache
def person_title_words() -> frozenset[str]:
    """Every word of the role phrases that name a person's title ("foreign", "minister")."""
    return frozenset(
        word
        for phrase, role in knowledge_base().roles.items()
        if role.names_person
        for word in phrase.split()
    )


def prefix_word(doc: Doc, start: int) -> str | None:
    """'pro' or 'anti' glued to a name by a hyphen ('pro-Moscow', 'anti-Syria')."""
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("pro", "anti"):
        return doc[start - 2].lower_
    if start >= 1 and doc[start - 1].lower_ in ("pro-", "anti-"):
        return doc[start - 1].lower_[:-1]
    return None


def prefix_start(doc: Doc, start: int) -> int:
    return start - 2 if doc[start - 1].text == "-" else start - 1


def named_for_friendship(state: DocState, end: int) -> bool:
    """'the Turkish Friendship Hospital' in Gaza, 'the China-Pakistan Friendship Centre': a
    state named before a friendship word (words.yaml ``friendship_words``) gave the place its
    name or its funds; it is not the organisation's country."""
    tokens = state.tokens
    while end < len(tokens) and (tokens[end].text == "-" or tokens[end].ent_type_ == "GPE"):
        end += 1  # "China-Pakistan Friendship"
    return end < len(tokens) and tokens[end].lower_ in WORDS.friendship_words


def cue_in_text(state: DocState, cue: str) -> bool:
    """Does the cue occur in the article as a whole word? Searched once per document, and
    only if its letters occur at all (most cues do not): a regex over the whole text per
    cue and per mention was actors' largest cost."""
    found = state.cues_found.get(cue)
    if found is None:
        text = state.article_text
        found = state.cues_found[cue] = cue in text and whole_word(cue).search(text) is not None
    return found


@cache
def whole_word(phrase: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(phrase)}\b")
