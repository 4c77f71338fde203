"""Rule: a lone word spaCy calls an organisation or a place that is the surname of a person
the article names ("Orban has sought ..." after "Hungarian Prime Minister Viktor Orban";
"Trump" in a lead before "Donald Trump") is that person. Runs before context and
coreference, so that the person's pronouns and later surnames reach it; a surname no
dictionary knows ("Mr. Fischer" after "Foreign Minister Oskar Fischer") is read just before
the pronouns (``surnames_of_unknown_people``)."""

from __future__ import annotations

from eventwire.actors.mention import Mention, extras, make_actor, surname
from eventwire.actors.state import DocState
from eventwire.actors.words import WORDS


def mislabelled_surnames(state: DocState) -> None:
    """'Orban has sought ...' after 'Hungarian Prime Minister Viktor Orban': a lone word spaCy
    calls an organisation or a place, that no dictionary knows, and that is the surname of a
    person the article named in full before (else, of the one person of that surname it
    names in full later: "Trump" in a lead before "Donald Trump"), is that person."""
    named: dict[str, Mention] = {}
    later: dict[str, list[Mention]] = {}
    for mention in state.mentions:
        if mention.kind == "person" and mention.resolved and mention.end - mention.start > 1:
            later.setdefault(surname(mention.text), []).append(mention)
    for mention in state.mentions:
        if mention.kind == "person" and mention.resolved and mention.end - mention.start > 1:
            named[surname(mention.text)] = mention
            continue
        ahead = {m.person_id for m in later.get(mention.text, [])}
        source = named.get(mention.text) or (later[mention.text][0] if len(ahead) == 1 else None)
        if source is None or mention.kind != "unknown" or mention.resolved:
            continue
        mention.actor = make_actor(
            mention.text,
            source.actor.country,
            source.actor.sector,
            name=source.actor.name,
            **extras(source.actor),
        )
        mention.kind = "person"
        mention.person_id = source.person_id
        mention.gender = mention.gender or source.gender
        mention.reason += f"; the surname of '{source.text}' (sentence {source.sentence_index})"


#: Entities whose words were read as someone already ("Trump" inside a PERSON or ORG) or as a
#: time ("in May"), so a surname inside them is not a new mention.
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "DATE", "TIME")
#: Where a lone surname stands as an actor: subject, object, owner, coordinated.
ACTOR_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "poss", "conj", "appos")


def untagged_surnames(state: DocState) -> None:
    """'In August Trump met ...' (spaCy found no entity), '"...," Trump told The Associated
    Press of ...' (read as a title of a work): a lone capitalised word standing as subject
    or object that is the surname of a person the article named in full before is that
    person."""
    named: dict[str, Mention] = {}
    found = sorted(
        (m for m in state.mentions if m.kind == "person" and m.resolved and m.head >= 0
         and m.token_end - m.token_start > 1),
        key=lambda m: m.token_start,
    )  # fmt: skip
    if not found:
        return
    tokens = state.tokens
    for mention in found:
        named.setdefault(surname(mention.text), mention)
    for token in tokens:
        source = named.get(token.text)
        if (
            source is None
            or token.i < source.token_end
            or token.i in state.used
            or token.i in state.anchors
            or not token.is_title
            or token.dep_ not in ACTOR_DEPS
            or (ent := state.ent_at.get(token.i)) is not None
            and ent.label_ in NAME_LABELS
            or any(another_name_word(state, k) for k in (token.i - 1, token.i + 1))
        ):
            continue  # "Ivanka Trump", "Trump Tower": another name
        state.emit(
            token.i,
            token.i + 1,
            make_actor(
                token.text,
                source.actor.country,
                source.actor.sector,
                name=source.actor.name,
                **extras(source.actor),
            ),  # fmt: skip
            f"the surname of '{source.text}' (sentence {source.sentence_index}), "
            "not read as a name by spaCy",
            "person",
            head=token.i,
            person_id=source.person_id,
        ).gender = source.gender


def another_name_word(state: DocState, k: int) -> bool:
    """A proper noun beside the surname that makes it another name ("Ivanka Trump", "Trump
    Tower"); a month before it does not ("In August Trump met")."""
    if not 0 <= k < len(state.tokens) or state.tokens[k].pos_ != "PROPN":
        return False
    ent = state.ent_at.get(k)
    return ent is None or ent.label_ not in ("DATE", "TIME")


def surnames_of_unknown_people(state: DocState) -> None:
    """'Mr. Fischer' after 'Foreign Minister Oskar Fischer', 'Gore' after 'Al Gore': a surname
    no dictionary knows is the person named in full before it, known or not; with an
    honorific, also the first word of an unknown two-word name written family name first
    ('Mr. Lou' after 'Lou Jiwei'; known people have their surname in people.tsv)."""
    known: dict[str, list[Mention]] = {}
    family_first: dict[str, list[Mention]] = {}
    for mention in state.mentions:
        if mention.kind != "person" or not mention.actor.name:
            continue
        parts = mention.actor.name.split()
        if len(parts) > 1:
            known.setdefault(surname(mention.actor.name), []).append(mention)
            if len(parts) == 2 and mention.person_id not in state.kb.people:
                family_first.setdefault(parts[0], []).append(mention)
        elif mention.person_id not in state.kb.people:
            named = known.get(parts[0]) or (
                family_first.get(parts[0], []) if honorific(mention) else []
            )
            source = same_gender(named, mention.gender)
            if source is None:
                continue
            own = mention.actor
            mention.actor = make_actor(
                mention.text,
                own.country or source.actor.country,
                own.sector or source.actor.sector,
                name=source.actor.name,
                **extras(source.actor),
            )
            mention.person_id = source.person_id
            mention.gender = mention.gender or source.gender
            source.gender = mention.gender  # "Ghazala Khan ... Ms. Khan": she, from now on
            mention.reason = f"surname of '{source.text}' (sentence {source.sentence_index})" + (
                "" if mention.resolved else "; unresolved like it"
            )


def honorific(mention: Mention) -> bool:
    """The mention opens with a courtesy title ('Mr. Lou', 'Ms. Khan')."""
    first = mention.text.split()[0].lower()
    return first in WORDS.male_words or first in WORDS.female_words


def same_gender(named: list[Mention], gender: str | None) -> Mention | None:
    """The last person named in full with this surname whom the honorific fits ('Mr. Khan'
    is not 'Ghazala Khan' once she was 'Ms. Khan'); with no honorific, the last one."""
    fitting = [m for m in named if gender is None or m.gender in (None, gender)]
    return fitting[-1] if fitting else None
