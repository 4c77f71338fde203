"""Sample candidate actor phrases from the news corpus for annotation (annotations/actors/).

Picks articles that name states other than the US, parses them, and lists noun phrases of
six kinds: role or agent nouns ("police", "looters"), organisations and institutions (spaCy
ORG), titled people (PERSON with a title before it), nationality groups (NORP heads), named
groups, and possible false states (an ORG or PERSON holding a place name). It prints
article id, character span, kind, the phrase and its sentence, for a person to annotate by
the guide (annotations/actors/GUIDE.md). It never prints what eventwire resolves, so the
annotation cannot lean on the system.

Usage: python3 scripts/sample_actor_phrases.py [ARTICLES=120] [PER_ARTICLE=6] > candidates.txt
       python3 scripts/sample_actor_phrases.py --unused ARTICLES PER_ARTICLE
           (the next ARTICLES of ``foreign_articles`` that hold no annotated phrase yet)
       python3 scripts/sample_actor_phrases.py --extraction PAGE_ID[,PAGE_ID...] PER_ARTICLE
           (pages of ../shared/eval/extraction/ground-truth.json, their ``articleBody``)
       python3 scripts/sample_actor_phrases.py --grep REGEX ARTICLES PER_ARTICLE
           (unannotated articles, shorter than 12,000 characters, where REGEX matches most
           often, e.g. local news: ``"police|sheriff|jail|prison|judge|utility"``)
       python3 scripts/sample_actor_phrases.py --random ARTICLES PER_ARTICLE
           (unannotated articles drawn at random, seed 14)
       python3 scripts/sample_actor_phrases.py --synthetic STORIES PER_ARTICLE
           (synthetic wire stories of ../shared/train/ngec_synthetic_events.jsonl drawn at
           random, seed 14, that hold no annotated phrase: for tuning splits only)
       python3 scripts/sample_actor_phrases.py --cameo PER_SENTENCE
           (the sentences of ../shared/eval/cameo/root_codes_dev.jsonl, one row per distinct
           text, its first sentence id: world news, one sentence each)
       python3 scripts/sample_actor_phrases.py --codebook PER_SENTENCE
           (the ``example`` sentences of ../shared/eval/cameo/codebook.jsonl, id = its
           ``code``, read as the benchmark reads them, less those that are also, verbatim or
           edited, a sentence of the PLOVER or CAMEO dev files: ``codebook_examples``)
"""

from __future__ import annotations

import difflib
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"
EXTRACTION = ROOT.parent / "shared" / "eval" / "extraction" / "ground-truth.json"
ANNOTATIONS = ROOT / "annotations" / "actors" / "phrases.jsonl"
SYNTHETIC = ROOT.parent / "shared" / "train" / "ngec_synthetic_events.jsonl"
CAMEO = ROOT.parent / "shared" / "eval" / "cameo" / "root_codes_dev.jsonl"
PLOVER = ROOT.parent / "shared" / "eval" / "plover" / "gsr_dev.jsonl"

ROLE_HEADS = re.compile(
    r"\b(police|court|army|troops|soldiers|rebels|militants|government|ministry|minister|"
    r"protesters|workers|union|students|farmers|miners|drivers|looters|smugglers|pilgrims|"
    r"civilians|residents|villagers|officials|forces|navy|fleet|party|parliament|judge|"
    r"journalists|doctors|refugees|migrants|gangs?|prosecutors?|militia|activists|"
    r"university|agency|authorities|guards?|officers?|commander|spokesman|governor|mayor)\b",
    re.I,
)


def foreign_articles(limit: int) -> list[dict]:
    import pycountry

    names = [c.name for c in pycountry.countries if "," not in c.name and c.alpha_3 != "USA"]
    pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")
    rows = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    scored = sorted(rows, key=lambda r: -len(pattern.findall(r["text"][:6000])))
    return [r for r in scored[: limit * 2] if len(r["text"]) < 12000][:limit]


def unused_foreign_articles(limit: int) -> list[dict]:
    """The first ``limit`` of ``foreign_articles`` (in its order) holding no annotated phrase."""
    used = {json.loads(line)["article"] for line in ANNOTATIONS.open(encoding="utf-8")}
    return [row for row in foreign_articles(limit * 4) if row["id"] not in used][:limit]


def unused_rows() -> list[dict]:
    """The corpus articles holding no annotated phrase, shorter than 12,000 characters."""
    used = {json.loads(line)["article"] for line in ANNOTATIONS.open(encoding="utf-8")}
    rows = [json.loads(line) for line in CORPUS.open(encoding="utf-8")]
    return [row for row in rows if row["id"] not in used and len(row["text"]) < 12000]


def grep_articles(pattern: str, limit: int) -> list[dict]:
    """The ``limit`` unannotated articles where ``pattern`` matches most often."""
    regex = re.compile(pattern, re.I)
    scored = sorted(unused_rows(), key=lambda row: -len(regex.findall(row["text"])))
    return scored[:limit]


def random_articles(limit: int) -> list[dict]:
    """``limit`` unannotated articles drawn at random (seed 14)."""
    rows = unused_rows()
    return random.Random(14).sample(rows, min(limit, len(rows)))


def synthetic_stories(limit: int) -> list[dict]:
    """``limit`` synthetic wire stories with no annotated phrase, drawn at random (seed 14)."""
    used = {json.loads(line)["article"] for line in ANNOTATIONS.open(encoding="utf-8")}
    rows = [json.loads(line) for line in SYNTHETIC.open(encoding="utf-8")]
    rows = [row for row in rows if row["id"] not in used]
    return random.Random(14).sample(rows, min(limit, len(rows)))


def cameo_sentences() -> list[dict]:
    """The CAMEO dev sentences as rows with ``id`` and ``text``, one per distinct text."""
    first: dict[str, dict] = {}
    for line in CAMEO.open(encoding="utf-8"):
        row = json.loads(line)
        first.setdefault(row["text"], {"id": row["id"], "text": row["text"]})
    return list(first.values())


def _plain(text: str) -> str:
    """Lower-cased letters, digits and single spaces: for comparing sentences."""
    text = re.sub(r"\s+", " ", text.lower().replace("\u2019", "'"))
    return re.sub(r"[^a-z0-9 ]", "", text).strip()


def codebook_examples() -> list[dict]:
    """The CAMEO codebook's example sentences (``id`` = code, ``text`` as the phrase
    benchmark reads it) that are no sentence of the PLOVER or CAMEO dev files: those hold
    many of them verbatim and some edited ("Yugoslavia" made "Serbia"), so a sentence whose
    first 120 plain characters match one of theirs at a ratio over 0.6 is left out (the
    others match none above 0.57)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from actors_phrases import CODEBOOK, codebook_text

    others = [
        _plain(json.loads(line)["text"])[:120]
        for path in (PLOVER, CAMEO)
        for line in path.open(encoding="utf-8")
    ]
    rows = []
    for line in CODEBOOK.open(encoding="utf-8"):
        row = json.loads(line)
        if not row["example"] or row["example"].startswith("NEED EXAMPLE"):
            continue
        text = codebook_text(row["example"])
        plain = _plain(text)[:120]
        if all(difflib.SequenceMatcher(None, plain, o).ratio() <= 0.6 for o in others):
            rows.append({"id": row["code"], "text": text})
    return rows


def extraction_pages(ids: list[str]) -> list[dict]:
    """Pages of the extraction benchmark as rows with ``id`` and ``text`` (the gold body)."""
    pages = json.loads(EXTRACTION.read_text(encoding="utf-8"))
    return [{"id": page, "text": pages[page]["articleBody"]} for page in ids]


def candidates(doc) -> list[tuple[int, int, str]]:
    found = []
    for chunk in doc.noun_chunks:
        if ROLE_HEADS.search(chunk.root.text) and len(chunk) <= 7:
            found.append((chunk.start_char, chunk.end_char, "role"))
    for ent in doc.ents:
        if ent.label_ in ("ORG", "NORP") and len(ent) <= 7:
            found.append((ent.start_char, ent.end_char, ent.label_.lower()))
        elif ent.label_ == "PERSON" and ent.start > 0 and doc[ent.start - 1].is_title:
            left = doc[max(0, ent.start - 3) : ent.start]
            found.append((left.start_char, ent.end_char, "titled person"))
    return found


def main() -> int:
    if not CORPUS.exists():
        print(f"corpus not available: {CORPUS}", file=sys.stderr)
        return 0
    args = sys.argv[1:]
    if args and args[0] == "--extraction":
        rows = extraction_pages(args[1].split(","))
        args = args[2:]
    elif args and args[0] == "--grep":
        rows = grep_articles(args[1], int(args[2]))
        args = args[3:]
    elif args and args[0] == "--synthetic":
        rows = synthetic_stories(int(args[1]))
        args = args[2:]
    elif args and args[0] == "--cameo":
        rows = cameo_sentences()
        args = args[1:]
    elif args and args[0] == "--codebook":
        rows = codebook_examples()
        args = args[1:]
    elif args and args[0] == "--random":
        rows = random_articles(int(args[1]))
        args = args[2:]
    elif args and args[0] == "--unused":
        rows = unused_foreign_articles(int(args[1]))
        args = args[2:]
    else:
        rows = foreign_articles(int(args[0]) if args else 120)
        args = args[1:]
    per_article = int(args[0]) if args else 6
    from eventwire import nlp

    pipeline = nlp.load()
    rng = random.Random(14)
    for row in rows:
        text = row["text"]
        doc = pipeline(text)
        spans = sorted(set(candidates(doc)))
        picked = rng.sample(spans, min(per_article, len(spans)))
        for start, end, kind in sorted(picked):
            sentence = next(s for s in doc.sents if s.start_char <= start < s.end_char)
            context = sentence.text.replace("\n", " ")[:260]
            print(f"{row['id']}\t{start}\t{end}\t{kind}\t{text[start:end]!r}\t{context}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
