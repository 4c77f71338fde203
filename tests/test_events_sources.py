"""Who acts when the subject is not the trigger's own: the argument step finds the source through
a clause, an adjective or a misread auxiliary (issue #20)."""

from __future__ import annotations

import pytest

from test_events_idioms import coded


def sources(text: str, cameo: str) -> set[str]:
    return {e.source.text for e in coded(text) if e.cameo == cameo and e.source is not None}


@pytest.mark.parametrize(
    ("text", "cameo", "doer"),
    [
        # a preposition the tagger reads as a conjunction ("since", "despite") governs the act
        (
            "Since announcing in October that he would not seek the presidency, Mr. Biden has"
            " been a loyal Democratic lieutenant.",
            "010",
            "Mr. Biden",
        ),
        # an infinitive complement of a predicate adjective: the adjective's subject acts
        (
            "Trump was quick to add that the negotiation does not include nixing the idea.",
            "010",
            "Trump",
        ),
        # "'s" read as the passive "is" where it is "has": a verb with a reported clause
        (
            "Senator Cruz has a long record on trade. He's said he gets his ideas from a speech.",
            "010",
            "He",
        ),
    ],
)
def test_the_doer_of_a_clause_is_found(text, cameo, doer):
    assert doer in sources(text, cameo)
