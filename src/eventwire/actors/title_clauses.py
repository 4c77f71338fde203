"""Rule helper: what a title said around a name, other than in an appositive after it.

"Taiwan's incumbent president, Tsai Ing-wen" (the name set off after its title), "Angela
Corey is the Republican state attorney who charged him" (a title as the complement of 'is'),
"Anita Dunn, who was White House communications director" (a title in a relative clause).
Used by ``people`` for people no dictionary knows, beside ``appositive``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.actors.appositive import Described
from eventwire.actors.employers import employer_at
from eventwire.actors.state import DocState, entry_country
from eventwire.actors.words import WORDS


def named_after_role(state: DocState, name_end: int) -> Described | None:
    """'Taiwan’s incumbent president, Tsai Ing-wen': a name set off after a title that
    names one person takes the title's sector and the country named before it."""
    token = state.tokens[name_end]
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
    if token.dep_ != "appos":
        return None
    role = state.roles.get(token.head.i)
    if role is None or role.end != token.head.i + 1:
        return None
    if not role.names_person and token.head.tag_ not in ("NN", "NNP"):
        return None  # "the Senate President, Bukola Saraki": one person all the same
    country, sector = None, role.sector
    words = state.doc[role.start : role.end].text
    for modifier in token.head.lefts:
        anchor = state.anchors.get(modifier.i)
        if anchor is not None and not any(e.kind == "person" for e in anchor.entries):
            country = entry_country(anchor.entries) or country
            entry = anchor.entries[0]
            if entry.kind in ("group", "igo") and entry.sector and speaks_for(words):
                sector = entry.sector  # "A Twitter spokesman, Christopher Abboud," -> BUS
    if speaks_for(words) and (owner := whose_antecedent(state, token.head)) is not None:
        country, sector = owner[0] or country, owner[1]  # "the National Front, whose leader"
    return Described(
        country, sector, f"named after the title '{words}' -> {country or ''} {sector}"
    )


def whose_antecedent(state: DocState, title: Token) -> tuple[str | None, str] | None:
    """'the conservative National Front, whose leader, Marine Le Pen, topped a poll': a
    generic title owned by 'whose' is of the group the relative clause is about; (country,
    sector) of that group, a known name or a role word."""
    if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in title.children):
        return None
    clause = title
    while clause.dep_ != "relcl" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    for i in range(noun.left_edge.i, noun.i + 1):
        anchor = state.anchors.get(i)
        if anchor is not None and anchor.start <= noun.i < anchor.end:
            entry = anchor.entries[0]
            if entry.kind in ("group", "igo") and entry.sector:
                return entry_country(anchor.entries), entry.sector
    role = state.roles.get(noun.i)
    return (None, role.sector) if role is not None else None


def speaks_for(words: str) -> bool:
    """A generic head or staff word speaks for the group named before it."""
    return words.lower() in WORDS.generic_heads or words.lower() in WORDS.staff_words


def copular_title(state: DocState, name_end: int) -> Described | None:
    """'Angela Corey is the Republican state attorney who charged him': a person we do not
    know, the subject of 'be' with a title that names one person as its complement, takes
    the title's sector (and a country named in it)."""
    token = state.tokens[name_end]
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() != "be" or verb.tag_ not in ("VBZ", "VBP"):
        return None  # "when Ronald Reagan was president": not now
    if any(c.dep_ in ("mark", "aux", "neg") for c in verb.children):
        return None  # "if Donald Trump is president", "should be president", "is not"
    found = complement_title(state, verb)
    if found is None:
        return None
    country, sector, words = found.country, found.sector, found.words
    if found.former:
        return Described(country, "ELI", f"is a '{words}' -> {country or ''} ELI (former)")
    return Described(country, sector, f"is the '{words}' -> {country or ''} {sector}")


def relative_title(state: DocState, name_end: int) -> Described | None:
    """'Anita Dunn, who was White House communications director,': a person we do not know,
    with a relative clause 'who is/was' + a title that names one person, takes the title's
    sector now, and ``ELI`` (a former office holder) for a past or "former" title."""
    token = state.tokens[name_end]
    verb = next((c for c in token.rights if c.dep_ == "relcl"), None)
    if verb is None or verb.tag_ not in ("VBZ", "VBP", "VBD"):
        return None
    serving = verb.lemma_.lower() in WORDS.office_verbs  # "who served as White House counsel"
    working = verb.lemma_.lower() in WORDS.employment_verbs  # "who works for the city"
    if verb.lemma_.lower() != "be" and not serving and not working:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
        return None
    if any(c.dep_ in ("mark", "aux", "neg") for c in verb.children):
        return None  # "who would be president", "who is not a senator"
    if working:
        return works_for(state, verb)
    found = complement_title(state, verb, serving)
    if found is None:
        return None
    country, sector, words = found.country, found.sector, found.words
    if found.former or verb.tag_ == "VBD":
        return Described(country, "ELI", f"who was '{words}' -> {country or ''} ELI (former)")
    return Described(country, sector, f"who is '{words}' -> {country or ''} {sector}")


def works_for(state: DocState, verb: Token) -> Described | None:
    """'Joe Carbone, who works for the Transportation Department': the organisation after
    the verb's 'for'/'at' (words.yaml ``employer_prepositions``) employs the person now (a
    past 'worked' makes a former employee: no sector)."""
    prep = next(
        (c for c in verb.rights if c.dep_ == "prep" and c.lower_ in WORDS.employer_prepositions),
        None,
    )
    if prep is None or verb.tag_ == "VBD":
        return None
    target = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if target is None:
        return None
    found = employer_at(state, target.left_edge.i)
    if found is None:
        return None
    return Described(found.country, found.sector, f"who {verb.text} {prep.text}: {found.why}")


@dataclass(frozen=True)
class Complement:
    """A title that is the complement of 'be': its country, sector and words, and whether a
    "former" word stands before it."""

    country: str | None
    sector: str
    words: str
    former: bool


def complement_title(state: DocState, verb: Token, serving: bool = False) -> Complement | None:
    """The title that is the complement of 'be' (or, ``serving``, of 'serve as': any role
    word is an office there), or None when it names no office."""
    attributes = [c for c in verb.rights if c.dep_ == "attr"]  # "co - host": the last
    if serving:
        attributes = [
            c for p in verb.rights if p.dep_ == "prep" and p.lower_ == "as" for c in p.children
            if c.dep_ == "pobj"
        ]  # fmt: skip
    complement = attributes[-1] if attributes else None
    if complement is None:
        return None
    role = state.roles.get(complement.i)
    if role is None or role.end != complement.i + 1:
        return None
    if not (role.names_person or serving or complement.tag_ == "NN"):
        return None  # "are the protesters": a group's word, no one's office
    if role.sector == "CVL" or complement.lower_ in WORDS.generic_heads:
        return None  # "is a natural-born citizen", "is an amazing leader": no office
    if role.sector == "GOV" and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in complement.rights
    ):
        return None  # "the president of the Students' Association": that body's, not a state's
    former = any(t.lower_ in WORDS.former_role_words for t in complement.lefts)
    country = None
    for modifier in complement.lefts:
        anchor = state.anchors.get(modifier.i)
        if anchor is not None and not any(e.kind == "person" for e in anchor.entries):
            country = entry_country(anchor.entries) or country
    return Complement(country, role.sector, state.doc[role.start : role.end].text, former)
