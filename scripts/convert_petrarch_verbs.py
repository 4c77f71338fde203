"""Convert PETRARCH-2's CAMEO verb dictionary into eventwire's own pattern data (run once).

    python3 scripts/convert_petrarch_verbs.py ../shared/dictionaries/petrarch2

writes ``src/eventwire/events/petrarch_verbs.yaml`` (verb blocks compiled to dependency frames)
and ``src/eventwire/events/petrarch_discards.txt`` (the discard phrases), with the MIT licence
and attribution in ``src/eventwire/events/PETRARCH_LICENSE.txt``.

How a PETRARCH-2 pattern ``- PRE * POST [CODE]`` becomes a frame (see petrarch2/PETRreader.py,
``read_verb_dictionary``): the words of PRE are heads of the subject (``$`` = the source);
in POST, a plain word is the head of the direct object (``{MOD ... HEAD}`` a longer noun phrase,
the last word its head), ``(PREP WORD ...)`` a prepositional phrase on the verb or its object
(its object also a word or a braced phrase),
a particle word (UP, OFF, ...) the verb's particle, and ``+`` the target slot. ``&NAME`` is a
synonym set: the frame requires any of its words. Words are matched as lemmas (singular and
plural forms both listed). Codes ``[A:B]`` take ``A``; ``[:B]`` (the subject receives the act) and
patterns the dependency frames cannot express (several object nouns, words before the verb that
are not its subject) are skipped and counted. ``[---]`` frames are kept: they stop an event.
Each verb of a synonym block shares the block's patterns; ``WORD [CODE]`` gives that verb's own
code for the verb alone. Multi-word verbs ``+MEET_WITH`` become a verb with a required particle
or preposition.
"""

from __future__ import annotations

import copy
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
EVENTS = ROOT / "src" / "eventwire" / "events"
PARTICLES = {"up", "down", "off", "out", "back", "away", "over", "forward", "through", "aside"}
NULL = "---"
#: Words of a braced phrase that modify nothing the parse calls a modifier ("{THE HOUSE}").
ARTICLES = {"the", "a", "an"}


def forms(word: str) -> list[str]:
    """A pattern word as lemmas: lower case, with the singular of a plural."""
    word = word.lower().strip("_").replace("_", " ")
    found = [word]
    if word.endswith("ies"):
        found.append(word[:-3] + "y")
    elif word.endswith(("ches", "shes", "sses", "xes")):
        found.append(word[:-2])
    elif word.endswith("s") and not word.endswith("ss"):
        found.append(word[:-1])
    return found


def read_entries(lines: list[str]) -> dict[str, list[list[str]]]:
    """``&NAME`` followed by ``+WORD`` lines: each entry as its words."""
    entries: dict[str, list[list[str]]] = {}
    name = None
    for line in lines:
        text = line.split("#")[0].strip()
        if text.startswith("&"):
            name = text
            entries[name] = []
        elif text.startswith("+") and name:
            words = text[1:].replace("_", " ").split()
            if words:
                entries[name].append(words)
        elif text.startswith("---"):
            break
    return entries


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    """Each set's heads: its one-word entries, and the heads of its phrases that are such entries
    too. A "carrier" or a "vehicle" alone is no weapon (the mail carrier): a phrase whose head is
    not an entry alone ("AIRCRAFT_CARRIER") is matched with its modifiers (``synset_phrases``)."""
    return {name: heads_alone(found) for name, found in read_entries(lines).items()}


def heads_alone(entries: list[list[str]]) -> list[str]:
    single = {forms(words[0])[-1] for words in entries if len(words) == 1}
    return [words[-1] for words in entries if forms(words[-1])[-1] in single]


def synset_phrases(lines: list[str]) -> dict[str, dict[str, list[str]]]:
    """Per set, the heads that name its kind only with a modifier, and those modifiers as lemmas:
    &WEAPON's "carrier" with "aircraft", "armored", "personnel"."""
    found: dict[str, dict[str, list[str]]] = {}
    for name, entries in read_entries(lines).items():
        alone = set(heads_alone(entries))
        heads: dict[str, set[str]] = {}
        for words in entries:
            if len(words) > 1 and words[-1] not in alone:
                modifiers = {f for w in words[:-1] for f in forms(w)}
                heads.setdefault(forms(words[-1])[-1], set()).update(modifiers)
        found[name] = {head: sorted(mods) for head, mods in sorted(heads.items())}
    return found


def phrase_frames(
    frame: dict, pattern: str, phrases: dict[str, dict[str, list[str]]]
) -> list[dict]:
    """For a frame whose object is a bare synset, one frame per phrase head of that set, the head
    with its modifiers ("aircraft carrier"); none for other frames."""
    nouns, _ = split_post(pattern.partition("*")[2])
    objects = [n for n in nouns if n not in ("+", "$") and n.lower() not in PARTICLES]
    if "object_with" in frame or len(objects) != 1 or objects[0] not in phrases:
        return []
    return [
        {**copy.deepcopy(frame), "object": forms(head), "object_with": list(modifiers)}
        for head, modifiers in phrases[objects[0]].items()
    ]


def words_of(item: str, synsets: dict[str, list[str]]) -> list[str] | None:
    """A pattern word or synset as lemmas; None for an undefined synset."""
    if item.startswith("&"):
        if item not in synsets:
            return None
        return sorted({f for word in synsets[item] for f in forms(word)})
    return forms(item)


def split_post(post: str) -> tuple[list[str], list[list[str]]] | None:
    """POST section: the bare words and noun phrases, and the prepositional phrases."""
    phrases = re.findall(r"\(([^)]*)\)", post)
    rest = re.sub(r"\([^)]*\)", " ", post)
    return words_and_phrases(rest), [words_and_phrases(p) for p in phrases]


def words_and_phrases(text: str) -> list[str]:
    """Words, with a braced noun phrase ("{DISASTROUS CONSEQUENCES}") kept as one item."""
    items = [m.strip("{} ") for m in re.findall(r"\{[^}]*\}|\S+", text)]
    return [item for item in items if item]


def cameo_codes() -> set[str]:
    """The CAMEO codes eventwire knows (``events/cameo.tsv``), and the null code."""
    rows = (EVENTS / "cameo.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {row.split("\t")[0] for row in rows if row and not row.startswith("#")} | {NULL}


CODES = cameo_codes()


class Unexpressible(ValueError):
    """A pattern the dependency frames cannot express; the message says why."""


def lemmas_of(item: str, synsets: dict[str, list[str]]) -> list[str]:
    found = words_of(item, synsets)
    if found is None:
        raise Unexpressible("undefined synset")
    return found


def compile_pattern(pattern: str, code: str, synsets: dict[str, list[str]]) -> dict | str:
    """One pattern as a frame dict, or the reason it cannot be expressed."""
    if code.startswith(":"):
        return "subject receives the act ([:code])"
    code = code.split(":")[0].rstrip("!")
    if code not in CODES:
        return "code not in CAMEO"
    pre, _, post = pattern.partition("*")
    frame: dict = {"code": code}
    try:
        frame.update(subject_condition(pre, synsets))
        nouns, preps = split_post(post)
        frame.update(slot_words(nouns))
        frame.update(object_condition(nouns, synsets))
        frame.update(prep_condition(preps, synsets))
    except Unexpressible as reason:
        return str(reason)
    return frame if len(frame) > 1 else "no condition"


def subject_condition(pre: str, synsets: dict[str, list[str]]) -> dict:
    subject = [w for w in pre.split() if w != "$"]
    if len(subject) > 1:
        raise Unexpressible("several words before the verb")
    return {"subject": lemmas_of(subject[0], synsets)} if subject else {}


def slot_words(nouns: list[str]) -> dict:
    """Removes ``+``, ``$`` and a particle from ``nouns``; the target slot and particle found."""
    found: dict = {}
    for noun in list(nouns):
        if noun == "+":
            found["target"] = ["dobj"]
        elif noun.lower() in PARTICLES and "particle" not in found:
            found["particle"] = noun.lower()
        elif noun != "$":
            continue
        nouns.remove(noun)
    return found


def object_condition(nouns: list[str], synsets: dict[str, list[str]]) -> dict:
    if len(nouns) > 1:
        raise Unexpressible("several object nouns")
    if not nouns:
        return {}
    phrase = nouns[0].split()
    found: dict = {"object": lemmas_of(phrase[-1], synsets)}
    if len(phrase) > 1:
        modifiers = [lemmas_of(w, synsets) for w in phrase[:-1]]
        found["object_with"] = sorted({f for m in modifiers for f in m})
    return found


def prep_condition(preps: list[list[str]], synsets: dict[str, list[str]]) -> dict:
    if len(preps) > 1:
        raise Unexpressible("several prepositional phrases")
    if not preps:
        return {}
    words = [w for w in preps[0] if w != "$"]
    found: dict = {"prep": words[0].lower()}
    heads = words[1:]
    if "+" in heads:
        found["target"] = [f"prep:{found['prep']}"]
        heads.remove("+")
    if heads:
        phrase = [w for w in heads[-1].split() if w.lower() not in ARTICLES]
        found["prep_object"] = lemmas_of(phrase[-1], synsets)
        if len(phrase) > 1:
            modifiers = [lemmas_of(w, synsets) for w in phrase[:-1]]
            found["prep_object_with"] = sorted({f for m in modifiers for f in m})
    return found


def read_verb_line(line: str) -> tuple[str, str | None, str | None] | None:
    """``VERB {forms} [code]`` -> (lemma, required particle/preposition, own code)."""
    text = line.split("#")[0].strip()
    if not text or text.startswith(("-", "&", "~")):
        return None
    own = re.search(r"\[([^\]]*)\]", text)
    text = re.sub(r"\{[^}]*\}|\[[^\]]*\]", " ", text).split()[0]
    parts = text.split("_")
    if len(parts) == 1:
        return text.lower(), None, own.group(1) if own else None
    if not parts[0].startswith("+") or len(parts) != 2:
        return None  # "RE_+ARREST", longer phrases: not a verb with one particle
    return parts[0][1:].lower(), parts[1].lower(), own.group(1) if own else None


def convert(text: str) -> tuple[dict, Counter]:
    lines = text.splitlines()
    synsets = read_synsets(lines)
    phrases = synset_phrases(lines)
    start = next(i for i, line in enumerate(lines) if line.startswith("####### VERB PATTERNS"))
    blocks: dict[str, dict] = {}
    verbs: dict[str, dict] = {}
    skipped: Counter = Counter()
    block = None
    for line in lines[start + 1 :]:
        if line.startswith("~"):
            break
        if line.startswith("---"):
            head = re.match(r"---\s*(\S+)\s*\[([^\]]*)\]", line)
            if head is None:
                continue
            name = head.group(1)
            code = head.group(2) if head.group(2) in CODES else NULL
            block = blocks.setdefault(name, {"code": code, "frames": []})
            block_name = name
            continue
        if block is None:
            continue
        if line.startswith("-"):
            body = line[1:].split("#")[0]
            match = re.search(r"\[([^\]]*)\]\s*$", body.strip())
            if match is None or "*" not in body:
                skipped["malformed"] += 1
                continue
            pattern = body[: body.rfind("[")]
            frame = compile_pattern(pattern, match.group(1), synsets)
            if isinstance(frame, str):
                skipped[frame] += 1
                continue
            for found in [frame, *phrase_frames(frame, pattern, phrases)]:
                if found not in block["frames"]:
                    block["frames"].append(found)
            continue
        verb = read_verb_line(line)
        if verb is None:
            continue
        lemma, particle, own = verb
        entry: dict = {"block": block_name}
        if own and own.split(":")[0] in CODES:
            entry["code"] = own.split(":")[0]
        if particle:
            entry["particle"] = particle
        key = lemma if not particle else f"{lemma} {particle}"
        verbs.setdefault(key, entry)
    return {"blocks": blocks, "verbs": verbs}, skipped


def read_discards(text: str) -> list[str]:
    """Discard phrases; ``+PHRASE`` discards the whole story."""
    found = []
    for line in text.splitlines():
        phrase = line.split("#")[0].strip()
        if phrase and not phrase.isdigit():
            found.append(phrase.lower())
    return found


HEADER = """\
# PETRARCH-2's CAMEO verb dictionary (CAMEO.2.0.txt), compiled to eventwire's dependency frames.
# GENERATED by scripts/convert_petrarch_verbs.py -- do not edit; change the script or patterns.yaml
# (hand-written patterns win on conflict). Source: openeventdata/petrarch2 commit 676801cd,
# petrarch2/data/dictionaries/CAMEO.2.0.txt. Copyright (c) 2015 Open Event Data Alliance, MIT
# licence: see PETRARCH_LICENSE.txt beside this file.
#
# blocks: NAME -> the block's code for its verbs alone ("---" = no event) and its frames.
# verbs:  LEMMA (or "LEMMA PARTICLE") -> its block, its own code when it has one.
# Frame keys: code ("---" stops the event), subject, object, object_with (modifiers of the
# object), prep (+ prep_object, prep_object_with: its modifiers), particle, target (slots) --
# lemmas, any one of which matches.
"""


def main(source: Path) -> None:
    data, skipped = convert((source / "CAMEO.2.0.txt").read_text(encoding="utf-8"))
    frames = sum(len(b["frames"]) for b in data["blocks"].values())
    text = HEADER + yaml.safe_dump(data, sort_keys=True, width=100, default_flow_style=None)
    (EVENTS / "petrarch_verbs.yaml").write_text(text, encoding="utf-8")
    discards = read_discards((source / "Phoenix.discards.txt").read_text(encoding="utf-8"))
    header = (
        "# PETRARCH-2's discard list (Phoenix.discards.txt), MIT, see PETRARCH_LICENSE.txt.\n"
        "# GENERATED by scripts/convert_petrarch_verbs.py. A sentence containing a phrase is no\n"
        "# event; '+PHRASE': no event in the whole article.\n"
    )
    (EVENTS / "petrarch_discards.txt").write_text(
        header + "\n".join(discards) + "\n", encoding="utf-8"
    )
    licence = (source / "LICENSE").read_text(encoding="utf-8")
    (EVENTS / "PETRARCH_LICENSE.txt").write_text(
        "petrarch_verbs.yaml and petrarch_discards.txt are converted from PETRARCH-2's\n"
        "dictionaries (https://github.com/openeventdata/petrarch2, commit 676801cd,\n"
        "petrarch2/data/dictionaries/) by scripts/convert_petrarch_verbs.py.\n\n" + licence,
        encoding="utf-8",
    )
    print(
        f"{len(data['verbs'])} verbs in {len(data['blocks'])} blocks, {frames} frames, "
        f"{len(discards)} discard phrases; skipped patterns: {dict(skipped)}"
    )


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared/dictionaries/petrarch2"))
