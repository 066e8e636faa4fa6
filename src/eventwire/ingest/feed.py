"""RSS and Atom feeds: one document per entry, parsed with feedparser.

The text is the entry's full content when the feed carries it, else its
summary, with the HTML stripped (one block a line). The date is the entry's
published date, else its updated date; the source is the feed's title.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator
from typing import Any

import feedparser

from ..config import Settings
from ..errors import DocumentError
from .common import ReadResult, make_document, stable_id
from .html import fragment_to_text

logger = logging.getLogger(__name__)


def looks_like_feed(head: str) -> bool:
    """Whether the start of a text looks like an RSS, RDF or Atom feed."""
    start = head.lstrip()[:2048].lower()
    return "<rss" in start or "<rdf:rdf" in start or ("<feed" in start and "atom" in start)


def read_feed(
    data: bytes,
    *,
    name: str,
    settings: Settings,
    default_date: dt.date | None = None,
) -> Iterator[ReadResult]:
    """Documents (or errors) from the bytes of a feed file called ``name``."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        if parsed.get("bozo"):
            yield DocumentError(name, f"not a readable RSS/Atom feed: {parsed.get('bozo_exception')}")
        else:
            logger.info("%s: the feed has no entries", name)
        return
    source = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{name} entry {number}"
        result: ReadResult
        try:
            result = _entry_document(
                entry, where=where, source=source, settings=settings, default_date=default_date
            )
        except DocumentError as exc:
            logger.debug("%s", exc)
            result = exc
        yield result


def _entry_document(
    entry: Any,
    *,
    where: str,
    source: str | None,
    settings: Settings,
    default_date: dt.date | None,
) -> ReadResult:
    text = fragment_to_text(_entry_html(entry))
    if not text:
        raise DocumentError(where, "empty: the entry has no content or summary.")
    key = entry.get("id") or entry.get("link") or text
    date = entry.get("published_parsed") or entry.get("updated_parsed")
    return make_document(
        doc_id=stable_id(key),
        text=text,
        origin=where,
        settings=settings,
        date=date,
        default_date=default_date,
        title=entry.get("title"),
        url=entry.get("link"),
        source=source,
    )


def _entry_html(entry: Any) -> str:
    """The longest content block of the entry, else its summary."""
    contents = [c.get("value") or "" for c in entry.get("content") or []]
    best = max(contents, key=len, default="")
    return best or entry.get("summary") or ""
