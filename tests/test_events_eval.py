"""``eventwire eval cameo|plover``: scores on small hand-written files, errors, and the dev sets."""

from __future__ import annotations

import json

import pytest

from conftest import shared_path
from test_contract import run_cli


def _write(path, rows):
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_eval_cameo_scores_root_codes_per_sentence(tmp_path):
    gold = _write(
        tmp_path / "cameo.jsonl",
        [
            {"id": "a", "text": "Iran accused Israel of the attack.", "root_codes": ["11"]},
            {"id": "b", "text": "Japan and South Korea held talks in Tokyo.", "root_codes": ["04"]},
            {"id": "c", "text": "The weather was fine in Oslo.", "root_codes": ["01"]},
        ],
    )
    result = run_cli("eval", "cameo", str(gold), "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert scores["sentences"] == 3
    assert scores["micro"]["tp"] == 2 and scores["micro"]["fn"] == 1
    assert scores["per_code"]["11"]["f1"] == 1.0
    text = run_cli("eval", "cameo", str(gold), "--errors").stdout.decode()
    assert "micro precision" in text and "The weather was fine in Oslo." in text


def test_eval_plover_scores_type_and_source_country(tmp_path):
    gold = _write(
        tmp_path / "plover.jsonl",
        [
            {
                "id": "a",
                "text": "Iran accused Israel of the attack.",
                "event": "DISAPPROVE",
                "source": [{"code": "IRN"}],
                "target": [{"code": "ISR"}],
            },
            {
                "id": "b",
                "text": "France sent food aid to Chad.",
                "event": "AID",
                "source": [{"code": "FRA"}],
                "target": [{"code": "TCD"}],
            },
        ],
    )
    result = run_cli("eval", "plover", str(gold), "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert scores["event_type_accuracy"] == 1.0  # DISAPPROVE is read as ACCUSE
    assert scores["source_country_accuracy"] == 1.0 and scores["source_scored"] == 2


def test_eval_rejects_missing_and_malformed_files(tmp_path):
    missing = run_cli("eval", "cameo", str(tmp_path / "nope.jsonl"))
    assert missing.returncode == 2 and "no such file" in missing.stderr.decode()
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "x", "root_codes": []}\nnot json\n')
    result = run_cli("eval", "cameo", str(bad))
    assert result.returncode == 2 and "bad.jsonl:2" in result.stderr.decode()
    no_gold = _write(tmp_path / "nogold.jsonl", [{"text": "Iran accused Israel."}])
    assert run_cli("eval", "plover", str(no_gold)).returncode == 2


@pytest.mark.slow
def test_dev_sets_stay_above_their_floors():
    """Regression floors on the dev sets (measured values are in the README)."""
    from eventwire.evaluation.cameo import evaluate_cameo
    from eventwire.evaluation.plover import evaluate_plover
    from eventwire.evaluation.sentences import read_jsonl

    cameo = evaluate_cameo(read_jsonl(shared_path("eval", "cameo", "root_codes_dev.jsonl")))
    assert cameo.overall.f1 >= 0.60
    plover = evaluate_plover(read_jsonl(shared_path("eval", "plover", "gsr_dev.jsonl"))).as_dict()
    assert plover["event_type_accuracy"] >= 0.80
    assert plover["source_country_accuracy"] >= 0.80


def test_eval_half_selects_even_or_odd_rows(tmp_path):
    from eventwire.evaluation.splits import select_half

    rows = [{"id": i} for i in range(5)]
    assert [r["id"] for r in select_half(rows, "even")] == [0, 2, 4]
    assert [r["id"] for r in select_half(rows, "odd")] == [1, 3]
    gold = _write(
        tmp_path / "cameo.jsonl",
        [
            {"id": "a", "text": "Iran accused Israel of the attack.", "root_codes": ["11"]},
            {"id": "b", "text": "Japan and South Korea held talks in Tokyo.", "root_codes": ["04"]},
            {"id": "c", "text": "France sent food aid to Chad.", "root_codes": ["07"]},
        ],
    )
    result = run_cli("eval", "cameo", str(gold), "--json", "--half", "odd")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["sentences"] == 1
    assert run_cli("eval", "cameo", str(gold), "--half", "third").returncode == 2


def test_extract_min_confidence_drops_less_confident_events(tmp_path):
    text = "Two men were killed on Sunday. Iran accused Israel of the attack."
    article = tmp_path / "a.txt"
    article.write_text(text, encoding="utf-8")
    everything = json.loads(run_cli("extract", str(article)).stdout)["articles"][0]
    confidences = sorted(e["confidence"] for e in everything["events"])
    assert confidences[0] < confidences[-1]  # a killing with no doer in the text ranks lower
    threshold = round((confidences[0] + confidences[-1]) / 2, 3)
    confident = json.loads(
        run_cli("extract", str(article), "--min-confidence", str(threshold)).stdout
    )["articles"][0]
    assert confident["events"] and all(e["confidence"] >= threshold for e in confident["events"])
    assert len(confident["events"]) < len(everything["events"])


def test_plover_main_event_is_the_main_clauses():
    from eventwire.evaluation.plover import main_event
    from eventwire.evaluation.sentences import parse_and_code

    text = "Palestinians blamed Israel for the bombing of a house in the West Bank."
    [(events, doc)] = list(parse_and_code([text]))
    assert {e.plover for e in events} >= {"ACCUSE", "ASSAULT"}
    main = main_event(events, doc)
    assert main is not None and main.plover == "ACCUSE" and main.source.country == "PSE"


def test_plover_main_event_ranks_triggers_not_sources():
    """Events sharing their source tie on where their spans start; their triggers do not: the
    protest staged is the headline, the demand its purpose clause."""
    from eventwire.evaluation.plover import main_event
    from eventwire.evaluation.sentences import parse_and_code

    text = (
        "Thousands of workers staged mass demonstrations in Lagos on Monday to demand higher wages."
    )
    [(events, doc)] = list(parse_and_code([text]))
    triggers = {e.plover: text[slice(*e.model_extra["trigger"])] for e in events if e.plover}
    assert triggers.get("PROTEST") in ("staged", "demonstrations")
    assert triggers.get("REQUEST") == "demand"
    # however confident the purpose clause's event is, the main clause's comes first
    events = [
        e.model_copy(update={"confidence": 0.99 if e.plover == "REQUEST" else 0.1}) for e in events
    ]
    main = main_event(events, doc)
    assert main is not None and main.plover == "PROTEST"
