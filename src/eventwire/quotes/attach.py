"""Direct speech: tie every run of quoted text (``marks.py``) to the attribution it belongs to.

Each quote group goes through ``RULES`` in order; the first rule that claims it decides. The
order is the order of evidence: the parse's own clause, a cue beside the quote, the previous
attribution of the same paragraph, the previous paragraph's speaker, a dash signature, the cue
verb that governs a phrase inside a sentence, and last an unattributed quote.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventwire.nlp import doc_text, sentence_of
from eventwire.quotes import marks
from eventwire.quotes.attribution import Attribution, end_of, extend, paragraph, reach, trim
from eventwire.quotes.cue_parse import EXPLETIVES, cue_span, is_cue_verb, phrase, subject
from eventwire.quotes.cues import Cues

NOT_COMPLEMENT_DEPS = {"punct", "cc", "conj", "advcl", "parataxis", "advmod", "npadvmod", "mark"}
# What may stand between a quote and its cue: ", said Mr. Smith, the mayor, on Friday."
_NEAR = 80
_SIGNATURE = re.compile(
    r"[ \t\xa0]*(?P<dash>[―—–]|--)[ \t\xa0]*(?P<name>[A-Z][^\n]{0,60}?)[ \t\xa0.]*(?=\n|$)"
)
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")

Group = list[marks.Quoted]


@dataclass
class Context:
    """What the rules see: the document, the attributions found so far and the new ones."""

    doc: Doc
    text: str
    cues: Cues
    with_content: list[Attribution]  # from the parse, with a clause of their own
    bare_cues: list[Attribution]  # cue verbs with a speaker and nothing said yet
    new: list[Attribution] = field(default_factory=list)  # made or completed by quotes

    def adopt(self, attribution: Attribution) -> None:
        """``attribution`` now holds quotes: report it, once, unless the parse already did."""
        if attribution not in self.with_content and attribution not in self.new:
            self.new.append(attribution)


def attach(
    doc: Doc,
    text: str,
    cues: Cues,
    quoted: list[marks.Quoted],
    with_content: list[Attribution],
    bare_cues: list[Attribution],
) -> list[Attribution]:
    """Tie every quote group to an attribution; returns the attributions that only quotes made."""
    context = Context(doc, text, cues, with_content, bare_cues)
    labels = [a.speaker[0] for a in with_content if a.speaker is not None and _labelled(a)]
    for group in groups(quoted, text, labels):
        any(rule(context, group) for rule in RULES)
    return context.new


def groups(quoted: list[marks.Quoted], text: str, labels: list[int]) -> list[Group]:
    """Multi-paragraph quotes as one group of paragraph pieces; a paragraph labelled with
    its speaker ("WALLACE: ..." at ``labels``) opens a new group (a transcript that opens
    every paragraph with a quotation mark is not one speaker's quote)."""
    found: list[Group] = []
    for q in quoted:
        if q.continues and found and not _holds_label(text, q, labels):
            found[-1].append(q)
        else:
            found.append([q])
    return found


def _labelled(attribution: Attribution) -> bool:
    """A paragraph labelled with its speaker (``labels.labelled``): a colon for its cue."""
    return (
        attribution.cue_token is None
        and attribution.from_parse
        and attribution.speaker is not None
        and attribution.cue is not None
    )


def _holds_label(text: str, quote: marks.Quoted, labels: list[int]) -> bool:
    start, end = paragraph(text, quote.outer_start)
    return any(start <= label < end for label in labels)


# --- the rules, in order: each returns True when it has decided the group -----------------


def owned_by_clause(context: Context, group: Group) -> bool:
    """The quote is (part of) the content the parse already gave an attribution."""
    owner = _owner(group, context.with_content)
    if owner is not None:
        extend(owner, group)
    return owner is not None


def cue_beside(context: Context, group: Group) -> bool:
    """“...,” she said / She said: “...”. Not a title after a preposition (On “Face the
    Nation,” Ryan said ...)."""
    if _looks_like_title(context.text, group[0]) and _after_preposition(context.doc, group[0]):
        return False
    cue = _adjacent_cue(context.doc, group[0], group[-1], context.bare_cues + context.with_content)
    if cue is not None:
        extend(cue, group)
        context.adopt(cue)
    return cue is not None


def crosshead(context: Context, group: Group) -> bool:
    """A short quoted heading on a line of its own is no speech: claim it and drop it."""
    return _is_heading(context.text, group[0])


def continues_previous(context: Context, group: Group) -> bool:
    """“A,” she said. “B.”: the next sentence's quote continues the same attribution."""
    previous = _previous(context, group[0])
    if previous is not None and not (previous.segments or previous.quotes):
        # “A,” Obama said at the dinner, where Clinton also spoke. “B.”: a bare cue in an
        # aside; the quote continues the attribution that holds a quote in that sentence
        previous = _quoting_in_same_sentence(context, previous, same_speaker=False)
    if (
        previous is not None
        and (previous.segments or previous.quotes)
        and _follows(context.doc, context.text, previous, group[0])
    ):
        if previous.negated and not previous.quotes:
            # “A,” Obama said. He did not suggest retaliation. “B.”: what was not said does
            # not go on; the quote continues the quotation before it in the paragraph
            quoting = _quoting_before(context, previous, group[0])
            if quoting is None:
                return False
            previous = quoting
        extend(_quoting_in_same_sentence(context, previous), group)
        return True
    return False


def _quoting_before(
    context: Context, negated: Attribution, quote: marks.Quoted
) -> Attribution | None:
    """The latest attribution holding a quote before ``negated``, in the same paragraph."""
    start = negated.cue[0] if negated.cue else reach(negated)
    before = [
        a
        for a in context.with_content + context.new
        if a.quotes
        and a is not negated
        and reach(a) <= start
        and "\n" not in context.text[reach(a) : quote.outer_start]
    ]
    return max(before, key=reach, default=None)


def _quoting_in_same_sentence(
    context: Context, previous: Attribution, *, same_speaker: bool = True
) -> Attribution:
    """“A,” said Caddell, speaking of X. “B.”: the next quote continues the attribution that
    holds a quote, not a reported aside after it in the same sentence."""
    if previous.quotes:
        return previous
    ends = reach(previous)
    sentence = _sentence_at(context.doc, ends - 1)
    quoting = [
        a
        for a in context.with_content + context.new
        if a.quotes
        and (a.speaker == previous.speaker or not same_speaker)
        and reach(a) <= ends
        and _sentence_at(context.doc, reach(a) - 1) == sentence
    ]
    return max(quoting, key=reach, default=previous)


def introduced_by_colon(context: Context, group: Group) -> bool:
    """ "McCrummen reports:" then the quoted paragraph."""
    first, text = group[0], context.text
    previous = _previous_paragraph(context, first)
    if (
        previous is None
        or previous.segments
        or previous.quotes
        or not text[: first.outer_start].rstrip().endswith(":")
    ):
        return False
    extend(previous, group)
    context.new.append(previous)
    return True


def previous_paragraph_speaker(context: Context, group: Group) -> bool:
    """A paragraph that is only a quote, after a paragraph that attributed something."""
    previous = _previous_paragraph(context, group[0])
    if previous is None or not (previous.segments or previous.quotes):
        return False
    context.new.append(
        Attribution(
            segments=[],
            cue=None,
            speaker=previous.speaker,
            speaker_head=previous.speaker_head,
            from_parse=False,
            quotes=list(group),
        )
    )
    return True


def dash_signature(context: Context, group: Group) -> bool:
    """“...” ― Jane Doe."""
    match = _SIGNATURE.match(context.text, group[-1].outer_end)
    if match is None:
        return False
    context.new.append(
        Attribution(
            segments=[],
            cue=match.span("dash"),
            speaker=match.span("name"),
            from_parse=False,
            quotes=list(group),
        )
    )
    return True


def after_colon(context: Context, group: Group) -> bool:
    """ "Smith was blunt: “They lied to us.”": a quoted sentence after a colon in mid-paragraph
    is said by the subject of the clause before the colon, when that is a person or a name."""
    first, doc = group[0], context.doc
    colon = _colon_before(doc, context.text, first)
    inner = context.text[first.start : first.end]
    if colon is None or not inner[:1].isupper():
        return False
    speaker = _clause_subject(doc[colon.i - 1]) if colon.i else None
    if speaker is not None:
        words, head = phrase(speaker), speaker.idx
    elif "\n" not in context.text[: colon.idx] and (name := _first_name(doc, colon)) is not None:
        # a headline ("Warren Hammers Wells Fargo CEO: ‘You Should Be ...’"): the name in it
        words, head = (name.start_char, name.end_char), name.root.idx
    else:
        return False
    context.new.append(
        Attribution(
            segments=[],
            cue=(colon.idx, colon.idx + 1),
            speaker=words,
            speaker_head=head,
            from_parse=False,
            quotes=list(group),
        )
    )
    return True


def phrase_in_sentence(context: Context, group: Group) -> bool:
    """A quoted phrase inside a sentence belongs to the cue verb that governs it; with no such
    verb (a title, scare quotes) it is no attribution."""
    first = group[0]
    if _starts_sentence(context.doc, first):
        return False
    if _looks_like_title(context.text, first):
        return True
    fragment = _fragment(context.doc, context.text, context.cues, first)
    if fragment is None:
        # scare quotes are dropped; a quoted clause with its own subject is speech, even
        # with no cue ("because to her, “there's nothing more important than ...”")
        return not _quoted_clause(context.doc, first)
    same_cue = next(
        (a for a in context.with_content + context.bare_cues if a.cue_token == fragment.cue_token),
        None,
    )
    if same_cue is not None:  # the verb already reports a clause: the phrase joins it
        same_cue.segments.extend(fragment.segments)
        extend(same_cue, group)
        context.adopt(same_cue)
    else:
        context.new.append(fragment)
        context.with_content.append(fragment)  # later fragments of the same clause join it
    return True


def unattributed(context: Context, group: Group) -> bool:
    """A quoted sentence no rule attributes is still a quote, with no speaker."""
    if not _looks_like_title(context.text, group[0]):
        context.new.append(
            Attribution(segments=[], cue=None, speaker=None, from_parse=False, quotes=list(group))
        )
    return True


RULES: tuple[Callable[[Context, Group], bool], ...] = (
    owned_by_clause,
    cue_beside,
    crosshead,
    after_colon,
    continues_previous,
    introduced_by_colon,
    previous_paragraph_speaker,
    dash_signature,
    phrase_in_sentence,
    unattributed,
)


# --- what the rules ask ------------------------------------------------------------------


def _previous(context: Context, quote: marks.Quoted) -> Attribution | None:
    """The attribution that a quote follows: the one with a speaker whose text ends last
    before it."""
    candidates = context.with_content + context.new + context.bare_cues
    before = [a for a in candidates if a.speaker is not None and reach(a) <= quote.outer_start]
    return max(before, key=reach, default=None)


def _previous_paragraph(context: Context, quote: marks.Quoted) -> Attribution | None:
    """The previous attribution, when the quote opens a paragraph right after its own."""
    previous = _previous(context, quote)
    if previous is None or not _starts_paragraph(context.text, quote):
        return None
    between = context.text[reach(previous) : quote.outer_start]
    in_previous = between.strip().count("\n") == 0 and between.count("\n\n") <= 1
    return previous if in_previous and "\n" in between else None


def _owner(group: list[marks.Quoted], attributions: list[Attribution]) -> Attribution | None:
    """The attribution whose content is most made of this quote."""
    first, last = group[0], group[-1]
    best, best_share = None, 0.0
    for attribution in attributions:
        overlap = sum(
            max(0, min(e, last.outer_end) - max(s, first.outer_start))
            for s, e in attribution.segments
        )
        share = overlap / max(1, sum(e - s for s, e in attribution.segments))
        if share > best_share:
            best, best_share = attribution, share
    return best


def _follows(doc: Doc, text: str, previous: Attribution, quote: marks.Quoted) -> bool:
    """Does ``quote`` continue ``previous`` in the same paragraph (“A,” she said. “B.”), being
    in the sentence right after it or after only the tail of its speech tag?"""
    ends = reach(previous)
    between = text[ends : quote.outer_start]
    if "\n" in between:
        return False
    if len(between) <= _NEAR and re.fullmatch(r"[^“\"]*[,.:!?]\s*", between):
        return True
    if _rest_of_sentence(between):
        return True  # “A,” said X, an economist who served as ... . “B.”
    if _only_conjunction(doc, ends, quote.outer_start):
        return True  # “A,” he said, but “B.”
    span = doc.char_span(max(0, ends - 1), ends, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sentence_end = sentence_of(span[0]).end_char
    return sentence_end <= quote.outer_start and not text[sentence_end : quote.outer_start].strip()


def _rest_of_sentence(between: str) -> bool:
    """Is ``between`` the rest of one sentence, with no quotation mark and no sentence end
    before its final stop?"""
    return re.fullmatch(r"[^“”\"'‘’.!?]*[.!?]\s*", between) is not None


def _only_conjunction(doc: Doc, start: int, end: int) -> bool:
    """Between ``start`` and ``end`` only punctuation and one coordinating conjunction."""
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return False
    words = [t for t in span if not (t.is_punct or t.is_space)]
    return len(words) == 1 and words[0].dep_ == "cc"


def _adjacent_cue(
    doc: Doc, first: marks.Quoted, last: marks.Quoted, candidates: list[Attribution]
) -> Attribution | None:
    """A speech cue just after the quote (“...,” she said) or just before it (She said: “...”)."""
    text = doc_text(doc)
    best, best_distance = None, _NEAR + 1
    for attribution in candidates:
        if attribution.cue is None or attribution.speaker is None:
            continue
        cue_start, cue_end = attribution.cue
        if cue_start >= last.outer_end:
            between = text[last.outer_end : cue_start]
            distance = len(between)
            speaker = _speaker_extent(doc, attribution, cue_start)
            ok = (
                "\n" not in between
                and not re.search(r"[.!?;“\"]", _outside(between, last.outer_end, speaker))
                and _only_speaker_between(text, last.outer_end, cue_start, speaker)
            )
        elif cue_end <= first.outer_start:
            between = text[cue_end : first.outer_start]
            distance = len(between)
            ok = (
                "\n" not in between
                and not re.search(r"[.!?;“\"]", between)
                and bool(re.search(r"[:,]\s*$|\bthat\s*$|^\s*$", between))
            )
            if ok and attribution.segments and attribution.start < first.outer_start:
                ok = False  # a cue that already has its own clause before the quote
        else:
            continue
        if ok and distance < best_distance:
            best, best_distance = attribution, distance
    return best


def _speaker_extent(doc: Doc, attribution: Attribution, limit: int) -> tuple[int, int]:
    """The speaker with its appositions (“...!” Scott's niece, state Del. Marcia “Cia” Price,
    shouted), when they end before the cue at ``limit``."""
    speaker = attribution.speaker
    assert speaker is not None
    if attribution.speaker_head is None:
        return speaker
    head_at = attribution.speaker_head
    span = doc.char_span(head_at, head_at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return speaker
    head = span[0]
    start, end = head.left_edge.idx, end_of(head.right_edge)
    return (min(start, speaker[0]), max(end, speaker[1])) if end <= limit else speaker


def _sentence_at(doc: Doc, offset: int) -> int:
    """The start (token index) of the sentence holding character ``offset``."""
    span = doc.char_span(offset, offset + 1, alignment_mode="expand")
    return sentence_of(span[0]).start if span is not None and len(span) else -1


def _outside(between: str, offset: int, speaker: tuple[int, int]) -> str:
    """``between`` (starting at ``offset``) without the speaker phrase, whose abbreviations
    ("Ms. Moore") hold periods that end no sentence."""
    start, end = speaker[0] - offset, speaker[1] - offset
    if 0 <= start <= end <= len(between):
        return between[:start] + between[end:]
    return between


def _only_speaker_between(text: str, start: int, end: int, speaker: tuple[int, int]) -> bool:
    """“...,” she said: between a quote and the cue after it stands the speaker, or nothing
    but punctuation (“...,” said Jane Doe); never more words ("“Face the Nation” that he ...")."""
    if speaker[0] >= start and speaker[1] <= end:
        return not re.search(r"\w", text[start : speaker[0]])
    return not re.search(r"\w", text[start:end])


def _starts_paragraph(text: str, quote: marks.Quoted) -> bool:
    line_start = text.rfind("\n", 0, quote.outer_start) + 1
    return not text[line_start : quote.outer_start].strip()


def _colon_before(doc: Doc, text: str, quote: marks.Quoted) -> Token | None:
    """The colon right before the quote, in the same paragraph after words of its own."""
    before = text[: quote.outer_start].rstrip(" \t")
    if not before.endswith(":") or before[-2:-1] in ("", "\n"):
        return None
    span = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
    return span[0] if span is not None and len(span) and span[0].text == ":" else None


def _clause_subject(word: Token) -> Token | None:
    """The subject of the clause that ends in ``word``, when it names someone: a name, a
    personal pronoun or a word the entity recogniser took for a person or organisation."""
    verb = next((t for t in [word, *word.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    found = subject(verb) if verb is not None else None
    if found is None or found.lower_ in EXPLETIVES:
        return None
    if found.pos_ == "PROPN" or found.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return found
    if found.pos_ == "PRON" and found.lower_ not in ("this", "that", "what", "which", "who"):
        return found
    return None


def _first_name(doc: Doc, before: Token) -> Span | None:
    """The first person or organisation the entity recogniser found before ``before``."""
    return next((e for e in doc.ents if e.end <= before.i and e.label_ in ("PERSON", "ORG")), None)


def _after_preposition(doc: Doc, quote: marks.Quoted) -> bool:
    """Does a preposition stand before the quote, maybe with an owner between ("on “Face the
    Nation”", "on CBS's “Face the Nation”")?"""
    opening = _opening_token(doc, quote)
    if opening is None:
        return False
    at = opening.i - 1
    while at > 0 and opening.i - at <= 4 and (doc[at].tag_ == "POS" or doc[at].pos_ == "PROPN"):
        at -= 1
    return at >= 0 and doc[at].pos_ == "ADP"


def _starts_sentence(doc: Doc, quote: marks.Quoted) -> bool:
    token = _opening_token(doc, quote)
    if token is None:
        return True
    return token.is_sent_start or token.i == sentence_of(token).start


def _opening_token(doc: Doc, quote: marks.Quoted) -> Token | None:
    """The token that holds the quote's opening mark."""
    span = doc.char_span(quote.outer_start, quote.outer_start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _fragment(doc: Doc, text: str, cues: Cues, quote: marks.Quoted) -> Attribution | None:
    """A quoted phrase inside a sentence ("hailed as a “positive signal” talks in Paris").

    The nearest cue verb above the phrase attributes it; the content is that verb's
    complements, which hold the phrase. A quoted phrase that no cue governs is a title or
    scare quotes, not an attribution.
    """
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root
    for _ in range(8):
        if verb.head.i == verb.i:
            return None
        child, verb = verb, verb.head
        if is_cue_verb(verb, cues) or _names_as(verb, child):
            break
    else:
        return None
    complements = [
        c
        for c in verb.children
        if c.i > verb.i and (c.i == child.i or c.dep_ not in NOT_COMPLEMENT_DEPS)
    ]
    if child not in complements:
        complements = [child]
    start = min(c.left_edge.idx for c in complements)
    end = max(end_of(c.right_edge) for c in complements)
    speaker = subject(verb)
    if speaker is not None and (speaker.lower_ in EXPLETIVES or _inside(speaker, quote)):
        speaker = None
    return Attribution(
        segments=[trim(text, start, end)],
        cue=cue_span(verb),
        speaker=phrase(speaker) if speaker is not None else None,
        speaker_head=speaker.idx if speaker is not None else None,
        cue_token=verb.i,
        from_parse=False,
        quotes=[quote],
    )


def _quoted_clause(doc: Doc, quote: marks.Quoted) -> bool:
    """Is the quotation a clause of its own: its head a verb whose subject is quoted too?"""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    return root.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass", "expl") and _inside(c, quote) for c in root.children
    )


def _names_as(verb: Token, child: Token) -> bool:
    """ "admires Putin as a “strong leader”", "has gone after Trump as a “human leech”": any
    verb whose object (or the object of its preposition) is named in quotation marks after
    "as" characterises it; the verb's subject says so."""
    return (
        verb.pos_ == "VERB"
        and child.dep_ == "prep"
        and child.lower_ == "as"
        and any(
            c.i < child.i
            and (
                c.dep_ == "dobj" or (c.dep_ == "prep" and any(o.dep_ == "pobj" for o in c.children))
            )
            for c in verb.children
        )
    )


def _inside(token: Token, quote: marks.Quoted) -> bool:
    return quote.outer_start <= token.idx < quote.outer_end


def _looks_like_title(text: str, quote: marks.Quoted) -> bool:
    """A quoted name of a show, film or article ("“Face the Nation”"), not speech."""
    inner = text[quote.start : quote.end]
    words = [w for w in _TITLE_WORD.findall(inner) if len(w) > 3]
    return len(inner.split()) <= 6 and all(w[0].isupper() for w in words)


def _is_heading(text: str, quote: marks.Quoted) -> bool:
    """A short quoted crosshead on a line of its own (‘Positive signal’), not speech."""
    inner = text[quote.start : quote.end]
    line_start = text.rfind("\n", 0, quote.outer_start) + 1
    line_end = text.find("\n", quote.outer_end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return (
        line == text[quote.outer_start : quote.outer_end].strip()
        and len(inner.split()) <= 6
        and not inner.rstrip().endswith((".", "!", "?"))
    )
