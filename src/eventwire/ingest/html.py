"""HTML -> Article: trafilatura for the body and metadata, htmldate for the dates.

Settings chosen by measurement on the Zyte benchmark pages (``eventwire eval extraction``):
trafilatura with ``include_comments=False`` (its default keeps reader comments) and
otherwise default settings (``favor_precision``/``favor_recall`` both scored lower), then
the junk-line patterns shared with the plain-text cleaner remove what trafilatura lets
through (share prompts, newsletter boxes, "READ MORE:" teasers, photo credits, the headline
repeated at the top of the body).
"""

from __future__ import annotations

from eventwire.ingest.dateline_place import body_dateline, place_name
from eventwire.ingest.dates import publication_date
from eventwire.ingest.lines import junk_match, make_line, normalise, repeated_runs
from eventwire.models import Article

TRAFILATURA_SETTINGS = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": False,
    "favor_recall": False,
    "deduplicate": False,
}
# A repeated run of lines this long is a second copy of the story (pages that print it twice);
# shorter repeated runs (a recipe's steps) are article text on the dev pages.
COPY_MIN_WORDS = 200


def html_to_article(html: str, url: str | None = None) -> Article:
    import trafilatura
    from trafilatura.utils import load_html

    article = Article(id="")
    tree = load_html(html)
    if tree is None:
        article.add_error("clean", "cannot parse the HTML")
        return article
    # trafilatura gets the string: its own loading cleans more than a reused tree (measured)
    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=TRAFILATURA_SETTINGS["include_comments"],
        include_tables=TRAFILATURA_SETTINGS["include_tables"],
        favor_precision=TRAFILATURA_SETTINGS["favor_precision"],
        favor_recall=TRAFILATURA_SETTINGS["favor_recall"],
        deduplicate=TRAFILATURA_SETTINGS["deduplicate"],
    )
    if isinstance(result, dict):  # only with as_dict=True, which is not asked for
        raise TypeError("trafilatura returned a dict")
    if result is None or not _has_prose(result.text or ""):
        article.add_error(
            "clean", "no article found in the HTML page (only navigation or boilerplate)"
        )
        return article
    article.title = result.title
    article.body, article.removed = _clean_body(result.text or "", article.title)
    article.subtitle = (
        result.description if _is_standfirst(result.description, article.body) else None
    )
    article.author = result.author
    article.source = result.sitename or result.hostname
    article.url = result.url or url
    article.language = result.language
    article.published, article.updated = _dates(tree, url, result.date)
    opening = body_dateline(article.body)  # "DALLAS (AP) —" opening the first paragraph
    article.dateline = place_name(opening.group(1)) if opening else None
    return article


def _has_prose(text: str) -> bool:
    """At least one sentence-like line: menus and link lists have none."""
    for raw in text.splitlines():
        line = make_line(" ".join(raw.split()), 0, frozenset())
        if line.words >= 8 or (line.words >= 4 and line.ends_sentence):
            return True
    return False


def _clean_body(text: str, title: str | None) -> tuple[str, list[str]]:
    """Drop junk lines from trafilatura's text; one paragraph per line, blank-line separated."""
    kept, removed = [], []
    title_key = normalise(title or "")
    lines = [" ".join(raw.split()) for raw in text.splitlines()]
    lines = [line for line in lines if line]
    keys = [normalise(line) for line in lines]
    copies = repeated_runs(keys, COPY_MIN_WORDS)
    for index, line in enumerate(lines):
        if (
            junk_match(line)
            or copies[index]
            or (index < 3 and title_key and keys[index] == title_key)
        ):
            removed.append(line)
        else:
            kept.append(line)
    return "\n\n".join(kept), removed


def _is_standfirst(description: str | None, body: str) -> bool:
    """A meta description is a standfirst unless it merely repeats the body's first lines."""
    if not description:
        return False
    key = normalise(description)
    return bool(key) and key[:60] not in normalise(body[:2000])


def _dates(tree, url: str | None, fallback: str | None) -> tuple[str | None, str | None]:
    """Publication and last-update dates (ISO 8601, with time and offset when the page has them)."""
    from htmldate import find_date

    fmt = "%Y-%m-%dT%H:%M:%S%z"
    try:
        published = find_date(
            tree, url=url, original_date=True, outputformat=fmt, extensive_search=True
        )
        updated = find_date(
            tree, url=url, original_date=False, outputformat=fmt, extensive_search=True
        )
    except Exception:
        published = updated = None
    published = publication_date(tree, _tidy(published)) or fallback
    updated = _tidy(updated)
    return published, (updated if updated and updated != published else None)


def _tidy(value: str | None) -> str | None:
    """htmldate's ``%z`` gives ``+0000``; ISO 8601 wants ``+00:00``; midnight with no zone means no time."""
    if not value:
        return None
    from datetime import datetime

    try:
        parsed = datetime.strptime(value, "%Y-%m-%dT%H:%M:%S%z")
    except ValueError:
        try:
            parsed = datetime.strptime(value, "%Y-%m-%dT%H:%M:%S")
        except ValueError:
            return value
        if parsed.hour == parsed.minute == parsed.second == 0:
            return parsed.date().isoformat()
    return parsed.isoformat()
