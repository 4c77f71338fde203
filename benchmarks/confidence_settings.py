"""How the confidence model's settings behave out of fold on the train split (dev is not read).

For each L2 penalty and synthetic-story weight that ``scripts/train_confidence.py`` tries, fits
on four folds of the train split (whole articles), scores the fifth, calibrates the scores as
the training script does (Platt scaling on the out-of-fold real-news scores), and prints, on the
real-news candidates: the log-loss the training script chooses by, and the share right among
those scored >= 0.7 and >= 0.8. It shows whether "confidence >= 0.8" can be trusted for a
setting before any dev number is looked at.

``--without PREFIX[,PREFIX...]`` leaves out the features whose names begin with a prefix (what a
feature adds, out of fold).

Usage: nice -n 10 python3 benchmarks/confidence_settings.py [--without statement:,source:pronoun]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_confidence as training  # noqa: E402
from confidence_data import is_synthetic, judged_candidates  # noqa: E402

from eventwire.events import confidence  # noqa: E402

THRESHOLDS = (0.7, 0.8)


def auc(scores: np.ndarray, labels: np.ndarray) -> float:
    """Area under the ROC curve (ties count one half)."""
    right, wrong = scores[labels == 1], scores[labels == 0]
    above = (right[:, None] > wrong[None, :]).sum() + 0.5 * (right[:, None] == wrong[None, :]).sum()
    return float(above / max(len(right) * len(wrong), 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--without", default="", help="comma-separated feature-name prefixes")
    left_out = tuple(p for p in parser.parse_args().without.split(",") if p)
    rows = [j for j in judged_candidates(emitted_only=False) if j.split == "train"]
    if left_out:
        for j in rows:
            j.candidate.features = {
                n: v for n, v in j.candidate.features.items() if not n.startswith(left_out)
            }
    counts = Counter(name for j in rows for name in j.candidate.features)
    priors = confidence.prior_weights()
    names = sorted({n for n, c in counts.items() if c >= training.MIN_COUNT} | set(priors))
    prior = np.array([priors.get(name, 0.0) for name in names])
    scale = np.array(
        [training.LEXICAL_FACTOR if n.startswith(training.LEXICAL) else 1.0 for n in names]
    )
    x = training.design([j.candidate.features for j in rows], names)
    y = np.array([float(j.verdict[training.LABEL]) for j in rows])
    groups = [j.candidate.article for j in rows]
    synthetic = np.array([is_synthetic(g) for g in groups])
    real = ~synthetic
    folds = training.fold_numbers(groups)
    print(f"{len(rows)} train candidates, {int(real.sum())} from real news (scored below)")
    for synthetic_weight in training.SYNTHETIC_WEIGHTS:
        weights = np.where(synthetic, synthetic_weight, 1.0)
        for penalty in training.STRENGTHS:
            scores = training.out_of_fold_scores(x, y, penalty, prior, scale, weights, folds)
            a, b = training.calibration(scores, y, real)
            p = 1.0 / (1.0 + np.exp(-(a * scores[real] + b)))
            labels = y[real]
            clipped = np.clip(p, 1e-6, 1 - 1e-6)
            loss = -np.mean(labels * np.log(clipped) + (1 - labels) * np.log(1 - clipped))
            shares = []
            for low in THRESHOLDS:
                kept = p >= low
                right = int(labels[kept].sum())
                shares.append(f">= {low}: {right / max(kept.sum(), 1):.3f} ({right}/{kept.sum()})")
            print(
                f"synthetic weight {synthetic_weight:<4} penalty {penalty:<5} "
                f"log-loss {loss:.4f}  AUC {auc(p, labels):.3f}  " + "  ".join(shares)
            )


if __name__ == "__main__":
    main()
