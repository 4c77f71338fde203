"""Hostile documents, generated in code at test time (nothing big is committed).

``corpus()`` is a fixed, named set of the worst inputs we know of; ``random_document(rng)``
draws one fuzzed document from many families (used by the tests and ``benchmarks/fuzz.py``);
the ``write_*`` helpers build hostile *files* (gzip bombs, truncated archives, broken JSONL).
Everything is deterministic given the ``random.Random`` it is handed.
"""

from __future__ import annotations

import gzip
import json
import random
from collections.abc import Callable
from functools import cache
from importlib import resources
from pathlib import Path

Content = bytes | str

# Unicode that breaks naive code: bidi controls, zero-width characters, BOM, NUL and C0/C1
# controls, line/paragraph separators, combining marks, variation selectors, emoji ZWJ
# sequences, non-characters, private use, astral planes, full-width and look-alike letters.
ODDITIES = [
    "\u200e",
    "\u200f",
    "\u202a",
    "\u202b",
    "\u202c",
    "\u202d",
    "\u202e",
    "\u2066",
    "\u2067",
    "\u2069",
    "\u200b",
    "\u200c",
    "\u200d",
    "\u2060",
    "\ufeff",
    "\x00",
    "\x01",
    "\x07",
    "\x08",
    "\x0b",
    "\x0c",
    "\x1b",
    "\x7f",
    "\x85",
    "\x9b",
    "\u2028",
    "\u2029",
    "\u0301",
    "\u0336",
    "\u20dd",
    "\ufe0f",
    "\U0001f468\u200d\U0001f469\u200d\U0001f467",
    "\U0001f1fa\U0001f1e6",
    "\ufffe",
    "\uffff",
    "\ufffd",
    "\ue000",
    "\U0010fffd",
    "\U0001d54f",
    "\uff32\uff55\uff53\uff53\uff49\uff41",
    "\u0420\u0443ssia",
    "\u00a0",
    "\u2003",
    "\u3000",
    "\u061c",
    "\u0640",
    "\u0e33",
    "\ud800",
    "\udfff",
]
QUOTE_MARKS = [
    '"',
    "\u201c",
    "\u201d",
    "\u00ab",
    "\u00bb",
    "'",
    "\u2018",
    "\u2019",
    "\u300c",
    "\u201e",
    "``",
]
WORDS = [
    "the",
    "minister",
    "said",
    "president",
    "troops",
    "attacked",
    "border",
    "talks",
    "in",
    "Moscow",
    "Kyiv",
    "Paris",
    "Russia",
    "Ukraine",
    "NATO",
    "government",
    "on",
    "Monday",
    "would",
    "not",
    "agree",
    "to",
    "hold",
    "meeting",
    "with",
    "accused",
    "denied",
    "sanctions",
    "ceasefire",
    "Mr.",
    "Putin",
    "the",
    "Kremlin",
    "Biden",
    "officials",
    "warned",
    "against",
]


@cache
def samples() -> list[str]:
    """The bundled sample articles (package data), as seeds for mutation."""
    folder = resources.files("eventwire") / "samples"
    return [
        p.read_text(encoding="utf-8")
        for p in sorted(folder.iterdir(), key=lambda p: p.name)
        if p.name.endswith((".txt", ".html"))
    ]


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _sentence(rng: random.Random) -> str:
    return _words(rng, rng.randint(3, 25)).capitalize() + rng.choice([".", "!", "?", ";", ""])


# ---- families: each takes an rng and ``big`` (the worst case, else a cheap one) ----------


def _n(rng: random.Random, big: bool, small_max: int, big_max: int) -> int:
    """A size: up to ``small_max`` normally, between half and all of ``big_max`` when ``big``."""
    return rng.randint(big_max // 2, big_max) if big else rng.randint(1, small_max)


def random_bytes(rng: random.Random, big: bool) -> bytes:
    return rng.randbytes(_n(rng, big, 4096, 1_000_000))


def random_unicode(rng: random.Random, big: bool) -> str:
    """Code points from every plane, lone surrogates and controls included."""
    return "".join(
        chr(rng.choice([rng.randint(0, 0x7F), rng.randint(0, 0xFFFF), rng.randint(0, 0x10FFFF)]))
        for _ in range(_n(rng, big, 500, 200_000))
    )


def unicode_oddities(rng: random.Random, big: bool) -> str:
    chars = list(" ".join(_sentence(rng) for _ in range(_n(rng, big, 30, 3000))))
    for _ in range(rng.randint(1, max(1, len(chars) // 3))):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(ODDITIES))
    return "".join(chars)


def huge_single_line(rng: random.Random, big: bool) -> str:
    unit = rng.choice(["a", "Russia attacked Ukraine ", "\u0430", "x" * 999 + " ", "\u200b"])
    return unit * (_n(rng, big, 5_000, 2_000_000) // len(unit) + 1)


def deeply_nested_html(rng: random.Random, big: bool) -> str:
    depth, tag = _n(rng, big, 2_000, 100_000), rng.choice(["div", "span", "b", "table", "ul", "p"])
    close = rng.random() < 0.5
    return (
        "<html><body>"
        + f"<{tag}>" * depth
        + "Russia attacked Ukraine on Monday, officials said."
        + (f"</{tag}>" * depth if close else "")
        + "</body></html>"
    )


def broken_html(rng: random.Random, big: bool) -> str:
    pieces = [
        "<html><head><title>" + _sentence(rng),
        "<!--" + _words(rng, 50),
        "<script>var a = '" + "x" * _n(rng, big, 2000, 200_000),
        "<![CDATA[" + _words(rng, 30),
        "<p " + 'data-x="' * _n(rng, big, 200, 20_000),
        "<p>" + "&amp;" * _n(rng, big, 500, 50_000),
        "<p>&#0;&#xD800;&#x110000;&#99999999999;&bogus;&#x;</p>",
        "<meta charset='utf-\u00ff'>",
        '<?xml version="1.0" encoding="ebcdic"?><html>',
        "<p>" + "<br>" * _n(rng, big, 500, 50_000),
        "<article><p>" + " ".join(_sentence(rng) for _ in range(20)) + "</p>",
        "<table>" + "<td>" * _n(rng, big, 500, 20_000),
        "<a href='javascript:" + "(" * _n(rng, big, 1000, 100_000),
        "</html>" * rng.randint(1, 10),
        "<title>" + "T" * _n(rng, big, 1000, 100_000) + "</title>",
    ]
    return "".join(rng.sample(pieces, rng.randint(2, len(pieces))))


def billion_laughs(rng: random.Random, big: bool) -> str:
    """XML entity expansion in an HTML page: must not expand."""
    levels = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    return (
        '<?xml version="1.0"?><!DOCTYPE html [' + "".join(levels) + "]><html><body><p>&lol9;</p>"
        "<p>" + " ".join(_sentence(rng) for _ in range(5)) + "</p></body></html>"
    )


def unclosed_quotes(rng: random.Random, big: bool) -> str:
    mark = rng.choice(QUOTE_MARKS)
    body = " ".join(_sentence(rng) for _ in range(_n(rng, big, 50, 3000)))
    return (f"The minister said {mark}" if rng.random() < 0.5 else mark) + body


def many_quote_marks(rng: random.Random, big: bool) -> str:
    return " ".join(
        rng.choice(QUOTE_MARKS) + _words(rng, rng.randint(0, 5))
        for _ in range(_n(rng, big, 200, 20_000))
    )


def no_punctuation(rng: random.Random, big: bool) -> str:
    """Up to 100,000 'sentences' with no punctuation at all (one run-on line or many lines)."""
    sep = rng.choice([" ", " ", "\n"])
    return sep.join(_words(rng, rng.randint(3, 8)) for _ in range(_n(rng, big, 100, 100_000)))


def many_blank_lines(rng: random.Random, big: bool) -> str:
    return rng.choice(["\n", "\r\n", "\r", "\n \t\n", "\u2029"]) * _n(
        rng, big, 2000, 200_000
    ) + _sentence(rng)


def whitespace_only(rng: random.Random, big: bool) -> Content:
    text = "".join(
        rng.choice([" ", "\t", "\n", "\r", "\u00a0", "\u3000", "\u200b", "\ufeff"])
        for _ in range(_n(rng, big, 100, 100_000) - 1)
    )
    return text.encode("utf-8") if rng.random() < 0.5 else text


def other_encodings(rng: random.Random, big: bool) -> bytes:
    text = (
        " ".join(_sentence(rng) for _ in range(_n(rng, big, 20, 2000)))
        + " caf\u00e9 \u00fcber \u2013 \u201cquote\u201d"
    )
    encoding = rng.choice(
        ["utf-16", "utf-16-le", "utf-32", "latin-1", "cp1252", "utf-8-sig", "koi8-r", "shift_jis"]
    )
    data = text.encode(encoding, errors="replace")
    if rng.random() < 0.3:  # a broken multi-byte sequence in the middle
        cut = rng.randrange(len(data) + 1)
        data = (
            data[:cut]
            + rng.choice([b"\xc3", b"\xe2\x80", b"\xf0\x9f\x98", b"\xff\xfe", b"\xed\xa0\x80"])
            + data[cut:]
        )
    return data


def mutated_sample(rng: random.Random, big: bool) -> Content:
    """A real sample article with random byte-level damage: flips, insertions, cuts, repeats."""
    data = bytearray(rng.choice(samples()).encode("utf-8"))
    for _ in range(_n(rng, big, 40, 400)):
        op, at = rng.random(), rng.randrange(len(data) + 1)
        if op < 0.3 and data:
            data[min(at, len(data) - 1)] = rng.randrange(256)
        elif op < 0.5:
            data[at:at] = rng.choice(ODDITIES).encode("utf-8", "surrogatepass")
        elif op < 0.7:
            del data[at : at + rng.randint(1, 200)]
        elif op < 0.85:
            data[at:at] = data[at : at + rng.randint(1, 300)] * rng.randint(2, 5)
        else:
            data[at:at] = rng.choice(QUOTE_MARKS).encode("utf-8")
    return bytes(data) if rng.random() < 0.5 else bytes(data).decode("utf-8", "replace")


def long_tokens(rng: random.Random, big: bool) -> str:
    """Giant 'words' (URLs, hyphen chains, abbreviations) that stress tokenizers and regexes."""
    n = _n(rng, big, 2000, 50_000)
    token = rng.choice(
        [
            "http://example.com/" + "a/" * n,
            "-" * n,
            "A-" * n,
            "@" * n,
            "1." * n,
            "(" * n + ")" * n,
            "Mr." * n,
        ]
    )
    return f"The minister said {token} on Monday. Russia attacked Ukraine."


def repeated_lines(rng: random.Random, big: bool) -> str:
    """Junk-line patterns repeated: ads, paywall prompts, captions, identical lines."""
    line = rng.choice(
        [
            "ADVERTISEMENT",
            "Subscribe to continue reading",
            "Photo: Reuters",
            _sentence(rng),
            "SHARE",
            "Continue reading below",
        ]
    )
    return "\n".join([line] * _n(rng, big, 200, 20_000) + [_sentence(rng) for _ in range(3)])


def regex_bait(rng: random.Random, big: bool) -> str:
    """Inputs that trigger catastrophic backtracking in careless date/dateline/byline regexes."""
    n = _n(rng, big, 300, 20_000)
    return rng.choice(
        [
            "MOSCOW, " + "Jan. " * n + "(Reuters) -",
            "By " + "John Smith and " * n,
            "\n".join(["BRUSSELS, Nov. 15, 2021 (Wire) -"] * n),
            "A" * n + ", " + "1" * n + " (",
            " ".join(["January 1, 2022"] * n),
            "Updated: " + "12:00 " * n,
            "(" * n + "Reuters",
            '"' + 'said " ' * n,
            "Putin " * n + "said",
        ]
    )


def small_news(rng: random.Random, big: bool) -> str:
    """An ordinary document: most of a real feed, and the baseline for 'ok'."""
    return "\n\n".join(
        " ".join(_sentence(rng) for _ in range(rng.randint(1, 5)))
        for _ in range(_n(rng, big, 6, 600))
    )


FAMILIES: dict[str, Callable[[random.Random, bool], Content]] = {
    f.__name__: f
    for f in (
        random_bytes,
        random_unicode,
        unicode_oddities,
        huge_single_line,
        deeply_nested_html,
        broken_html,
        billion_laughs,
        unclosed_quotes,
        many_quote_marks,
        no_punctuation,
        many_blank_lines,
        whitespace_only,
        other_encodings,
        mutated_sample,
        long_tokens,
        repeated_lines,
        regex_bait,
        small_news,
    )
}
CORPUS_BIG = {"random_bytes", "deeply_nested_html", "many_blank_lines", "regex_bait"}
BIG_SHARE = 0.005  # worst-case sizes (~100k-character bodies) cost seconds each: 1 in 200


def random_document(rng: random.Random) -> tuple[str, Content]:
    """One fuzzed document, as (family name, content); ``name!`` marks a worst-case size."""
    name = rng.choice(list(FAMILIES))
    big = rng.random() < BIG_SHARE
    return name + ("!" if big else ""), FAMILIES[name](rng, big)


def corpus() -> list[tuple[str, Content]]:
    """The fixed hostile corpus: every family, at its worst size where that stays cheap to
    parse (or is the point), plus the issue's named cases."""
    rng = random.Random(8)
    docs = [
        (name + ("!" if name in CORPUS_BIG else ""), family(rng, name in CORPUS_BIG))
        for name, family in FAMILIES.items()
    ]
    docs += [
        ("100k_sentences_no_punctuation", " ".join(_words(rng, 5) for _ in range(100_000))),
        (
            "nested_html_100k",
            "<html><body>" + "<div>" * 100_000 + "deep" + "</div>" * 100_000 + "</body></html>",
        ),
        ("nul_bytes", "Russia\x00attacked\x00Ukraine.\x00" * 10),
        (
            "rtl_and_zero_width",
            "\u202eRussia\u200d attacked \u200fUkraine\u200b on Monday.\u2066\ufeff",
        ),
        ("lone_surrogates", 'Putin \ud800said\udfff "we\ud83d will win.'),
        ("quote_never_closes", "\u201cWe will never accept this, the minister said. " * 1000),
        ("empty_bytes", b""),
        ("empty_str", ""),
        ("one_byte", b"\xff"),
        ("huge_line_2m", "x" * 2_000_000),
    ]
    return docs


# ---- hostile files ----------------------------------------------------------------------


def write_gzip_bomb(
    path: Path, *, expanded: int = 10 * 1024**3, prefix: bytes = b"", fill: bytes = b"a"
) -> int:
    """Write a small .gz that expands to ``expanded`` bytes (default 10 GiB) with no newline.

    Built from one compressed 1 MiB member repeated (gzip allows concatenated members), so the
    file is ~10 MB and takes milliseconds to write. Returns the expanded size.
    """
    chunk = 1 << 20
    member = gzip.compress(fill * chunk, compresslevel=9)
    with open(path, "wb") as fh:
        fh.write(gzip.compress(prefix))
        for _ in range(expanded // chunk):
            fh.write(member)
    return len(prefix) + (expanded // chunk) * chunk


def write_truncated_gzip(path: Path, payload: bytes) -> None:
    """A .gz cut in half: its end-of-stream marker is missing."""
    data = gzip.compress(payload)
    path.write_bytes(data[: len(data) // 2])


def hostile_jsonl_lines(rng: random.Random) -> list[str]:
    """JSONL lines a real feed has sent us: wrong types, deep nesting, escapes, junk."""
    return [
        json.dumps({"id": 1, "text": 123}),
        json.dumps({"text": ["a", "b"]}),
        json.dumps(
            {
                "text": "Russia attacked Ukraine on Monday, officials in Kyiv said.\n\nThe Kremlin denied it.",
                "url": 5,
                "title": ["x"],
                "published": {"y": 1},
            }
        ),
        '{"id": "s\\udc00", "text": "Putin \\ud800 said the talks failed."}',
        '"just a string"',
        "[1, 2, 3]",
        "null",
        "true",
        '{"text": null, "html": 0}',
        "[" * 100_000 + "]" * 100_000,
        '{"text": "unterminated',
        "\x00\x01\x02 not json",
        json.dumps({"id": "ok-1", "text": small_news(rng, False)}),
        json.dumps(
            {
                "id": "ok-2",
                "html": "<html><body><article><p>"
                + small_news(rng, False)
                + "</p></article></body></html>",
            }
        ),
        json.dumps({"id": "", "text": "Germany sent aid to Turkey on Friday."}),
        json.dumps({"id": {"nested": True}, "text": "France condemned the attack."}),
    ]


# ---- what "handled" means ---------------------------------------------------------------


def violations(article, max_body_chars: int) -> list[str]:
    """Contract breaches in one output ``Article`` (empty when it was handled cleanly).

    A document may fail, but only with a clear per-stage error and an output that still
    serialises and whose spans point into its body.
    """
    problems = []
    try:
        json.loads(article.model_dump_json())
    except Exception as exc:
        problems.append(f"output does not serialise: {type(exc).__name__}: {exc}")
    if any(not e.stage or not e.message.strip() for e in article.errors):
        problems.append("an error without a stage or message")
    if any("\ud800" <= ch <= "\udfff" for ch in article.body):
        problems.append("lone surrogate in body")
    if len(article.body) > max_body_chars and not any(e.stage == "size" for e in article.errors):
        problems.append(
            f"body of {len(article.body)} characters exceeds the limit {max_body_chars}"
        )
    if not article.errors and not article.body.strip():
        problems.append("no error but an empty body")
    for item in [*article.events, *article.quotes]:
        start, end = item.span
        if not 0 <= start <= end <= len(article.body):
            problems.append(f"span {item.span} outside the body ({len(article.body)} characters)")
        if item.sentence_index < 0:
            problems.append(f"negative sentence_index {item.sentence_index}")
    return problems


# ---- a clean feed for crash and load tests ------------------------------------------------

_PAIRS = [
    ("Russia", "Ukraine", "Kremlin spokesman Dmitry Peskov", "MOSCOW"),
    ("France", "Germany", "French President Emmanuel Macron", "PARIS"),
    ("China", "Japan", "Chinese Foreign Minister Wang Yi", "BEIJING"),
    ("Iran", "Israel", "Iranian Foreign Minister Hossein Amirabdollahian", "TEHRAN"),
    ("the United States", "Mexico", "U.S. Secretary of State Antony Blinken", "WASHINGTON"),
    ("India", "Pakistan", "Indian Prime Minister Narendra Modi", "NEW DELHI"),
    ("Turkey", "Greece", "Turkish President Tayyip Erdogan", "ANKARA"),
    ("Egypt", "Ethiopia", "Egyptian President Abdel Fattah al-Sisi", "CAIRO"),
]
_ACTS = [
    "{a} accused {b} on {day} of violating the ceasefire along the border.",
    "{a} and {b} agreed on {day} to hold talks in Geneva next month.",
    "{a} imposed new sanctions on {b} on {day}, officials said.",
    "{a} condemned the attack on {b} on {day}.",
    "{a} sent humanitarian aid to {b} on {day}.",
    "{a} threatened to cut gas supplies to {b} on {day}.",
    "{a} denied that it had sent troops into {b}.",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def wire_stories(n: int, seed: int = 40) -> list[dict]:
    """``n`` short wire stories as JSONL records (id, text, published): real events and quotes."""
    rng = random.Random(seed)
    stories = []
    for i in range(n):
        a, b, speaker, city = rng.choice(_PAIRS)
        if rng.random() < 0.5:
            a, b = b, a
        day = rng.choice(_DAYS)
        acts = [rng.choice(_ACTS).format(a=a, b=b, day=day) for _ in range(rng.randint(1, 3))]
        quote = f'"We will respond to any provocation from {b}," {speaker} told reporters on {day}.'
        text = (
            f"{city}, Feb. {1 + i % 28}, 2022 (Wire) - "
            + acts[0][0].upper()
            + acts[0][1:]
            + "\n\n"
            + " ".join(acts[1:] + [quote])
            + f"\n\nThe talks are due to resume in {rng.choice(_DAYS)}'s session."
        )
        stories.append(
            {
                "id": f"wire-{i:03d}",
                "text": text,
                "published": f"2022-02-{1 + i % 28:02d}",
                "url": f"https://wire.example/story/{i}",
            }
        )
    return stories
