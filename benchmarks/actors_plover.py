"""Actor resolution against the PLOVER gold standard records (../shared/eval/plover/gsr_dev.jsonl).

For every record whose first source actor has a gold ``code``, two measures:

- matched: the first resolved mention that overlaps the gold ``actorText`` (any of its parts
  when the gold marks a split span with "..."); its country must equal the gold code.
- system: the first mention in the sentence with a country (or an organisation code) that
  is neither merely a place ("talks in Paris") nor a passive subject ("three soldiers were
  killed by ..."), i.e. what a coder taking the first acting actor as source would use.

Gold codes are CAMEO's: country codes that differ from ISO (``ITL``, ``VTN``, ``JAP``) are
mapped with ``actors.iso_from_cameo``; gold ``IGO``/``NGO`` match any actor whose sector is
IGO/NGO (we code the organisation itself, e.g. ``UN``). Sentences carry no date: people are
resolved as of today, which only matters for sectors, not measured here.

Both halves of the dev set (even and odd lines) are reported as well as the whole: a rule
tuned while looking at one half must hold on the other (``--show-misses even`` prints the
misses of one half only).

Usage: python3 benchmarks/actors_plover.py [--show-misses [even|odd]]
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from eventwire import actors, nlp  # noqa: E402
from eventwire.actors.kb import knowledge_base  # noqa: E402
from eventwire.models import Article  # noqa: E402

GOLD = ROOT.parent / "shared" / "eval" / "plover" / "gsr_dev.jsonl"


def matches(actor, gold_code: str) -> bool:
    if gold_code in ("IGO", "NGO"):
        org_sector = knowledge_base().igo_codes.get(actor.country or "")
        kind = "NGO" if org_sector == "NGO" else ("IGO" if org_sector else None)
        return gold_code in (kind, actor.sector)
    return actor.country == actors.iso_from_cameo(gold_code)


def is_source_candidate(mention) -> bool:
    """Has a country (or is an organisation), acts (not a place), and is not a passive subject."""
    if mention.locative or not (mention.actor.country or mention.actor.sector in ("IGO", "NGO")):
        return False
    token = mention.head_token
    while token.dep_ in ("compound", "amod", "poss") and token.head.i != token.i:
        token = token.head
    return token.dep_ != "nsubjpass"


def overlapping(mentions, text: str, actor_text: str):
    parts = [p.strip(" .") for p in re.split(r"\.{2,}", actor_text) if p.strip(" .")]
    spans = []
    for part in parts:
        at = text.find(part)
        if at < 0:  # the gold text is not always verbatim: fall back to its first word
            part = part.split()[0]
            at = text.find(part)
        if at >= 0:
            spans.append((at, at + len(part)))
    for mention in mentions:
        if mention.resolved and any(mention.start < e and s < mention.end for s, e in spans):
            return mention
    return None


def main() -> int:
    if not GOLD.exists():
        print(f"gold data not available: {GOLD}", file=sys.stderr)
        return 0
    show = "--show-misses" in sys.argv
    show_half = next((a for a in sys.argv if a in ("even", "odd")), None)
    lines = [line for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [dict(json.loads(line), half=("even", "odd")[i % 2]) for i, line in enumerate(lines)]
    records = [r for r in records if r["source"] and r["source"][0].get("code")]
    texts = [r["text"].strip().strip("{}") for r in records]
    articles = [Article(id=r["id"], body=t) for r, t in zip(records, texts)]
    matched_ok = system_ok = 0
    halves: dict[str, list[int]] = {"even": [0, 0, 0], "odd": [0, 0, 0]}
    for record, document in zip(records, nlp.parse(articles)):
        gold = record["source"][0]
        mentions = actors.resolve(document)
        text = document.article.body
        hit = overlapping(mentions, text, gold["actorText"])
        for mention in mentions:
            mention.head_token = document.doc[mention.head]
        first = next((m for m in mentions if is_source_candidate(m)), None)
        ok_matched = bool(hit and matches(hit.actor, gold["code"]))
        ok_system = bool(first and matches(first.actor, gold["code"]))
        matched_ok += ok_matched
        system_ok += ok_system
        half = halves[record["half"]]
        half[0], half[1], half[2] = half[0] + 1, half[1] + ok_matched, half[2] + ok_system
        if show and not (ok_matched and ok_system) and show_half in (None, record["half"]):
            print(
                f"{record['id']}: gold {gold['actorText']!r}={gold['code']}  "
                f"matched={hit and (hit.text, hit.actor.code)}  system={first and (first.text, first.actor.code)}"
                f"\n    {text}"
            )
    n = len(records)
    print(f"records with a gold source code: {n}")
    print(f"matched (mention overlapping gold actorText): {matched_ok}/{n} = {matched_ok / n:.1%}")
    print(f"system (first acting mention with a country): {system_ok}/{n} = {system_ok / n:.1%}")
    for name, (count, matched, system) in halves.items():
        print(
            f"  {name} lines: {count} records, matched {matched / count:.1%}, "
            f"system {system / count:.1%}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
