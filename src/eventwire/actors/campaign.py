"""Rule: staff speak for whom they serve. A staff word ("spokeswoman", "adviser", "aides")
defaults to government (``roles.yaml``), but the staff of a campaign ("a senior aide with
Rubio's presidential campaign") or of a principal who holds no government office on the
article's date ("Clinton spokeswoman Jennifer Palmieri", "a top adviser to Sanders", "Mr.
Rubio's advisers") are campaign staff: ``PTY`` (annotations/events/GUIDE.md).

Runs before coreference, so that surnames and pronouns take the corrected actor.

``campaign_nouns``: "the campaign said", "the Clinton campaign denies", "Sanders' campaign
launched": a candidate's campaign acting (subject or agent) is a PTY actor, of the country of
the person it is named after, else (``context``) of the article's.

Staff who speak for an organisation rather than a government are ``organisation_staff``'s.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.mention import Mention, extras, make_actor
from eventwire.actors.offices import anchor_person, person_role
from eventwire.actors.state import DocState
from eventwire.actors.words import WORDS
from eventwire.nlp import SUBJECT_DEPS

#: A principal with one of these sectors (or none: a candidate not yet in office) is served
#: by campaign staff; a government office holder's staff stay GOV.
CAMPAIGN_PRINCIPALS = (None, "ELI", "PTY", "LEG")


def campaign_staff(state: DocState) -> None:
    """Government-sector staff mentions that serve a campaign or a principal out of
    government become PTY."""
    for mention in state.mentions:
        if mention.kind not in ("person", "role") or mention.actor.sector not in ("GOV", None):
            continue
        if mention.actor.sector is None and not described_after(state, mention):
            continue  # only an untitled person described after: "Rick Tyler, a spokesman for"
        words = description(state, mention)
        if not any(staff_word(t) for t in words):
            continue
        why = serves_campaign(state, mention, words)
        if why is None:
            continue
        actor = mention.actor
        country = actor.country or principal_country(state, mention, words)
        mention.actor = make_actor(actor.text, country, "PTY", name=actor.name, **extras(actor))
        mention.reason += f"; {why} -> PTY"


def described_after(state: DocState, mention: Mention) -> bool:
    """A person with an appositive after the name."""
    last = state.tokens[mention.token_end - 1]
    return mention.kind == "person" and any(c.dep_ == "appos" for c in last.rights)


def principal_country(state: DocState, mention: Mention, words: list[Token]) -> str | None:
    """The country of the first person named among the words that say whom the staff serve."""
    people = person_tokens(state, besides=mention)
    return next((people[t.i].actor.country for t in words if t.i in people), None)


def staff_word(token: Token) -> bool:
    return token.lower_ in WORDS.staff_words or token.lemma_.lower() in WORDS.staff_words


def description(state: DocState, mention: Mention) -> list[Token]:
    """The words that say who the mention is: its own (a title, a role phrase), the
    possessor of its head ("Mr. Rubio's advisers"), an appositive after it, and whom it
    serves ("a spokeswoman for Mr. Trump")."""
    tokens = state.tokens[mention.token_start : mention.token_end]
    last = state.tokens[mention.token_end - 1]
    head = state.tokens[mention.head] if mention.head >= 0 else last
    sentence = state.sentence(mention.token_start)
    extra: list[Token] = []
    for token in {head, *tokens}:  # "Sanders' spokesman Michael Briggs": owned by the title
        for child in token.children:
            if child.dep_ == "poss" and child.i < mention.token_start:
                extra.extend(state.tokens[child.left_edge.i : child.i + 1])
    named = last
    while named.dep_ == "compound" and named.head.i != named.i:
        named = named.head
    if named.dep_ == "appos" and named.head.i in state.roles:  # "his top aide, Tad Devine"
        title = named.head
        extra.extend(state.tokens[title.left_edge.i : title.i + 1])
    appositive = next((c for c in last.rights if c.dep_ == "appos"), None)
    if appositive is not None:
        end = min(appositive.right_edge.i, sentence.end - 1)
        extra.extend(state.tokens[mention.token_end : end + 1])
    for child in head.rights:  # "a spokeswoman for Mr. Trump", "an adviser to Sanders"
        if child.dep_ == "prep" and child.lower_ in WORDS.principal_prepositions:
            end = min(child.right_edge.i, sentence.end - 1)
            extra.extend(t for t in state.tokens[child.i : end + 1] if t.i >= mention.token_end)
    return list(tokens) + extra


def serves_campaign(state: DocState, mention: Mention, words: list[Token]) -> str | None:
    """Why the staff serve a campaign, or None: a campaign word among the words, or a known
    principal named there who holds no government office on the article's date."""
    if any(t.lemma_.lower() in WORDS.campaign_words for t in words):
        return "staff of a campaign"
    people = person_tokens(state, besides=mention)
    for token in words:
        if token.tag_ == "PRP$" and token.lower_ in WORDS.possessive_pronouns:
            named = previous_person(state, token)  # "Sanders ..., his top aide, Tad Devine"
            if named is not None:
                return principal(named.text, named.actor.sector)
        named = people.get(token.i)
        if named is not None and named.actor.country and not inside_other_name(state, named):
            return principal(named.text, named.actor.sector)
        anchor = state.anchors.get(token.i)
        if anchor is None or anchor.end == mention.token_end:
            continue  # the person's own name
        if any(e.kind == "seat" for e in anchor.entries):
            return None  # "White House national security adviser"
        if not any(e.kind == "person" for e in anchor.entries):
            continue
        person = anchor_person(state, anchor)
        if person is not None:
            return principal(person.name, person_role(state, person)[1])
    return None


#: Dependencies of a word that modifies a noun: a name in one of them is part of another name.
NOUN_MODIFIER_DEPS = ("compound", "nmod", "amod")


def inside_other_name(state: DocState, person: Mention) -> bool:
    """A person's name modifying a noun that is not a staff word: part of another name
    ("director of the Mommy and Me literacy program"), no principal served."""
    top = state.tokens[person.token_end - 1]
    while top.dep_ in ("compound", "flat") and person.token_start <= top.head.i < person.token_end:
        top = top.head
    owner = top.head
    return (
        top.dep_ in NOUN_MODIFIER_DEPS
        and not person.token_start <= owner.i < person.token_end
        and not staff_word(owner)
    )


def principal(name: str, sector: str | None) -> str | None:
    if sector in CAMPAIGN_PRINCIPALS:
        return f"staff of {name} ({sector or 'no office'})"
    return None


def previous_person(state: DocState, token: Token) -> Mention | None:
    """The last person named before a possessive pronoun in its sentence."""
    start = state.sentence(token.i).start
    before = [
        m
        for m in state.mentions
        if m.kind == "person" and start <= m.token_start and m.token_end <= token.i
    ]
    return before[-1] if before and before[-1].actor.country else None


def campaign_nouns(state: DocState) -> None:
    """A campaign acting, named by itself or after its candidate, and a campaign named after
    its candidate wherever it stands ("the inner workings of the Trump campaign"), becomes a
    PTY mention."""
    for token in state.tokens:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in WORDS.campaign_words:
            continue
        if token.i in state.used or token.dep_ == "compound":
            continue  # "Trump campaign adviser": read with the title
        if not acting(token) and owner_person(state, token) is None:
            continue
        start, country, why = token.i, None, "a campaign acting"
        for child in token.lefts:
            if child.dep_ in ("det", "poss", "compound", "amod", "case", "punct"):
                start = min(start, child.left_edge.i)
            else:
                break
        if not candidate_campaign(state, token):
            continue
        owner = owner_person(state, token)
        if owner is not None:
            country, why = owner.actor.country, f"the campaign of '{owner.text}'"
        named = [m.token_end for m in state.mentions if start < m.token_end <= token.i]
        start = max([start, *named])  # "the Clinton campaign": after the person's mention
        while start < token.i and (
            state.tokens[start].is_punct or state.tokens[start].dep_ == "case"
        ):
            start += 1
        state.emit(
            start,
            token.i + 1,
            make_actor("", country, "PTY"),
            f"{why} -> PTY",
            "role",
            head=token.i,
        )


def acting(token: Token) -> bool:
    """A campaign that acts: a subject, active or passive, or the object of a "by" agent."""
    if token.dep_ in SUBJECT_DEPS:
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "by" and token.head.dep_ == "agent"


def candidate_campaign(state: DocState, token: Token) -> bool:
    """No modifier that makes it an activity ("bombing campaign", "a military campaign")."""
    for child in token.lefts:
        if child.dep_ == "amod" and child.lower_ not in WORDS.campaign_modifiers:
            if not (child.is_title and child.ent_type_ == "NORP"):
                return False
        if child.dep_ == "compound" and child.pos_ == "NOUN":
            return False
    return True


def owner_person(state: DocState, token: Token) -> Mention | None:
    """The person a campaign is named after: "the Clinton campaign", "Sanders' campaign"."""
    people = person_tokens(state)
    for child in token.lefts:
        if child.dep_ in ("poss", "compound") and child.i in people:
            return people[child.i]
    return None


def person_tokens(state: DocState, besides: Mention | None = None) -> dict[int, Mention]:
    """The person mention each token belongs to (but ``besides``)."""
    return {
        i: m
        for m in state.mentions
        if m.kind == "person" and m is not besides
        for i in range(m.token_start, m.token_end)
    }
