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

from eventwire.actors.appositive import Described, affiliation, appositive_title
from eventwire.actors.state import DocState
from eventwire.actors.title_clauses import copular_title, named_after_role, relative_title
from eventwire.actors.titles import Title
from eventwire.actors.words import WORDS


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
