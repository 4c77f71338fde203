"""Event confidence: the annotated data is valid, the model reads modality, the weights are reproducible."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import confidence_data  # noqa: E402

from conftest import shared_path  # noqa: E402
from eventwire.events import confidence  # noqa: E402
from eventwire.models import Actor  # noqa: E402

SECTORS = set(yaml.safe_load((ROOT / "src/eventwire/actors/data/sectors.yaml").read_text()))
COUNTRY = re.compile(r"^[A-Z]{2,8}$")  # ISO alpha-3, or an organisation code (UN, NATO, ECOWAS)


def _judgments() -> list[dict]:
    rows = []
    for path in sorted(confidence_data.JUDGMENTS.glob("*.jsonl")):
        rows += confidence_data.read_jsonl(path)
    return rows


def _valid_actor(written: str) -> bool:
    if written == "-":
        return True
    country, _, sectors = written.partition(".")
    return (country == "-" or bool(COUNTRY.match(country))) and all(
        s == "-" or s in SECTORS for s in sectors.split("|")
    )


def test_the_guide_and_enough_judgments_exist():
    assert (confidence_data.ANNOTATIONS / "GUIDE.md").is_file()
    judged = confidence_data.read_judgments()
    candidates = confidence_data.read_jsonl(confidence_data.CANDIDATES)
    covered = [c for c in candidates if (c["article"], *c["trigger"]) in judged]
    assert len(covered) >= 1500


def test_judgments_use_valid_codes_and_spans():
    for row in _judgments():
        (s_start, s_end), (t_start, t_end) = row["sentence"], row["trigger"]
        assert 0 <= s_start <= t_start < t_end <= s_end, row
        for event in row["events"]:
            assert re.fullmatch(r"(0[1-9]|1\d|20)", event["root"]), event
            assert event["source"] != "-" and _valid_actor(event["source"]), event
            assert _valid_actor(event["target"]), event


def _candidates() -> list[dict]:
    return confidence_data.read_jsonl(confidence_data.CANDIDATES) + confidence_data.read_jsonl(
        confidence_data.SYNTHETIC_CANDIDATES
    )


def test_candidates_carry_their_article_split_and_no_text():
    for row in _candidates():
        assert row["split"] == confidence_data.split_of(row["article"])
        assert set(row) == {
            "article",
            "split",
            "sentence",
            "trigger",
            "event_span",
            "coded",
            "rule_confidence",
        }


def test_train_and_dev_share_no_article():
    splits: dict[str, set[str]] = {"train": set(), "dev": set()}
    for row in _candidates():
        splits[row["split"]].add(row["article"])
    assert splits["train"] and splits["dev"] and not splits["train"] & splits["dev"]


def test_synthetic_stories_are_only_ever_train():
    """The synthetic wire stories may teach the model, never measure it."""
    rows = confidence_data.read_jsonl(confidence_data.SYNTHETIC_CANDIDATES)
    assert rows and all(confidence_data.is_synthetic(r["article"]) for r in rows)
    assert {r["split"] for r in rows} == {"train"}
    assert confidence_data.split_of("ngec-synth-00001") == "train"
    news = confidence_data.read_jsonl(confidence_data.CANDIDATES)
    assert not any(confidence_data.is_synthetic(r["article"]) for r in news)


def test_annotations_point_into_the_corpus_and_copy_none_of_it():
    shared_path("corpus", "news.jsonl")
    shared_path("train", "ngec_synthetic_events.jsonl")
    corpus = confidence_data.documents({row["article"] for row in _judgments()})
    stored = "".join(
        path.read_text(encoding="utf-8")
        for path in [
            confidence_data.CANDIDATES,
            confidence_data.SYNTHETIC_CANDIDATES,
            *confidence_data.JUDGMENTS.glob("*.jsonl"),
        ]
    )
    for row in _judgments():
        text = corpus[row["article"]]["text"]
        start, end = row["sentence"]
        assert end <= len(text)
        trigger = text[row["trigger"][0] : row["trigger"][1]]
        assert re.fullmatch(r"[\w'’-]+", trigger), (row, trigger)
        sentence = text[start:end].strip()
        if len(sentence) > 40:
            assert sentence not in stored


def test_judging_compares_country_and_sector():
    judgment = {"events": [{"root": "11", "source": "USA.LEG|PTY", "target": "USA.GOV"}]}
    right = {"root": "11", "source": {"country": "USA", "sector": "LEG"}, "target": None}
    wrong_sector = {"root": "11", "source": {"country": "USA", "sector": None}, "target": None}
    wrong_root = {"root": "19", "source": {"country": "USA", "sector": "LEG"}, "target": None}
    assert confidence_data.judge(right, judgment) == {
        "root": True,
        "root_source": True,
        "all": False,
    }
    assert confidence_data.judge(wrong_sector, judgment)["root_source"] is False
    assert confidence_data.judge(wrong_root, judgment)["root"] is False


def test_shipped_model_and_cues_load():
    model = confidence.model()
    assert model.weights and -10 < model.bias < 10
    assert {"negation", "modal_uncertain", "conditional", "speech"} <= set(confidence.cues())


@pytest.fixture(scope="module")
def parse():
    from eventwire import nlp
    from eventwire.models import Article

    def run(text: str):
        return next(nlp.parse([Article(id="t", body=text)])).doc

    return run


def _score(doc, trigger_text: str) -> float:
    trigger = next(t for t in doc if t.text == trigger_text)
    russia = Actor(text="Russia", name="Russia", country="RUS")
    ukraine = Actor(text="Ukraine", name="Ukraine", country="UKR")
    return confidence.score(confidence.CandidateView("190", trigger, russia, ukraine))


def test_asserted_event_outranks_negated_hypothetical_and_questioned(parse):
    # all four are short sentences (under 10 words): only their modality differs
    asserted = _score(parse("Russian troops attacked Ukraine on Monday."), "attacked")
    for text, word in (
        ("Russian troops did not attack Ukraine on Monday.", "attack"),
        ("Russian troops would attack Ukraine if talks failed.", "attack"),
        ("Did Russian troops attack Ukraine on Monday?", "attack"),
    ):
        assert _score(parse(text), word) < asserted, text


def test_on_real_news_a_plain_statement_outranks_a_hypothetical():
    """Two corpus sentences, coded in their articles: "Clinton told union workers" (said, and
    right) against "47 percent of Cuban Americans saying they will certainly support Hillary
    Clinton" (a poll's future, which the coder still codes as an intent)."""
    corpus = confidence_data.corpus_articles(shared_path("corpus", "news.jsonl"))
    wanted = {
        "breitbart_2016-05-24_in-two-front-war-clinton-targets": "told",
        "politico_2016-04-22_poll-trump-a-big-turnoff-for-flo": "support",
    }
    rows = [row for row in corpus.values() if any(row["id"].startswith(p) for p in wanted)]
    scores = {}
    for found in confidence_data.coded_candidates(rows):
        text = corpus[found.article]["text"]
        word = text[found.trigger[0] : found.trigger[1]]
        prefix = next(p for p in wanted if found.article.startswith(p))
        if word == wanted[prefix] and found.coded["source"]["country"] == "USA":
            scores[word] = max(scores.get(word, 0.0), found.confidence)
    assert set(scores) == {"told", "support"}, scores
    assert scores["told"] > scores["support"]


def test_calibration_moves_scores_made_confident_by_easy_stories_back_to_real_news():
    """Platt scaling on out-of-fold scores of real news: when easy synthetic rows (always right)
    make one feature look safer than it is on real news (right half the time), the calibrated
    probability of a real-news row with that feature comes back to about one half."""
    import numpy as np
    import train_confidence

    rng = np.random.default_rng(0)
    groups = [f"{confidence_data.SYNTHETIC_PREFIX}{i % 40}" for i in range(400)]
    groups += [f"real{i % 40}" for i in range(400)]
    x = np.ones((800, 1))
    y = np.concatenate([np.ones(400), rng.integers(0, 2, 400).astype(float)])
    rows = np.ones(800)
    prior = np.zeros(1)
    w = train_confidence.fit(x, y, 1.0, prior, None, rows)
    raw = 1 / (1 + np.exp(-(w[0] + w[1])))
    folds = train_confidence.fold_numbers(groups)
    scores = train_confidence.out_of_fold_scores(x, y, 1.0, prior, np.ones(1), rows, folds)
    real = np.array([not confidence_data.is_synthetic(g) for g in groups])
    a, b = train_confidence.calibration(scores, y, real)
    calibrated = 1 / (1 + np.exp(-(a * (w[0] + w[1]) + b)))
    real_share = y[400:].mean()
    assert raw > 0.7
    assert abs(calibrated - real_share) < 0.05


@pytest.mark.slow
def test_shipped_weights_are_what_the_training_script_produces():
    shared_path("corpus", "news.jsonl")
    import train_confidence

    trained = train_confidence.train(confidence_data.judged_candidates(emitted_only=False))
    shipped = json.loads((ROOT / "src/eventwire/events/data/confidence.json").read_text())
    assert trained == shipped


INTERNATIONAL = (
    ("Russian troops attacked Kharkiv on Monday.", "19"),
    ("Israeli warplanes struck targets in Gaza on Tuesday.", "19"),
    ("Police arrested dozens of protesters in Nairobi.", "17"),
    ("Rebels killed 12 soldiers in an ambush in northern Mali.", "18"),
)


def _coded(texts: list[str]) -> dict[str, list[tuple[str, float]]]:
    """(root, confidence) of every event the coder emits, by sentence."""
    rows = [{"id": f"t{i}", "text": t, "published": "2022-03-01"} for i, t in enumerate(texts)]
    found: dict[str, list[tuple[str, float]]] = {t: [] for t in texts}
    for candidate in confidence_data.coded_candidates(rows):
        text = texts[int(candidate.article[1:])]
        found[text].append((candidate.coded["root"], candidate.confidence))
    return found


def test_plain_international_events_are_trusted():
    """The model learnt on US campaign news once gave these ~0.05: the synthetic wire stories
    (train only) and features of kinds rather than words make a plain report of force, arrest or
    killing by soldiers, police or rebels an event the model trusts more than it trusts the
    average candidate (0.5 or more; about one candidate in five is right on real news). The same
    verb between politicians is criticism, and no force reading of it is trusted."""
    idiom = "The senator attacked the governor on Monday."
    coded = _coded([text for text, _ in INTERNATIONAL] + [idiom])
    for text, root in INTERNATIONAL:
        confidences = [c for r, c in coded[text] if r == root]
        assert confidences and max(confidences) >= 0.5, (text, coded[text])
    # until the 29th round this compared the two confidences (a margin of 0.13, then 0.07): the
    # idiom's criticism reading is right, so its confidence rising (0.50 -> 0.58 once verbal
    # attacks stopped having gunmen as their doer) is no fault; see docs/evaluation.md
    assert any(root == "11" for root, _ in coded[idiom]), coded[idiom]
    assert all(c < 0.2 for root, c in coded[idiom] if "14" <= root <= "20"), coded[idiom]


def test_a_political_idiom_is_not_a_confident_conflict_event():
    text = "The senator seized on the report."
    coded = _coded([text])[text]
    assert all(c < 0.2 for root, c in coded if root >= "14"), coded
