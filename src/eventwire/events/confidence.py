"""An event's ``confidence``: the probability that its root and source are right.

A small logistic regression over what the coder knows when it emits a candidate: the trigger
word and how it sits in the parse, the modality around it (negation, modal verbs, conditions,
expectations, questions, reported speech), what kind of actors it found, and what makes a
candidate risky (a statement in a sentence of criticism, a source that is a pronoun or not the
subject of its trigger, a country read off the place of the event). It was trained on
the project's own judgments of candidates from real news (``annotations/events/``); its weights
are ``data/confidence.json``, rebuilt by ``python3 scripts/train_confidence.py``.

The surface is small on purpose, so any coder can call it: build a ``CandidateView`` (code,
trigger token, source and target actors) and call ``score``. What the model reads of a
candidate is ``confidence_features`` (with ``confidence_modality`` and ``confidence_source``);
their cue words are read by ``confidence_cues``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Token

from eventwire.events.confidence_cues import CUES_FILE, cues, data_file
from eventwire.events.confidence_features import CandidateView, features
from eventwire.models import Event

__all__ = [
    "CandidateView",
    "Model",
    "cues",
    "features",
    "model",
    "model_from_dict",
    "prior_weights",
    "score",
    "view_of_event",
]

WEIGHTS_FILE = "confidence.json"


@dataclass(frozen=True)
class Model:
    """Logistic-regression weights by feature name; features the model never saw weigh 0."""

    bias: float
    weights: dict[str, float]

    def probability(self, features: dict[str, float]) -> float:
        total = self.bias + sum(self.weights.get(name, 0.0) * v for name, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


@cache
def model() -> Model:
    """The shipped model (``data/confidence.json``)."""
    return model_from_dict(data_file(WEIGHTS_FILE))


def prior_weights() -> dict[str, float]:
    """The weights training is pulled towards (most features: 0)."""
    return {str(k): float(v) for k, v in data_file(CUES_FILE)["prior_weights"].items()}


def model_from_dict(data: dict[str, Any]) -> Model:
    weights = {str(k): float(v) for k, v in data["weights"].items()}
    return Model(bias=float(data["bias"]), weights=weights)


def score(view: CandidateView, using: Model | None = None) -> float:
    """The candidate's confidence in [0, 1], rounded to 3 places as events carry it."""
    return round((using or model()).probability(features(view)), 3)


def view_of_event(
    event: Event,
    trigger: Token,
    prior: float | None = None,
    source_evidence: frozenset[str] = frozenset(),
) -> CandidateView:
    """The view of an emitted event (a source with no text is "no source found")."""
    source = event.source if event.source.text else None
    return CandidateView(event.cameo, trigger, source, event.target, prior, source_evidence)
