"""Headlines and datelines of corpus-style plain text (``../shared/corpus/news.jsonl``).

Usage: PYTHONPATH=src python3 benchmarks/ingest_headlines.py [corpus.jsonl] [--step 7]

Each text opens with its headline (then a full stop) and the story. Prints, over every
``step``-th article: titles found without and with the JSONL ``title`` field, wrong titles,
wire datelines found where the first paragraph opens with one, and, for the same texts with
the headline removed, how many lose their first paragraph to ``title``.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from eventwire.ingest import to_article
from eventwire.ingest.lines import normalise
from eventwire.models import RawDocument

WIRE_OPENING = re.compile(  # "DALLAS (AP) —", "NASHUA, N.H. -", "New York (AFP) –"
    r"^(?:[A-Z][A-Z.' ]{2,30}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?(?:, \w+\.? \d{1,2})?"
    r"|[A-Z][a-z]+(?: [A-Z][a-z]+)? (?=\())(?: \([A-Za-z ]{2,20}\))? ?(?:--|[-—–]) "
)


def main() -> None:
    parser = argparse.ArgumentParser()
    default = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "news.jsonl"
    parser.add_argument("corpus", nargs="?", type=Path, default=default)
    parser.add_argument("--step", type=int, default=7)
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"skipped: {args.corpus} not found")
        return
    rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines()]
    rows = rows[:: args.step]
    found = with_field = wrong = datelines = dateline_found = lede_titled = ledes = 0
    for row in rows:
        paragraphs = [p for p in row["text"].split("\n\n") if p.strip()]
        plain = to_article(RawDocument(id=row["id"], content=row["text"]))
        given = to_article(RawDocument(id=row["id"], content=row["text"], title=row["title"]))
        for article in (plain, given):
            wrong += bool(article.title) and normalise(article.title) not in normalise(row["title"])
        found += bool(plain.title)
        with_field += bool(given.title)
        if len(paragraphs) > 1 and WIRE_OPENING.match(paragraphs[1]):
            datelines += 1
            dateline_found += bool(plain.dateline)
        if len(paragraphs) >= 4:
            ledes += 1
            lede_titled += bool(
                to_article(RawDocument(id="l", content="\n\n".join(paragraphs[1:]))).title
            )
    print(f"articles: {len(rows)} (every {args.step}th)")
    print(f"title found, text only:        {found}")
    print(f"title found, with title field: {with_field}")
    print(f"wrong titles (both runs):      {wrong}")
    print(f"wire datelines found:          {dateline_found} of {datelines}")
    print(f"headline removed, lede taken as title: {lede_titled} of {ledes}")


if __name__ == "__main__":
    main()
