"""Rule: the names spaCy finds (organisations, places, nationalities) that no dictionary
knows -- a place by the gazetteer's one cascade, a dateline in capitals, an organisation by
its owner before it ("NASA's ...") or its head word (org_words.yaml), else unresolved.
"""

from __future__ import annotations

from eventwire.actors.gazetteer import place_named, us_state_after
from eventwire.actors.mention import make_actor
from eventwire.actors.state import Anchor, DocState, entry_country, split_lines
from eventwire.actors.words import WORDS


def unknown_entities(state: DocState) -> None:
    for ent in state.ents:
        if ent.label_ not in ("ORG", "GPE", "NORP"):
            continue
        for part in split_lines(ent, state.tokens):
            start, end = part.start, part.end
            while start < end and state.tokens[start].pos_ == "DET":
                start += 1
            if start >= end or any(
                i in state.used or i in state.anchors or i in state.roles for i in range(start, end)
            ):
                continue
            written = state.doc[start:end].text
            if (
                written.isupper()
                and ent.label_ in ("GPE", "ORG")
                and capitals_name(state, start, end)
            ):
                continue
            if ent.label_ == "GPE" and (hit := place_named(written)):
                reason = f"spaCy GPE; {hit.why(written)}"
                mention = state.emit(start, end, make_actor("", hit.country, None), reason, "place")
                mention.locative = True
                continue
            while end - start > 1 and state.tokens[end - 1].lower_ in ("'s", "’s"):
                end -= 1
            if ent.label_ == "ORG" and (owner := possessor_group(state, start)):
                entry = owner.entries[0]
                state.emit(
                    start, end, make_actor("", entry.country, entry.sector),
                    f"spaCy ORG, not in the knowledge base, of '{owner.name}' before it "
                    f"({entry.source}) -> {entry.country} {entry.sector}", "organisation",
                )  # fmt: skip
                continue
            last = org_head(state, start, end)
            if last.islower():  # "the immigration department"
                last = last.capitalize()
            if ent.label_ == "ORG" and (sector := organisation_sector(state, start, end, last)):
                state.emit(
                    start,
                    end,
                    make_actor("", None, sector),
                    f"spaCy ORG, not in the knowledge base; '{last}' -> {sector} (org_words.yaml, "
                    "or a legislative chamber alone); country unknown",
                    "unknown",
                )
                continue
            state.emit(
                start,
                end,
                make_actor("", None, None),
                f"spaCy {ent.label_}, not in the knowledge base: unresolved",
                "unknown",
            )


def possessor_group(state: DocState, start: int) -> Anchor | None:
    """ "NASA's Goddard Space Flight Center": an organisation we know, as a possessive right
    before a name we do not know, owns it (its country and sector)."""
    if start < 2 or state.tokens[start - 1].lower_ not in ("'s", "’s"):
        return None
    owner = state.anchors.get(start - 2)
    if owner is None or not owner.entries or owner.end != start - 1:
        return None
    entry = owner.entries[0]
    return owner if entry.kind in ("group", "igo") and entry.sector and entry.country else None


def organisation_sector(state: DocState, start: int, end: int, head: str) -> str | None:
    """The sector of an organisation no dictionary knows: its head word's (org_words.yaml),
    or LEG for a chamber named alone ("the House" voted)."""
    if end - start == 1 and head.lower() in WORDS.chamber_words and head.istitle():
        return "LEG"
    return state.kb.org_words.get(head)


def org_head(state: DocState, start: int, end: int) -> str:
    """The word an organisation's name is about: its syntactic head when that lies inside
    the name ("Department" in "Department of Homeland Security"), else its last word."""
    root = state.doc[start:end].root
    if root.i < end - 1 and root.text in state.kb.org_words:
        return root.text
    return state.tokens[end - 1].text


def capitals_name(state: DocState, start: int, end: int) -> bool:
    """'BAGHDAD, April 9 (Xinhua)': a dateline in capitals names the place of reporting."""
    written = state.doc[start:end].text
    title = " ".join(word.capitalize() for word in written.split())
    known = state.kb.names.get(title, [])
    if any(e.kind in ("group", "igo", "person") for e in known):
        return False  # 'POLITICO': an outlet or organisation in capitals, not a place
    entries = [e for e in known if entry_country([e])]
    hit = None if entries else place_named(title, subdivisions=False)
    country = entry_country(entries) if entries else (hit and hit.country)
    if not country:
        return False
    source = entries[0].source if entries or hit is None else hit.why(title)
    if us_state_after(state, end) and country != "USA":  # "CAMBRIDGE, Mass., Dec. 11 (UPI)"
        country, source = "USA", f"{source}; a US state follows -> USA"
    mention = state.emit(
        start,
        end,
        make_actor("", country, None),
        f"'{written}' read as '{title}' ({source}); a place (dateline), not acting",
        "place",
    )
    mention.locative = True
    return True
