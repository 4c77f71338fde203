"""The event-confidence data set: candidates coded from real news, and the annotators' judgments.

Shared by ``export_confidence_candidates.py``, ``annotate_confidence.py``,
``train_confidence.py``, ``benchmarks/confidence_reliability.py`` and the tests. Nothing here
copies article text: candidates and judgments point into ``../shared/corpus/news.jsonl`` by
article id and character offsets (see ``annotations/events/GUIDE.md``).

The one place that knows the coder's internals is ``coded_candidates``: it records, for each
event the coder emits, the token the coder anchored it on (its trigger) and the coder's own
rule confidence. A rewritten coder needs only this function adapted.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
ANNOTATIONS = ROOT / "annotations" / "events"
CANDIDATES = ANNOTATIONS / "candidates.jsonl"
JUDGMENTS = ANNOTATIONS / "judgments"
CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"
DEV_SHARE = 3  # of 10: articles whose id hash falls in 0..2 are the dev split
# The coder's rule confidence was the frame's times this for an unresolved source (before the
# model replaced it); kept to compare the model with the confidence users had before.
RULE_UNRESOLVED_FACTOR = 0.8


def split_of(article_id: str) -> str:
    """``train`` or ``dev``, fixed by a hash of the article id (never by what was annotated)."""
    bucket = int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % 10
    return "dev" if bucket < DEV_SHARE else "train"


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def corpus_articles(path: Path = CORPUS) -> dict[str, dict[str, Any]]:
    """The corpus by article id (id, publisher, published, title, text)."""
    return {row["id"]: row for row in read_jsonl(path)}


def read_judgments(directory: Path = JUDGMENTS) -> dict[tuple[str, int, int], dict[str, Any]]:
    """Every judgment by (article, trigger start, trigger end); a later file wins on a repeat."""
    judged: dict[tuple[str, int, int], dict[str, Any]] = {}
    for path in sorted(directory.glob("*.jsonl")):
        for row in read_jsonl(path):
            judged[(row["article"], *row["trigger"])] = row
    return judged


# ----------------------------------------------------------------------------- judging
def parse_actor(written: str) -> dict[str, Any] | None:
    """``"USA.GOV"`` / ``"USA.-"`` / ``"-.COP"`` / ``"-"`` (no actor); sectors may list
    alternatives, ``"USA.GOV|ELI"``, where ``-`` is "no sector" (``"USA.ELI|-"``)."""
    if written == "-":
        return None
    country, _, sector = written.partition(".")
    return {
        "country": None if country in ("", "-") else country,
        "sectors": (sector or "-").split("|"),
    }


def actor_matches(correct: str, country: str | None, sector: str | None) -> bool:
    """A coded actor is right when its country is the annotated one (both unknown counts) and
    its sector is one of the annotated sectors (``-``: no sector)."""
    wanted = parse_actor(correct)
    if wanted is None:
        return False
    return wanted["country"] == country and (sector or "-") in wanted["sectors"]


def judge(coded: dict[str, Any], judgment: dict[str, Any]) -> dict[str, bool]:
    """Whether a coded candidate has the right root, root+source, and root+source+target.

    ``judgment["events"]`` lists every correct event anchored at the trigger (empty: no event);
    the candidate is right if it matches any of them."""
    source = coded.get("source") or {}
    target = coded.get("target")
    best = {"root": False, "root_source": False, "all": False}
    for event in judgment["events"]:
        if event["root"] != coded["root"]:
            continue
        best["root"] = True
        if not actor_matches(event["source"], source.get("country"), source.get("sector")):
            continue
        best["root_source"] = True
        if event["target"] == "-":
            target_right = target is None
        else:
            target_right = target is not None and actor_matches(
                event["target"], target.get("country"), target.get("sector")
            )
        best["all"] = best["all"] or target_right
    return best


# ----------------------------------------------------------------------------- coding
@dataclass
class CodedCandidate:
    """One event the coder emits, with where it sits in the article and what the model sees."""

    article: str
    sentence: tuple[int, int]
    trigger: tuple[int, int]
    event_span: tuple[int, int]
    coded: dict[str, Any]
    features: dict[str, float]
    rule_confidence: float  # the coder's rule-based confidence before the model
    confidence: float  # what the coder emits

    def as_row(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "split": split_of(self.article),
            "sentence": list(self.sentence),
            "trigger": list(self.trigger),
            "event_span": list(self.event_span),
            "coded": self.coded,
            "rule_confidence": round(self.rule_confidence, 3),
        }


def _actor_dict(actor: Any) -> dict[str, Any] | None:
    if actor is None:
        return None
    return {"country": actor.country, "sector": actor.sector, "code": actor.code}


def coded_candidates(
    rows: Iterable[dict[str, Any]], *, emitted_only: bool = True
) -> Iterator[CodedCandidate]:
    """Every event the coder emits in non-strict mode (unresolved actors kept) for corpus rows.

    The coder keeps one event per (code, source, target) in a sentence, the most confident, so
    which one it emits depends on the shipped model; ``emitted_only=False`` keeps them all,
    which makes the training data independent of the weights being trained."""
    from eventwire import actors, nlp
    from eventwire.events import coder as coder_module
    from eventwire.events import confidence
    from eventwire.models import Article

    class RecordingCoder(coder_module.Coder):
        recorded: list[tuple[Any, CodedCandidate]]

        def _event(self, candidate, source, target, state, number):
            event = super()._event(candidate, source, target, state, number)
            factor = 1.0 if source.known else RULE_UNRESOLVED_FACTOR
            view = confidence.view_of_event(event, candidate.trigger, candidate.confidence)
            self.recorded.append(
                (
                    event,
                    CodedCandidate(
                        article=self.document.article.id,
                        sentence=(state.span.start_char, state.span.end_char),
                        trigger=(
                            candidate.trigger.idx,
                            candidate.trigger.idx + len(candidate.trigger),
                        ),
                        event_span=(event.span[0], event.span[1]),
                        coded={
                            "cameo": event.cameo,
                            "root": event.root,
                            "source": _actor_dict(event.source),
                            "target": _actor_dict(event.target),
                        },
                        features=confidence.features(view),
                        rule_confidence=candidate.confidence * factor,
                        confidence=event.confidence,
                    ),
                )
            )
            return event

    articles = [
        Article(id=row["id"], body=row["text"], title=row.get("title"), published=row["published"])
        for row in rows
    ]
    for document in nlp.parse(articles):
        coder = RecordingCoder(document, actors.resolve(document))
        coder.recorded = []
        kept = {id(event) for event in coder.run()}  # the coder keeps one event per actor pair
        for event, found in coder.recorded:
            if id(event) in kept or not emitted_only:
                yield found


# ----------------------------------------------------------------------------- judged data
@dataclass
class Judged:
    """A coded candidate at an annotated trigger, with its verdicts."""

    candidate: CodedCandidate
    verdict: dict[str, bool]

    @property
    def split(self) -> str:
        return split_of(self.candidate.article)


def judged_candidates(corpus_path: Path = CORPUS, *, emitted_only: bool = True) -> list[Judged]:
    """The current coder's candidates on every annotated article, judged where their trigger
    was annotated (candidates at triggers nobody judged are left out)."""
    judgments = read_judgments()
    articles = sorted({article for article, _, _ in judgments})
    corpus = corpus_articles(corpus_path)
    missing = [a for a in articles if a not in corpus]
    if missing:
        raise ValueError(f"annotated articles missing from {corpus_path}: {missing[:3]}")
    judged = []
    for found in coded_candidates((corpus[a] for a in articles), emitted_only=emitted_only):
        judgment = judgments.get((found.article, *found.trigger))
        if judgment is not None:
            judged.append(Judged(found, judge(found.coded, judgment)))
    return judged
