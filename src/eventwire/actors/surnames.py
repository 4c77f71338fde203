"""Rule: a lone word spaCy calls an organisation or a place that is the surname of a person
the article names ("Orban has sought ..." after "Hungarian Prime Minister Viktor Orban";
"Trump" in a lead before "Donald Trump") is that person. Runs before context and
coreference, so that the person's pronouns and later surnames reach it."""

from __future__ import annotations

from eventwire.actors.mention import Mention, extras, make_actor, surname
from eventwire.actors.state import DocState


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
