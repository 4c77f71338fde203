"""Rule: names on their own -- states, demonyms, organisations, groups, capitals and seats
of power (a capital acts for its government unless it only says where), and ambiguous
names. The spaCy entities no dictionary knows are read by ``unknown``; an organisation named
with the place where it is ("Dublin-based Shire", "a Moscow newspaper") by ``where_based``.
"""

from __future__ import annotations

from eventwire.actors.found_spans import Anchor
from eventwire.actors.gazetteer import city_context
from eventwire.actors.kb import BLOCS
from eventwire.actors.locatives import is_locative, names_where
from eventwire.actors.mention import make_actor
from eventwire.actors.org_names import polity_before
from eventwire.actors.state import DocState, cue_in_text
from eventwire.actors.where_based import (
    based_descriptor,
    based_organisation,
    described_by_place,
    origin_only,
)
from eventwire.actors.words import WORDS


def lone_names(state: DocState) -> None:
    doc = state.doc
    for anchor in sorted(
        {id(a): a for a in state.anchors.values()}.values(), key=lambda a: a.start
    ):
        if any(i in state.used for i in range(anchor.start, anchor.end)):
            continue
        entries = anchor.entries
        kinds = {e.kind for e in entries}
        if kinds == {"person"}:
            continue
        start = anchor.start
        char_span = (
            (anchor.char_start, anchor.char_end)
            if anchor.char_start is not None and anchor.char_end is not None
            else None
        )
        if "ambiguous" in kinds:
            ambiguous(state, anchor)
            continue
        entry = entries[0]
        if compound_name(state, anchor):
            continue
        city = city_context(state, anchor) if entry.kind in ("capital", "place") else None
        if city:
            country, reason = city
            state.emit(
                start, anchor.end + 2, make_actor("", country, None), reason, "place"
            ).locative = True
            continue
        head = doc[anchor.end - 1]
        if entry.kind in ("capital", "city") and described_by_place(state, anchor):
            continue
        if based_organisation(state, anchor, anchor.end + 2, anchor.start):
            continue
        if based_organisation(state, state.anchors.get(anchor.start - 3), anchor.start, None):
            continue
        if based_descriptor(state, anchor):
            continue
        locative = names_where(state, head, (entry.kind,)) or origin_only(
            state, anchor.end
        )  # "Dublin-based"
        sector = entry.sector
        kind = entry.kind
        if kind == "capital" and locative:
            sector, kind = None, "place"
        reason = f"'{anchor.name}' -> {entry.label} ({entry.source})"
        below_state = all(e.kind in ("region", "place", "capital") for e in entries)
        if below_state and (polity := polity_before(state, anchor.start)) is not None:
            start, sector = polity, "GOV"
            reason += f"; after '{doc[polity : anchor.start].text}': its government -> GOV"
        if entry.kind == "capital" and sector:
            reason += "; capital as metonym for the government -> GOV"
        elif entry.kind == "capital":
            reason += "; a place here (after a preposition), not acting"
        # a group keeps its name: "Democrats" and "Republicans" are two sides of one code
        name = entry.label if entry.kind == "group" else None
        actor = make_actor("", entry.country, sector, name=name, affiliation=entry.affiliation)
        mention = state.emit(start, anchor.end, actor, reason, kind, char_span=char_span)
        region = entry.country in BLOCS and entry.country != "WST"  # "in Europe"; "the West" acts
        mention.locative = locative and (kind in ("state", "region", "place", "capital") or region)


def compound_name(state: DocState, anchor: Anchor) -> bool:
    """Two names in one phrase: 'Bosnian Serbs', 'Kosovo Albanians' (Serbs of Bosnia -> BIH,
    ethnic SRB; but 'Mexican Americans' are Americans of Mexican descent), 'Oxfam Canada' (a
    charity's national branch) and 'NATO-member Norway' (Norway, member of NATO). Emits the
    merged mention."""
    doc = state.doc
    entry = anchor.entries[0]
    nxt = state.anchors.get(anchor.end)
    if (
        entry.kind in ("demonym", "state")
        and nxt
        and nxt.start == anchor.end
        and nxt.entries[0].kind == "demonym"
        and doc[nxt.end - 1].tag_ in ("NNS", "NNPS")
        and nxt.entries[0].country != entry.country
    ):
        home, ethnic = entry, nxt.entries[0]
        if nxt.name.lower() in WORDS.descent_demonyms:
            home, ethnic = ethnic, entry
        reason = (
            f"'{anchor.name} {nxt.name}': {home.label} people of {ethnic.label} descent -> "
            f"{home.country} (ethnic {ethnic.country}), as CAMEO codes residents by their "
            f"state ({entry.source})"
        )
        state.emit(
            anchor.start,
            nxt.end,
            make_actor("", home.country, None, ethnicity=ethnic.country),
            reason,
            "demonym",
            head=nxt.end - 1,
        )
        return True
    if entry.kind == "demonym" and hyphenated_demonym(state, anchor):
        return True
    group = nxt.entries[0] if nxt and nxt.start == anchor.end else None
    if nxt and entry.kind == "demonym" and group and group.kind == "group" and group.sector:
        reason = (
            f"'{anchor.name} {nxt.name}': {nxt.name} ({group.source}) of {entry.country}, as "
            f"'{anchor.name}' says ({entry.source})"
        )  # "Pakistani Taliban", "Iranian Revolutionary Guards"
        state.emit(
            anchor.start, nxt.end, make_actor("", entry.country, group.sector), reason, "group",
            head=nxt.end - 1,
        )  # fmt: skip
        return True
    if entry.kind == "igo" and entry.sector == "NGO" and nxt and group and group.kind == "state":
        state.emit(
            anchor.start, nxt.end, make_actor("", group.country, "NGO"),
            f"'{anchor.name} {nxt.name}': the {group.label} branch of {entry.label} -> "
            f"{group.country} NGO ({entry.source})", "organisation", head=nxt.end - 1,
        )  # fmt: skip
        return True  # "Oxfam Canada", "Amnesty International USA"
    if entry.kind == "igo":
        k = anchor.end
        while k < len(doc) and doc[k].text in WORDS.member_words:
            k += 1
        member = state.anchors.get(k)
        if k > anchor.end and member and member.entries[0].kind == "state":
            reason = (
                f"'{member.name}' ({member.entries[0].source}), a member of {entry.country} "
                f"('{doc[anchor.start : k].text}' modifies it)"
            )
            state.emit(
                anchor.start,
                member.end,
                make_actor("", member.entries[0].country, None, member_of=entry.country),
                reason,
                "state",
                head=member.end - 1,
            )
            return True
    return False


def hyphenated_demonym(state: DocState, anchor: Anchor) -> bool:
    """'Cuban-American', 'Mexican-Americans': people of the second state, of the first's
    descent (ethnicity). Emits the merged mention."""
    doc, dash = state.doc, anchor.end
    if dash + 1 >= len(doc) or doc[dash].text != "-" or doc[dash - 1].whitespace_:
        return False
    second = state.anchors.get(dash + 1)
    if second is None or doc[dash].whitespace_ or second.entries[0].kind != "demonym":
        return False
    if second.name.lower() not in WORDS.descent_demonyms:
        return False  # "Israeli-Palestinian": both states, not a descent
    first, home = anchor.entries[0], second.entries[0]
    if not first.country or not home.country or first.country == home.country:
        return False
    reason = (
        f"'{anchor.name}-{second.name}': of {home.country} ({home.source}), "
        f"{first.country} descent ({first.source})"
    )
    state.emit(
        anchor.start, second.end, make_actor("", home.country, None, ethnicity=first.country),
        reason, "demonym", head=second.end - 1,
    )  # fmt: skip
    return True


def ambiguous(state: DocState, anchor: Anchor) -> None:
    readings = state.kb.ambiguous[anchor.name]
    scores = []
    for reading in readings:
        cues = [cue for cue in reading["cues"] if cue_in_text(state, cue)]
        scores.append((len(cues), reading["population"], reading, cues))
    scores.sort(key=lambda s: (s[0], s[1]), reverse=True)
    best = scores[0]
    if best[0] > scores[1][0]:
        why = f"context cues {', '.join(best[3][:4])}"
    else:
        why = f"no deciding context cue; the more populous reading ({best[1]:,})"
    others = "; ".join(s[2]["label"] for s in scores[1:])
    reason = (
        f"'{anchor.name}' is ambiguous (ambiguous.yaml): {best[2]['label']} by {why} (not {others})"
    )
    head = state.tokens[anchor.end - 1]
    mention = state.emit(
        anchor.start, anchor.end, make_actor("", best[2]["country"], None), reason, "state"
    )
    mention.locative = is_locative(state, head)
