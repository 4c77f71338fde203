"""Direct speech: tie every run of quoted text (``marks.py``) to the attribution it belongs to.

Each quote group goes through ``RULES`` in order; the first rule that claims it decides. The
order is the order of evidence: the parse's own clause, a cue beside the quote, the previous
attribution of the same paragraph, the previous paragraph's speaker, a dash signature, the cue
verb that governs a phrase inside a sentence, and last an unattributed quote. The rules that
continue an earlier attribution are in ``continuation``; what the rules ask of the text around
a quote in ``adjacent_cue`` (a cue beside it) and ``quoted_phrases`` (a title, a crosshead, a
phrase a cue verb governs); the state they share in ``attach_context``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from eventwire.quotes import marks
from eventwire.quotes.adjacent_cue import adjacent_cue
from eventwire.quotes.attach_context import Context, Group
from eventwire.quotes.attribution import Attribution, extend, paragraph
from eventwire.quotes.continuation import (
    continues_previous,
    introduced_by_colon,
    previous_paragraph_speaker,
)
from eventwire.quotes.cue_parse import EXPLETIVES, phrase, subject
from eventwire.quotes.cues import Cues
from eventwire.quotes.quoted_phrases import (
    after_preposition,
    fragment_attribution,
    is_heading,
    looks_like_title,
    quoted_clause,
    starts_sentence,
)

_SIGNATURE = re.compile(
    r"[ \t\xa0]*(?P<dash>[―—–]|--)[ \t\xa0]*(?P<name>[A-Z][^\n]{0,60}?)[ \t\xa0.]*(?=\n|$)"
)


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
    if looks_like_title(context.text, group[0]) and after_preposition(context.doc, group[0]):
        return False
    cue = adjacent_cue(context.doc, group[0], group[-1], context.bare_cues + context.with_content)
    if cue is not None:
        extend(cue, group)
        context.adopt(cue)
    return cue is not None


def crosshead(context: Context, group: Group) -> bool:
    """A short quoted heading on a line of its own is no speech: claim it and drop it."""
    return is_heading(context.text, group[0])


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
    if starts_sentence(context.doc, first):
        return False
    if looks_like_title(context.text, first):
        return True
    fragment = fragment_attribution(context.doc, context.text, context.cues, first)
    if fragment is None:
        # scare quotes are dropped; a quoted clause with its own subject is speech, even
        # with no cue ("because to her, “there's nothing more important than ...”")
        return not quoted_clause(context.doc, first)
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
    if not looks_like_title(context.text, group[0]):
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
