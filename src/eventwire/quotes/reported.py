"""Reported speech from the dependency parse: a cue verb from ``cues.yaml`` with its subject
(the speaker) and its clausal complement or object (the content). Cues that are phrases
("according to X", "his claim that") are in ``cue_phrases``, labelled paragraphs in ``labels``."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from eventwire.nlp import SUBJECT_DEPS, sentence_of
from eventwire.quotes.attribution import Attribution, clip, end_of, paragraph, trim
from eventwire.quotes.cues import Cues

ACTIVE_SUBJECT_DEPS = ("nsubj",)  # the doer's own subject, not a passive one
_SAYING_WITH_IT = {"show", "find", "prove", "demonstrate"}  # stance verbs "it" may report
INHERIT_SUBJECT_DEPS = ("conj", "advcl", "xcomp", "parataxis")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
EXPLETIVES = {"it", "there"}
CLOSING_MARKS = {"”", '"', "''", "’"}
_NAME_REACH = 12  # tokens from a cue back to the quotation before its speaker's name
OPENING_MARKS = "“\"'‘„«"
OBJECT_DEPS = {"dobj", "xcomp", "oprd"}
NOT_CONTENT_OPENERS = {"where", "when", "while", "because", "as"}
SPEAKER_DROP_DEPS = {"relcl", "acl", "appos", "punct", "advcl", "parataxis", "npadvmod", "case"}


def is_cue_verb(token: Token, cues: Cues) -> bool:
    if token.pos_ not in ("VERB", "AUX"):
        return False
    lemma = cues.lemma(token)
    needed = cues.idioms.get(lemma)
    if needed is not None:  # "put it": a cue only with its object
        return any(c.dep_ == "dobj" and c.lower_ == needed for c in token.children)
    return cues.is_cue(lemma)


def from_cue(
    verb: Token, cues: Cues, quoted: Callable[[int], bool], text: str
) -> Attribution | None:
    """The attribution a cue verb makes: its subject says its clause (or, for some verbs, its
    object); a verb of saying with neither may still stand beside a quote (bare cue)."""
    lemma = cues.lemma(verb)
    speaker = subject(verb, quoted)
    if speaker is not None and not_a_source(speaker, verb, cues):
        return None  # "it seems", or a question inside a clause: "who supported which bill"
    if (
        _refused(verb, cues)
        or _obliged(verb, cues)
        or (lemma in cues.stance and _asked_of_others(verb))
    ):
        return None
    spans, cue_end = _content(
        verb, lemma, speaker is not None, cues, _quotation_before(verb, quoted, text)
    )
    aside = _as_aside(verb, cue_end) if spans is None else None
    if aside is not None:
        speaker, spans = aside[0], (verb, aside[1])
    if spans is None:
        if lemma not in cues.speech:
            return None  # only a verb of saying may stand beside a bare quote
        pieces: list[tuple[int, int]] = []
    else:
        pieces = spans[1]
    line = paragraph(text, verb.idx)
    segments = [clip(trim(text, start, end), line) for start, end in pieces]
    segments = [_quotation_only(text, s, quoted) for s in segments if s[1] > s[0]]
    if spans is not None and not segments:
        return None
    speaker_span = phrase(speaker) if speaker is not None else None
    if speaker is None and segments and lemma in cues.speech:
        speaker = _name_before(verb)
        speaker_span = _entity(speaker) if speaker is not None else None
    if speaker is None and lemma in cues.speech:
        speaker = _name_after(verb)
        speaker_span = _entity(speaker) if speaker is not None else None
    if speaker is None and lemma in cues.speech:
        speaker = _name_after_quotation(verb, quoted)
        speaker_span = _up_to(speaker, verb) if speaker is not None else None
    return Attribution(
        segments=segments,
        cue=(verb.idx, cue_end),
        speaker=clip(speaker_span, line) if speaker_span is not None else None,
        speaker_head=speaker.idx if speaker is not None else None,
        cue_token=verb.i,
        negated=any(child.dep_ == "neg" for child in verb.children),
    )


def _as_aside(verb: Token, cue_end: int) -> tuple[Token, list[tuple[int, int]]] | None:
    """ "Hawaii, as one of the advisers pointed out, normally does not get ...", "As Mr. Bown
    observed, ...": a cue in an aside opened by "as" reports the rest of its sentence; its
    speaker is the subject right after "as" (or the object of an "as" the parse took for a
    preposition); after the cue, words without a verb up to a comma ("put it in a statement
    to ..., RT is ...")."""
    doc = verb.doc
    sentence = sentence_of(verb)
    speaker = next((t for t in _before_verb(verb) if doc[t.left_edge.i - 1].lower_ == "as"), None)
    if speaker is None or speaker.left_edge.i - 1 < sentence.start:
        return None
    opener = speaker.left_edge.i - 1
    if opener > sentence.start and doc[opener - 1].text not in (",", "—", "--"):
        return None
    close = next((t for t in doc[verb.i + 1 : sentence.end] if t.idx >= cue_end), None)
    while close is not None and close.text != "," and close.pos_ not in ("VERB", "AUX"):
        close = doc[close.i + 1] if close.i + 1 < sentence.end else None
    if close is None or close.text != "," or close.i + 1 >= sentence.end:
        return None
    if doc[close.i + 1].text in CLOSING_MARKS or doc[close.i + 1].text[:1] in OPENING_MARKS:
        return None  # "As Rosenthal put it, “...”": the quotation is the cue's, as a bare cue
    pieces = [(end_of(close), sentence.end_char)]
    lead = doc[sentence.start : max(sentence.start, opener - 1)]
    if any(t.pos_ not in ("CCONJ", "ADV", "PUNCT", "SPACE") for t in lead):  # not "Yet, as ..."
        pieces.insert(0, (sentence.start_char, doc[opener - 1].idx))
    return speaker, pieces


def _before_verb(verb: Token) -> list[Token]:
    """The verb's subjects before it, and the objects of an "as" the parse hung on it ("as
    [one of the advisers] pointed out")."""
    found = [c for c in verb.children if c.dep_ == "nsubj" and 0 < c.i < verb.i]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as" and child.i < verb.i:
            found += [c for c in child.children if c.dep_ == "pobj" and c.i == child.i + 1]
    return [t for t in found if t.left_edge.i > 0]


def _quotation_only(
    text: str, span: tuple[int, int], quoted: Callable[[int], bool]
) -> tuple[int, int]:
    """ "He said, “Nobody wants this fight,” and then he left": a content that opens with a
    quoted sentence (a capital after the mark), closed by its punctuation, ends with it; the
    words after are the reporter's narrative again."""
    start, end = span
    opening = start
    while opening > 0 and quoted(opening - 1):
        opening -= 1
    if not quoted(start) or text[opening:start].strip(OPENING_MARKS + " "):
        return span
    if not text[start].isupper():
        return span  # a partial quotation inside the speaker's clause ("said “the plan ...")
    close = start + 1
    while close < end and quoted(close):
        close += 1
    inner = text[start:close].rstrip("".join(CLOSING_MARKS))
    if close >= end or not inner or inner[-1] not in ",.!?":
        return span
    return start, close


def _name_before(verb: Token) -> Token | None:
    """ "In a meeting with the board of the Post Trump said that ...": a subject the parse ran
    into the phrase before the cue. A named person or organisation right before a finite verb
    of saying with no subject of its own is its speaker."""
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.pos_ == "PROPN" and before.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return before
    return None


def _name_after(verb: Token) -> Token | None:
    """ "Said Ellis: “...”", "Added Smith, ...": a sentence opened by a verb of saying, the
    name after it its speaker (the parse often takes the verb for part of the name)."""
    if (
        not verb.is_sent_start
        or not verb.text[:1].isupper()
        or verb.tag_ not in ("VBD", "VBZ")
        or verb.i + 1 >= len(verb.doc)
    ):
        return None
    after = verb.doc[verb.i + 1]
    if after.pos_ == "PROPN" and after.ent_type_ in ("PERSON", "ORG", "NORP", "GPE", ""):
        name = after
        while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "PROPN":
            name = name.head
        return name
    return None


def _name_after_quotation(verb: Token, quoted: Callable[[int], bool]) -> Token | None:
    """ "“...,” Flynn, a top Trump surrogate, said ...": a named person or organisation right
    after the closing mark of a quotation before the cue, which the parse hung inside the
    quotation (its subject, if any, is a quoted title after the cue: “Fox and Friends”)."""
    doc = verb.doc
    for token in reversed(doc[max(0, verb.i - _NAME_REACH) : verb.i]):
        if token.text in CLOSING_MARKS and quoted(token.idx):
            name = doc[token.i + 1]
            if name.i < verb.i and name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", "ORG"):
                return name
            return None
        if token.pos_ in ("VERB", "AUX") or token.is_sent_start or "\n" in token.text:
            return None
    return None


def _up_to(name: Token, verb: Token) -> tuple[int, int]:
    """The words from ``name`` to the verb, without the punctuation before the verb ("Flynn,
    a top Trump surrogate")."""
    last = verb.doc[verb.i - 1]
    while last.i > name.i and (last.is_punct or last.is_space):
        last = last.doc[last.i - 1]
    return name.idx, end_of(last)


def _entity(token: Token) -> tuple[int, int]:
    """The named entity a token is part of, as a character span."""
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent.start_char, ent.end_char
    return token.idx, end_of(token)


def _content(
    verb: Token, lemma: str, has_speaker: bool, cues: Cues, quotation: int | None = None
) -> tuple[tuple[Token, list[tuple[int, int]]] | None, int]:
    """What the cue reports, by its class (``cues.yaml``), and where the cue ends: its clause
    (a stance verb's only if finite and no question); else, for verbs that take a message as
    object and have a speaker, the object or infinitive (an intention's bare infinitive is a
    wish, not a statement: "wants to be president"). A cue right after a quotation opening
    at ``quotation`` (“...,” she said) reports that quotation, nothing after itself."""
    cue_end = cue_span(verb)[1]
    spans = _clause(verb, cues, quotation)
    if spans and lemma in cues.stance and not states_belief(spans[0], cues):
        spans = None
    if spans is None and lemma in cues.object_content and has_speaker and quotation is None:
        spans, cue_end = _objects(verb, cues)
        if (
            spans
            and (lemma in cues.intention or (lemma in cues.requests and verb.tag_ != "VBN"))
            and _bare_infinitive(spans[0])
        ):
            spans = None
    return spans, cue_end


def _clause(
    verb: Token, cues: Cues, quotation: int | None = None
) -> tuple[Token, list[tuple[int, int]]] | None:
    """The verb's clausal complement as (head, character spans): the one after the verb when
    there is one ("It's unlikely; her team says she'll run": the parse may hang the clause
    before on the cue too), else the one before ("The economy is strong, he said"). After a
    quotation (“...,” Warren told Stumpf, after he admitted ...) only the one before, from
    the quotation's opening mark at offset ``quotation`` on: what follows is the circumstance
    of saying, or another cue's clause the parse hung here."""
    complements = [
        child
        for child in verb.children
        if child.dep_ == "ccomp"
        and not (
            child.left_edge.lower_ in NOT_CONTENT_OPENERS and child.left_edge.head.i == child.i
        )
    ]
    # not a clause past another verb ("“It's over,” she said of the race, in which she was
    # sure Trump would win": the parse hung the relative clause's complement on the cue)
    doc = verb.doc
    after = [
        c
        for c in complements
        if c.i > verb.i
        and not any(t.pos_ in ("VERB", "AUX") for t in doc[verb.i + 1 : c.left_edge.i])
    ]
    # "X is radical: it posts ...": a colon or semicolon ends the clause before the cue; a
    # cue that itself opens with "that" ("insists ... that he wants to") is reported, so a
    # clause before it is what governs it, not what it reports
    before = [
        c
        for c in complements
        if c.i < verb.i
        and not any(t.text in (":", ";") for t in doc[c.right_edge.i : verb.i])
        and not _opens_with_that(verb)
        and c.ent_type_ != "WORK_OF_ART"  # a title ("In his book, “Make Your Kid ...,” he")
    ]
    if quotation is not None:
        for child in before[:1]:
            return child, [(max(quotation, child.left_edge.idx), end_of(clause_end(child, cues)))]
        return _before_cue(verb, quotation)
    for child in after[:1] or before[:1]:
        return child, [(child.left_edge.idx, end_of(clause_end(child, cues)))]
    if not complements and cues.lemma(verb) in cues.speech:
        misread = _that_clause_on_object(verb)
        if misread is not None:
            return misread, [(misread.left_edge.idx, end_of(clause_end(misread, cues)))]
    stolen = _stolen_clause(verb)
    if stolen is not None:
        return stolen, [(verb.doc[verb.right_edge.i + 1].idx, end_of(clause_end(stolen, cues)))]
    governing = _governing_that_clause(verb)
    if governing is not None:
        head, mark = governing
        return head, [(mark.idx, end_of(clause_end(head, cues)))]
    if verb.dep_ == "parataxis":
        # "The economy is strong, he said" / "The economy, he said, is strong": the cue hangs
        # off the reported clause, which is the head's subtree without the cue's.
        head, doc = verb.head, verb.doc
        pieces = []
        if verb.left_edge.i > head.left_edge.i:
            pieces.append((head.left_edge.idx, end_of(doc[verb.left_edge.i - 1])))
        if verb.right_edge.i < head.right_edge.i:
            pieces.append((doc[verb.right_edge.i + 1].idx, end_of(head.right_edge)))
        return (head, pieces) if pieces else None
    return None


def _opens_with_that(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" and c.i < verb.i for c in verb.children)


def _before_cue(verb: Token, quotation: int) -> tuple[Token, list[tuple[int, int]]] | None:
    """ "“The economy is strong,” he said, in Ohio": the reported clause the cue hangs off
    (parataxis), from the quotation's opening mark to the cue."""
    head, doc = verb.head, verb.doc
    if verb.dep_ != "parataxis" or verb.left_edge.i <= head.left_edge.i:
        return None
    return head, [(max(quotation, head.left_edge.idx), end_of(doc[verb.left_edge.i - 1]))]


def _quotation_before(verb: Token, quoted: Callable[[int], bool], text: str) -> int | None:
    """Where the quoted sentence opens that the cue stands right after, with only its speaker
    between (“...,” Warren told; “...,” said Warren); None if there is none. A quoted
    sentence opens a paragraph or a sentence; a quoted phrase inside a sentence is none
    (Bemoaning the “phony system,” Trump accused ...; after a lead-in, "With thousands of
    systems, “there is no single point of failure,” he said", the lead-in is the speaker's
    too), nor is a participle a speech tag ("..., adding")."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECT_DEPS]
    if not subjects:
        return None
    speaker = subjects[0] if subjects[0].i < verb.i else None
    at = (speaker.left_edge.i if speaker is not None else verb.i) - 1
    if at < 1 or doc[at].text not in CLOSING_MARKS or not quoted(doc[at].idx):
        return None
    if doc[at - 1].text not in (",", "?", "!", "—", "--"):
        return None
    opening = at - 1
    while opening > 0 and quoted(doc[opening - 1].idx):
        opening -= 1
    before = text[paragraph(text, doc[opening].idx)[0] : doc[opening].idx].rstrip()
    return doc[opening].idx if not before or before[-1] in ".!?:" else None


def _that_clause_on_object(verb: Token) -> Token | None:
    """ "told a meeting of leaders that few people understood ...", "yelling to the officers
    that her husband was unarmed": a that-clause the parse took for a relative clause on the
    object or on the person spoken to (a relative clause has no "that" as a mark)."""
    for child in _addressed(verb):
        if any(t.lower_ in ("so", "such") for t in child.subtree):
            return None  # "tells so many lies that ...": a result, not what was told
        for token in child.subtree:
            if (
                token.dep_ in ("relcl", "acl")
                and token.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
                and any(c.dep_ in SUBJECT_DEPS for c in token.children)
            ):
                return token
    return None


def _addressed(verb: Token) -> list[Token]:
    """The verb's object and the object of its "to" ("told [the board]", "said to
    [reporters]"), after it."""
    found = []
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ == "dobj":
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ == "to":
            found += [c for c in child.children if c.dep_ == "pobj"]
    return found


def _stolen_clause(verb: Token) -> Token | None:
    """ "While he acknowledged funding was short, Ham noted ...": the clause right after a cue
    with no complement, that the parse made the cue's head (or hung on the next verb)."""
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
        return None
    head, start = verb.head, verb.right_edge.i + 1
    if verb.dep_ == "advcl" and head.i > verb.i and head.pos_ in ("VERB", "AUX"):
        subject = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        if head.dep_ == "ccomp" and subject and subject[0].left_edge.i == start:
            return head
    if head.i <= verb.i or not any(c.dep_ == "ccomp" and c.i > head.i for c in head.children):
        return None
    return next(
        (
            child
            for child in head.children
            if child.dep_ == "ccomp" and verb.i < child.i < head.i and child.left_edge.i == start
        ),
        None,
    )


def _governing_that_clause(verb: Token) -> tuple[Token, Token] | None:
    """ "The nominee continues to insist, most recently in an interview, that he wants ...":
    the that-clause after a cue with no complement, which the parse made the head of the
    clause the cue is in (through the verbs it is the infinitive of); returned with its "that"."""
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None  # "continues [to insist]": the infinitive is the cue
    clause = verb
    while clause.dep_ == "xcomp" and clause.head.i < clause.i:
        clause = clause.head
    head = clause.head
    if clause.dep_ != "ccomp" or head.i <= verb.right_edge.i:
        return None
    mark = next(
        (c for c in head.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > verb.i),
        None,
    )
    return (head, mark) if mark is not None else None


def clause_end(head: Token, cues: Cues) -> Token:
    """The clause's last token, before any cue verb the parse ran into it ("said that A and
    predicted that B": B is the second cue's, not the first's)."""
    doc = head.doc
    for token in head.subtree:
        if token.i > head.i and (
            (
                token.dep_ == "conj"
                and is_cue_verb(token, cues)
                and any(c.dep_ in ("ccomp", "xcomp") for c in token.children)
            )
            or _trailing_participle(token, head)
        ):
            last = token.i - 1
            while last > head.i and (doc[last].dep_ == "cc" or doc[last].is_punct):
                last -= 1
            return doc[last]
    return head.right_edge


def _trailing_participle(token: Token, head: Token) -> bool:
    """ "said A, citing B": a participle after a comma at the end of the clause is what the
    speaker did while saying it, not part of what was said."""
    doc = token.doc
    return (
        token.head.i == head.i
        and token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and token.left_edge.i == token.i
        and token.i > 0
        and doc[token.i - 1].text == ","
        and token.right_edge.i >= head.right_edge.i - 1
    )


def _objects(verb: Token, cues: Cues) -> tuple[tuple[Token, list[tuple[int, int]]] | None, int]:
    """The verb's object and infinitive complements ("pledged to push for ...", "called for
    releasing the videos", "criticized the party's lack of ..."), and where the cue ends."""
    cue_end = cue_span(verb)[1]
    preps = cues.prepositions.get(cues.lemma(verb), frozenset())
    kept: list[Token] = []
    small_clause = _has_predicate(verb, preps)
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ in OBJECT_DEPS and not (
            child.dep_ == "dobj" and child.pos_ == "PRON" and not small_clause
        ):
            # "asked her" / "told them": a pronoun object is who is spoken to; but not in a
            # small clause ("calling it “meritless”", "described him as unfit")
            kept.append(child)
        elif child.dep_ in ("prep", "prt") and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                kept.extend(objects)
                if child.i == verb.i + 1 and child.lower_ != "as":
                    cue_end = end_of(child)
    if not kept:
        return None, cue_end
    start = min(t.left_edge.idx for t in kept)
    end = max(end_of(t.right_edge) for t in kept)
    return (kept[0], [(start, end)]), cue_end


def _has_predicate(verb: Token, preps: frozenset[str]) -> bool:
    """A small clause after the cue: an object and what it is called ("called it a hoax",
    "described him as unfit")."""
    return any(c.dep_ == "dobj" for c in verb.children) and any(
        c.dep_ == "oprd" or (c.dep_ == "prep" and c.lower_ == "as" and "as" in preps)
        for c in verb.children
    )


def _bare_infinitive(head: Token) -> bool:
    """ "to be president": an infinitive with no subject of its own."""
    return head.dep_ == "xcomp" and not any(c.dep_ in SUBJECT_DEPS for c in head.children)


def states_belief(head: Token, cues: Cues) -> bool:
    """A stance verb's clause: finite, and not a question ("knows what it's like")."""
    finite = any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in head.children)
    return finite and head.left_edge.lower_ not in cues.stance_not_opening_with


def _asked_of_others(verb: Token) -> bool:
    """ "challenged Republicans to prove that ...": a cue in an infinitive whose subject is
    the object of the verb above it is what someone else is asked to do; for a stance verb
    (a belief, a finding) that is no statement of anyone's."""
    return (
        verb.dep_ == "xcomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
        and _controller(verb) is not None
    )


def _controller(verb: Token) -> Token | None:
    """The object of the verb above an infinitive or participle, which is its subject
    ("left many nations feeling that ...", "challenged Republicans to prove ...")."""
    if verb.dep_ != "xcomp":
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)


def _obliged(verb: Token, cues: Cues) -> bool:
    """ "he should condemn terrorists as ...": what the subject ought to say (but "I must
    say ..." says it)."""
    if any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ in cues.obligations for c in verb.children)


def _refused(verb: Token, cues: Cues) -> bool:
    """ "declined to say whether ...": the cue is what was not done."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:  # "declined to X or declare Y"
        verb = verb.head
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in cues.refusals


def subject(
    verb: Token, quoted: Callable[[int], bool] = lambda _: False, depth: int = 0
) -> Token | None:
    """Who does the verb's action: its subject (never words inside quotation marks, which a
    parse may take for the subject of "“...,” said X"), the agent of a passive, the noun a
    participle or relative clause hangs on, or the subject of the verb it depends on."""
    # the cue's own passive subject is who was spoken to ("he was warned against it"); a
    # passive verb above it is the speaker's ("he was asked about it and said ...")
    deps = ACTIVE_SUBJECT_DEPS + (("nsubjpass",) if depth else ())
    for child in verb.children:
        if child.dep_ in deps and not quoted(child.idx):
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if any(child.dep_ == "nsubjpass" for child in verb.children):
        return None
    controller = _controller(verb)
    if controller is not None and controller.pos_ != "PRON":
        return controller  # "left many nations feeling that ...": the nations feel
    if verb.dep_ == "acl":
        # "a letter urging them to reconsider"; not "a stream called Miracle Run" (passive)
        return verb.head if verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") else None
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head  # "began by saying ..."
    elif verb.dep_ not in INHERIT_SUBJECT_DEPS:
        return None
    if depth < 3 and head.i != verb.i:
        return subject(head, quoted, depth + 1)
    return None


def cue_span(verb: Token) -> tuple[int, int]:
    """The cue verb with its particle ("pointed out"), as a character span."""
    last = verb
    for child in verb.children:
        if child.dep_ == "prt" and child.i == last.i + 1:
            last = child
    return verb.idx, end_of(last)


def phrase(head: Token) -> tuple[int, int]:
    """The noun phrase headed by ``head`` without relative clauses, appositions or commas."""
    kept = [head] + [t for c in head.children if c.dep_ not in SPEAKER_DROP_DEPS for t in c.subtree]
    start, end = min(t.i for t in kept), max(t.i for t in kept)
    doc = head.doc
    while end > start and doc[end].is_punct:
        end -= 1
    while start < end and doc[start].is_punct:
        start += 1
    return doc[start].idx, end_of(doc[end])


def not_a_source(speaker: Token, verb: Token, cues: Cues) -> bool:
    """A relative pronoun, "there", or an "it" that is no document ("it seems", "it is
    clear"): only a verb of saying makes "it" a source ("It says the campaign violated ...")."""
    if speaker.lower_ in RELATIVE_PRONOUNS or speaker.lower_ == "there":
        return True
    if speaker.lower_ not in EXPLETIVES or speaker.dep_ != "nsubj":
        return speaker.lower_ in EXPLETIVES
    # an active cue's "it" is a report, a party, a country ("it warned North Korea"); a
    # stance verb's is mostly the empty subject of a construction, unless it reports findings
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return True  # "it would add ...": a consequence, not a report
    return lemma in cues.stance and lemma not in _SAYING_WITH_IT
