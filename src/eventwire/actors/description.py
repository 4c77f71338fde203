"""Rule helper: what the words set off around a person's name say of them, read by
``people`` when the title before the name states no office.

"Kenzo Oshima, the United Nations Emergency Relief Coordinator" (an appositive after the
name), "Taiwan's incumbent president, Tsai Ing-wen" (a name after a title), "Alex Horton of
the Washington Post" (an employer), "Angela Corey is the state attorney" and "Anita Dunn, who
was White House communications director" (for people no dictionary knows). A courtesy title
alone ("Ms. Brainard, a Fed governor since 2014") states no office, so the words after the
name are read all the same.
"""

from __future__ import annotations

from eventwire.actors.appositive import Described, appositive_title
from eventwire.actors.employers import affiliation
from eventwire.actors.mention import make_actor
from eventwire.actors.state import DocState, entry_country
from eventwire.actors.title_clauses import copular_title, named_after_role, relative_title
from eventwire.actors.titles import Title
from eventwire.actors.words import WORDS
from eventwire.models import Actor


def description(state: DocState, title: Title, name_end: int, known: bool) -> Described | None:
    """What an appositive, a title before a set-off name, an employer, or (for a person no
    dictionary knows, ``known`` False) a copular or relative clause says of the person whose
    name ends at token ``name_end``; None when the title before the name states an office."""
    if title.words and not courtesy_only(title):
        return None
    return (
        appositive_title(state, name_end)
        or named_after_role(state, name_end)
        or affiliation(state, name_end)
        or (copular_title(state, name_end) if not known else None)
        or (relative_title(state, name_end) if not known else None)
    )


def appositive_country(
    state: DocState, title: Title, name_end: int, actor: Actor, notes: list[str]
) -> Actor:
    """'Representative Dan Kildee, a Michigan Democrat who flew to Germany': a person whose
    title states an office but no country takes the state the appositive after the name names
    (the office stays the title's)."""
    country = appositive_state(state, title, name_end)
    if country is None:
        return actor
    notes.append(f"the appositive names {country}")
    return make_actor("", country, actor.sector, name=actor.name)


def appositive_state(state: DocState, title: Title, name_end: int) -> str | None:
    """The state an appositive after the name names, for a title with no country."""
    if not title.words or title.country or courtesy_only(title):
        return None
    token = state.tokens[name_end]
    appositive = next((c for c in token.rights if c.dep_ == "appos"), None)
    if appositive is None:
        return None
    for i in range(max(appositive.left_edge.i, name_end + 1), appositive.i + 1):
        anchor = state.anchors.get(i)
        if anchor is None or any(e.kind == "person" for e in anchor.entries):
            continue
        if not owns_appositive(state, anchor, appositive):
            continue  # "a Mexican War hero": what the noun is about, not whose
        country = entry_country(anchor.entries)
        if country and len(country) == 3:
            return country  # the noun phrase itself, not its clause ("who flew to Germany")
    return None


def owns_appositive(state: DocState, anchor, appositive) -> bool:
    """The name is the appositive's head ("a Michigan Democrat"), a state or group naming it
    ("a Kosovo official"), or the state after its 'of' ("the Prime Minister of Kosovo")."""
    last = state.tokens[anchor.end - 1]
    if last.i == appositive.i:
        return True
    if last.head.i == appositive.i:
        return all(e.kind != "demonym" for e in anchor.entries)
    preposition = last.head
    return preposition.lower_ == "of" and preposition.head.i == appositive.i


def courtesy_only(title: Title) -> bool:
    """'Ms.', 'Mr.', 'Dr.' and nothing else: a courtesy title, no office, no country."""
    return (
        title.honorific is not None
        and title.honorific.rstrip(".") not in WORDS.honorific_sectors
        and not title.sectors
        and not title.countries
        and not title.institution_sector
        and not title.former
    )
