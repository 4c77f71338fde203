"""Rule: role phrases -- a role word with its modifiers ("a Russian troop", "Israel's high
court", "rebels in the Ivory Coast", "U.S. and Russian negotiators", "pro-Moscow
separatists") resolved to a country and a sector. The left modifiers are read here, what the
names among them say in ``role_left_names``; what lies right of the head and where the group
acts, in ``role_where``.
"""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.actors.gazetteer import misread_city, unknown_place
from eventwire.actors.kb_types import PLACE_KINDS
from eventwire.actors.mention import make_actor
from eventwire.actors.offices import holder
from eventwire.actors.org_names import inside_named_organisation
from eventwire.actors.role_left_names import (
    comma_home,
    coordinable,
    possessor,
    read_left_name,
    speaks_for_body,
    speaks_for_organisation,
)
from eventwire.actors.role_senses import figurative_forces, name_possessive, national_troops
from eventwire.actors.role_where import fall_back, read_right
from eventwire.actors.rolephrase import RolePhrase
from eventwire.actors.state import DocState
from eventwire.actors.words import WORDS


def role_phrases(state: DocState) -> None:
    """Every role word not yet used, with its modifiers, becomes a mention."""
    seen: set[int] = set()
    for i in sorted(state.roles):
        role = state.roles[i]
        if role.start in seen or any(t in state.used for t in range(role.start, role.end)):
            continue
        seen.add(role.start)
        head = state.tokens[role.end - 1]
        if role.end in state.roles and head.dep_ in ("compound", "amod", "nmod"):
            continue  # "university students": read from "students"
        if name_possessive(state, role.end, head):
            continue  # "the People's party": read from "party"
        if inside_named_organisation(state, role.start, role.end):
            continue  # "the League of Conservation Voters": read by its head word
        if figurative_forces(head):
            continue  # "the economic forces that are destroying the middle class"
        phrase = RolePhrase(role, head, role.start, role.end, role.sector, main_start=role.start)
        read_left(state, phrase)
        read_right(state, phrase)
        fall_back(state, phrase)
        emit_role(state, phrase)


def read_left(state: DocState, phrase: RolePhrase) -> None:
    """Modifiers on the left: demonyms, countries, capitals, cities, possessives, 'pro-X'."""
    doc = state.doc
    j = phrase.role.start - 1
    sentence_start = state.sentence(phrase.head.i).start
    while j >= sentence_start:
        token = doc[j]
        if j in state.used and phrase.country is None and possessor(state, phrase, j):
            return
        if j in state.used and phrase.country is None and speaks_for_organisation(state, phrase, j):
            return
        if token.is_space and "\n" not in token.text and j not in state.used:
            j -= 1  # "a Russian\xa0uranium company": a no-break space inside the phrase
            continue
        if token.is_space or "\n" in token.text or j in state.used:
            return
        if j in state.roles:  # "university students", "border police officers"
            modifier = state.roles[j]
            if speaks_for_body(state, phrase, modifier):
                phrase.sector = modifier.sector  # "Border Patrol officials" speak for it
                phrase.sources.append(
                    f"'{phrase.head.text}' of '{doc[modifier.start : modifier.end].text}' "
                    f"-> {modifier.sector}"
                )
            phrase.start = j = modifier.start
        elif j in state.anchors:
            if not read_left_name(state, phrase, state.anchors[j]):
                return
            j = phrase.start
        elif token.text == "," and (home := comma_home(state, j)) is not None:
            start, country, why = home  # "the Cupertino, Calif., company"
            if phrase.country is None:
                phrase.country = country
                phrase.sources.append(why)
            phrase.start = j = start
        elif token.lower_ in ("and", ",") and coordinable(state, j - 1) and phrase.country:
            phrase.crossed_and = True
        elif not read_left_word(state, phrase, token):
            return
        j -= 1


def read_left_word(state: DocState, phrase: RolePhrase, token: Token) -> bool:
    """A word before the role word that the phrase may include: a city ("Anaheim police"),
    a determiner, adjective, number, possessive or compound."""
    doc, j = state.doc, token.i
    glued = token.text == "-" and not token.whitespace_ and j > 0 and not doc[j - 1].whitespace_
    if token.text == "-" and not glued:
        return False  # "Raipur, India - Rights activists": a dateline dash
    if token.lower_ in WORDS.former_role_words:
        phrase.former, phrase.start = True, j
        phrase.sources.append(f"'{token.text}' -> former: ELI")
        return True
    place = unknown_place(state, token)
    found = (place[0], place[1], j) if place else misread_city(state, token)
    if found and phrase.country is None:
        phrase.country, why, phrase.start = found
        phrase.sources.append(why)
        return True
    if (
        token.lower_ in WORDS.faith_words
        and phrase.sector == "GOV"
        and phrase.head.lemma_ == "leader"
    ):
        phrase.sector = "REL"  # "Islamic fundamentalist leaders", "Jewish community leaders"
        phrase.sources.append(f"'{token.text}' ... '{phrase.head.text}': of a faith -> REL")
    if token.lower_ in ("'s", "’s", "-", "backed", "led") or token.pos_ in ("DET", "ADJ", "NUM"):
        phrase.start = j
        return True
    return token.dep_ in ("compound", "amod") and token.pos_ in ("NOUN", "PROPN", "VERB")


def is_nation(state: DocState, phrase: RolePhrase, words: str) -> bool:
    """'the American people', 'the people of Syria': a people as a whole, not civilians;
    'the people of Scranton' (a town, not a state) are its residents."""
    return (
        phrase.country is not None
        and words in WORDS.nation_nouns
        and state.doc[phrase.start].lower_ == "the"
        and any(
            entry.kind in NATION_KINDS
            for i in range(phrase.start, phrase.end)
            if (anchor := state.anchors.get(i)) is not None
            for entry in anchor.entries
        )
    )


#: Names of a nation: a people named with one of these is the nation as a whole.
NATION_KINDS = ("state", "demonym")


def place_office(state: DocState, phrase: RolePhrase, words: str) -> bool:
    """'the Hong Kong chief executive': an office words.yaml ``place_offices`` lists is a
    public one when a place, not an organisation, is named with it."""
    if words not in WORDS.place_offices:
        return False
    kinds = {
        entry.kind
        for i in range(phrase.start, phrase.end)
        if (anchor := state.anchors.get(i)) is not None
        for entry in anchor.entries
    }
    return bool(kinds) and kinds <= PLACE_KINDS


def emit_role(state: DocState, phrase: RolePhrase) -> None:
    """The role mention, the office holder it names if one, and coordinated countries."""
    doc, role = state.doc, phrase.role
    start = phrase.main_start if phrase.coordinated else phrase.start
    while start < role.start and doc[start].pos_ == "DET":
        start += 1
    words = doc[role.start : role.end].text.lower()
    reason = f"role '{words}' -> {role.sector} ({role.source})"
    reason += "; " + "; ".join(phrase.sources) if phrase.sources else "; no country in the phrase"
    name = None
    if phrase.former:
        phrase.sector = "ELI"
    elif place_office(state, phrase, words):
        phrase.sector = WORDS.place_offices[words]
        reason += f"; a place's '{words}' -> {phrase.sector}"
    elif national_troops(state, phrase, words):
        phrase.sector = "MIL"
        reason += "; an international force's troops of one state: its military -> MIL"
    elif is_nation(state, phrase, words):
        phrase.sector = None
        reason += f"; 'the ... {words}' with a country: the nation as a whole, no sector"
    elif role.names_person and phrase.country and phrase.sector == "GOV":
        office_holder = holder(state, phrase.country, words)
        if office_holder:
            name = office_holder.name
            reason += (
                f"; {name} was {words} of {phrase.country} on {state.day.isoformat()} "
                f"({office_holder.source})"
            )
    extra = {"affiliation": phrase.affiliation, "opposes": phrase.opposed}
    actor = make_actor("", phrase.country, phrase.sector, name=name, **extra)
    mention = state.emit(
        start, phrase.end, actor, reason, "role", head=phrase.head.i, person_id=name
    )
    for anchor, other in phrase.coordinated:
        state.emit(
            anchor.start,
            anchor.end,
            make_actor("", other, phrase.sector),
            f"'{anchor.name}' coordinated with '{mention.text}' -> {phrase.sector}",
            "role",
        )
