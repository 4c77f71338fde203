"""What a cue verb reports as its clause, with the repairs for clauses the parse hung
elsewhere: the clause after the cue over one before it, a that-clause the parse made a relative
clause of the object (``_that_clause_on_object``) or the head of the cue's own clause
(``_stolen_clause``, ``_governing_that_clause``), the clause a cue hangs off as an aside
("The economy is strong, he said"), and where a clause ends before another cue the parse ran
into it (``clause_end``), and whether a stance verb's clause states a belief
(``states_belief``). Its own module because the clause is one question with many parse
repairs, asked by both cue verbs (``reported``) and cue phrases (``cue_phrases``)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.nlp import SUBJECT_DEPS
from eventwire.quotes.attribution import end_of
from eventwire.quotes.cue_parse import is_cue_verb
from eventwire.quotes.cues import Cues

NOT_CONTENT_OPENERS = {"where", "when", "while", "because", "as"}


def cue_clause(
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


def states_belief(head: Token, cues: Cues) -> bool:
    """A stance verb's clause: finite, and not a question ("knows what it's like")."""
    finite = any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in head.children)
    return finite and head.left_edge.lower_ not in cues.stance_not_opening_with
