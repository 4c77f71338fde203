"""Find attributions in a parsed document: who is said to have said, thought or found what.

Two sources of evidence are combined. The dependency parse gives reported speech
(``reported``): a cue verb from ``cues.yaml`` with its subject (the speaker) and its clausal
complement (the content), "according to X" phrases and labelled paragraphs. Quotation marks
(``marks``) give direct speech, which ``attach`` ties to a cue by an ordered list of rules.
Each attribution is then finished (content without its speaker and cue, direct or indirect),
kept only if it states something, and deduplicated.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Token

from eventwire.nlp import SUBJECT_DEPS, doc_text
from eventwire.quotes import cue_parse, cue_phrases, labels, marks, reported
from eventwire.quotes.attach import attach
from eventwire.quotes.attribution import Attribution, Span, end_of, holds, trim
from eventwire.quotes.cues import Cues

QUOTE_CHARACTERS = "\"“”„«»‘’'"
_WORD = re.compile(r"\w+")
# Children that make a clause of the word above them: "of [endangering]", "claim [that ...]".
CLAUSE_DEPS = {"pcomp", "ccomp", "csubj", "advcl"}


def find(doc: Doc, cues: Cues) -> list[Attribution]:
    """All attributions in ``doc``, in text order."""
    text = doc_text(doc)
    found_marks = marks.find(text)

    def quoted(offset: int) -> bool:
        return any(q.outer_start <= offset < q.outer_end for q in found_marks)

    tokens = list(doc)  # spaCy builds a new Token on every access: build them once
    parsed = [
        a
        for a in (
            reported.from_cue(t, cues, quoted, text)
            for t in tokens
            if cue_parse.is_cue_verb(t, cues)
        )
        if a is not None
    ]
    # "X said ..., according to Y": Y is where the reporter read it; X stays the speaker.
    parsed += [
        a
        for a in cue_phrases.according_to(doc, tokens, cues, text)
        if not any(holds(a, other.cue[0]) for other in parsed if other.segments and other.cue)
    ]
    parsed += [
        a
        for a in cue_phrases.nominal(tokens, cues, text)
        + cue_phrases.adjectival(tokens, cues, text)
        if not any(_same_content((a.start, a.end), (o.start, o.end)) for o in parsed if o.segments)
    ]
    # A cue inside quoted speech ("“I think we will win,” she said") is the speaker's, not news.
    parsed = [a for a in parsed if a.cue and not quoted(a.cue[0])] + labels.labelled(
        doc, text, cues
    )
    with_content = [a for a in parsed if a.segments]
    bare_cues = [a for a in parsed if not a.segments]
    made = attach(doc, text, cues, found_marks, with_content, bare_cues)
    for attribution in with_content + made:
        attribution.segments += [
            tail for q in attribution.quotes if (tail := continuation(doc, text, q)) is not None
        ]
    finished = [finish(text, a) for a in with_content + made]
    kept = [a for a in finished if a.segments and states_something(doc, text, a, cues)]
    kept = [a for a in kept if not _reported_inside(text, a, kept)]
    return _deduplicate(sorted(kept, key=lambda a: (a.start, a.end)))


def _reported_inside(text: str, attribution: Attribution, others: list[Attribution]) -> bool:
    """An attribution whose cue and content lie inside another's content is part of what that
    speaker said ("Merrill says [Machado promised to continue supporting Clinton]",
    "condemned [what he called a “brazen breach”]"): the reporter attributes it to the outer
    speaker, not to the inner one. Labelled paragraphs ("PENCE: ...") are never inner."""
    if attribution.cue is None or attribution.cue_token is None:
        return False
    cue, start, end = attribution.cue[0], attribution.start, attribution.end
    return any(
        o is not attribution
        and holds(o, cue)
        and any(s <= start and not _WORD.search(text, max(e, start), end) for s, e in o.segments)
        for o in others
    )


def continuation(doc: Doc, text: str, quote: marks.Quoted) -> Span | None:
    """The words after a quotation that closes in mid-sentence and that still belong to a word
    inside it (“It's basically a tax increase” for the top bracket; “I admire the mechanics”
    of the plan): the speaker's sentence, reported in the reporter's words."""
    if not quote.closed or any(c in ".,;:!?—-" for c in text[quote.end - 1 : quote.outer_end]):
        return None
    span = doc.char_span(quote.outer_end, len(text), alignment_mode="expand")
    if span is None or not len(span) or span[0].idx < quote.outer_end:
        return None
    inside = range(quote.start, quote.end)
    token, last = span[0], None
    while not (token.is_space or token.is_punct) and token.head.idx in inside:
        # a phrase that hangs on a word of the quotation, with every word below it
        last = token.right_edge
        while last.is_space:
            last = doc[last.i - 1]
        if last.i + 1 >= len(doc) or any(t.text in QUOTE_CHARACTERS for t in token.subtree):
            break
        token = doc[last.i + 1]
    if last is None or "\n" in text[quote.outer_end : end_of(last)]:
        return None
    start, end = trim(text, quote.outer_end, end_of(last))
    return (start, end) if re.search(r"\w", text[start:end]) else None


def finish(text: str, attribution: Attribution) -> Attribution:
    """Final content: the parsed content and the quotes, without the speaker and the cue.
    Direct when every remaining piece is a quotation (“A,” she said, “B.”), or when the content
    opens with a quoted sentence and closes with a quotation (“I admire the mechanics” of the
    plan, he said. “But ...”: the reporter's words only inside); else indirect."""
    merged = _merged(
        attribution.segments + [(q.outer_start, q.outer_end) for q in attribution.quotes]
    )
    for hole in (attribution.speaker, attribution.cue):
        if hole is not None:
            merged = _without(merged, hole)
    pieces = [trim(text, s, e, final_period=False) for s, e in merged]
    pieces = [(s, e) for s, e in pieces if re.search(r"\w", text[s:e])]
    segments, all_quotes = [], bool(pieces) and bool(attribution.quotes)
    for start, end in pieces:
        quote = next(
            (
                q
                for q in attribution.quotes
                if q.outer_start <= start <= q.start and q.end <= end <= q.outer_end
            ),
            None,
        )
        segments.append((quote.start, quote.end) if quote else (start, end))
        all_quotes = all_quotes and quote is not None
    attribution.segments = segments
    opens = bool(pieces) and any(
        q.outer_start == pieces[0][0] and text[q.start : q.start + 1].isupper()
        for q in attribution.quotes
    )
    closes = bool(pieces) and any(q.outer_end == pieces[-1][1] for q in attribution.quotes)
    attribution.kind = "direct" if all_quotes or (opens and closes) else "indirect"
    return attribution


def _merged(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _without(spans: list[Span], hole: Span) -> list[Span]:
    """``spans`` with the characters of ``hole`` (the speaker or the cue) cut out."""
    return [
        piece
        for s, e in spans
        for piece in ((s, min(e, hole[0])), (max(s, hole[1]), e))
        if piece[1] > piece[0]
    ]


def states_something(doc: Doc, text: str, attribution: Attribution, cues: Cues) -> bool:
    """Would a reader call the content a statement? Quoted words are; reported content needs
    a speaker, a verb (or a quoted phrase in it) and ``cues.minimum_words`` words. So
    "X denied the accusations" or "X accused President Y" attribute nothing."""
    if attribution.kind == "direct":
        return True
    if attribution.speaker is None:
        return False
    content = "".join(text[s:e] for s, e in attribution.segments)
    if len(_WORD.findall(content)) < cues.minimum_words:
        return False
    if attribution.quotes or _own_quotation(doc, text, attribution, cues):
        return True
    return any(_is_clause(doc, s, e) for s, e in attribution.segments)


def _own_quotation(doc: Doc, text: str, attribution: Attribution, cues: Cues) -> bool:
    """Does the content hold a quotation mark that is this cue's, not one that a cue inside
    the content governs ("slammed a lawsuit ..., calling it “meritless”": the quote is the
    calling's, and "a lawsuit" alone is a topic)?"""
    for start, end in attribution.segments:
        for at in (i for i in range(start, end) if text[i] in QUOTE_CHARACTERS[:6]):
            span = doc.char_span(at, at + 1, alignment_mode="expand")
            if span is None or not len(span):
                return True
            if not _governed_by_other_cue(span[0], attribution.cue_token, cues):
                return True
    return False


def _governed_by_other_cue(token: Token, cue: int | None, cues: Cues) -> bool:
    """Is there a cue verb between ``token`` and the attribution's own cue (token ``cue``)?"""
    if cue is None:
        return False
    for _ in range(12):
        if token.i == cue or token.head.i == token.i:
            return False
        token = token.head
        if token.i != cue and cue_parse.is_cue_verb(token, cues):
            return True
    return False


def _is_clause(doc: Doc, start: int, end: int) -> bool:
    """Is the span (headed by) a clause: a verb at its top, a preposition or noun that opens
    one ("of endangering the troops", "the accusation that ..."), not a noun phrase that only
    holds a verb somewhere ("a ban on Muslims entering the country")?"""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tops = [t for t in span if not (span.start <= t.head.i < span.end) or t.head.i == t.i]
    return _small_clause(tops) or any(_opens_clause(t) for t in tops)


def _small_clause(tops: list[Token]) -> bool:
    """An object with its predicate, after a characterising cue: "[climate change] [a hoax]",
    "[Trump] [as a con artist]"."""
    return any(t.dep_ == "dobj" for t in tops) and any(
        t.dep_ == "oprd" or (t.dep_ == "prep" and t.lower_ == "as") for t in tops
    )


def _opens_clause(token: Token, depth: int = 0) -> bool:
    """A verb; or a word with a clause below it, through one preposition at most ("accused
    Putin [of [endangering ...]]")."""
    if depth == 0 and _has_subject(token) and (token.pos_ == "ADJ" or _has_auxiliary(token)):
        # a word with a subject of its own heads a clause ("Obama was prepared"; "Clinton
        # beats Trump by 4 points", the verb tagged an auxiliary of the noun after it)
        return True
    if token.pos_ in ("VERB", "AUX") and token.dep_ != "prep":
        # "the reporting of the articles": a gerund with a determiner is a noun; "including
        # X" (tagged a verb, used as a preposition) is no clause either
        return not any(c.dep_ == "det" for c in token.children)
    return any(
        (child.dep_ in CLAUSE_DEPS and child.pos_ in ("VERB", "AUX"))
        or (child.dep_ == "prep" and depth == 0 and _opens_clause(child, 1))
        for child in token.children
    )


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in token.children)


def _has_auxiliary(token: Token) -> bool:
    return any(c.dep_ in ("aux", "auxpass") and c.i < token.i for c in token.children)


def _deduplicate(attributions: list[Attribution]) -> list[Attribution]:
    """Two attributions over the same content: keep the better-founded one."""
    kept: list[Attribution] = []
    bounds: list[Span] = []  # (start, end) of each kept one, not recomputed per comparison
    for attribution in attributions:
        span = (attribution.start, attribution.end)
        clash = next((i for i, other in enumerate(bounds) if _same_content(other, span)), None)
        if clash is None:
            kept.append(attribution)
            bounds.append(span)
        elif _rank(attribution) > _rank(kept[clash]):
            kept[clash], bounds[clash] = attribution, span
    return kept


def _same_content(a: Span, b: Span) -> bool:
    """Do two (start, end) spans mostly cover the same text?"""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return overlap > 0.8 * max(a[1] - a[0], b[1] - b[0])


def _rank(a: Attribution) -> tuple[bool, bool, bool]:
    return (a.speaker is not None, a.kind == "direct", a.from_parse)


def sentence_index(sentence_starts: list[int], offset: int) -> int:
    return max(0, bisect_right(sentence_starts, offset) - 1)
