"""eventwire: raw news in; who did what to whom, when and where, and who said what, out.

``eventwire.extract(text_or_html, published=..., url=...)`` analyses one document;
``eventwire.open(db)`` opens a store for analysis (``.events()``, ``.series()``, ``.quotes()``).
Heavy modules (spaCy) load on first use, so ``import eventwire`` stays fast.
"""

from eventwire.models import Actor, Article, ErrorEntry, Event, Location, Quote
from eventwire.version import __version__

__all__ = [
    "Actor",
    "Article",
    "ErrorEntry",
    "Event",
    "Location",
    "Quote",
    "extract",
    "open",
    "__version__",
]


def __getattr__(name: str):
    if name == "extract":
        from eventwire.pipeline import extract

        return extract
    if name == "open":
        from eventwire.analytics import open_store

        return open_store
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
