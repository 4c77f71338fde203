"""eventwire: raw news in; who did what to whom, when and where, and who said what, out.

``eventwire.extract(text_or_html, published=..., url=...)`` analyses one document.
Heavy modules (spaCy) load on first use, so ``import eventwire`` stays fast.
"""

from eventwire.models import Actor, Article, ErrorEntry, Event, Location, Quote

__version__ = "0.1.0"
__all__ = ["Actor", "Article", "ErrorEntry", "Event", "Location", "Quote", "extract", "__version__"]


def __getattr__(name: str):
    if name == "extract":
        from eventwire.pipeline import extract

        return extract
    raise AttributeError(f"module 'eventwire' has no attribute {name!r}")
