"""Resource limits of a worker process: what one document may cost in memory and tokens.

A pathological document (megabytes of one repeated mark, quotes that never close) can make
spaCy and the later stages grow to gigabytes. A worker caps its own address space once the
model is loaded (``RLIMIT_AS``: the model plus ``MEMORY_LIMIT``), so such a document fails
alone with a ``MemoryError`` instead of taking the machine; and a body with more tokens than
``MAX_TOKENS`` is refused before it is parsed at all.
"""

from __future__ import annotations

import os
import re

MAX_CHARS = 1_000_000  # spaCy refuses longer texts by default (nlp.max_length); news is far shorter
MEMORY_LIMIT = 3 * 1024**3  # bytes a worker may add to its address space after loading
MAX_TOKENS = 250_000  # ~1M characters of ordinary prose; news articles have a few thousand
_TOKEN = re.compile(r"\w+|[^\w\s]")


def limit_memory(extra: int) -> bool:
    """Cap this process's address space at its current size plus ``extra`` bytes (Linux;
    elsewhere nothing happens and False is returned)."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as fh:
            current = int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (ImportError, OSError, ValueError):
        return False
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = current + extra
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
    return True


def memory_message(extra: int) -> str:
    return (
        f"the document needs more than the memory limit of {extra / 1024**3:.1f} GB per "
        "worker; split it into smaller documents"
    )


def too_many_tokens(body: str, max_tokens: int = MAX_TOKENS) -> str | None:
    """The ``size`` error for a body with over ``max_tokens`` words and marks, else None.
    Counting stops at the limit, so a huge body costs no more than a long one."""
    if len(body) <= max_tokens:  # never more tokens than characters
        return None
    count = 0
    for count, _ in enumerate(_TOKEN.finditer(body), start=1):
        if count > max_tokens:
            return (
                f"body has over {max_tokens:,} tokens (words and punctuation marks), the "
                "limit per document; split the document"
            )
    return None
