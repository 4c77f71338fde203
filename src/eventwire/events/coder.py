"""The parse-driven coder: triggers from the pattern dictionary, actors from dependency arguments.

For each sentence: find trigger words (verbs and nouns in ``patterns.yaml``), pick each trigger's
first matching frame, decide what governs it (asserted, reported by a speaker, an intent, a threat,
a refusal, or blocked by negation, denial or modality), and read its source and target from the
dependency parse and the actor mentions. Joint actors ("A and B met", "talks between A and B")
become one event per pair, and plural references ("They agreed") point back to the last group of
actors that acted together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import combinations

from spacy.tokens import Span, Token

from eventwire.actors import Mention
from eventwire.events import dates, ontology, places
from eventwire.events.patterns import Frame, Patterns
from eventwire.events.patterns import load as load_patterns
from eventwire.models import Actor, Event, Location
from eventwire.nlp import Document

# Dependencies that open a new clause whose content is not governed by the word above it.
CLAUSE_BOUNDARIES = {
    "nsubj",
    "nsubjpass",
    "csubj",
    "csubjpass",
    "relcl",
    "advcl",
    "parataxis",
    "appos",
    "ROOT",
}
# Prepositions that introduce places and times, never actors in an argument.
LOCATIVE_PREPOSITIONS = {
    "in",
    "at",
    "near",
    "inside",
    "outside",
    "across",
    "throughout",
    "during",
    "since",
    "until",
    "amid",
    "after",
    "before",
    "over",
}
# Date entities after these words do not date the event ("since 2019", "until May").
NON_EVENT_DATE_PREPOSITIONS = {"since", "until", "till", "through", "for", "by", "before", "after"}
PLACE_PREPOSITIONS = {"in", "at"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
NOT_ACTOR_ENTITIES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
GROUP_MEMORY = 3  # sentences a group of actors stays available to "they", "both leaders"
UNRESOLVED_FACTOR = 0.8
REPORTED_FACTOR = 0.95
CLAUSE_DEPTH_FACTOR = 0.94  # an event deeper in its clause is less likely the sentence's news
# A firm future ("will withdraw") announces a conflictual act as decided; "would"/"may" threaten it.
FIRM_FUTURE = {"will", "shall", "'ll", "wo"}
PURPOSE_FACTOR = 0.85  # "staged protests to demand reforms": the purpose is secondary news


@dataclass(frozen=True)
class ActorRef:
    """An actor as it appears in the text: the resolved ``Actor`` and the characters it covers."""

    actor: Actor
    start: int
    end: int
    resolved: bool

    @property
    def key(self) -> str:
        return self.actor.code or self.actor.country or self.actor.text.lower()


@dataclass
class Candidate:
    code: str
    source: ActorRef | None
    target: ActorRef | None
    trigger: Token
    date_tokens: list[Token]
    place_tokens: list[Token]
    confidence: float
    own: bool  # coded by the trigger's own frame (dropped if the trigger coded its complement instead)


@dataclass
class _Governance:
    kind: str  # asserted | reported | intent | threat | refusal | blocked
    governor: Token | None = None


@dataclass
class _Sentence:
    span: Span
    index: int
    candidates: list[Candidate] = field(default_factory=list)
    consumed: set[int] = field(default_factory=set)  # nouns used as the object of a verb frame
    recoded: set[int] = field(
        default_factory=set
    )  # modal verbs that coded their complement instead
    group_position: int = -1
    coded_verbs: set[int] = field(
        default_factory=set
    )  # verbs that coded an event (asserted or not)


class Coder:
    """Codes one document; keeps the state that spans sentences (the last group of joint actors)."""

    def __init__(
        self,
        document: Document,
        mentions: list[Mention],
        *,
        patterns: Patterns | None = None,
    ) -> None:
        self.document = document
        self.doc = document.doc
        self.patterns = patterns or load_patterns()
        self.mention_at: dict[int, Mention] = {}
        for mention in mentions:
            span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None:
                for i in range(span.start, span.end):
                    self.mention_at.setdefault(i, mention)
        self.context_countries = frozenset(m.actor.country for m in mentions if m.actor.country)
        self.group: list[ActorRef] = []
        self.group_sentence = -GROUP_MEMORY - 1
        self._current_sentence = 0
        self.published = document.article.published
        # spaCy builds a new Token or entity Span on every access: build them once
        self.tokens = list(self.doc)
        self.ents = list(self.doc.ents)

    # ----------------------------------------------------------------- driver
    def run(self) -> list[Event]:
        events: list[Event] = []
        for index, sentence in enumerate(self.doc.sents):
            state = _Sentence(sentence, index)
            self._current_sentence = index
            self._code_sentence(state)
            events.extend(self._finish(state, len(events)))
        return events

    def _code_sentence(self, state: _Sentence) -> None:
        tokens = self.tokens[state.span.start : state.span.end]
        for token in tokens:
            if (
                token.pos_ == "VERB" and token.dep_ != "amod"
            ):  # "alleged", "wounded" describe, not report
                self._code_verb(token, state)
        for token in tokens:
            if token.pos_ in ("NOUN", "PROPN") and token.i not in state.consumed:
                self._code_noun(token, state)

    # ----------------------------------------------------------------- verbs
    def _code_verb(self, verb: Token, state: _Sentence) -> None:
        lemma = self._verb_lemma(verb)
        frame, obj = self._verb_frame(verb, lemma)
        speech_code = self.patterns.speech.get(lemma)
        has_clause = any(
            c.dep_ in ("ccomp", "parataxis") and not c.left_edge.tag_.startswith("W")
            for c in verb.children
        )
        if (
            speech_code
            and not has_clause
            and frame is None
            and any(c.dep_ == "dobj" for c in verb.children)
        ):
            return  # "declared breakaway regions" is no statement
        if speech_code and (has_clause or frame is None):
            if self._negated(verb):
                return
            gov = self._governance(verb)
            if gov.kind == "refusal" and lemma in ("comment",):
                self._emit_at_governor(gov, "011", state, verb, [])
                return
            if gov.kind not in ("asserted", "reported"):
                return
            self._emit_speech(verb, speech_code, state)
            return
        if frame is None:
            self._code_reported_obligation(verb, state)
            return
        state.coded_verbs.add(verb.i)
        if obj is not None and frame.object:
            state.consumed.add(obj.i)
            state.consumed.update(t.i for t in obj.conjuncts)
        self._emit_frame(verb, frame, obj, state)

    def _verb_lemma(self, verb: Token) -> str:
        """The verb's lemma; when the lemmatiser errs ("staged" -> "stag"), the inflection stripped."""
        lemma = verb.lemma_.lower()
        if lemma in self.patterns.verbs or lemma in self.patterns.speech:
            return lemma
        text = verb.lower_
        for suffix, replacement in (
            ("ied", "y"),
            ("ed", "e"),
            ("ed", ""),
            ("ing", "e"),
            ("ing", ""),
            ("es", ""),
            ("s", ""),
        ):
            if text.endswith(suffix):
                candidate = text[: -len(suffix)] + replacement
                if candidate in self.patterns.verbs or candidate in self.patterns.speech:
                    return candidate
        return lemma

    def _code_reported_obligation(self, verb: Token, state: _Sentence) -> None:
        """ "X said Y must V" is X's demand on Y, whatever V is."""
        if self._modal_aux(verb) not in self.patterns.modality.aux_demand or self._negated(verb):
            return
        gov = self._governance(verb)
        if gov.kind == "reported":
            self._add(
                state,
                "100",
                self._subjects(gov.governor),
                self._subjects(verb),
                False,
                gov.governor,
                None,
                None,
                0.8,
            )

    def _verb_frame(self, verb: Token, lemma: str) -> tuple[Frame | None, Token | None]:
        frames = self.patterns.verbs.get(lemma)
        if not frames:
            return None, None
        objects = self._objects(verb)
        nearby = self._nearby_lemmas(verb)
        for frame in frames:
            if frame.with_ and not frame.with_ & nearby:
                continue
            if frame.without & nearby:
                continue
            if frame.object:
                match = next((o for o in objects if self._object_lemmas(o) & frame.object), None)
                if match is None:
                    continue
                return frame, match
            return frame, objects[0] if objects else None
        return None, None

    def _object_lemmas(self, obj: Token) -> set[str]:
        """An object's lemma, its compounds', and its "of" complement's ("a state of emergency")."""
        lemmas = {self._lemma(obj)} | {self._lemma(c) for c in obj.children if c.dep_ == "compound"}
        for child in obj.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                lemmas |= {self._lemma(g) for g in child.children if g.dep_ == "pobj"}
        return lemmas

    def _objects(self, verb: Token) -> list[Token]:
        """Direct object first, then the passive subject, then objects of the verb's prepositions."""
        found = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
        found += [c for c in verb.children if c.dep_ == "nsubjpass"]
        for child in verb.children:
            if child.dep_ in ("prep", "prt", "agent", "dative"):
                found += [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
        expanded = []
        for token in found:
            expanded.append(token)
            expanded.extend(t for t in token.conjuncts if t not in expanded)
        return expanded

    def _nearby_lemmas(self, token: Token) -> set[str]:
        """Lemmas within two dependency steps below the trigger (particles, prepositions, objects, modifiers)."""
        lemmas = set()
        for child in token.children:
            if child.dep_ in ("ccomp", "relcl", "advcl", "parataxis", "conj", "nsubj", "nsubjpass"):
                continue
            lemmas.add(self._lemma(child))
            lemmas.add(child.lower_)
            for grandchild in child.children:
                if grandchild.dep_ not in ("relcl", "acl", "ccomp"):
                    lemmas.add(self._lemma(grandchild))
        return lemmas

    def _emit_frame(
        self, trigger: Token, frame: Frame, obj: Token | None, state: _Sentence
    ) -> None:
        gov = self._governance(trigger)
        if gov.kind == "blocked" or self._negated(trigger):
            return
        sources, targets = self._verb_arguments(trigger, frame, obj)
        modal = self._modal_aux(trigger)
        if modal in self.patterns.modality.aux_demand:
            if gov.kind == "reported":  # "X said Y must V": X demands of Y
                self._add(
                    state,
                    "100",
                    self._subjects(gov.governor),
                    sources,
                    False,
                    gov.governor,
                    None,
                    None,
                    frame.confidence * REPORTED_FACTOR,
                )
            return
        firm_decision = (
            modal in FIRM_FUTURE and frame.code[:2] >= "10"
        )  # "will withdraw from talks" is done
        if modal and gov.kind in ("asserted", "reported") and not firm_decision:
            gov = _Governance("intent", trigger)
        if gov.kind in ("intent", "threat", "refusal") and self._codes_itself(
            gov.governor, trigger
        ):
            return
        if gov.kind in ("intent", "threat", "refusal"):
            governor_lemma = "" if gov.governor is trigger else self._lemma(gov.governor)
            code = self.patterns.modality.recode(gov.kind, frame.code[:2], governor_lemma)
            governor_sources = self._subjects(gov.governor) or sources
            if gov.governor is not trigger:
                state.recoded.add(gov.governor.i)
            self._add(
                state,
                code,
                governor_sources,
                targets,
                frame.symmetric,
                trigger,
                gov.governor,
                obj,
                frame.confidence,
            )
            return
        confidence = frame.confidence * (REPORTED_FACTOR if gov.kind == "reported" else 1.0)
        if gov.kind == "reported" and frame.complaint:
            speakers = self._subjects(gov.governor)
            self._add(
                state,
                frame.complaint,
                speakers,
                sources,
                False,
                gov.governor,
                None,
                None,
                confidence,
            )
            return
        self._add(
            state,
            frame.code,
            sources,
            targets,
            frame.symmetric,
            trigger,
            None,
            obj,
            confidence,
            own=True,
        )

    def _emit_speech(self, verb: Token, code: str, state: _Sentence) -> None:
        speakers = self._subjects(verb)
        targets = []
        for slot in ("dative", "dobj", "prep:to"):
            targets = self._slot_actors(verb, slot, None)
            if targets:
                break
        self._add(state, code, speakers, targets, False, verb, None, None, 0.8)

    def _emit_at_governor(
        self, gov: _Governance, code: str, state: _Sentence, trigger: Token, targets: list[ActorRef]
    ) -> None:
        state.recoded.add(gov.governor.i)
        self._add(
            state,
            code,
            self._subjects(gov.governor),
            targets,
            False,
            trigger,
            gov.governor,
            None,
            0.8,
        )

    def _verb_arguments(
        self, verb: Token, frame: Frame, obj: Token | None
    ) -> tuple[list[ActorRef], list[ActorRef]]:
        if _misparsed_main_verb(verb) is not None:
            return self._subjects(verb), self._targets(verb, frame, obj)
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children) or (
            verb.dep_ == "acl" and verb.tag_ == "VBN"
        )
        if passive:
            sources = self._slot_actors(verb, "agent", None, fallback=True)
            if verb.dep_ == "acl" and verb.tag_ == "VBN":
                targets = self._actors(verb.head)
            else:
                targets = self._actors_of_deps(verb, ("nsubjpass",))
            if not targets:
                targets = self._targets(verb, frame, obj)
            return sources, targets
        return self._subjects(verb), self._targets(verb, frame, obj)

    def _targets(self, verb: Token, frame: Frame, obj: Token | None) -> list[ActorRef]:
        for slot in frame.target or self.patterns.verb_target:
            found = self._slot_actors(verb, slot, obj)
            if found:
                return found
        for candidate in self._objects(verb):  # "hailed talks between A and B" -> A, B
            found = self._participants(candidate) or self._actors(candidate)
            if found:
                return found
        return []

    # ----------------------------------------------------------------- nouns
    def _code_noun(self, noun: Token, state: _Sentence) -> None:
        lemma = self._lemma(noun)
        frames = self.patterns.nouns.get(lemma)
        if not frames:
            return
        nearby = self._nearby_lemmas(noun) | {self._lemma(c) for c in noun.lefts}
        frame = next(
            (f for f in frames if (not f.with_ or f.with_ & nearby) and not f.without & nearby),
            None,
        )
        if (
            frame is None
            or self._hypothetical_noun(noun)
            or self._circumstance_of_coded_verb(noun, state)
        ):
            return
        gov = self._governance(noun)
        if gov.kind == "blocked":
            return
        participants = self._participants(noun)
        sources: list[ActorRef] = []
        for slot in frame.source or self.patterns.noun_source:
            sources = self._slot_actors(noun, slot, None)
            if sources:
                break
        if not sources and not participants:
            sources = self._subjects_of_governing_verb(noun)
        targets: list[ActorRef] = []
        for slot in frame.target or self.patterns.noun_target:
            targets = self._slot_actors(noun, slot, None)
            if targets:
                break
        if frame.symmetric and participants:
            sources, targets = (
                participants + [s for s in sources if s.key not in {p.key for p in participants}],
                [],
            )
        if gov.kind in ("intent", "threat", "refusal") and self._codes_itself(gov.governor, noun):
            return
        if gov.kind in ("intent", "threat", "refusal"):
            code = self.patterns.modality.recode(
                gov.kind, frame.code[:2], self._lemma(gov.governor)
            )
            state.recoded.add(gov.governor.i)
            self._add(
                state,
                code,
                self._subjects(gov.governor) or sources,
                targets or (sources if frame.symmetric else []),
                frame.symmetric,
                noun,
                gov.governor,
                None,
                frame.confidence,
            )
            return
        confidence = frame.confidence * (REPORTED_FACTOR if gov.kind == "reported" else 1.0)
        self._add(
            state,
            frame.code,
            sources,
            targets,
            frame.symmetric,
            noun,
            None,
            None,
            confidence,
            own=True,
        )

    def _codes_itself(self, governor: Token, trigger: Token) -> bool:
        """ "rejected a proposal to sign X": the governor's own specific reading (127) is the event."""
        if governor is trigger or governor.pos_ != "VERB":
            return False
        frame, _ = self._verb_frame(governor, self._verb_lemma(governor))
        return frame is not None and bool(frame.object)

    def _circumstance_of_coded_verb(self, noun: Token, state: _Sentence) -> bool:
        """ "killed ... in an attack": the attack is the killing's circumstance, not a second event;
        "following the meeting", "after talks": an earlier event, background to this one."""
        preposition = noun.head
        if noun.dep_ != "pobj":
            return False
        if preposition.lower_ in (
            "following",
            "after",
            "before",
            "since",
            "ahead",
            "prior",
            "despite",
        ):
            return True
        return (
            preposition.lower_ in ("in", "during", "amid")
            and preposition.head.i in state.coded_verbs
        )

    def _subjects_of_governing_verb(self, noun: Token) -> list[ActorRef]:
        """ "X staged a protest", "X returned for talks": the active verb's subject acts."""
        verb = noun.head
        if (
            noun.dep_ == "pobj"
            and verb.lower_ in ("for", "to", "into", "on")
            and verb.dep_ == "prep"
        ):
            verb = verb.head
        elif noun.dep_ not in ("dobj", "attr"):
            return []
        if verb.pos_ != "VERB" or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return []
        return self._subjects(verb)

    def _participants(self, noun: Token) -> list[ActorRef]:
        """Actors of a joint event: "talks between A and B (as well as C and D)"."""
        found: list[ActorRef] = []
        for child in noun.children:
            if (
                child.dep_ == "prep"
                and child.lower_ in ("between", "among")
                or child.lower_ == "as"
                and child.dep_ in ("cc", "prep")
                and found
            ):
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    found += self._actors(pobj)
        if (
            found
        ):  # "talks between A and B - as well as C and D" (C, D parsed as conjuncts of "talks")
            for conjunct in noun.conjuncts:
                if conjunct.i in self.mention_at:
                    found += self._actors(conjunct)
        return _unique(found)

    # ----------------------------------------------------------------- governance
    def _governance(self, token: Token) -> _Governance:
        """What the word above the trigger says about it: asserted, reported, an intent, ... or blocked."""
        modality = self.patterns.modality
        node = token
        while node.head.i != node.i:
            rel, head = node.dep_, node.head
            if rel == "conj":
                node = self._conj_head(node)
                continue
            if rel == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in node.children
            ):
                return _Governance(
                    "blocked", head
                )  # "if it is attacked": a condition, not an event
            if rel in CLAUSE_BOUNDARIES and not (rel == "advcl" and _infinitive(node)):
                return _Governance("asserted")
            lemma = self._lemma(head)
            phrases = {lemma} | {f"{lemma} {c.lower_}" for c in head.children if c.dep_ == "prt"}
            if phrases & modality.blocking or (self._negated(head) and rel != "ccomp"):
                return _Governance("blocked", head)
            kind = None
            if lemma in modality.refusal and rel in ("xcomp", "dobj", "acl"):
                kind = "refusal"
            elif lemma in modality.threat and rel in ("xcomp", "acl", "prep", "pcomp"):
                kind = "threat"
            elif (lemma in modality.intent or lemma in modality.preparation) and rel in (
                "xcomp",
                "acl",
            ):
                kind = "intent"
            if kind:  # "denies any plans to invade": a denied intent is no intent
                return (
                    _Governance("blocked", head)
                    if self._governance(head).kind == "blocked"
                    else _Governance(kind, head)
                )
            if rel in ("ccomp", "parataxis"):
                if lemma in self.patterns.speech and not self._negated(head):
                    return _Governance("reported", head)
                return _Governance("asserted")
            node = head
        return _Governance("asserted")

    def _conj_head(self, node: Token) -> Token:
        """The conjunct an infinitive really coordinates with ("agreed to X ... and to Y")."""
        head = node.head
        if _infinitive(node) and not _infinitive(head):
            for ancestor in head.ancestors:
                if _infinitive(ancestor):
                    return ancestor
                for child in ancestor.children:
                    if child.dep_ == "xcomp" and child.i < node.i and _infinitive(child):
                        return child
        return head

    def _negated(self, token: Token) -> bool:
        return any(
            c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") for c in token.children
        )

    def _modal_aux(self, token: Token) -> str | None:
        """The modal auxiliary of a verb ("will", "would", "must"), if any."""
        modality = self.patterns.modality
        for child in token.children:
            if child.dep_ == "aux" and (
                child.lower_ in modality.aux_intent or child.lower_ in modality.aux_demand
            ):
                return child.lower_
        return None

    def _hypothetical_noun(self, noun: Token) -> bool:
        modifiers = self.patterns.modality.hypothetical_modifiers
        return self._negated(noun) or any(
            c.dep_ in ("amod", "compound") and self._lemma(c) in modifiers for c in noun.children
        )

    # ----------------------------------------------------------------- actors
    def _subjects(self, verb: Token) -> list[ActorRef]:
        """The verb's agent: its subject, a relative clause's antecedent, or a coordinated verb's subject."""
        seen = set()
        root_noun = _misparsed_main_verb(verb)
        if root_noun is not None:
            return self._actors(root_noun, fallback=True)
        while verb.i not in seen:
            seen.add(verb.i)
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
            if subjects:
                subject = subjects[0]
                if subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                    return self._actors(verb.head, fallback=True)
                return self._actors(subject, fallback=True)
            if any(c.dep_ == "nsubjpass" for c in verb.children):
                return self._slot_actors(verb, "agent", None, fallback=True)
            if verb.dep_ == "conj":
                verb = self._conj_head(verb)
            elif verb.dep_ in ("xcomp", "advcl", "pcomp") and verb.head.pos_ in (
                "VERB",
                "AUX",
                "ADP",
            ):
                verb = verb.head if verb.head.pos_ != "ADP" else verb.head.head
            elif (
                verb.dep_ == "acl" and verb.tag_ != "VBN"
            ):  # "youths resorting to ...": the noun acts
                refs = self._actors(verb.head, fallback=True)
                if refs or verb.head.dep_ != "dobj":
                    return refs
                verb = verb.head.head  # "staged demonstrations to demand": whoever staged them
            elif verb.dep_ in ("acomp", "amod") and verb.head.pos_ in ("VERB", "AUX"):
                verb = verb.head
            else:
                return []
        return []

    def _slot_actors(
        self, token: Token, slot: str, obj: Token | None, fallback: bool = False
    ) -> list[ActorRef]:
        if slot.startswith("prep:"):
            word = slot[5:]
            holders = [token] + ([obj] if obj is not None and obj is not token else [])
            for holder in holders:
                for child in holder.children:
                    if child.dep_ in ("prep", "agent", "dative") and child.lower_ == word:
                        found = self._actors_of_deps(child, ("pobj", "pcomp"))
                        if found:
                            return found
            return []
        if slot == "agent":
            for child in token.children:
                if child.dep_ == "agent":
                    return self._actors_of_deps(child, ("pobj",), fallback)
            return []
        if slot == "dobj":
            return self._actors_of_deps(token, ("dobj",))
        if slot == "dative":
            return self._actors_of_deps(token, ("dative", "iobj"))
        return self._actors_of_deps(token, (slot,))

    def _actors_of_deps(
        self, token: Token, deps: tuple[str, ...], fallback: bool = False
    ) -> list[ActorRef]:
        found: list[ActorRef] = []
        for child in token.children:
            if child.dep_ in deps:
                found += self._actors(child, fallback)
        return _unique(found)

    def _actors(self, head: Token, fallback: bool = False) -> list[ActorRef]:
        """Actors named by the phrase headed by ``head`` (and its conjuncts): the shallowest mention wins.

        ``fallback`` (sources): an unresolved phrase still names an actor."""
        found: list[ActorRef] = []
        for phrase_head in [head, *head.conjuncts]:
            refs = self._shallowest_mention(phrase_head)
            if not any(
                r.actor.country for r in refs
            ):  # "Kenzo Oshima, the United Nations coordinator"
                for apposition in (c for c in phrase_head.children if c.dep_ == "appos"):
                    described = [r for r in self._shallowest_mention(apposition) if r.actor.country]
                    if described:
                        refs = described
                        break
            if self._is_group_reference(phrase_head) and len(refs) < 2 and self._group():
                refs = [
                    ActorRef(
                        r.actor.model_copy(update={"text": self._phrase(phrase_head).text}),
                        r.start,
                        r.end,
                        r.resolved,
                    )
                    for r in self._group()
                ]
            found += refs
        if not found and head.pos_ == "PRON":
            found = self._speaker_of(head)
        if (
            not found
            and fallback
            and head.pos_ in ("PROPN", "NOUN", "PRON")
            and head.tag_ not in ("WDT", "EX")
            and head.ent_type_ not in NOT_ACTOR_ENTITIES
        ):
            chunk = self._phrase(head)
            found.append(
                ActorRef(Actor(text=chunk.text), chunk.start_char, chunk.end_char, resolved=False)
            )
        return _unique(found)

    def _shallowest_mention(self, head: Token) -> list[ActorRef]:
        frontier, depth_seen = [head], set()
        while frontier:
            hits = [
                self.mention_at[t.i]
                for t in frontier
                if t.i in self.mention_at and not getattr(self.mention_at[t.i], "locative", False)
            ]
            if hits:
                first = min(hits, key=lambda m: m.start)
                hit_tokens = [t for t in frontier if self.mention_at.get(t.i) is first]
                chosen = [first] + [
                    self.mention_at[c.i]
                    for t in hit_tokens[:1]
                    for c in t.conjuncts
                    if c.i in self.mention_at and self.mention_at[c.i] is not first
                ]
                refs = []
                for mention in chosen:
                    members = getattr(mention, "members", None) or [mention.actor]
                    refs += [
                        ActorRef(
                            member.model_copy(update={"text": mention.text})
                            if member is not mention.actor
                            else member,
                            mention.start,
                            mention.end,
                            resolved=bool(member.code or member.country),
                        )
                        for member in members
                    ]
                return refs
            next_frontier = []
            for token in frontier:
                depth_seen.add(token.i)
                for child in token.children:
                    if child.dep_ in (
                        "relcl",
                        "acl",
                        "ccomp",
                        "advcl",
                        "conj",
                        "cc",
                        "punct",
                        "appos",
                    ):
                        continue
                    if child.dep_ == "prep" and child.lower_ in LOCATIVE_PREPOSITIONS:
                        continue
                    if child.i not in depth_seen:
                        next_frontier.append(child)
            frontier = next_frontier
        return []

    def _speaker_of(self, pronoun: Token) -> list[ActorRef]:
        """ "NATO confirmed it would ...": a pronoun subject of a reported clause is the speaker."""
        if pronoun.dep_ not in ("nsubj", "poss") or pronoun.lower_ not in (
            "it",
            "he",
            "she",
            "they",
            "we",
            "its",
            "his",
            "her",
            "their",
            "our",
        ):
            return []
        clause = pronoun.head
        while (
            pronoun.dep_ == "poss"
            and clause.dep_ in ("dobj", "pobj", "nsubj", "prep")
            and clause.head.i != clause.i
        ):
            clause = clause.head
        while clause.dep_ not in ("ccomp", "parataxis", "ROOT") and clause.head.i != clause.i:
            clause = clause.head
        speech = clause.head
        if (
            clause.dep_ in ("ccomp", "parataxis")
            and self._verb_lemma(speech) in self.patterns.speech
        ):
            return [ref for ref in self._subjects(speech) if ref.resolved]
        return []

    def _is_group_reference(self, token: Token) -> bool:
        references = self.patterns.modality.group_references
        if token.lower_ in ("they", "them", "both"):
            return True
        plural = token.tag_ in ("NNS", "NNPS")
        return (
            plural
            and self._lemma(token) in references
            and any(c.lower_ in ("both", "the", "two") for c in token.children)
        )

    def _group(self) -> list[ActorRef]:
        return (
            list(self.group) if self._current_sentence - self.group_sentence <= GROUP_MEMORY else []
        )

    def _phrase(self, token: Token) -> Span:
        for chunk in token.doc.noun_chunks:
            if chunk.root.i == token.i:
                return chunk
        return token.doc[token.i : token.i + 1]

    # ----------------------------------------------------------------- assembly
    def _add(
        self,
        state: _Sentence,
        code: str,
        sources: list[ActorRef],
        targets: list[ActorRef],
        symmetric: bool,
        trigger: Token,
        governor: Token | None,
        obj: Token | None,
        confidence: float,
        own: bool = False,
    ) -> None:
        """Queue the events of one coded trigger: one per source-target pair, one per pair of joint actors."""
        anchor_token = governor if governor is not None else trigger
        confidence *= CLAUSE_DEPTH_FACTOR ** _clause_depth(anchor_token)
        if anchor_token.dep_ in ("advcl", "acl") and _infinitive(anchor_token):
            confidence *= PURPOSE_FACTOR
        date_tokens = (
            [trigger]
            + ([obj] if obj is not None else [])
            + ([governor] if governor is not None else [])
        )
        place_tokens = [trigger] + ([obj] if obj is not None else [])
        sources = _unique(sources)
        targets = [t for t in _unique(targets) if t.key not in {s.key for s in sources}]
        anchor = governor if governor is not None else trigger
        if symmetric and len(sources) >= 2 and not targets:
            pairs = list(combinations(sources, 2))
            self._remember_group(sources, state, trigger.i)
        elif not sources:
            pairs = [(None, t) for t in targets] or [(None, None)]
        else:
            pairs = [(s, t) for s in sources for t in (targets or [None])]
            if symmetric and targets:
                self._remember_group(sources + targets, state, trigger.i)
        for source, target in pairs:
            if source is not None and target is not None and _same_actor(source, target):
                continue
            state.candidates.append(
                Candidate(code, source, target, anchor, date_tokens, place_tokens, confidence, own)
            )

    def _remember_group(self, actors: list[ActorRef], state: _Sentence, position: int) -> None:
        """The group of joint actors mentioned last in the text is the one "they" refers to."""
        resolved = [a for a in actors if a.resolved]
        if len(resolved) >= 2 and position >= state.group_position:
            self.group, self.group_sentence, state.group_position = resolved, state.index, position

    def _finish(self, state: _Sentence, offset: int) -> list[Event]:
        events: dict[tuple, Event] = {}
        for candidate in state.candidates:
            if candidate.own and candidate.trigger.i in state.recoded:
                continue
            source, target = candidate.source, candidate.target
            if source is None:
                continue
            event = self._event(candidate, source, target, state, offset + len(events))
            key = (event.cameo, source.key, target.key if target else None)
            if key not in events or events[key].confidence < event.confidence:
                events[key] = event
        return list(events.values())

    def _event(
        self,
        candidate: Candidate,
        source: ActorRef,
        target: ActorRef | None,
        state: _Sentence,
        number: int,
    ) -> Event:
        entry = ontology.lookup(candidate.code)
        if not source.resolved:
            confidence = candidate.confidence * UNRESOLVED_FACTOR
        else:
            confidence = candidate.confidence
        date, date_text = self._date(candidate, state.span)
        location = self._location(candidate)
        source = self._with_local_country(source, location, state.span, target)
        if target is not None:
            target = self._with_local_country(target, location, state.span)
        trigger = candidate.trigger
        starts = [trigger.idx] + [
            a.start for a in (source, target) if a is not None and a.end > a.start
        ]
        ends = [trigger.idx + len(trigger.text)] + [
            a.end for a in (source, target) if a is not None and a.end > a.start
        ]
        return Event(
            id=f"{self.document.article.id}-ev{number + 1}",
            source=source.actor,
            target=target.actor if target else None,
            cameo=entry.code,
            root=entry.root,
            plover=entry.plover,
            quad_class=entry.quad_class,
            goldstein=entry.goldstein,
            date=date,
            date_text=date_text,
            location=location,
            sentence=state.span.text,
            sentence_index=state.index,
            span=(max(min(starts), state.span.start_char), min(max(ends), state.span.end_char)),
            confidence=round(confidence, 3),
        )

    def _with_local_country(
        self,
        source: ActorRef,
        location: Location | None,
        sentence: Span | None,
        target: ActorRef | None = None,
    ) -> ActorRef:
        """A sector without a country ("police", "the president") belongs to where the event happens, or,
        acting on a domestic group ("lift the ban on the FIS"), to that group's country."""
        actor = source.actor
        if actor.country or not actor.sector or actor.sector in ("IGO", "NGO"):
            return source
        country, why = (location.country if location is not None else None), "place of the event"
        if country is None:
            places_here = [
                m
                for i, m in self.mention_at.items()
                if sentence.start <= i < sentence.end
                and getattr(m, "locative", False)
                and m.actor.country
            ]
            country = min(places_here, key=lambda m: m.start).actor.country if places_here else None
        if country is None:
            country = self._country_of_place_phrase(sentence)
        if (
            country is None
            and target is not None
            and target.actor.country
            and target.actor.sector
            and target.actor.sector not in ("IGO", "NGO")
        ):
            country, why = target.actor.country, "country of the domestic group it acts on"
        if country is None:
            return source
        local = actor.model_copy(
            update={"country": country, "code": country + actor.sector, "country_source": why}
        )
        return ActorRef(local, source.start, source.end, source.resolved)

    def _country_of_place_phrase(self, sentence: Span) -> str | None:
        """The country of the first place the sentence says something happened at ("near the town of X")."""
        for entity in self._ents_in(sentence):
            if entity.label_ not in PLACE_LABELS | {
                "NORP"
            }:  # the small model often calls towns NORP
                continue
            token = entity.root
            while (
                token.dep_ == "pobj"
                and token.head.lower_ == "of"
                and token.head.head.pos_ == "NOUN"
            ):
                token = token.head.head
            preposition = token.head
            if preposition.lower_ == "of" and preposition.head.lower_ in (
                "outside",
                "inside",
                "north",
                "south",
                "east",
                "west",
            ):
                preposition = preposition.head  # "outside of the city of Basra"
            if token.dep_ == "pobj" and preposition.lower_ in PLACE_PREPOSITIONS | {
                "near",
                "outside",
                "around",
                "inside",
            }:
                found = places.lookup(entity.text, self.context_countries)
                if found is not None and found.country:
                    return found.country
        return None

    def _ents_in(self, sentence: Span) -> list[Span]:
        """``sentence.ents`` (the entities wholly inside it), from the document's list built once."""
        return [e for e in self.ents if sentence.start <= e.start and e.end <= sentence.end]

    # ----------------------------------------------------------------- when and where
    def _date(self, candidate: Candidate, sentence: Span) -> tuple[str | None, str | None]:
        attached: dict[int, Span] = {}
        for entity in self._ents_in(sentence):
            if entity.label_ not in ("DATE", "TIME"):
                continue
            head = entity.root
            while head.head.i != head.i and (
                head.i in range(entity.start, entity.end)
                or head.dep_ in ("pobj", "prep", "npadvmod", "advmod")
                and head.pos_ in ("ADP", "ADV")
                or head.dep_ == "pobj"
            ):
                if head.dep_ == "prep" and head.lower_ in NON_EVENT_DATE_PREPOSITIONS:
                    head = None
                    break
                head = head.head
            if head is not None:
                attached.setdefault(head.i, entity)
        order = list(candidate.date_tokens)
        order += [a for a in candidate.trigger.ancestors if a not in order]
        for token in order:
            entity = attached.get(token.i)
            if entity is None:
                continue
            words = self._date_words(entity)
            value = dates.resolve(words, self.published)
            if value:
                return value, words
        base = dates.published_date(self.published)
        return (base.isoformat() if base else None), None

    def _date_words(self, entity: Span) -> str:
        start = entity.start
        before = entity.doc[start - 1] if start > 0 else None
        if before is not None and before.lower_ in (
            "on",
            "in",
            "earlier",
            "later",
            "early",
            "late",
            "last",
            "this",
        ):
            start -= 1
        return entity.doc[start : entity.end].text

    def _location(self, candidate: Candidate) -> Location | None:
        for token in candidate.place_tokens:
            for child in token.children:
                if child.dep_ != "prep" or child.lower_ not in PLACE_PREPOSITIONS:
                    continue
                for pobj in (g for g in child.children if g.dep_ == "pobj"):
                    name = self._place_name(pobj)
                    if name:
                        found = places.lookup(name, self.context_countries)
                        if found:
                            return found
        return None

    def _place_name(self, token: Token) -> str | None:
        if token.ent_type_ in PLACE_LABELS:
            for entity in self.ents:
                if entity.start <= token.i < entity.end:
                    return entity.text
        if token.pos_ == "PROPN":
            return token.text
        return None

    # ----------------------------------------------------------------- words
    def _lemma(self, token: Token) -> str:
        """The lemma, with hyphenated compounds joined ("build-up", "cease-fire")."""
        doc = token.doc
        if (
            token.i >= 2
            and doc[token.i - 1].text == "-"
            and not doc[token.i - 2].whitespace_
            and not doc[token.i - 1].whitespace_
        ):
            return f"{doc[token.i - 2].lower_}-{token.lemma_.lower()}"
        return token.lemma_.lower()


def _misparsed_main_verb(verb: Token) -> Token | None:
    """ "Doctors from aid groups donated ...", parsed with "Doctors" as the root and "donated" as a
    participle: a sentence without a main verb whose finite-looking participle is the real one."""
    root = verb.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or verb.tag_ not in ("VBD", "VBN"):
        return None
    node = verb if verb.dep_ != "conj" else verb.head
    if node.dep_ != "acl" or any(c.dep_ in ("auxpass", "agent", "aux") for c in node.children):
        return None
    return root


def _clause_depth(token: Token) -> int:
    """Steps from the token up to its clause's root (the sentence root or a reported clause)."""
    depth = 0
    while token.dep_ not in ("ROOT", "ccomp", "parataxis") and token.head.i != token.i:
        token, depth = (
            token.head,
            depth + (token.dep_ not in ("conj", "prep", "pobj", "xcomp", "aux")),
        )
    return depth


def _same_actor(first: ActorRef, second: ActorRef) -> bool:
    """One actor, or a country and its own government: no event between them."""
    if first.key == second.key:
        return True
    a, b = first.actor, second.actor
    return bool(a.country and a.country == b.country and a.country in (a.code, b.code))


def _infinitive(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _unique(refs: list[ActorRef]) -> list[ActorRef]:
    seen, result = set(), []
    for ref in refs:
        if ref.key not in seen:
            seen.add(ref.key)
            result.append(ref)
    return result


def code_document(document: Document, mentions: list[Mention]) -> list[Event]:
    """Events of one document, every actor kept whether or not a country was found for it."""
    coder = Coder(document, mentions)
    return coder.run()
