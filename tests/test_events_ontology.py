"""The CAMEO ontology, the PLOVER mapping and the pattern dictionary are complete and consistent."""

from __future__ import annotations

import json

import pytest

from conftest import shared_path
from eventwire.events import ontology, patterns


def test_every_cameo_code_has_name_goldstein_and_gdelt_quad_class():
    codes = ontology.codes()
    assert len(codes) == 312
    roots = {code[:2] for code in codes}
    assert roots == {f"{n:02d}" for n in range(1, 21)}
    for entry in codes.values():
        assert entry.name and -10.0 <= entry.goldstein <= 10.0
        assert entry.quad_class == ontology.quad_class_of(entry.root)
    assert ontology.lookup("0871").goldstein == 9.0 and ontology.lookup("0871").plover == "RETREAT"
    assert ontology.lookup("190").quad_class == 4 and ontology.lookup("051").quad_class == 1


def test_goldstein_values_are_gdelts_and_match_the_codebook():
    rows = [
        json.loads(line)
        for line in shared_path("eval", "cameo", "codebook.jsonl").open(encoding="utf-8")
    ]
    for row in rows:
        expected = (
            row["goldstein_gdelt"] if row["goldstein_gdelt"] is not None else row["goldstein_icews"]
        )
        assert ontology.lookup(row["code"]).goldstein == expected, row["code"]
        assert ontology.lookup(row["code"]).quad_class == row["quadclass_gdelt"], row["code"]


def test_plover_mapping_uses_only_the_sixteen_current_types():
    for entry in ontology.codes().values():
        assert entry.plover is None or entry.plover in ontology.PLOVER_TYPES, entry.code
        if entry.root != "01":
            assert entry.plover is not None, entry.code
    assert {e.plover for e in ontology.codes().values()} - {None} == set(ontology.PLOVER_TYPES)
    assert (
        ontology.normalise_plover("DEMAND") == "REQUEST"
        and ontology.normalise_plover("fight") == "ASSAULT"
    )
    assert (
        ontology.normalise_plover("DISAPPROVE")
        == ontology.normalise_plover("INVESTIGATE")
        == "ACCUSE"
    )


def test_unknown_code_is_a_clear_error():
    with pytest.raises(KeyError, match="999"):
        ontology.lookup("999")


def test_pattern_dictionary_loads_and_every_code_exists():
    loaded = patterns.load()
    assert len(loaded.verbs) > 1500 and len(loaded.nouns) > 50
    for table in (loaded.verbs, loaded.nouns):
        for lemma, frames in table.items():
            for frame in frames:
                assert frame.stops or frame.code in ontology.codes(), (lemma, frame.code)
    for code in loaded.speech.values():
        assert code in ontology.codes()
    assert loaded.modality.recode("intent", "04") == "036"
    assert loaded.modality.recode("intent", "19").startswith("13")  # intending harm is a threat
    assert loaded.modality.recode("intent", "14", "agree").startswith("03")
    assert loaded.modality.recode("refusal", "04") == "125"


@pytest.mark.parametrize(
    "text, message",
    [
        ("verbs:\n  meet: '999'\n", "not a CAMEO code"),
        ("verbs:\n  meet: '040'\n  meet: '041'\n", "duplicate key"),
        ("verbs:\n  meet: {code: '040', colour: red}\n", "unknown frame keys"),
        ("verbs:\n  meet: {code: '040', target: [elbow]}\n", "unknown argument slot"),
        ("verbs:\n  Meet: '040'\n", "lower-case lemma"),
        ("verbs:\n  call: {with: [on], code: '020'}\n", "quote on/off"),  # yaml: on is true
    ],
)
def test_malformed_patterns_are_rejected_with_the_entry_named(text, message):
    import yaml

    packaged = yaml.safe_load(patterns.packaged_text())
    packaged.pop("verbs")
    with pytest.raises(patterns.PatternError, match=message):
        patterns.parse(yaml.safe_dump(packaged) + text)


def test_imported_dictionary_keeps_null_codes_and_ours_win():
    own, merged = patterns.load(imported=False), patterns.load()
    assert len(merged.verbs) > 4 * len(own.verbs)
    assert any(f.stops for frames in merged.verbs.values() for f in frames)
    # our frames keep their order, before any imported bare code
    for lemma, frames in own.verbs.items():
        kept = [f for f in merged.verbs[lemma] if not f.imported]
        assert kept == [f for f in frames if f.conditional] + [
            f for f in frames if not f.conditional
        ]
        first_bare = next((i for i, f in enumerate(merged.verbs[lemma]) if not f.conditional), None)
        if first_bare is not None:
            assert not merged.verbs[lemma][first_bare].imported
    for lemma in own.speech:  # verbs of saying stay ours alone
        assert all(not f.imported for f in merged.verbs.get(lemma, ()))
