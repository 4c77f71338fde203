"""Rule 1's lookup of the converted dictionaries (``kb.folded``, PETRARCH-2): names matched
case-insensitively where the text capitalises them, too many for a phrase matcher built at
start-up, so looked up from the capitalised words of the text.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Token

from eventwire.actors.kb import Entry, knowledge_base
from eventwire.actors.state import DocState, is_title_word
from eventwire.actors.words import WORDS


@cache
def folded_lengths() -> dict[str, int]:
    """First word of every case-folded name -> the longest such name, in characters: the
    converted dictionaries are too large for a phrase matcher built at start-up (~5 s)."""
    longest: dict[str, int] = {}
    for name in knowledge_base().folded:
        first = name.split(" ", 1)[0]
        longest[first] = max(longest.get(first, 0), len(name))
    return longest


@cache
def folded_prefixes() -> frozenset[str]:
    """Every case-folded name cut after each of its words ("united", "united nations"): a
    match is extended only while it can still become a name."""
    return frozenset(
        " ".join(words[:k])
        for name in knowledge_base().folded
        for words in [name.split(" ")]
        for k in range(1, len(words) + 1)
    )


#: A capitalised word in the text: where a case-folded name may start.
CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w'’.-]*")


def folded_matches(
    tokens: list[Token], text: str, token_at: dict[int, int]
) -> list[tuple[int, int, str]]:
    """(start, end, folded name) for every capitalised word run that is a case-folded name.
    ``token_at``: character offset -> index of the token starting there. The first word is
    looked up on the text (cheap); tokens are read only where a name may start."""
    longest, names, prefixes = folded_lengths(), knowledge_base().folded, folded_prefixes()
    found = []
    for match in CAPITALISED_WORD.finditer(text):
        word = match.group(0).rstrip(".").lower()
        limit = max(longest.get(word, 0), longest.get(re.split(r"['’]", word)[0], 0))
        i = token_at.get(match.start())
        if not limit or i is None:
            continue
        start_char = match.start()
        for j in range(i, len(tokens)):
            end_char = tokens[j].idx + len(tokens[j])
            if end_char - start_char > limit or "\n" in tokens[j].text:
                break
            key = " ".join(text[start_char:end_char].lower().split())
            if key in names and not tokens[j].is_space:  # not 'Times\xa0': ends on the name
                found.append((i, j + 1, key))
            if tokens[j].whitespace_ and key not in prefixes:
                break
    return found


def after_title_words(state: DocState, start: int, end: int, entries: list[Entry]) -> int:
    """'Senator John McCain', a converted person's alias: the name starts after the title
    words, which are left for the title reader (the office the text states, not the alias's)."""
    if not all(e.kind == "person" for e in entries):
        return start
    while end - start > 1 and (
        state.tokens[start].lower_ in WORDS.honorifics
        or state.tokens[start].lower_ in WORDS.former_words
        or is_title_word(state, state.tokens[start])
    ):
        start += 1
    return start


def folded_name_written(state: DocState, start: int, end: int) -> bool:
    """A converted name counts where the text writes it as a name; one word alone ("State",
    "Union") only where spaCy also sees a proper name there."""
    tokens = state.tokens[start:end]
    if not capitalised(tokens):
        return False
    if end - start > 1:
        return True
    if tokens[0].pos_ == "PROPN" and tokens[0].ent_type_ in ("GPE", "LOC", "ORG", "NORP"):
        return True
    return armed_modifier(state, start)


def armed_modifier(state: DocState, start: int) -> bool:
    """'Peshmerga fighters', 'Basij militiamen': a converted armed or security force's one-word
    name before a lower-case noun, inside a sentence, names that force."""
    token = state.tokens[start]
    following = state.tokens[start + 1] if start + 1 < len(state.tokens) else None
    if following is None or not following.is_lower or following.pos_ != "NOUN":
        return False
    if token.is_sent_start or token.pos_ != "PROPN":
        return False
    entries = state.kb.folded.get(token.lower_, [])
    return any(e.kind == "group" and e.sector in ("MIL", "REB", "COP", "SPY") for e in entries)


def capitalised(tokens: list[Token]) -> bool:
    """A case-folded dictionary name is taken only where the text writes it as a name: every
    word capitalised but short function words ("Bank of Japan", "al-Qaeda")."""
    return tokens[0].text[:1].isupper() and all(
        t.text[:1].isupper() or not t.is_alpha or t.lower_ in WORDS.name_function_words
        for t in tokens
    )
