"""The state of one role phrase while the role rules read it (``roles``, ``role_where``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.actors.found_spans import Anchor, RoleSpan


@dataclass
class RolePhrase:
    """What the rules have read so far about one role word and its modifiers."""

    role: RoleSpan
    head: Token
    start: int  # token offsets of the phrase, end exclusive
    end: int
    sector: str | None
    country: str | None = None
    affiliation: str | None = None  # "pro-Moscow", "Iranian-backed"
    leader: str | None = None  # "U.S.-led"
    opposed: str | None = None  # "anti-Syria"
    former: bool = False  # "the ousted president": not the office holder
    main_start: int = 0  # where the phrase starts when coordinated names are split off
    crossed_and: bool = False
    sources: list[str] = field(default_factory=list)
    coordinated: list[tuple[Anchor, str]] = field(default_factory=list)
