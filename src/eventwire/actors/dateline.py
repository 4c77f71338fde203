"""Rule: the place an article is reported from (its dateline), read by ``context``: the
article's ``dateline`` field, else a place in capitals opening the body or a line
("BAGHDAD, April 9 (Xinhua) --"), else the dateline shape opening the body with a place
any dictionary knows ("TAIPEI: ...", "Cape Town - ...", "Raipur, India - ...",
"TOWER, Minn. (AP) -- ...").
"""

from __future__ import annotations

from eventwire.actors.gazetteer import place_named, us_states
from eventwire.actors.mention import Mention
from eventwire.actors.state import DocState, entry_country
from eventwire.actors.words import WORDS
from eventwire.ingest.header_patterns import DATELINE_SHAPE_RE

#: A dateline is looked for in the body's first sentences (after a headline and a byline).
DATELINE_SENTENCES = 3


def dateline_country(state: DocState) -> tuple[str | None, str]:
    """The country of the article's dateline, or of a dateline opening the body."""
    if state.dateline and (country := place_country(state, state.dateline.strip())):
        return country, f"the article dateline '{state.dateline}'"
    for mention in state.mentions:  # "WASHINGTON (Reuters) -" opening a line after a headline
        if mention.sentence_index > DATELINE_SENTENCES:
            break
        if is_dateline(state, mention):
            return mention.actor.country, f"the dateline '{mention.text}'"
    return opening_dateline(state)


def place_country(state: DocState, name: str) -> str | None:
    """The country of a place name: a state, capital or place of our dictionaries, else the
    gazetteer's (cities, alternate names)."""
    entries = [e for e in state.kb.names.get(name, []) if entry_country([e])]
    if entries:
        return entry_country(entries)
    hit = place_named(name, subdivisions=False)
    return hit.country if hit else None


#: A dateline opening the body is read in its first tokens (the whole text is slow to join).
OPENING_TOKENS = 16


def opening_dateline(state: DocState) -> tuple[str | None, str]:
    """The country of a dateline opening the body that no mention holds (spaCy tags no place
    in "PESHAWAR: A US drone ...", and "Cape Town - ..." is not in capitals; an article read by
    ``ingest`` has its wire dateline in ``dateline`` already, the shape is ingest's): its region
    when that names a state ("Raipur, India -") or a US state ("TOWER, Minn. (AP) --"), else
    the place itself."""
    match = DATELINE_SHAPE_RE.match(state.doc[:OPENING_TOKENS].text)
    if match is None:
        return None, ""
    written = match.group(0).strip()
    region = match.group("region")
    if region and region in us_states():  # "EAST CLEVELAND, Ohio (AP) --"
        return "USA", f"the dateline '{written}' (a US state)"
    if region and (country := place_country(state, region)):
        return country, f"the dateline '{written}'"
    place = match.group("place")
    title = place if not place.isupper() else " ".join(w.capitalize() for w in place.split())
    if names_someone(state, title):
        return None, ""  # "Obama: ..." opens a headline about a person, not a dateline
    country = place_country(state, title)
    return (country, f"the dateline '{written}'") if country else (None, "")


def names_someone(state: DocState, name: str) -> bool:
    """A person's surname or a known person or organisation, not a place of reporting."""
    return name in state.kb.surnames or any(
        e.kind in ("person", "group", "igo") for e in state.kb.names.get(name, [])
    )


def is_dateline(state: DocState, mention: Mention) -> bool:
    """A place in capitals at the start of the body or of a line ('BAGHDAD, April 9',
    'WASHINGTON (Reuters) -')."""
    if mention.kind not in ("place", "capital", "state", "region") or not mention.actor.country:
        return False
    i, after = mention.token_start, mention.token_end
    if after < len(state.tokens) and state.tokens[after].text not in WORDS.dateline_marks:
        return False  # "U.S. officials said" opens a sentence, not a dateline
    if not mention.text.isupper() or len(mention.text) < 3:
        # "HANOI, Vietnam (AP) -": a city in capitals, then its country
        if i < 2 or state.tokens[i - 1].text != "," or not state.tokens[i - 2].is_upper:
            return False
        i -= 2
    return i == 0 or "\n" in state.tokens[i - 1].text or "\n" in state.tokens[i - 1].whitespace_
