"""Audit of the force/violence judgments against the guide (issue #20).

``list`` prints every real-news judgment (synthetic stories excluded) whose trigger word starts
with one of ``STEMS``, both splits, ordered by article then trigger: a key, the split, the
trigger, the sentence with the trigger marked, the previous sentence, the title and the stored
events (the batch judgment; an audit row that overrides it is shown after ``audit:``).

``save FILE`` reads typed re-judgments, one a line, ``KEY | events | rule`` (fields separated by " | ") where ``events`` is
written as for ``annotate_confidence.py save`` (``18 USA.CRM|- USA.CVL ; ...`` or ``none``), and
writes them to ``annotations/events/judgments/audit-00.jsonl`` with the batch judgment they
replace (``was``) and the guide rule applied (``rule``). Only rows that contradict the guide are
typed. ``count`` prints, from the audit file, how many rows changed by split and direction.

It reads only judgments and the corpus: never the coder, nor the candidates' coded fields.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from annotate_confidence import parse_events
from confidence_data import (
    JUDGMENTS,
    documents,
    is_synthetic,
    read_jsonl,
    read_judgments,
    split_of,
)

# Trigger words starting with one of these are force/violence words (lower-cased prefixes).
STEMS = [
    "attack",
    "assault",
    "bomb",
    "kill",
    "shoot",
    "shot",
    "murder",
    "massacre",
    "rape",
    "seiz",
    "occup",
    "invad",
    "invasion",
    "strike",
    "airstrike",
    "fight",
    "fought",
    "battle",
    "clash",
    "war",
    "beat",
    "abus",
    "kidnap",
    "abduct",
    "execut",
    "tortur",
    "slaughter",
    "wound",
    "injur",
    "destroy",
    "blow",
    "explo",
    "gun",
    "stab",
    "ambush",
    "raid",
    "detain",
    "arrest",
    "imprison",
    "jail",
    "punish",
    "sanction",
    "blockad",
    "siege",
    "besieg",
    "maim",
    "terror",
    "violen",
    "riot",
    "coup",
    "hostage",
    "behead",
    "assassin",
    "shell",
    "missile",
    "rocket",
]
AUDIT = JUDGMENTS / "audit-00.jsonl"


def is_force_word(word: str) -> bool:
    return word.lower().startswith(tuple(STEMS))


def force_rows() -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The real-news judgments at force/violence words, by article then trigger."""
    judged = read_judgments(audits=False)  # the judgments before the audit
    articles = documents({a for a, _, _ in judged if not is_synthetic(a)})
    rows = [
        row
        for key, row in sorted(judged.items())
        if not is_synthetic(key[0]) and is_force_word(articles[key[0]]["text"][key[1] : key[2]])
    ]
    return rows, articles


def _events(events: list[dict[str, str]]) -> str:
    if not events:
        return "none"
    return " ; ".join(f"{e['root']} {e['source']} {e['target']}" for e in events)


def _previous_sentence(text: str, start: int) -> str:
    before = text[max(0, start - 300) : start].rstrip()
    cut = max(before.rfind(". ", 0, len(before) - 1), before.rfind("\n", 0, len(before) - 1))
    return " ".join(before[cut + 1 :].split())


def show(first: int = 0, last: int | None = None) -> None:
    rows, articles = force_rows()
    audited = (
        {(r["article"], *r["trigger"]): r for r in read_jsonl(AUDIT)} if AUDIT.exists() else {}
    )
    for key, row in enumerate(rows):
        if key < first or (last is not None and key > last):
            continue
        article = articles[row["article"]]
        text = article["text"]
        (s, e), (ts, te) = row["sentence"], row["trigger"]
        marked = " ".join((text[s:ts] + "[[" + text[ts:te] + "]]" + text[te:e]).split())
        print(f"{key} | {split_of(row['article'])} | {text[ts:te]} | {row['article'][:50]}")
        print(f"   T: {article.get('title')}")
        print(f"   P: {_previous_sentence(text, s)}")
        print(f"   >> {marked}")
        print(f"   stored: {_events(row['events'])}")
        audit = audited.get((row["article"], ts, te))
        if audit:
            print(f"   audit: {_events(audit['events'])} ({audit['rule']})")


def save(typed_path: Path) -> None:
    rows, _ = force_rows()
    out: list[dict[str, Any]] = []
    for line in typed_path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, typed, rule = (part.strip() for part in line.split(" | "))
        row = rows[int(key)]
        events = parse_events(typed)
        if events == row["events"]:
            raise SystemExit(f"key {key}: typed events equal the stored ones")
        out.append(
            {
                "article": row["article"],
                "sentence": row["sentence"],
                "trigger": row["trigger"],
                "events": events,
                "was": row["events"],
                "rule": rule,
            }
        )
    with open(AUDIT, "w", encoding="utf-8") as handle:
        for audit in out:
            handle.write(json.dumps(audit, sort_keys=True) + "\n")
    print(f"{len(out)} audit rows written to {AUDIT}")


def direction(audit: dict[str, Any]) -> str:
    if audit["was"] and not audit["events"]:
        return "event->none"
    if not audit["was"]:
        return "none->event"
    return "root/actor fix"


def count() -> None:
    rows, _ = force_rows()
    listed = Counter(split_of(r["article"]) for r in rows)
    audits = read_jsonl(AUDIT) if AUDIT.exists() else []
    changed = Counter((split_of(a["article"]), direction(a)) for a in audits)
    rules = Counter(a["rule"] for a in audits)
    print(f"listed (re-read): {len(rows)} (dev {listed['dev']}, train {listed['train']})")
    print(f"changed: {len(audits)}")
    for (split, way), n in sorted(changed.items()):
        print(f"  {split:5} {way:15} {n}")
    for rule, n in rules.most_common():
        print(f"  rule {n:3}  {rule}")


def main(argv: list[str]) -> None:
    if argv and argv[0] == "list":
        show(*(int(a) for a in argv[1:3]))
    elif len(argv) == 2 and argv[0] == "save":
        save(Path(argv[1]))
    elif argv and argv[0] == "count":
        count()
    else:
        raise SystemExit("usage: audit_judgments.py list [FIRST [LAST]] | save FILE | count")


if __name__ == "__main__":
    main(sys.argv[1:])
