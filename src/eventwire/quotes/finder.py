"""Find attributions in a parsed document: who is said to have said, thought or found what.

Two sources of evidence are combined. The dependency parse gives reported speech: a cue
verb from ``cues.yaml`` with its subject (the speaker) and its clausal complement (the
content), and "according to X" phrases. Quotation marks (``marks.py``) give direct speech,
which is then tied to a cue: the parse's own clause, a cue right after or before the quote
(“...,” she said / He said: “...”), the cue of the previous quote in the same paragraph
(“A,” she said. “B.”), the speaker of the previous paragraph for a paragraph that is only a
quote, or, for a fragment inside a sentence, the subject of the verb that governs it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from eventwire.quotes import marks
from eventwire.quotes.cues import Cues

SUBJECT_DEPS = ("nsubj",)
INHERIT_SUBJECT_DEPS = ("conj", "advcl", "xcomp", "parataxis")
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
EXPLETIVES = {"it", "there"}
NOT_CONTENT_OPENERS = {"where", "when", "while", "because", "as"}
SPEAKER_DROP_DEPS = {"relcl", "acl", "appos", "punct", "advcl", "parataxis"}
# What may stand between a quote and its cue: ", said Mr. Smith, the mayor, on Friday."
_NEAR = 80
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


@dataclass
class Attribution:
    """One attribution before it becomes a ``models.Quote`` (character offsets into the body)."""

    segments: list[tuple[int, int]]
    kind: str
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    speaker_head: int | None = None  # character offset of the speaker phrase's head token
    cue_token: int | None = None  # token index of the cue, for grouping split quotes
    from_parse: bool = True
    quotes: list[marks.Quoted] = field(default_factory=list)

    @property
    def start(self) -> int:
        return min(s for s, _ in self.segments)

    @property
    def end(self) -> int:
        return max(e for _, e in self.segments)


def find(doc: Doc, cues: Cues) -> list[Attribution]:
    """All attributions in ``doc``, in text order."""
    text = doc.text
    sentence_starts = [s.start_char for s in doc.sents]
    parsed = [a for a in (_from_cue(t, cues) for t in doc if _is_cue_verb(t, cues)) if a is not None]
    parsed += _according_to(doc, cues)
    with_content = [a for a in parsed if a.segments]
    bare_cues = [a for a in parsed if not a.segments]
    quoted = _groups(marks.find(text))
    direct = _attach_quotes(doc, text, quoted, with_content, bare_cues, sentence_starts)
    return _deduplicate(sorted(with_content + direct, key=lambda a: (a.start, a.end)))


# --- reported speech from the parse -------------------------------------------------------

def _is_cue_verb(token: Token, cues: Cues) -> bool:
    return token.pos_ in ("VERB", "AUX") and cues.is_cue(token.lemma_.lower())


def _from_cue(verb: Token, cues: Cues) -> Attribution | None:
    lemma = verb.lemma_.lower()
    speaker = _subject(verb)
    if speaker is not None and speaker.lower_ in EXPLETIVES:
        return None
    content = _clause(verb)
    if lemma not in cues.speech:
        if content is None or not _is_finite_clause(content[0]):
            return None
    paragraph = _paragraph(verb.doc.text, verb.idx)
    segments = [] if content is None else [_clip(_trim(verb.doc, content[1], content[2]), paragraph)]
    segments = [s for s in segments if s[1] > s[0]]
    return Attribution(segments=segments, kind="indirect", cue=_cue_span(verb),
                       speaker=_clip(_phrase(speaker), paragraph) if speaker is not None else None,
                       speaker_head=speaker.idx if speaker is not None else None, cue_token=verb.i)


def _clause(verb: Token) -> tuple[Token, int, int] | None:
    """The verb's clausal complement as (head, start_char, end_char)."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.left_edge.lower_ not in NOT_CONTENT_OPENERS:
            return child, child.left_edge.idx, _end(child.right_edge)
    if verb.dep_ == "parataxis" and verb.i > verb.head.i:
        # "The economy is strong, he said": the cue hangs off the reported clause.
        head = verb.head
        end_token = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > head.left_edge.i else head
        return head, head.left_edge.idx, _end(end_token)
    return None


def _is_finite_clause(head: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for c in head.children)


def _subject(verb: Token, depth: int = 0) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects:
                return objects[0]
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return None
    if depth < 3 and verb.dep_ in INHERIT_SUBJECT_DEPS and verb.head is not verb:
        return _subject(verb.head, depth + 1)
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


def _according_to(doc: Doc, cues: Cues) -> list[Attribution]:
    found = []
    for sentence in doc.sents:
        words = [t.lower_ for t in sentence]
        for phrase in cues.according_to:
            for i in range(len(words) - len(phrase) + 1):
                if tuple(words[i:i + len(phrase)]) != phrase:
                    continue
                first, last = sentence[i], sentence[i + len(phrase) - 1]
                objects = [c for c in last.children if c.dep_ == "pobj"]
                if not objects:
                    continue
                source = objects[0]
                source_end = source.right_edge.i
                segments = _sentence_without(sentence, first.i, source_end)
                if segments:
                    found.append(Attribution(segments=segments, kind="indirect",
                                             cue=(first.idx, _end(last)), speaker=_phrase(source),
                                             speaker_head=source.idx, cue_token=first.i))
    return found


def _sentence_without(sentence: Span, first: int, last: int) -> list[tuple[int, int]]:
    """The sentence's text minus tokens first..last (the source phrase), as trimmed pieces."""
    doc = sentence.doc
    pieces = []
    if first > sentence.start:
        pieces.append(_trim(doc, sentence.start_char, doc[first - 1].idx))
    if last + 1 < sentence.end:
        pieces.append(_trim(doc, doc[last + 1].idx, sentence.end_char))
    return [p for p in pieces if len(doc.text[p[0]:p[1]].split()) >= 3]


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


def _attach_quotes(doc: Doc, text: str, groups: list[list[marks.Quoted]], with_content: list[Attribution],
                   bare_cues: list[Attribution], sentence_starts: list[int]) -> list[Attribution]:
    """Tie every quote group to an attribution; returns the attributions that only quotes made."""
    new: list[Attribution] = []
    previous: Attribution | None = None  # the last attribution with a direct quote
    for group in groups:
        first, last = group[0], group[-1]
        segments = [(q.start, q.end) for q in group]
        if _embedded(group, with_content):
            continue  # a quoted phrase inside reported speech ("said Russia would “study” it")
        owner = _owner_by_content(group, with_content)
        if owner is not None:
            if owner is not previous or not _follows(text, previous, first):
                _make_direct(owner, group)
            previous = owner
            continue
        cue = _adjacent_cue(text, first, last, bare_cues + with_content)
        if cue is not None:
            if cue.kind == "direct" and cue.quotes:
                cue.segments.extend(segments)
                cue.quotes.extend(group)
            else:
                _make_direct(cue, group)
                if cue not in with_content and cue not in new:
                    new.append(cue)
            previous = cue
            continue
        if previous is not None and _follows(text, previous, first):
            previous.segments.extend(segments)
            previous.quotes.extend(group)
            continue
        if _starts_paragraph(text, first) and previous is not None and previous.speaker is not None \
                and _in_previous_paragraph(text, previous, first):
            attribution = Attribution(segments=segments, kind="direct", cue=None, speaker=previous.speaker,
                                      speaker_head=previous.speaker_head, from_parse=False, quotes=list(group))
            new.append(attribution)
            previous = attribution
            continue
        attribution = _fragment(doc, first) if not _starts_sentence(doc, first) else None
        if attribution is None and not _looks_like_title(text, first):
            attribution = Attribution(segments=segments, kind="direct", cue=None, speaker=None,
                                      from_parse=False, quotes=list(group))
        if attribution is not None:
            new.append(attribution)
            previous = attribution if attribution.kind == "direct" and attribution.speaker else previous
    return new


def _make_direct(attribution: Attribution, group: list[marks.Quoted]) -> None:
    attribution.kind = "direct"
    attribution.segments = [(q.start, q.end) for q in group]
    attribution.quotes = list(group)


def _tokens(text: str, start: int, end: int) -> set[int]:
    return {m.start() + start for m in re.finditer(r"\w+", text[start:end])}


def _embedded(group: list[marks.Quoted], attributions: list[Attribution]) -> bool:
    first, last = group[0], group[-1]
    for attribution in attributions:
        if attribution.kind == "direct" and attribution.quotes:
            continue
        inside = any(s <= first.outer_start and last.outer_end <= e + 1 for s, e in attribution.segments)
        if inside and (last.outer_end - first.outer_start) < 0.6 * (attribution.end - attribution.start):
            return True
    return False


def _owner_by_content(group: list[marks.Quoted], attributions: list[Attribution]) -> Attribution | None:
    """The parsed attribution whose content is essentially this quote (not one that embeds it)."""
    first, last = group[0], group[-1]
    best, best_share = None, 0.0
    for attribution in attributions:
        if attribution.kind == "direct" and attribution.quotes:
            continue
        a_start, a_end = attribution.start, attribution.end
        overlap = min(a_end, last.outer_end) - max(a_start, first.outer_start)
        if overlap <= 0:
            continue
        content_length = a_end - a_start
        inside = overlap / max(1, content_length)
        if inside >= 0.6 and inside > best_share:
            best, best_share = attribution, inside
    return best


def _follows(text: str, previous: Attribution | None, quote: marks.Quoted) -> bool:
    """Is ``quote`` a continuation of ``previous``'s quote in the same paragraph (“A,” she said. “B.”)?"""
    if previous is None or not previous.quotes:
        return False
    last_end = max(previous.quotes[-1].outer_end, previous.cue[1] if previous.cue else 0)
    between = text[last_end:quote.outer_start]
    if "\n" in between or quote.outer_start < last_end:
        return False
    # Only the tail of a speech tag may stand between: ", she said, “B”" or ". “B”".
    return len(between) <= _NEAR and bool(re.fullmatch(r"[^“\"\n]*[,.:!?]\s*", between))


def _adjacent_cue(text: str, first: marks.Quoted, last: marks.Quoted,
                  candidates: list[Attribution]) -> Attribution | None:
    """A speech cue just after the quote (“...,” she said) or just before it (She said: “...”)."""
    best, best_distance = None, _NEAR + 1
    for attribution in candidates:
        if attribution.cue is None or attribution.speaker is None:
            continue
        cue_start, cue_end = attribution.cue
        if cue_start >= last.outer_end:
            between = text[last.outer_end:cue_start]
            distance = len(between)
            ok = "\n" not in between and not re.search(r"[.!?;“\"]", between)
        elif cue_end <= first.outer_start:
            between = text[cue_end:first.outer_start]
            distance = len(between)
            ok = "\n" not in between and not re.search(r"[.!?;“\"]", between) \
                and bool(re.search(r"[:,]\s*$|\bthat\s*$|^\s*$", between))
            if ok and attribution.segments and attribution.start < first.outer_start:
                ok = False  # a cue that already has its own clause before the quote
        else:
            continue
        if ok and distance < best_distance:
            best, best_distance = attribution, distance
    return best


def _starts_paragraph(text: str, quote: marks.Quoted) -> bool:
    line_start = text.rfind("\n", 0, quote.outer_start) + 1
    return not text[line_start:quote.outer_start].strip()


def _in_previous_paragraph(text: str, previous: Attribution, quote: marks.Quoted) -> bool:
    """Was ``previous`` made in the paragraph just before the quote's?"""
    between = text[previous.end:quote.outer_start]
    return between.strip().count("\n") == 0 and between.count("\n\n") <= 1 and "\n" in between


def _starts_sentence(doc: Doc, quote: marks.Quoted) -> bool:
    span = doc.char_span(quote.outer_start, quote.outer_start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return True
    token = span[0]
    return token.is_sent_start or token.i == token.sent.start


def _fragment(doc: Doc, quote: marks.Quoted) -> Attribution | None:
    """A quoted phrase inside a sentence ("hailed as a “positive signal”"): its speaker is the
    subject of the nearest verb above it."""
    span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = span.root.head
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX"):
            subject = _subject(verb)
            if subject is not None and subject.lower_ not in EXPLETIVES and not _inside(subject, quote):
                return Attribution(segments=[(quote.start, quote.end)], kind="direct", cue=_cue_span(verb),
                                   speaker=_phrase(subject), speaker_head=subject.idx, cue_token=verb.i,
                                   from_parse=False, quotes=[quote])
        if verb.head is verb:
            break
        verb = verb.head
    return None


def _inside(token: Token, quote: marks.Quoted) -> bool:
    return quote.outer_start <= token.idx < quote.outer_end


def _looks_like_title(text: str, quote: marks.Quoted) -> bool:
    """A quoted name ("“Face the Nation”") or a quoted crosshead on a line of its own, not speech."""
    inner = text[quote.start:quote.end]
    words = [w for w in _TITLE_WORD.findall(inner) if len(w) > 3]
    if len(inner.split()) <= 6 and all(w[0].isupper() for w in words):
        return True
    line_start = text.rfind("\n", 0, quote.outer_start) + 1
    line_end = text.find("\n", quote.outer_end)
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
    return line == text[quote.outer_start:quote.outer_end].strip() and len(inner.split()) <= 6 \
        and not inner.rstrip().endswith((".", "!", "?"))


# --- finishing ---------------------------------------------------------------------------

def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, edge punctuation and a leading complementizer from a content span."""
    text = doc.text
    while start < end and (text[start].isspace() or text[start] in ",;:—-–"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—-–."):
        end -= 1
    lead = re.match(r"(that|whether)\s+", text[start:end], flags=re.IGNORECASE)
    if lead:
        start += lead.end()
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
    for attribution in attributions:
        clash = next((k for k in kept if _same_content(k, attribution)), None)
        if clash is None:
            kept.append(attribution)
        elif _rank(attribution) > _rank(clash):
            kept[kept.index(clash)] = attribution
    return kept


def _same_content(a: Attribution, b: Attribution) -> bool:
    overlap = min(a.end, b.end) - max(a.start, b.start)
    return overlap > 0.8 * max(a.end - a.start, b.end - b.start)


def _rank(a: Attribution) -> tuple[int, int, int]:
    return (a.speaker is not None, a.kind == "direct", a.from_parse)


def sentence_index(sentence_starts: list[int], offset: int) -> int:
    return max(0, bisect_right(sentence_starts, offset) - 1)
