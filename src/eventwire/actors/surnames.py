"""Rule: a lone word spaCy calls an organisation or a place that is the surname of a person
the article names ("Orban has sought ..." after "Hungarian Prime Minister Viktor Orban";
"Trump" in a lead before "Donald Trump") is that person. Runs before context and
coreference, so that the person's pronouns and later surnames reach it."""

from __future__ import annotations

from eventwire.actors.mention import Mention, extras, make_actor
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
            later.setdefault(mention.text.split()[-1], []).append(mention)
    for mention in state.mentions:
        if mention.kind == "person" and mention.resolved and mention.end - mention.start > 1:
            named[mention.text.split()[-1]] = mention
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
