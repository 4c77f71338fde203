"""What a frame of ``patterns.yaml`` is: when a trigger word codes an event, and where the
event's actors are (its argument slots).

Its own module, below the loader and its checks, because the coder, the argument finder and the
PETRARCH-2 import all read frames (and the null code that stops an event) without needing how
the dictionary is parsed.
"""

from __future__ import annotations

from dataclasses import dataclass

from eventwire.events import rule_confidence

SLOT_NAMES = {"dobj", "dative", "nsubjpass", "poss", "amod", "compound", "agent"}
NULL_CODE = "---"  # a frame that matches and stops the event ("faced a run-off" is no meeting)


@dataclass(frozen=True)
class Frame:
    """When a trigger codes an event, and where its actors are.

    Conditions (all that are set must hold): ``object`` heads the direct object (an own frame's
    also its compound or "of" complement; never a prepositional object), ``object_with``
    modifies it, ``with_`` is near the trigger and ``without`` is not, ``subject`` heads the
    subject, ``prep`` is a preposition on the trigger or its object (with ``prep_object``
    heading its object, ``prep_object_with`` modifying that), ``particle`` is the verb's
    particle or preposition. ``other_side``: the event needs a target or two joint doers
    ("hosted a debate", "discussed his book" host and consult no one)."""

    code: str
    object: frozenset[str] = frozenset()
    with_: frozenset[str] = frozenset()
    without: frozenset[str] = frozenset()
    target: tuple[str, ...] = ()
    source: tuple[str, ...] = ()
    symmetric: bool = False
    complaint: str | None = None
    confidence: float = rule_confidence.VERB_FRAME
    subject: frozenset[str] = frozenset()
    object_with: frozenset[str] = frozenset()
    prep: str | None = None
    prep_object: frozenset[str] = frozenset()
    prep_object_with: frozenset[str] = frozenset()
    particle: str | None = None
    imported: bool = False  # from PETRARCH-2's dictionary, not hand-written
    by_state: str | None = None  # the code when every source is a state or its armed forces
    other_side: bool = False  # an event only with a target or joint doers ("discussed with")

    @property
    def stops(self) -> bool:
        return self.code == NULL_CODE

    @property
    def names_object(self) -> bool:
        """The frame names the thing its verb acts on: ``object``, or an own frame's ``prep_object``
        ("called for the release": the release is the call's, no second event). An imported
        frame's ``prep_object`` is a setting ("in the city"), not the act's thing."""
        return bool(self.object) or bool(self.prep_object) and not self.imported

    @property
    def conditional(self) -> bool:
        return bool(self.object or self.with_ or self.subject or self.prep or self.particle)
