"""Syndication: the same wire story on many sites, recognised by MinHash/LSH over word shingles.

An article joins the cluster of its most similar stored article when their estimated
Jaccard similarity of word 5-gram shingles is at least ``THRESHOLD``; otherwise it starts a
cluster of its own (``cluster_id`` = its own ``article_id``).
"""

from __future__ import annotations

import re
from collections import OrderedDict

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 64
SHINGLE = 5
THRESHOLD = 0.7
RECENT = 200_000  # articles kept in the index: syndicated copies appear within days, not years
SCHEME = "affine32"  # stored signatures are only comparable under one hashing scheme
_WORD = re.compile(r"\w+")


def signature(body: str) -> MinHash:
    """MinHash of the body's lower-cased word 5-grams (the whole text when shorter)."""
    words = _WORD.findall(body.lower())
    shingles = {" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return minhash.hashvalues.astype(np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(
        num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64), scheme=SCHEME
    )


class Clusters:
    """An LSH index of the ``capacity`` most recently stored articles: ``assign`` finds the
    cluster a new article joins (the oldest members are evicted, bounding memory)."""

    def __init__(self, capacity: int = RECENT) -> None:
        self._lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self._members: OrderedDict[str, tuple[str, MinHash]] = OrderedDict()
        self._capacity = capacity
        self._first_event: dict[str, int] = {}

    def __len__(self) -> int:
        return len(self._members)

    def insert(
        self, article_id: str, cluster_id: str, minhash: MinHash, first_event_id: int = 0
    ) -> None:
        if article_id not in self._members:
            self._lsh.insert(article_id, minhash)
            self._members[article_id] = (cluster_id, minhash)
            previous = self._first_event.get(cluster_id, first_event_id)
            self._first_event[cluster_id] = min(previous, first_event_id)
            if len(self._members) > self._capacity:
                oldest, _ = self._members.popitem(last=False)
                self._lsh.remove(oldest)

    def first_event_id(self, cluster_id: str) -> int:
        """No event of the cluster has a smaller id: bounds the scan for its events."""
        return self._first_event.get(cluster_id, 0)

    def assign(self, article_id: str, minhash: MinHash) -> str:
        """The cluster of the most similar stored article above the threshold, else a new one."""
        best, best_score = article_id, THRESHOLD
        for candidate in self._lsh.query(minhash):
            cluster_id, other = self._members[candidate]
            score = minhash.jaccard(other)
            if score >= best_score:
                best, best_score = cluster_id, score
        return best
