"""What PETRARCH-2's discard list would drop: dev gold sentences and corpus articles.

    PYTHONPATH=src python3 benchmarks/petrarch_discards.py

The list (``events/petrarch_discards.txt``) marks phrases whose sentence, or with ``+`` whole
story, is no political event. This prints every dev sentence (CAMEO and PLOVER gold) it would
drop, with its gold codes, and every corpus article an article-level phrase would drop. The
coder does not apply the list: on the dev sets it only drops sentences with real events
("years ago", "Ebola"), and in the corpus it mostly drops political stories that mention sport.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
SHARED = ROOT.parent / "shared"


def words(text: str) -> list[str]:
    return re.findall(r"\w+|[^\w\s]", text.lower())


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def main() -> None:
    from eventwire.events import discards

    if not SHARED.is_dir():
        sys.exit(f"no shared data at {SHARED}")
    index = discards.load()
    whole = {k: [p for p in v if p.whole_article] for k, v in index.items()}
    whole = {k: v for k, v in whole.items() if v}
    for name in ("cameo/root_codes_dev.jsonl", "plover/gsr_dev.jsonl"):
        rows = read_jsonl(SHARED / "eval" / name)
        dropped = [(discards.find(words(r["text"]), index), r) for r in rows]
        dropped = [(p, r) for p, r in dropped if p is not None]
        print(f"{name}: {len(dropped)} of {len(rows)} sentences dropped")
        for phrase, row in dropped:
            gold = row.get("root_codes", row.get("event"))
            print(f"  {' '.join(phrase.words)!r:22} gold {gold}  {row['text'][:90]}")
    corpus = read_jsonl(SHARED / "corpus/news.jsonl")
    hits = [(discards.find(words(a["text"]), whole), a) for a in corpus]
    hits = [(p, a) for p, a in hits if p is not None]
    print(f"corpus: {len(hits)} of {len(corpus)} articles dropped by an article-level phrase")
    for phrase, article in hits:
        print(f"  {' '.join(phrase.words)!r:22} {article.get('title', '')[:90]}")


if __name__ == "__main__":
    main()
