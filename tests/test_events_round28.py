"""Event rule of the twenty-eighth round (issue #20), written from the judged train split's
errors (``benchmarks/judged_actors.py --split train --errors``): "its" on an event noun is the
subject of the clause the noun is in, as "his", "her" and "their" are."""

from __future__ import annotations

from event_coding import coded


def test_its_on_an_event_noun_is_the_subject_of_its_clause():
    text = "The FBI is expanding the parameters of its probe into Hillary Clinton\u2019s emails."
    probes = [e for e in coded(text) if e.cameo.startswith("09")]
    assert probes and all(e.source.text == "FBI" for e in probes), [
        (e.cameo, e.source.text) for e in probes
    ]
    # a plural subject is not what "its" points to
    text = "The senators criticised the agency and its investigation of the company."
    assert not any(e.source.text == "senators" for e in coded(text) if e.cameo.startswith("09"))
