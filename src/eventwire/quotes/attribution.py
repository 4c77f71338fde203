"""One attribution while it is being found, and the span helpers every finding step shares."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.quotes import marks

Span = tuple[int, int]
EDGE_PUNCTUATION = ",;:—-–―"


@dataclass
class Attribution:
    """One attribution before it becomes a ``models.Quote`` (character offsets into the body)."""

    segments: list[Span]
    cue: Span | None
    speaker: Span | None
    speaker_head: int | None = None  # character offset of the speaker phrase's head token
    cue_token: int | None = None  # token index of the cue, for grouping split quotes
    from_parse: bool = True
    quotes: list[marks.Quoted] = field(default_factory=list)
    kind: str = "indirect"  # decided by ``finder.finish`` once every quote is attached
    negated: bool = False  # the cue is negated ("did not say that ...")

    @property
    def start(self) -> int:
        return min(s for s, _ in self.segments)

    @property
    def end(self) -> int:
        return max(e for _, e in self.segments)


def holds(attribution: Attribution, offset: int) -> bool:
    return any(s <= offset < e for s, e in attribution.segments)


def extend(attribution: Attribution, group: list[marks.Quoted]) -> None:
    """One more piece of the same attribution (“A,” she said. “B.”)."""
    attribution.segments.extend((q.start, q.end) for q in group)
    attribution.quotes.extend(group)


def reach(attribution: Attribution) -> int:
    """Where an attribution's text (content, cue or quotes) ends."""
    ends = [e for _, e in attribution.segments] + [q.outer_end for q in attribution.quotes]
    if attribution.cue:
        ends.append(attribution.cue[1])
    return max(ends)


def trim(text: str, start: int, end: int, *, final_period: bool = True) -> Span:
    """Strip spaces and edge punctuation from a content span (and a final period, unless the
    span is a quote's finished piece, whose period belongs to the speaker)."""
    tail = EDGE_PUNCTUATION + ("." if final_period else "")
    while start < end and (text[start].isspace() or text[start] in EDGE_PUNCTUATION):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in tail):
        end -= 1
    return start, end


def paragraph(text: str, offset: int) -> Span:
    """The line around ``offset``: no attribution crosses a paragraph break."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, end if end >= 0 else len(text)


def clip(span: Span, bounds: Span) -> Span:
    return max(span[0], bounds[0]), min(span[1], bounds[1])


def end_of(token: Token) -> int:
    return token.idx + len(token.text)
