"""Fuzz eventwire with hostile documents and count how each one ended.

    python benchmarks/fuzz.py [--n 10000] [--seed 1] [--doc-timeout 60]

Each document is drawn from the families in ``tests/hostile`` (random bytes, Unicode
oddities, huge lines, deeply nested or broken HTML, entity bombs, unclosed quotes,
unpunctuated floods, damaged real articles, ...; one in 200 at its worst-case size). One in
ten goes through a file on disk (plain, ``.gz``, ``.jsonl`` or ``.html``) and the readers,
the rest straight to the pipeline. A document ends

- ok: every stage ran, no error;
- failed cleanly: the article carries a per-stage error with a message (and still
  serialises, with spans inside its body);
- crashed: an exception escaped or the output broke the contract.

Documents run in batches through ``eventwire.scale.run(workers=1)``, the in-process mode of
``eventwire extract``, so one that runs past ``--doc-timeout`` seconds fails cleanly with a
``timeout`` error (as in a real run) rather than stalling the batch.

Prints ``N documents: X ok, Y failed cleanly, Z crashed`` and the crashes, one per line.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "src"), str(ROOT / "tests")]

import hostile  # noqa: E402
from eventwire import ingest  # noqa: E402
from eventwire.models import RawDocument  # noqa: E402
from eventwire.pipeline.work import MAX_CHARS  # noqa: E402
from eventwire.scale import run  # noqa: E402

BATCH = 25


def as_file(folder: Path, index: int, content: bytes | str, rng: random.Random) -> Path:
    """Write the document the way a feed would deliver it: plain, gzipped, JSONL or HTML."""
    data = content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content
    kind = rng.choice(["txt", "txt.gz", "jsonl", "html"])
    path = folder / f"doc{index}.{kind}"
    if kind == "txt.gz":
        path.write_bytes(gzip.compress(data, compresslevel=1))
    elif kind == "jsonl":
        text = content if isinstance(content, str) else data.decode("utf-8", "replace")
        path.write_text(json.dumps({"id": f"doc{index}", "text": text}) + "\n", encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def documents_to_raws(
    index: int, content: bytes | str, folder: Path, rng: random.Random
) -> list[RawDocument]:
    if index % 10:
        return [RawDocument(id=f"doc{index}", content=content, origin="<fuzz>")]
    path = as_file(folder, index, content, rng)
    try:
        return list(ingest.read([path]))
    finally:
        path.unlink()


def classify(raws: list[RawDocument], articles: list) -> tuple[str, str]:
    """(outcome, detail) for one document's articles."""
    if len(articles) != len(raws):
        return "crashed", f"{len(raws)} documents in, {len(articles)} articles out"
    problems = [p for article in articles for p in hostile.violations(article, MAX_CHARS)]
    if problems:
        return "crashed", "; ".join(problems)
    if any(article.errors for article in articles):
        return "failed cleanly", ",".join(
            sorted({e.stage for article in articles for e in article.errors})
        )
    return "ok", ""


def guarded(work):
    """``work()``; (result, None) or (None, crash detail)."""
    try:
        return work(), None
    except Exception as exc:
        return None, "".join(traceback.format_exception_only(exc)).strip()


def run_batch(batch: list[tuple[int, list[RawDocument]]], timeout: float) -> list[tuple[str, str]]:
    """One in-process run of the whole batch, as ``eventwire extract --workers 1`` does it
    (per-document time limit included); if anything escapes it, every document again on
    its own, so that only the culprit is counted as crashed."""

    def analyse(raws: list[RawDocument]) -> list:
        return list(run(raws, workers=1, doc_timeout=timeout))

    flat = [raw for _, raws in batch for raw in raws]
    articles, crash = guarded(lambda: analyse(flat))
    if crash is None and len(articles) == len(flat):
        results, at = [], 0
        for _, raws in batch:
            results.append(classify(raws, articles[at : at + len(raws)]))
            at += len(raws)
        return results
    results = []
    for _, raws in batch:
        articles, crash = guarded(lambda raws=raws: analyse(raws))
        results.append(("crashed", crash) if crash else classify(raws, articles))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--doc-timeout", type=float, default=60.0)
    parser.add_argument(
        "--max-seconds",
        type=float,
        default=None,
        help="stop drawing documents after this long and report those done",
    )
    args = parser.parse_args()

    rng = random.Random(args.seed)
    outcomes: Counter[str] = Counter()
    stages: Counter[str] = Counter()
    crashes: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="eventwire-fuzz-") as tmp:
        done = 0
        for first in range(0, args.n, BATCH):
            if args.max_seconds and time.perf_counter() - started > args.max_seconds:
                break
            batch, families = [], []
            for index in range(first, min(first + BATCH, args.n)):
                family, content = hostile.random_document(rng)
                raws, crash = guarded(
                    lambda index=index, content=content: documents_to_raws(
                        index, content, Path(tmp), rng
                    )
                )
                if crash:  # the reader itself failed
                    outcomes["crashed"] += 1
                    crashes.append(f"#{index} {family}: read: {crash[:300]}")
                    continue
                batch.append((index, raws))
                families.append(family)
            for (index, _), family, (outcome, detail) in zip(
                batch, families, run_batch(batch, args.doc_timeout)
            ):
                outcomes[outcome] += 1
                if outcome == "failed cleanly":
                    stages.update(detail.split(","))
                elif outcome == "crashed":
                    crashes.append(f"#{index} {family}: {detail[:300]}")
            done = min(first + BATCH, args.n)
            print(f"... {done} documents, {dict(outcomes)}", file=sys.stderr, flush=True)
    total = time.perf_counter() - started
    print(
        f"{done} documents: {outcomes['ok']} ok, {outcomes['failed cleanly']} failed cleanly, "
        f"{outcomes['crashed']} crashed"
    )
    print(f"failed-cleanly errors by stage: {dict(stages.most_common())}")
    print(
        f"time: {total:.0f} s ({total / max(done, 1) * 1000:.0f} ms per document, batches of {BATCH}, seed {args.seed})"
    )
    for line in crashes:
        print("CRASH " + line)
    sys.exit(1 if crashes else 0)


if __name__ == "__main__":
    main()
