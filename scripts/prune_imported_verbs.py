"""Which verbs' PETRARCH-2 frames to leave out: those almost always wrong on real news.

The imported verb dictionary (``src/eventwire/events/petrarch_verbs.yaml``) codes many verbs
of everyday political prose as events ("need" a demand, "serve" aid, "join" a meeting). This
script codes every judged article of the **train** split (``annotations/events/``) twice, with
the imported frames (none pruned) and without them; an event found only with them is the
imported frames' own. Per trigger lemma, when at least ``MIN_JUDGED`` such events were judged
and fewer than ``MAX_RIGHT`` of them had the right root, the verb's imported coding frames are
left out (its null-coded ones stay: they stop events). A verb pruned before stays pruned until
that many cases show it right: as our own patterns grow, fewer of its events are the imported
frames' own, and a handful says nothing either way. The dev split is never read: confirm on
it with ``benchmarks/confidence_reliability.py --split dev --half even|odd``.

Writes ``src/eventwire/events/data/imported_pruned.tsv`` (lemma, judged, right); the shipped
file is what this command writes, which a test checks on a sample.

Usage: nice -n 10 python3 scripts/prune_imported_verbs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from confidence_data import Judged, judged_candidates  # noqa: E402

from eventwire.events import patterns  # noqa: E402

OUTPUT = ROOT / "src" / "eventwire" / "events" / "data" / "imported_pruned.tsv"
MIN_JUDGED = 3
MAX_RIGHT = 0.2
HEADER = (
    "# Verbs whose PETRARCH-2 coding frames are left out: events coded only by those frames on\n"
    "# the judged train split of real news (annotations/events/) had the right root in fewer\n"
    f"# than {MAX_RIGHT:.0%} of at least {MIN_JUDGED} cases; a verb pruned before stays until so many\n"
    "# cases show it right. Written by\n"
    "# scripts/prune_imported_verbs.py; do not edit by hand.\n"
    "# lemma\tjudged\tright\n"
)


def key(judged: Judged) -> tuple[str, int, str]:
    c = judged.candidate
    return (c.article, c.trigger[0], c.coded["cameo"])


def trigger_lemma(judged: Judged) -> str:
    return next(
        (
            name[len("lemma:") :]
            for name, v in judged.candidate.features.items()
            if v and name.startswith("lemma:")
        ),
        "",
    )


def imported_own(with_imported: list[Judged], without: list[Judged]) -> list[Judged]:
    """The events only the imported frames code."""
    ours = {key(j) for j in without}
    return [j for j in with_imported if key(j) not in ours]


def prune(events: list[Judged], pruned_before: set[str]) -> dict[str, tuple[int, int]]:
    """Lemma -> (judged, right) for the verbs to prune: those shown wrong, and those pruned
    before that are not yet shown right (as our own patterns grow, fewer events are the
    imported frames' own, and too few cases say nothing either way)."""
    counts: dict[str, list[int]] = {lemma: [0, 0] for lemma in pruned_before}
    for j in events:
        tally = counts.setdefault(trigger_lemma(j), [0, 0])
        tally[0] += 1
        tally[1] += j.verdict["root"]
    return {
        lemma: (n, right)
        for lemma, (n, right) in sorted(counts.items())
        if lemma.isalpha()
        and (right < MAX_RIGHT * n if n >= MIN_JUDGED else lemma in pruned_before)
    }


def read_pruned() -> set[str]:
    """The verbs the shipped file prunes."""
    if not OUTPUT.exists():
        return set()
    lines = OUTPUT.read_text(encoding="utf-8").splitlines()
    return {line.split("\t")[0] for line in lines if line and not line.startswith("#")}


def main() -> None:
    def train(found: list[Judged]) -> list[Judged]:
        return [j for j in found if j.split == "train"]

    full = train(judged_candidates(patterns=patterns.load(imported=True, pruned=False)))
    own = train(judged_candidates(patterns=patterns.load(imported=False)))
    events = imported_own(full, own)
    pruned = prune(events, read_pruned())
    OUTPUT.write_text(
        HEADER + "".join(f"{lemma}\t{n}\t{right}\n" for lemma, (n, right) in pruned.items()),
        encoding="utf-8",
    )
    left_out = sum(n for n, _ in pruned.values())
    print(
        f"train: {len(events)} events only the imported frames code, "
        f"{sum(j.verdict['root'] for j in events)} with the right root; "
        f"{len(pruned)} verbs pruned ({left_out} events, "
        f"{sum(r for _, r in pruned.values())} right) -> {OUTPUT.relative_to(ROOT)}"
    )


if __name__ == "__main__":
    main()
