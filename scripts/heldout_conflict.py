"""Held-out checks of material-conflict precision, on text no rule was tuned on.

The judged dev split (``annotations/events/judgments``) is also where rules were confirmed, and
its odd half was read by mistake while tuning (docs/evaluation.md, seventeenth round). These sets
are separate: the coder's events of roots 15-20 on corpus articles no rule was tuned on, each
trigger judged for its root only, blind (the code is not shown), by
``annotations/events/GUIDE.md``. Each set is exported once at the commit that made it:

- ``dev`` (issue #20, seventeenth round): every dev-split article (``split_of``) that no judged
  candidate file lists.
- ``unannotated`` (eighteenth round): every train-split article that no annotation file of any
  kind (events, actors, quotes) lists: articles no tuning listing ever printed.
- ``extraction`` (eighteenth round): the pages of the text-extraction benchmark
  (``../shared/eval/extraction/ground-truth.json``, their gold body) that no actor phrase lists:
  international wire and business news, never used for event rules.
- ``web`` (nineteenth round): the English pages of three extraction projects' test suites
  (``scripts/web_pages.py``), text this project had never read.
- ``aeb`` (twentieth round): the English pages of the article-extraction benchmark that
  ``../shared/eval/extraction`` does not hold (``aeb_pages`` in ``scripts/web_pages.py``), news of
  November 2019 from many outlets, never read; both halves stay unread.
- ``postlight`` (twenty-first round): the English fixtures of Postlight's parser
  (``suite_pages("postlight")`` in ``scripts/web_pages.py``): US and world news, sport, tech and
  culture of 2016-2019, never read; both halves stay unread.
- ``newspaper`` (twenty-third round): the test pages of newspaper3k (``suite_pages("newspaper")``
  in ``scripts/web_pages.py``). A **tuning** set (``HeldoutSet.tuning``): its misses may be read
  (``benchmarks/heldout_conflict.py --set newspaper --show-misses``) to find mechanisms, and the
  "all sets" figure leaves it out.

    python3 scripts/heldout_conflict.py export [--set NAME]          # the candidates, now
    python3 scripts/heldout_conflict.py show [--set NAME]            # each trigger, no code
    python3 scripts/heldout_conflict.py save typed.txt [--set NAME]  # "K | ROOT", "K | 18/17", "K | none"

A trigger may take more than one root where a careful coder could give either ("security forces
shot dead 100 demonstrators": 18, or 17 as violent repression); the event is right when its root
is one of them, as for the judged set (``annotations/events/GUIDE.md``, several correct events at
one trigger).

Files (offsets into ``../shared/corpus/news.jsonl``, no text) are in
``annotations/events/heldout/``. The measure is ``benchmarks/heldout_conflict.py``; never read
its misses to tune a rule (the set would no longer be held out).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from confidence_data import (
    ANNOTATIONS,
    CANDIDATES,
    UNJUDGED_CANDIDATES,
    coded_candidates,
    corpus_articles,
    read_jsonl,
    split_of,
)
from web_pages import EXTRACTION_PAGES, SUITES, aeb_pages, suite_pages, web_pages

HELDOUT = ANNOTATIONS / "heldout"
CONFLICT_ROOTS = ("15", "16", "17", "18", "19", "20")
# Every annotation file that points into the corpus: an article any of them lists has been read.
ANNOTATION_FILES = (
    CANDIDATES,
    UNJUDGED_CANDIDATES,
    ANNOTATIONS.parent / "actors" / "phrases.jsonl",
    ANNOTATIONS.parent / "quotes" / "own_set.jsonl",
)


@dataclass(frozen=True)
class HeldoutSet:
    """One held-out set: which articles it draws from, and its two files."""

    name: str
    split: str | None  # the corpus split its articles come from (None: all of its source)
    untouched_by: tuple[Path, ...]  # annotation files none of its articles may be in
    candidates: Path
    judgments: Path
    # or "extraction" (the extraction benchmark's pages), "web", "aeb" or a suite's name
    # (scripts/web_pages.py)
    source: str = "corpus"
    # A tuning set, made to be read: its misses may be shown and rules written from them. It is
    # kept out of the held-out figure over all sets.
    tuning: bool = False

    def rows(self) -> dict[str, dict]:
        """The source's articles by id, as corpus rows (id, text, title, published)."""
        if self.source == "corpus":
            return corpus_articles()
        if self.source == "web":
            return web_pages()
        if self.source == "aeb":
            return aeb_pages()
        if self.source in SUITES:
            return suite_pages(self.source)
        pages = json.loads(EXTRACTION_PAGES.read_text(encoding="utf-8"))
        return {
            page: {"id": page, "text": body["articleBody"], "title": None, "published": None}
            for page, body in pages.items()
            if body.get("articleBody")
        }


SETS = {
    "dev": HeldoutSet(
        "dev",
        "dev",
        (CANDIDATES,),
        HELDOUT / "conflict_candidates.jsonl",
        HELDOUT / "conflict_judgments.jsonl",
    ),
    "unannotated": HeldoutSet(
        "unannotated",
        "train",
        ANNOTATION_FILES,
        HELDOUT / "unannotated_candidates.jsonl",
        HELDOUT / "unannotated_judgments.jsonl",
    ),
    "extraction": HeldoutSet(
        "extraction",
        None,
        ANNOTATION_FILES,
        HELDOUT / "extraction_candidates.jsonl",
        HELDOUT / "extraction_judgments.jsonl",
        source="extraction",
    ),
    "web": HeldoutSet(
        "web",
        None,
        (),
        HELDOUT / "web_candidates.jsonl",
        HELDOUT / "web_judgments.jsonl",
        source="web",
    ),
    "aeb": HeldoutSet(
        "aeb",
        None,
        (),
        HELDOUT / "aeb_candidates.jsonl",
        HELDOUT / "aeb_judgments.jsonl",
        source="aeb",
    ),
    "postlight": HeldoutSet(
        "postlight",
        None,
        (),
        HELDOUT / "postlight_candidates.jsonl",
        HELDOUT / "postlight_judgments.jsonl",
        source="postlight",
    ),
    "newspaper": HeldoutSet(
        "newspaper",
        None,
        (),
        HELDOUT / "newspaper_candidates.jsonl",
        HELDOUT / "newspaper_judgments.jsonl",
        source="newspaper",
        tuning=True,
    ),
}


def listed_articles(files: tuple[Path, ...]) -> set[str]:
    """Every corpus article an annotation file lists."""
    return {row["article"] for path in files for row in read_jsonl(path)}


def heldout_articles(chosen: HeldoutSet) -> list[dict]:
    """The set's articles (of its split) that none of its annotation files lists, in id order."""
    touched = listed_articles(chosen.untouched_by)
    rows = chosen.rows()
    return [
        rows[a]
        for a in sorted(rows)
        if (chosen.split is None or split_of(a) == chosen.split) and a not in touched
    ]


def conflict_triggers(rows: list[dict]) -> list[dict]:
    """One line per trigger at which the coder emits a material-conflict event."""
    seen, lines = set(), []
    for found in coded_candidates(rows):
        if found.coded["root"] not in CONFLICT_ROOTS:
            continue
        key = (found.article, *found.trigger)
        if key in seen:
            continue
        seen.add(key)
        lines.append(
            {
                "article": found.article,
                "sentence": list(found.sentence),
                "trigger": list(found.trigger),
                "cameo": found.coded["cameo"],
            }
        )
    return lines


def export(chosen: HeldoutSet) -> None:
    articles = heldout_articles(chosen)
    lines = conflict_triggers(articles)
    HELDOUT.mkdir(parents=True, exist_ok=True)
    with open(chosen.candidates, "w", encoding="utf-8") as out:
        for line in lines:
            out.write(json.dumps(line, sort_keys=True) + "\n")
    print(f"{len(lines)} triggers in {len(articles)} articles written to {chosen.candidates}")


def marked_sentence(text: str, sentence: Sequence[int], trigger: Sequence[int]) -> str:
    """The sentence on one line, its trigger in [[ ]]."""
    (s0, s1), (a, b) = sentence, trigger
    return (text[s0:a] + "[[" + text[a:b] + "]]" + text[b:s1]).replace("\n", " ")


def show(chosen: HeldoutSet) -> None:
    rows = chosen.rows()
    for k, line in enumerate(read_jsonl(chosen.candidates)):
        sentence = marked_sentence(rows[line["article"]]["text"], line["sentence"], line["trigger"])
        print(f"{k} | {line['article']}\n    {sentence}\n")


def save(chosen: HeldoutSet, typed: Path) -> None:
    candidates = read_jsonl(chosen.candidates)
    judged = []
    for raw in typed.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        number, _, typed_roots = (part.strip() for part in raw.partition("|"))
        line = candidates[int(number)]
        roots = [] if typed_roots == "none" else typed_roots.split("/")
        if not all(len(r) == 2 and r.isdigit() and "01" <= r <= "20" for r in roots):
            raise ValueError(f"line {raw!r}: roots are two digits 01-20 joined by '/', or 'none'")
        judged.append(
            {
                "article": line["article"],
                "sentence": line["sentence"],
                "trigger": line["trigger"],
                "roots": roots,
            }
        )
    missing = len(candidates) - len(judged)
    with open(chosen.judgments, "w", encoding="utf-8") as out:
        for row in judged:
            out.write(json.dumps(row, sort_keys=True) + "\n")
    print(f"{len(judged)} judgments written ({missing} candidates left unjudged)")


def chosen_set(argv: list[str]) -> tuple[HeldoutSet, list[str]]:
    """The ``--set NAME`` option (default ``dev``) and the arguments left."""
    if "--set" not in argv:
        return SETS["dev"], argv
    at = argv.index("--set")
    name = argv[at + 1] if at + 1 < len(argv) else ""
    if name not in SETS:
        raise SystemExit(f"--set takes one of {', '.join(SETS)}, not {name!r}")
    return SETS[name], argv[:at] + argv[at + 2 :]


def main(argv: list[str]) -> None:
    chosen, argv = chosen_set(argv)
    if argv[:1] == ["export"]:
        export(chosen)
    elif argv[:1] == ["show"]:
        show(chosen)
    elif argv[:1] == ["save"] and len(argv) == 2:
        save(chosen, Path(argv[1]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])
