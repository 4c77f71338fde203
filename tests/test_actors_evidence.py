"""``actors.evidence``: how each mention's actor was found, as tags the event confidence reads."""

import sys
from pathlib import Path

from eventwire.actors import evidence
from test_actors import by_text, resolve_text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
import confidence_data

STORY = (
    "MANCHESTER, N.H. (AP) — Two neighbours stood outside the polling place on Tuesday.\n"
    "“We are friends,” Jim Bennett told a voter passing by.\n"
    "Dan Conston, a senior adviser to the group, said he expected a close race.\n"
    "Police said the polls stayed open late, and President Barack Obama thanked the volunteers."
)


def test_each_way_of_finding_an_actor_has_its_tag():
    mentions = resolve_text(STORY, "2016-02-09")
    found = {text: evidence(m) for text, m in by_text(mentions).items()}
    assert {"kind:person", "unknown_person", "private"} <= found["Jim Bennett"]
    assert {"unknown_person", "appositive"} <= found["Dan Conston"]
    assert "private" not in found["Dan Conston"]  # described: an adviser, not a citizen
    assert {"kind:role", "context_country"} <= found["Police"]
    assert found["President Barack Obama"] == {"kind:person"}  # the knowledge base knows him
    he = [m for m in mentions if m.text == "he"]
    assert he and "kind:pronoun" in evidence(he[0])


def test_the_confidence_model_reads_the_source_evidence():
    rows = [{"id": "e1", "text": STORY, "published": "2016-02-09"}]
    tags = {
        c.actor_texts[0]: {n for n in c.features if n.startswith("source_evidence:")}
        for c in confidence_data.coded_candidates(rows)
    }
    assert "source_evidence:appositive" in tags["Dan Conston"]
    assert "source_evidence:kind:role" in tags["Police"]
