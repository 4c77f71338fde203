"""What every quote-attachment rule sees: the document, the attributions found so far and
the ones quotes made (``Context``), and a quote group (``Group``). Its own module because the
rules live in several modules (``attach``, ``continuation``) that all take it, and ``attach``
imports those: the shared state sits below them all."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from eventwire.quotes import marks
from eventwire.quotes.attribution import Attribution
from eventwire.quotes.cues import Cues

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
