"""Actor resolution on annotated phrases from real news (annotations/actors/phrases.jsonl).

Each annotation is a character span in an article of ../shared/corpus/news.jsonl (or, for
records with ``"source": "extraction"``, in the gold ``articleBody`` of a page of
../shared/eval/extraction/ground-truth.json, ``article`` being the page id; for records with
``"source": "synthetic"``, in the ``text`` of a story of
../shared/train/ngec_synthetic_events.jsonl, tuning only; for records with
``"source": "cameo"``, in the ``text`` of a sentence of
../shared/eval/cameo/root_codes_dev.jsonl, the sentence being the whole document; for records
with ``"source": "plover"``, likewise in a sentence of ../shared/eval/plover/gsr_dev.jsonl; for
records with ``"source": "codebook"``, in the ``example`` of the row of
../shared/eval/cameo/codebook.jsonl whose ``code`` is ``article``, as ``codebook_text`` reads
it: its mojibake quotes mended and the codebook's trailing "Note: ..." cut off; for records with
``"source": "web"``, in the ``text`` of a page of scripts/web_pages.py, ``article`` being the
page id, read with the page's headline and ``published`` date; likewise for ``"source": "aeb"``,
a page of ``aeb_pages`` there, and for ``"source": "newspaper"`` or ``"postlight"``, a page of
that suite (``suite_pages``); the pages must be checked out under ../webpages, else the
benchmark stops saying so) with the
country and sector an analyst gives it (guide: annotations/actors/GUIDE.md). The article is
parsed and resolved as ``eventwire extract`` would (with its ``published`` date); the
system's answer for a span is the mention overlapping it most (ties: the one whose head is
inside the span), or no country and no sector when no mention overlaps. Prints, per split
(any split name in the file; ``dev``, ``dev2`` and ``dev3`` may be looked at while tuning,
``test``, ``test2``, ``test3``, ``test4`` and ``test5`` are held out: report their numbers, never their misses): country right,
sector right, both right.

``--splits dev,dev2,dev3`` scores only those splits (articles of other splits are not even
parsed): use it while tuning, so that the held-out numbers are not seen; ``--splits test2``
scores only the fresh held-out split.

``--half even|odd`` keeps the phrases of the texts whose id's md5 is even (or odd): tune on one
half, confirm on the other.

Usage: python3 benchmarks/actors_phrases.py [--splits dev,dev2,dev3] [--show-misses dev,dev5]
       [--half even|odd]
(``--show-misses`` takes one or more tuning splits; each miss is printed with its split.)
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from eventwire import actors, nlp  # noqa: E402
from eventwire.models import Article  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"
EXTRACTION = ROOT.parent / "shared" / "eval" / "extraction" / "ground-truth.json"
ANNOTATIONS = ROOT / "annotations" / "actors" / "phrases.jsonl"
SYNTHETIC = ROOT.parent / "shared" / "train" / "ngec_synthetic_events.jsonl"
CAMEO = ROOT.parent / "shared" / "eval" / "cameo" / "root_codes_dev.jsonl"
PLOVER = ROOT.parent / "shared" / "eval" / "plover" / "gsr_dev.jsonl"
CODEBOOK = ROOT.parent / "shared" / "eval" / "cameo" / "codebook.jsonl"
# UTF-8 curly quotes of the codebook's examples read as Mac Roman, and what they were.
MOJIBAKE = {"\u201aÄô": "\u2019", "\u201aÄò": "\u2018", "\u201aÄú": "\u201c", "\u201aÄù": "\u201d"}
HELD_OUT = {"test", "test2", "test3", "test4", "test5"}


def answer(mentions, start: int, end: int) -> tuple[str | None, str | None, str]:
    """(country, sector, reason) of the mention that best covers ``[start, end)``."""
    best, best_key = None, (0, False)
    for mention in mentions:
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap <= 0:
            continue
        key = (overlap, start <= mention.end - 1 < end)
        if key > best_key:
            best, best_key = mention, key
    if best is None:
        return None, None, "no mention"
    return best.actor.country, best.actor.sector, f"{best.text!r}: {best.reason}"


def rows_with_ids(path: Path, wanted) -> list[dict]:
    """The JSONL rows of ``path`` whose ``id`` is in ``wanted``."""
    with path.open(encoding="utf-8") as handle:
        return [row for line in handle if (row := json.loads(line))["id"] in wanted]


def corpus_articles(wanted) -> list[Article]:
    """The corpus articles holding an annotated phrase, with their publication date."""
    return [
        Article(id=row["id"], body=row["text"], published=row.get("published"))
        for row in rows_with_ids(CORPUS, wanted)
    ]


def annotated_texts(gold: list[dict], source: str, path: Path) -> set[str]:
    """The ids of the texts of ``source`` that hold an annotated phrase; none (said on stderr)
    when ``path``, the file holding those texts, is missing."""
    ids = {r["article"] for r in gold if r.get("source") == source}
    if ids and not path.exists():
        print(f"{source} texts not available: {path}", file=sys.stderr)
        return set()
    return ids


def extraction_articles(gold: list[dict]) -> list[Article]:
    """The extraction-benchmark pages holding an annotated phrase (their gold body, no date)."""
    pages = annotated_texts(gold, "extraction", EXTRACTION)
    if not pages:
        return []
    bodies = json.loads(EXTRACTION.read_text(encoding="utf-8"))
    return [Article(id=page, body=bodies[page]["articleBody"]) for page in sorted(pages)]


def text_articles(gold: list[dict], source: str, path: Path) -> list[Article]:
    """The texts of a JSONL file (``id``, ``text``) holding a phrase annotated with ``source``
    (``synthetic``: the synthetic wire stories; ``cameo``, ``plover``: the CAMEO and PLOVER dev
    sentences, each alone),
    as undated articles."""
    ids = annotated_texts(gold, source, path)
    if not ids:
        return []
    return [Article(id=row["id"], body=row["text"]) for row in rows_with_ids(path, ids)]


def codebook_text(example: str) -> str:
    """A codebook ``example`` as wire text: mojibake quotes mended, the codebook's own
    "Note: ..." (coding advice, not news) cut off."""
    for wrong, right in MOJIBAKE.items():
        example = example.replace(wrong, right)
    return example.split(" Note:", 1)[0].strip()


def codebook_articles(gold: list[dict]) -> list[Article]:
    """The CAMEO codebook examples holding a phrase annotated with ``source: codebook``, each
    alone as an undated article whose id is the row's ``code``."""
    codes = annotated_texts(gold, "codebook", CODEBOOK)
    if not codes:
        return []
    with CODEBOOK.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return [
        Article(id=row["code"], body=codebook_text(row["example"]))
        for row in rows
        if row["code"] in codes
    ]


def page_articles(gold: list[dict], source: str) -> list[Article]:
    """The pages of ``source`` (``web``, ``aeb`` or a suite, scripts/web_pages.py) holding a phrase
    annotated with it, with their headline and publication date; stops (SystemExit, saying why)
    when the pages are not checked out."""
    pages = {r["article"] for r in gold if r.get("source") == source}
    if not pages:
        return []
    sys.path.insert(0, str(ROOT / "scripts"))
    from web_pages import aeb_pages, suite_pages, web_pages

    rows = {"web": web_pages, "aeb": aeb_pages}.get(source, lambda: suite_pages(source))()
    return [
        Article(
            id=page,
            body=rows[page]["text"],
            title=rows[page].get("title"),
            published=rows[page].get("published"),
        )
        for page in sorted(pages)
    ]


def in_half(article: str, half: str) -> bool:
    """Whether the text ``article`` falls in ``half`` (``even`` or ``odd`` md5 of its id)."""
    parity = int(hashlib.md5(article.encode("utf-8")).hexdigest(), 16) % 2
    return parity == (0 if half == "even" else 1)


def main() -> int:
    if not CORPUS.exists():
        print(f"corpus not available: {CORPUS}", file=sys.stderr)
        return 0
    show = (
        set(sys.argv[sys.argv.index("--show-misses") + 1].split(","))
        if "--show-misses" in sys.argv
        else set()
    )
    if show & HELD_OUT:
        print(
            "test, test2, test3, test4 and test5 are held out: their misses are never shown",
            file=sys.stderr,
        )
        return 2
    gold = [json.loads(line) for line in ANNOTATIONS.read_text(encoding="utf-8").splitlines()]
    if "--splits" in sys.argv:
        wanted = set(sys.argv[sys.argv.index("--splits") + 1].split(","))
        gold = [record for record in gold if record["split"] in wanted]
    if "--half" in sys.argv:
        half = sys.argv[sys.argv.index("--half") + 1]
        gold = [record for record in gold if in_half(record["article"], half)]
    by_article = defaultdict(list)
    for record in gold:
        by_article[record["article"]].append(record)
    articles = [
        *corpus_articles(by_article),
        *extraction_articles(gold),
        *text_articles(gold, "synthetic", SYNTHETIC),
        *text_articles(gold, "cameo", CAMEO),
        *text_articles(gold, "plover", PLOVER),
        *codebook_articles(gold),
        *page_articles(gold, "web"),
        *page_articles(gold, "aeb"),
        *page_articles(gold, "newspaper"),
        *page_articles(gold, "postlight"),
    ]
    scores: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for document in nlp.parse(articles):
        text = document.article.body
        mentions = actors.resolve(document)
        for record in by_article[document.article.id]:
            country, sector, why = answer(mentions, record["start"], record["end"])
            right = (country == record["country"], sector == record["sector"])
            score = scores[record["split"]]
            score[0] += 1
            score[1] += right[0]
            score[2] += right[1]
            score[3] += all(right)
            if record["split"] in show and not all(right):
                phrase = text[record["start"] : record["end"]]
                print(
                    f"[{record['split']}] {phrase!r}: gold {record['country']} {record['sector']}, "
                    f"got {country} {sector} ({why})"
                )
    for split in sorted(scores):
        n, country_ok, sector_ok, both_ok = scores[split]
        print(
            f"{split}: {n} phrases  country right {country_ok / n:.1%}  "
            f"sector right {sector_ok / n:.1%}  both right {both_ok / n:.1%}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
