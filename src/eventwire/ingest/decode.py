"""Bytes -> text: encoding detected, binary refused clearly, bad bytes never fatal.

Order: a byte-order mark; strict UTF-8; a charset the transport (a WARC record's HTTP header) or
the HTML declares; then charset-normalizer's guess. Text that is UTF-8 except for a few broken
bytes (a truncated download, a bad copy-paste) is decoded with U+FFFD in their place and reported.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

_HTML_TAG = re.compile(
    r"<\s*/?\s*(html|head|body|article|div|p|meta|title|span|a|section|main|br|h[1-6]|script|link)\b[^>]*>",
    re.I,
)
_HTML_START = re.compile(
    r"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<\s*(!doctype\s+html|html)\b", re.I | re.S
)
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF file"),
    (b"PK\x03\x04", "a ZIP archive (or Office document)"),
    (b"\x1f\x8b", "gzip-compressed data (name the file .gz)"),
    (b"RIFF", "a RIFF media file"),
    (b"\x7fELF", "an executable"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_BAD_BYTE_SHARE = 0.01  # more broken UTF-8 than this means another encoding
_NON_TEXT = {"Cn", "Co", "Cs", "Cc"}  # unassigned, private use, surrogates, controls
_NOT_DOCUMENT_ENCODINGS = {
    "idna",
    "punycode",
    "undefined",
    "unicode-escape",
    "raw-unicode-escape",
    "utf-7",
}


@dataclass
class Decoded:
    text: str
    encoding: str | None = None
    problem: str | None = None  # fatal: nothing usable
    warning: str | None = None  # text usable, but something was lost


def decode(content: bytes | str, declared: str | None = None) -> Decoded:
    """Decode ``content``; ``problem`` is a user-facing message when there is no text.

    ``declared`` is a charset the transport announced (an HTTP Content-Type in a WARC).
    """
    if isinstance(content, str):
        content = scrub_surrogates(content)
        return Decoded(content, None, None if content.strip() else "empty document")
    if not content.strip():
        return Decoded(
            "", problem="empty document" if not content else "empty document (only whitespace)"
        )
    for bom, encoding in _BOMS:
        if content.startswith(bom):
            text = content.decode(encoding, errors="replace")
            if _garbled(text):
                return Decoded("", problem=f"binary content after a {encoding} byte-order mark")
            return Decoded(text, encoding)
    kind = binary_kind(content)
    if kind:
        return Decoded("", problem=f"binary content ({kind}), not text or HTML")
    try:
        return Decoded(content.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    declared = _known_charset(declared) or _declared_charset(content)
    if declared and declared != "utf-8":
        text = content.decode(declared, errors="replace")
        if not _garbled(text):
            return Decoded(text, declared)
    text = content.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    multibyte = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if multibyte and bad <= max(3, len(content) * MAX_BAD_BYTE_SHARE):
        return Decoded(
            text,
            "utf-8",
            warning=f"invalid UTF-8: {bad} undecodable byte sequence(s) replaced "
            f"with U+FFFD (first at byte {first_bad})",
        )
    from charset_normalizer import from_bytes

    matches = list(from_bytes(content))
    best = _prefer_windows_1252(matches)
    if best is None:
        return Decoded(
            text,
            "utf-8",
            warning=f"invalid UTF-8 and no other encoding fits: {bad} undecodable "
            f"byte sequence(s) replaced with U+FFFD (first at byte {first_bad})",
        )
    encoding = "cp1252" if "cp1252" in best.could_be_from_charset else best.encoding
    return Decoded(content.decode(encoding, errors="replace"), encoding)


def _prefer_windows_1252(matches: list):
    """charset-normalizer's pick, except that Windows-1252 (the web's usual legacy encoding)
    wins among the equally clean candidates: short Western text fits many code pages."""
    if not matches:
        return None
    cleanest = min(m.chaos for m in matches)
    for match in matches:
        if match.chaos <= cleanest + 0.01 and "cp1252" in match.could_be_from_charset:
            return match
    return matches[0]


def binary_kind(data: bytes) -> str | None:
    """What binary data is ("a PNG image"), or None when it may be text."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    head = data[:4096]
    if b"\x00" in head:
        return "NUL bytes"
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return "control characters" if control > len(head) * 0.05 else None


def _declared_charset(content: bytes) -> str | None:
    match = _DECLARED.search(content[:4096])
    if not match:
        return None
    try:
        return _known_charset(match.group(1).decode("ascii"))
    except UnicodeDecodeError:
        return None


def _known_charset(name: str | None) -> str | None:
    """The codec for a declared charset if it decodes bytes to text (not ``rot13``, ``hex``,
    ``zlib``, escapes or ``idna``); UTF-16/32 declared in a page readable as ASCII is not
    what the page is (the HTML standard reads that as UTF-8)."""
    try:
        info = codecs.lookup(name) if name else None
    except LookupError:
        return None
    if info is None or not getattr(info, "_is_text_encoding", True):
        return None
    if info.name in _NOT_DOCUMENT_ENCODINGS or info.name.startswith(("utf-16", "utf-32")):
        return None
    return info.name


def _garbled(text: str) -> bool:
    """Mostly characters no text has (unassigned, private use, controls, U+FFFD): what
    random bytes become when decoded as UTF-16 or with a wrong code page."""
    sample = text[:4096]
    bad = sum(
        1
        for ch in sample
        if ch == "\ufffd" or (unicodedata.category(ch) in _NON_TEXT and ch not in "\t\n\r\f\v")
    )
    return bad > max(8, len(sample) * MAX_BAD_BYTE_SHARE * 5)


def looks_like_html(text: str) -> bool:
    """HTML by content: it starts like a page, or has several HTML tags near the top."""
    head = text[:5000]
    return bool(_HTML_START.match(head)) or len(_HTML_TAG.findall(head)) >= 3


def scrub_surrogates(text: str) -> str:
    """Replace lone UTF-16 surrogates (JSON ``\\ud800`` escapes, Python str input) with U+FFFD:
    no encoder, spaCy's tokenizer included, accepts them."""
    return _SURROGATE.sub("\ufffd", text)


def scrub_record(value: object) -> object:
    """``scrub_surrogates`` over every string of a parsed JSON value, keys included: any
    field (not just the text) ends up hashed and stored, and no encoder takes a surrogate."""
    if isinstance(value, str):
        return scrub_surrogates(value)
    if isinstance(value, dict):
        return {scrub_surrogates(str(k)): scrub_record(v) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub_record(item) for item in value]
    return value
