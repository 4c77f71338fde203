"""What the supervisor of a run needs, without spaCy: numbered chunks of the input, the
re-ordering of results and the article a failed document becomes. Kept apart from
``work`` so that a supervisor starts its workers before it has imported anything heavy."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable

from eventwire.models import Article, RawDocument
from eventwire.pipeline.failures import Item


class Chunker:
    """Cuts the input into numbered chunks for ``workers`` parallel consumers.

    Chunks have ``chunk_size`` documents while the input lasts; once its end is in sight they
    shrink (guided self-scheduling: a quarter of what is left over 2 workers), so the workers
    finish together instead of one idling while another parses a whole last chunk. It reads
    at most ``2 * workers * chunk_size`` documents ahead."""

    def __init__(self, raws: Iterable[RawDocument], *, workers: int, chunk_size: int) -> None:
        self._source = enumerate(raws)
        self._ahead: deque[Item] = deque()
        self._lookahead = 2 * workers * chunk_size
        self._workers = workers
        self._chunk_size = chunk_size
        self._exhausted = False

    @property
    def done(self) -> bool:
        """True once every document has been handed out."""
        return self._exhausted and not self._ahead

    def next_chunk(self) -> list[Item]:
        """The next chunk (empty once ``done``)."""
        while not self._exhausted and len(self._ahead) < self._lookahead:
            item = next(self._source, None)
            if item is None:
                self._exhausted = True
            else:
                self._ahead.append(item)
        size = self._chunk_size
        if self._exhausted:
            size = min(size, math.ceil(len(self._ahead) / (2 * self._workers)))
        return [self._ahead.popleft() for _ in range(size)]


def release(
    finished: dict[int, Article], next_seq: int, ordered: bool
) -> tuple[list[Article], int]:
    """Take from ``finished`` (articles by input sequence number) those that may go out now:
    the run from ``next_seq`` on in input order, or all of them when order does not matter.
    Returns them with the next sequence number still awaited."""
    if not ordered:
        ready = list(finished.values())
        finished.clear()
        return ready, next_seq
    ready = []
    while next_seq in finished:
        ready.append(finished.pop(next_seq))
        next_seq += 1
    return ready, next_seq
