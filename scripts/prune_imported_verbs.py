"""Which verbs' PETRARCH-2 frames to leave out: those almost always wrong on real news.

The imported verb dictionary (``src/eventwire/events/petrarch_verbs.yaml``) codes many verbs
of everyday political prose as events ("need" a demand, "serve" aid, "join" a meeting). This
script codes every judged article of the **train** split (``annotations/events/``) twice, with
the imported frames (none pruned) and without them; an event found only with them is the
imported frames' own. Per trigger lemma, when at least ``MIN_JUDGED`` such events were judged
and fewer than ``MAX_RIGHT`` of them had the right root, the verb's imported coding frames are
left out (its null-coded ones stay: they stop events). A verb pruned before stays pruned until
that many cases show it right: as our own patterns grow, fewer of its events are the imported
frames' own, and a handful says nothing either way.

A verb with too few cases of its own is judged with its PETRARCH-2 synonym block, whose verbs
share their frames ("connect", "attach", "link", "relate": LINK): when the block's events,
pooled over its verbs, number at least ``MIN_BLOCK_JUDGED`` and fewer than ``MAX_RIGHT`` of them
had the right root, every verb of the block without enough cases of its own loses its bare
imported frames too (the ones never seen in the train split included), keeping the specific
ones ("order a probe"). The dev split is never read: confirm on
it with ``benchmarks/confidence_reliability.py --split dev --half even|odd``.

Writes ``src/eventwire/events/data/imported_pruned.tsv`` (lemma, judged, right, and what
pruned it: ``verb`` or ``block:NAME``); the shipped file is what this command writes, which a
test checks on a sample.

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
from eventwire.events.imported import (  # noqa: E402
    PRUNED_BY_BLOCK,
    PRUNED_WHOLE,
    read_pruned,
    verb_blocks,
)

OUTPUT = ROOT / "src" / "eventwire" / "events" / "data" / "imported_pruned.tsv"
MIN_JUDGED = 3
MIN_BLOCK_JUDGED = 5
MAX_RIGHT = 0.2
HEADER = (
    "# Verbs whose PETRARCH-2 coding frames are left out: events coded only by those frames on\n"
    "# the judged train split of real news (annotations/events/) had the right root in fewer\n"
    f"# than {MAX_RIGHT:.0%} of at least {MIN_JUDGED} cases; a verb pruned before stays until so many\n"
    "# cases show it right. A verb with fewer cases goes with its PETRARCH-2 synonym block when\n"
    f"# the block's pooled events number at least {MIN_BLOCK_JUDGED} and fewer than {MAX_RIGHT:.0%} are right.\n"
    "# Written by scripts/prune_imported_verbs.py; do not edit by hand.\n"
    "# lemma\tjudged\tright\tpruned by\n"
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


def tallies(events: list[Judged]) -> dict[str, list[int]]:
    """Lemma -> [judged, right] of the imported frames' own events."""
    counts: dict[str, list[int]] = {}
    for j in events:
        tally = counts.setdefault(trigger_lemma(j), [0, 0])
        tally[0] += 1
        tally[1] += j.verdict["root"]
    return counts


def shown_wrong(n: int, right: int, enough: int) -> bool:
    return n >= enough and right < MAX_RIGHT * n


def prune(
    events: list[Judged], pruned_before: set[str], blocks: dict[str, str]
) -> dict[str, tuple[int, int, str]]:
    """Lemma -> (judged, right, why) for the verbs to prune: those shown wrong, those pruned
    before that are not yet shown right (as our own patterns grow, fewer events are the
    imported frames' own, and too few cases say nothing either way), and the verbs without
    enough cases of their own whose synonym block (``blocks``: lemma -> block) is shown wrong."""
    counts = tallies(events)
    pooled: dict[str, list[int]] = {}
    for lemma, (n, right) in counts.items():
        if lemma in blocks:
            total = pooled.setdefault(blocks[lemma], [0, 0])
            total[0] += n
            total[1] += right
    wrong_blocks = {
        b for b, (n, right) in pooled.items() if shown_wrong(n, right, MIN_BLOCK_JUDGED)
    }
    found: dict[str, tuple[int, int, str]] = {}
    for lemma in sorted(set(counts) | pruned_before | set(blocks)):
        n, right = counts.get(lemma, (0, 0))
        if not lemma.isalpha():
            continue
        if n >= MIN_JUDGED:
            if shown_wrong(n, right, MIN_JUDGED):
                found[lemma] = (n, right, PRUNED_WHOLE)
        elif lemma in pruned_before:
            found[lemma] = (n, right, PRUNED_WHOLE)
        elif blocks.get(lemma) in wrong_blocks:
            found[lemma] = (n, right, PRUNED_BY_BLOCK + blocks[lemma])
    return found


def main() -> None:
    def train(found: list[Judged]) -> list[Judged]:
        return [j for j in found if j.split == "train"]

    full = train(judged_candidates(patterns=patterns.load(imported=True, pruned=False)))
    own = train(judged_candidates(patterns=patterns.load(imported=False)))
    events = imported_own(full, own)
    pruned_before = {lemma for lemma, why in read_pruned().items() if why == PRUNED_WHOLE}
    pruned = prune(events, pruned_before, verb_blocks())
    OUTPUT.write_text(
        HEADER
        + "".join(f"{lemma}\t{n}\t{right}\t{why}\n" for lemma, (n, right, why) in pruned.items()),
        encoding="utf-8",
    )
    left_out = sum(n for n, _, _ in pruned.values())
    by_block = sum(why != PRUNED_WHOLE for _, _, why in pruned.values())
    print(
        f"train: {len(events)} events only the imported frames code, "
        f"{sum(j.verdict['root'] for j in events)} with the right root; "
        f"{len(pruned)} verbs pruned, {by_block} of them with their block ({left_out} events, "
        f"{sum(r for _, r, _ in pruned.values())} right) -> {OUTPUT.relative_to(ROOT)}"
    )


if __name__ == "__main__":
    main()
