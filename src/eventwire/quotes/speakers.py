"""Speaker coreference: the actor a quote's speaker phrase refers to, through the document.

Input is only the actors stage's mentions (``eventwire.actors.Mention``), so this can move to
the actors package as the one owner of coreference. The steps, in order, each used only when
the earlier ones found no actor with a code:

1. the mention on the phrase's head, or any mention in it ("he" already resolved by the
   actors stage, "Senator Bernie Sanders");
2. another mention of the same person (the actors stage's ``person_id``) placed in a country;
3. the owner named inside the phrase ("a spokeswoman for the ministry"), or by a surname
   known from the article ("Cameron's spokesman");
4. the same surname as a person named in the article ("Ms. Doe", "Wasserman Schultz" after
   "Debbie Wasserman Schultz"), the nearest one before the quote first; a bare surname whose
   own mention has a code takes the fuller naming's code when it extends it ("Rubio": USA
   after "Sen. Marco Rubio of Florida": USALEG);
5. the same role word as an actor named earlier ("the prime minister" after "British prime
   minister David Cameron", "the senator" after "Senator Bernie Sanders");
6. else the phrase's own mention, even without a code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from eventwire.actors import Mention
from eventwire.models import Actor

_WORD = re.compile(r"[A-Za-z][\w-]*")
_POSSESSIVE = re.compile(r"[’']s?$")
_OWNER = re.compile(r"(?:[Tt]he )?([A-Z][\w-]*)[’']s? [a-z]")
_NOT_ROLE_WORDS = {"the", "a", "an", "this", "that", "his", "her", "its", "their", "our"}


def speaker_actor(
    words: str, start: int, end: int, head: int | None, mentions: Sequence[Mention]
) -> Actor | None:
    """The actor of the speaker phrase ``words`` at ``[start, end)`` (``head``: the character
    offset of its head word), found among ``mentions`` as the module docstring describes."""
    inside = [m for m in mentions if m.start < end and start < m.end]
    on_head = [m for m in inside if head is not None and m.start <= head < m.end]
    own = next(iter(on_head or inside), None)
    earlier = sorted(
        (m for m in mentions if m.end <= start and _coded(m) and not m.locative),
        key=lambda m: m.start,
    )
    later = [m for m in mentions if m.start >= end]
    if own is not None and _coded(own):
        fuller = _same_surname(words, earlier, []) if len(_WORD.findall(words)) == 1 else None
        return _more_specific(own, fuller, words)
    found = (
        _same_person(own, earlier, later)
        or _owner_inside(inside, own)
        or _same_surname(_possessor(words), earlier, later)
        or _same_surname(words, earlier, later)
        or _same_role(words, own, earlier)
    )
    if found is not None:
        return found.actor.model_copy(update={"text": words})
    return own.actor if own is not None else None


def _more_specific(own: Mention, fuller: Mention | None, words: str) -> Actor:
    """ "Rubio" (USA) after "Sen. Marco Rubio of Florida" (USALEG): the fuller naming's code
    when it says more about the same country. Either way the actor's text is the speaker's
    words ("Cameron's spokesman", not the role mention "spokesman" inside them)."""
    own_code, fuller_code = own.actor.code or "", fuller.actor.code if fuller else None
    more = bool(fuller_code and fuller_code != own_code and fuller_code.startswith(own_code))
    best = fuller if fuller is not None and more else own
    return best.actor.model_copy(update={"text": words})  # the speaker's words, as written


def _coded(mention: Mention) -> bool:
    """A code with a country: "GOV" alone (an unplaced "spokesman") is not yet an answer."""
    return bool(mention.actor.code and mention.actor.country)


def _same_person(
    own: Mention | None, earlier: list[Mention], later: list[Mention]
) -> Mention | None:
    """The actors stage's own chain: another mention of the same person (``person_id``) that
    is placed in a country, the nearest before first."""
    if own is None or not own.person_id:
        return None
    for pool in (reversed(earlier), later):
        for mention in pool:
            if mention.person_id == own.person_id and _coded(mention):
                return mention
    return None


def _owner_inside(inside: list[Mention], own: Mention | None) -> Mention | None:
    """ "Cameron's spokesman", "a spokesman for the ministry": a coded actor in the phrase
    other than its head."""
    owners = [m for m in inside if m is not own and _coded(m) and not m.locative]
    return owners[0] if owners else None


def _possessor(words: str) -> str:
    """ "Cameron's spokesman" -> "Cameron" (the owner, by name); else nothing."""
    match = _OWNER.match(words)
    return match.group(1) if match else ""


def _same_surname(words: str, earlier: list[Mention], later: list[Mention]) -> Mention | None:
    """A person whose name ends with the phrase's last word, nearest before it first."""
    names = _WORD.findall(words)
    if not names or not names[-1][0].isupper():
        return None
    surname = _POSSESSIVE.sub("", names[-1])
    for pool in (reversed(earlier), [m for m in later if _coded(m)]):
        for mention in pool:
            if mention.kind not in ("person", "role"):
                continue
            named = (mention.actor.name or "").split()[-1:] == [surname]
            if named or surname in _WORD.findall(mention.text)[1:]:
                return mention
    return None


def _same_role(words: str, own: Mention | None, earlier: list[Mention]) -> Mention | None:
    """ "the senator", "the prime minister": the latest earlier coded actor named with the same
    role word, a person first."""
    if own is not None and own.kind not in ("role", "unknown"):
        return None
    role = [w.lower() for w in _WORD.findall(words) if w.lower() not in _NOT_ROLE_WORDS]
    if not role or words[:1].isupper() and not words.lower().startswith("the "):
        return None
    head = role[-1]
    matching = [m for m in earlier if head in m.text.lower().split()]
    people = [m for m in matching if m.actor.name]
    chosen = people or matching
    return chosen[-1] if chosen else None
