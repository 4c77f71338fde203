"""Find attributions in a parsed document: who is said to have said, thought or found what.

Two sources of evidence are combined. The dependency parse gives reported speech: a cue
verb from ``cues.yaml`` with its subject (the speaker) and its clausal complement (the
content), and "according to X" phrases. Quotation marks (``marks.py``) give direct speech,
which is then tied to a cue: the parse's own clause, a cue right after or before the quote
(“...,” she said / He said: “...”), the cue of the previous quote in the same paragraph
(“A,” she said. “B.”), the speaker of the previous paragraph for a paragraph that is only a
quote, a dash signature, or, for a fragment inside a sentence, the cue verb that governs it.
Paragraphs labelled "NAME: ..." are attributed to the name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventwire.nlp import doc_text
from eventwire.quotes import marks
from eventwire.quotes.cues import Cues

SUBJECT_DEPS = ("nsubj",)
INHERIT_SUBJECT_DEPS = ("conj", "advcl", "xcomp", "parataxis")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
EXPLETIVES = {"it", "there"}
OBJECT_DEPS = {"dobj", "xcomp", "oprd"}
NOT_COMPLEMENT_DEPS = {"punct", "cc", "conj", "advcl", "parataxis", "advmod", "npadvmod", "mark"}
NOT_CONTENT_OPENERS = {"where", "when", "while", "because", "as"}
SPEAKER_DROP_DEPS = {"relcl", "acl", "appos", "punct", "advcl", "parataxis", "npadvmod"}
# What may stand between a quote and its cue: ", said Mr. Smith, the mayor, on Friday."
_NEAR = 80
_SIGNATURE = re.compile(
    r"[ \t\xa0]*(?P<dash>[―—–]|--)[ \t\xa0]*(?P<name>[A-Z][^\n]{0,60}?)[ \t\xa0.]*(?=\n|$)"
)
_LABEL = re.compile(
    r"^[ \t]*[\"“]?(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,3})(?P<colon>:)[ \t]+"
    r"(?P<rest>\S[^\n]*)",
    re.MULTILINE,
)
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass
class Attribution:
    """One attribution before it becomes a ``models.Quote`` (character offsets into the body)."""

    segments: list[tuple[int, int]]
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    speaker_head: int | None = None  # character offset of the speaker phrase's head token
    cue_token: int | None = None  # token index of the cue, for grouping split quotes
    from_parse: bool = True
    quotes: list[marks.Quoted] = field(default_factory=list)
    kind: str = "indirect"  # decided by ``_finish`` once every quote is attached

    @property
    def start(self) -> int:
        return min(s for s, _ in self.segments)

    @property
    def end(self) -> int:
        return max(e for _, e in self.segments)


def find(doc: Doc, cues: Cues) -> list[Attribution]:
    """All attributions in ``doc``, in text order."""
    text = doc_text(doc)
    found_marks = marks.find(text)

    def quoted(offset: int) -> bool:
        return any(q.outer_start <= offset < q.outer_end for q in found_marks)

    tokens = list(doc)  # spaCy builds a new Token on every access: build them once
    parsed = [
        a
        for a in (_from_cue(t, cues, quoted, text) for t in tokens if _is_cue_verb(t, cues))
        if a is not None
    ]
    # "X said ..., according to Y": Y is where the reporter read it; X stays the speaker.
    parsed += [
        a
        for a in _according_to(doc, tokens, cues, text)
        if not any(_holds(a, other.cue[0]) for other in parsed if other.segments)
    ]
    # A cue inside quoted speech ("“I think we will win,” she said") is the speaker's, not news.
    parsed = [a for a in parsed if not quoted(a.cue[0])] + _labelled(doc, text)
    with_content = [a for a in parsed if a.segments]
    bare_cues = [a for a in parsed if not a.segments]
    made = _attach_quotes(doc, cues, _groups(found_marks), with_content, bare_cues)
    finished = [a for a in (_finish(text, a) for a in with_content + made) if a.segments]
    return _deduplicate(sorted(finished, key=lambda a: (a.start, a.end)))


def _holds(attribution: Attribution, offset: int) -> bool:
    return any(s <= offset < e for s, e in attribution.segments)


# --- reported speech from the parse -------------------------------------------------------


def _is_cue_verb(token: Token, cues: Cues) -> bool:
    return token.pos_ in ("VERB", "AUX") and cues.is_cue(token.lemma_.lower())


def _from_cue(
    verb: Token, cues: Cues, quoted: Callable[[int], bool], text: str
) -> Attribution | None:
    lemma = verb.lemma_.lower()
    speaker = _subject(verb, quoted)
    if speaker is not None and speaker.lower_ in EXPLETIVES:
        return None
    cue_end = _cue_span(verb)[1]
    spans = _clause(verb)
    if spans and lemma in cues.stance and not _is_finite_clause(spans[0]):
        spans = None
    if spans is None and lemma in cues.object_content and speaker is not None:
        # Without a subject ("Please support quality journalism") an object is no attribution.
        spans, cue_end = _objects(verb, cues)
    if spans is None:
        if lemma not in cues.speech:
            return None  # only a verb of saying may stand beside a bare quote
        pieces: list[tuple[int, int]] = []
    else:
        pieces = spans[1]
    paragraph = _paragraph(text, verb.idx)
    segments = [_clip(_trim(text, start, end), paragraph) for start, end in pieces]
    segments = [s for s in segments if s[1] > s[0]]
    if spans is not None and not segments:
        return None
    return Attribution(
        segments=segments,
        cue=(verb.idx, cue_end),
        speaker=_clip(_phrase(speaker), paragraph) if speaker is not None else None,
        speaker_head=speaker.idx if speaker is not None else None,
        cue_token=verb.i,
    )


def _clause(verb: Token) -> tuple[Token, list[tuple[int, int]]] | None:
    """The verb's clausal complement as (head, character spans)."""
    for child in verb.children:
        opener = child.left_edge
        if child.dep_ == "ccomp" and not (
            opener.lower_ in NOT_CONTENT_OPENERS and opener.head.i == child.i
        ):
            return child, [(child.left_edge.idx, _end(child.right_edge))]
    if verb.dep_ == "parataxis":
        # "The economy is strong, he said" / "The economy, he said, is strong": the cue hangs
        # off the reported clause, which is the head's subtree without the cue's.
        head, doc = verb.head, verb.doc
        pieces = []
        if verb.left_edge.i > head.left_edge.i:
            pieces.append((head.left_edge.idx, _end(doc[verb.left_edge.i - 1])))
        if verb.right_edge.i < head.right_edge.i:
            pieces.append((doc[verb.right_edge.i + 1].idx, _end(head.right_edge)))
        return (head, pieces) if pieces else None
    return None


def _objects(verb: Token, cues: Cues) -> tuple[tuple[Token, list[tuple[int, int]]] | None, int]:
    """The verb's object and infinitive complements ("pledged to push for ...", "called for
    releasing the videos", "criticized the party's lack of ..."), and where the cue ends."""
    cue_end = _cue_span(verb)[1]
    preps = cues.prepositions.get(verb.lemma_.lower(), frozenset())
    kept: list[Token] = []
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ in OBJECT_DEPS:
            kept.append(child)
        elif child.dep_ in ("prep", "prt") and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                kept.extend(objects)
                if child.i == verb.i + 1:
                    cue_end = _end(child)
    if not kept:
        return None, cue_end
    start = min(t.left_edge.idx for t in kept)
    end = max(_end(t.right_edge) for t in kept)
    return (kept[0], [(start, end)]), cue_end


def _is_finite_clause(head: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in head.children)


def _subject(
    verb: Token, quoted: Callable[[int], bool] = lambda _: False, depth: int = 0
) -> Token | None:
    """Who does the verb's action: its subject (never words inside quotation marks, which a
    parse may take for the subject of "“...,” said X"), the agent of a passive, the noun a
    participle or relative clause hangs on, or the subject of the verb it depends on."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS and not quoted(child.idx):
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if verb.dep_ == "acl":
        # "a letter urging them to reconsider"; not "a stream called Miracle Run" (passive)
        return verb.head if verb.tag_ == "VBG" and verb.head.pos_ in ("NOUN", "PROPN") else None
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head  # "began by saying ..."
    elif verb.dep_ not in INHERIT_SUBJECT_DEPS:
        return None
    if depth < 3 and head.i != verb.i:
        return _subject(head, quoted, depth + 1)
    return None


def _cue_span(verb: Token) -> tuple[int, int]:
    """The cue verb with its particle ("pointed out"), as a character span."""
    last = verb
    for child in verb.children:
        if child.dep_ == "prt" and child.i == last.i + 1:
            last = child
    return verb.idx, _end(last)


def _phrase(head: Token) -> tuple[int, int]:
    """The noun phrase headed by ``head`` without relative clauses, appositions or commas."""
    kept = [head] + [t for c in head.children if c.dep_ not in SPEAKER_DROP_DEPS for t in c.subtree]
    start, end = min(t.i for t in kept), max(t.i for t in kept)
    doc = head.doc
    while end > start and doc[end].is_punct:
        end -= 1
    while start < end and doc[start].is_punct:
        start += 1
    return doc[start].idx, _end(doc[end])


def _according_to(doc: Doc, tokens: list[Token], cues: Cues, text: str) -> list[Attribution]:
    found = []
    lowered = [t.lower_ for t in tokens]
    for sentence in doc.sents:
        words = lowered[sentence.start : sentence.end]
        for phrase in cues.according_to:
            for i in range(len(words) - len(phrase) + 1):
                if words[i] != phrase[0] or tuple(words[i : i + len(phrase)]) != phrase:
                    continue
                first, last = sentence[i], sentence[i + len(phrase) - 1]
                objects = [c for c in last.children if c.dep_ == "pobj"]
                if not objects:
                    continue
                source = objects[0]
                source_end = source.right_edge.i
                segments = _sentence_without(sentence, first.i, source_end, text)
                if segments:
                    found.append(
                        Attribution(
                            segments=segments,
                            cue=(first.idx, _end(last)),
                            speaker=_phrase(source),
                            speaker_head=source.idx,
                            cue_token=first.i,
                        )
                    )
    return found


def _labelled(doc: Doc, text: str) -> list[Attribution]:
    """Paragraphs labelled with their speaker: transcripts ("PENCE: Well, look, ...") and
    headline-style claims ("Sanders: Clinton needs to ..."). The label must be a name: in
    capitals, or a person or organisation the entity recogniser found."""
    found = []
    for match in _LABEL.finditer(text):
        name_start, name_end = match.span("name")
        name = match.group("name")
        span = doc.char_span(name_start, name_end, alignment_mode="expand")
        is_name = (name.isupper() and len(name) >= 3) or (
            span is not None
            and len(span) > 0
            and all(t.ent_type_ in ("PERSON", "ORG") for t in span)
        )
        if not is_name:
            continue
        content = _trim(text, *match.span("rest"))
        if content[1] > content[0]:
            found.append(
                Attribution(
                    segments=[content],
                    cue=match.span("colon"),
                    speaker=(name_start, name_end),
                    speaker_head=name_start,
                )
            )
    return found


def _sentence_without(sentence: Span, first: int, last: int, text: str) -> list[tuple[int, int]]:
    """The sentence's text minus tokens first..last (the source phrase), as trimmed pieces."""
    doc = sentence.doc
    pieces = []
    if first > sentence.start:
        pieces.append(_trim(text, sentence.start_char, doc[first - 1].idx))
    if last + 1 < sentence.end:
        pieces.append(_trim(text, doc[last + 1].idx, sentence.end_char))
    return [p for p in pieces if len(text[p[0] : p[1]].split()) >= 3]


# --- direct speech from quotation marks ---------------------------------------------------


def _groups(quoted: list[marks.Quoted]) -> list[list[marks.Quoted]]:
    """Multi-paragraph quotes as one group of paragraph pieces."""
    groups: list[list[marks.Quoted]] = []
    for q in quoted:
        if q.continues and groups:
            groups[-1].append(q)
        else:
            groups.append([q])
    return groups


def _attach_quotes(  # noqa: C901
    doc: Doc,
    cues: Cues,
    groups: list[list[marks.Quoted]],
    with_content: list[Attribution],
    bare_cues: list[Attribution],
) -> list[Attribution]:
    """Tie every quote group to an attribution; returns the attributions that only quotes made."""
    text = doc_text(doc)
    new: list[Attribution] = []
    for group in groups:
        first, last = group[0], group[-1]
        owner = _owner(group, with_content)
        if owner is not None:
            _extend(owner, group)
            continue
        cue = _adjacent_cue(text, first, last, bare_cues + with_content)
        if cue is not None:
            _extend(cue, group)
            if cue not in with_content and cue not in new:
                new.append(cue)
            continue
        if _is_heading(text, first):
            continue
        previous = _preceding(first, with_content + new + bare_cues)
        if (
            previous is not None
            and (previous.segments or previous.quotes)
            and _follows(doc, text, previous, first)
        ):
            _extend(previous, group)
            continue
        if (
            _starts_paragraph(text, first)
            and previous is not None
            and _in_previous_paragraph(text, previous, first)
        ):
            if (
                not previous.segments
                and not previous.quotes
                and text[: first.outer_start].rstrip().endswith(":")
            ):
                _extend(previous, group)  # "McCrummen reports:" then the quoted paragraph
                new.append(previous)
                continue
            if previous.segments or previous.quotes:
                new.append(
                    Attribution(
                        segments=[],
                        cue=None,
                        speaker=previous.speaker,
                        speaker_head=previous.speaker_head,
                        from_parse=False,
                        quotes=list(group),
                    )
                )
                continue
        signed = _signed(text, last)
        if signed is not None:
            new.append(
                Attribution(
                    segments=[],
                    cue=signed[0],
                    speaker=signed[1],
                    from_parse=False,
                    quotes=list(group),
                )
            )
            continue
        if not _starts_sentence(doc, first):
            fragment = None if _looks_like_title(text, first) else _fragment(doc, text, cues, first)
            if fragment is None:
                continue
            same_cue = next(
                (a for a in with_content + bare_cues if a.cue_token == fragment.cue_token), None
            )
            if same_cue is not None:  # the verb already reports a clause: the phrase joins it
                same_cue.segments.extend(fragment.segments)
                _extend(same_cue, group)
                if same_cue not in with_content and same_cue not in new:
                    new.append(same_cue)
            else:
                new.append(fragment)
                with_content.append(fragment)  # later fragments of the same clause belong to it
            continue
        if not _looks_like_title(text, first):
            new.append(
                Attribution(
                    segments=[], cue=None, speaker=None, from_parse=False, quotes=list(group)
                )
            )
    return new


def _signed(text: str, quote: marks.Quoted) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """A quote signed with a dash at the end of its line (“...” ― Jane Doe): (cue, speaker) spans."""
    match = _SIGNATURE.match(text, quote.outer_end)
    if match is None:
        return None
    return match.span("dash"), match.span("name")


def _extend(attribution: Attribution, group: list[marks.Quoted]) -> None:
    """One more piece of the same attribution (“A,” she said. “B.”)."""
    attribution.segments.extend((q.start, q.end) for q in group)
    attribution.quotes.extend(group)


def _reach(attribution: Attribution) -> int:
    """Where an attribution's text (content, cue or quotes) ends."""
    ends = [e for _, e in attribution.segments] + [q.outer_end for q in attribution.quotes]
    if attribution.cue:
        ends.append(attribution.cue[1])
    return max(ends)


def _preceding(quote: marks.Quoted, attributions: list[Attribution]) -> Attribution | None:
    """The attribution that a quote follows: the one whose text ends last before it."""
    before = [a for a in attributions if a.speaker is not None and _reach(a) <= quote.outer_start]
    return max(before, key=_reach, default=None)


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
    reach = _reach(previous)
    between = text[reach : quote.outer_start]
    if "\n" in between:
        return False
    if len(between) <= _NEAR and re.fullmatch(r"[^“\"]*[,.:!?]\s*", between):
        return True
    span = doc.char_span(max(0, reach - 1), reach, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sentence_end = span[0].sent.end_char
    return sentence_end <= quote.outer_start and not text[sentence_end : quote.outer_start].strip()


def _adjacent_cue(
    text: str, first: marks.Quoted, last: marks.Quoted, candidates: list[Attribution]
) -> Attribution | None:
    """A speech cue just after the quote (“...,” she said) or just before it (She said: “...”)."""
    best, best_distance = None, _NEAR + 1
    for attribution in candidates:
        if attribution.cue is None or attribution.speaker is None:
            continue
        cue_start, cue_end = attribution.cue
        if cue_start >= last.outer_end:
            between = text[last.outer_end : cue_start]
            distance = len(between)
            ok = "\n" not in between and not re.search(r"[.!?;“\"]", between)
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


def _starts_paragraph(text: str, quote: marks.Quoted) -> bool:
    line_start = text.rfind("\n", 0, quote.outer_start) + 1
    return not text[line_start : quote.outer_start].strip()


def _in_previous_paragraph(text: str, previous: Attribution, quote: marks.Quoted) -> bool:
    """Was ``previous`` made in the paragraph just before the quote's?"""
    between = text[_reach(previous) : quote.outer_start]
    return between.strip().count("\n") == 0 and between.count("\n\n") <= 1 and "\n" in between


def _starts_sentence(doc: Doc, quote: marks.Quoted) -> bool:
    span = doc.char_span(quote.outer_start, quote.outer_start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return True
    token = span[0]
    return token.is_sent_start or token.i == token.sent.start


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
        if _is_cue_verb(verb, cues):
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
    end = max(_end(c.right_edge) for c in complements)
    subject = _subject(verb)
    if subject is not None and (subject.lower_ in EXPLETIVES or _inside(subject, quote)):
        subject = None
    return Attribution(
        segments=[_trim(text, start, end)],
        cue=_cue_span(verb),
        speaker=_phrase(subject) if subject is not None else None,
        speaker_head=subject.idx if subject is not None else None,
        cue_token=verb.i,
        from_parse=False,
        quotes=[quote],
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


# --- finishing ---------------------------------------------------------------------------


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces and edge punctuation from a content span."""
    while start < end and (text[start].isspace() or text[start] in ",;:—-–"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—-–."):
        end -= 1
    return start, end


def _finish(text: str, attribution: Attribution) -> Attribution:
    """Final content: the parsed content and the quotes, without the speaker and the cue.
    Direct when every remaining piece is a quotation (“A,” she said, “B.”), else indirect."""
    spans = sorted(
        attribution.segments + [(q.outer_start, q.outer_end) for q in attribution.quotes]
    )
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    for hole in (attribution.speaker, attribution.cue):
        if hole is not None:
            merged = (
                [
                    piece
                    for s, e in merged
                    for piece in ((s, min(e, hole[0])), (max(s, hole[1]), e))
                    if piece[1] > piece[0]
                ]
                if any(s < hole[1] and hole[0] < e for s, e in merged)
                else merged
            )
    pieces = []
    for start, end in merged:
        start, end = _trim_piece(text, start, end)
        if re.search(r"\w", text[start:end]):
            pieces.append((start, end))
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
        if quote is not None:
            segments.append((quote.start, quote.end))
        else:
            segments.append((start, end))
            all_quotes = False
    attribution.segments = segments
    attribution.kind = "direct" if all_quotes else "indirect"
    return attribution


def _trim_piece(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:—-–―"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—-–―"):
        end -= 1
    return start, end


def _paragraph(text: str, offset: int) -> tuple[int, int]:
    """The line around ``offset``: no attribution crosses a paragraph break."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, end if end >= 0 else len(text)


def _clip(span: tuple[int, int], paragraph: tuple[int, int]) -> tuple[int, int]:
    return max(span[0], paragraph[0]), min(span[1], paragraph[1])


def _end(token: Token) -> int:
    return token.idx + len(token.text)


def _deduplicate(attributions: list[Attribution]) -> list[Attribution]:
    """Two attributions over the same content: keep the better-founded one."""
    kept: list[Attribution] = []
    bounds: list[
        tuple[int, int]
    ] = []  # (start, end) of each kept one, not recomputed per comparison
    for attribution in attributions:
        span = (attribution.start, attribution.end)
        clash = next((i for i, other in enumerate(bounds) if _same_content(other, span)), None)
        if clash is None:
            kept.append(attribution)
            bounds.append(span)
        elif _rank(attribution) > _rank(kept[clash]):
            kept[clash], bounds[clash] = attribution, span
    return kept


def _same_content(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Do two (start, end) spans mostly cover the same text?"""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    return overlap > 0.8 * max(a[1] - a[0], b[1] - b[0])


def _rank(a: Attribution) -> tuple[int, int, int]:
    return (a.speaker is not None, a.kind == "direct", a.from_parse)


def sentence_index(sentence_starts: list[int], offset: int) -> int:
    return max(0, bisect_right(sentence_starts, offset) - 1)
