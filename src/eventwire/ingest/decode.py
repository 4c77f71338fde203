"""Bytes -> text, with the encoding detected and binary input refused clearly."""

from __future__ import annotations

import re

_HTML_SNIFF = re.compile(r"<\s*(!doctype\s+html|html|head|body|article|div|p|meta)\b", re.I)
_SURROGATE = re.compile("[\ud800-\udfff]")


def decode(content: bytes | str) -> tuple[str, str | None]:
    """Return ``(text, problem)``; ``problem`` is a user-facing message or None."""
    if isinstance(content, str):
        content = scrub_surrogates(content)
        return content, None if content.strip() else "empty document"
    if not content.strip():
        return "", "empty document"
    if _looks_binary(content):
        return "", "binary content (not text or HTML)"
    try:
        return content.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(content).best()
    if best is None:
        return "", "could not detect the text encoding"
    return str(best), None


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    if b"\x00" in head:
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control > len(head) * 0.05


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.search(text[:5000]))


def scrub_surrogates(text: str) -> str:
    """Replace lone UTF-16 surrogates (JSON ``\\ud800`` escapes, Python str input) with U+FFFD:
    no encoder, spaCy's tokenizer included, accepts them."""
    return _SURROGATE.sub("\ufffd", text)
