"""HTML pages: main text and metadata with trafilatura; HTML fragments to text.

Pages keep one paragraph a line (trafilatura's text output). The page's own
publication date wins; the caller's fallback date (a WARC-Date, the default
date) is used only when the page has none.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

import lxml.html
import trafilatura
from lxml import etree

from ..config import Settings
from ..errors import DocumentError
from ..records import Document
from .common import make_document, parse_date

logger = logging.getLogger(__name__)

# Only dates the page states (meta tags, markup, URL); no guessing from the body text.
_DATE_PARAMS = {"original_date": True, "extensive_search": False}
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
)
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")


def looks_like_html(head: str) -> bool:
    """Whether the start of a text looks like an HTML page."""
    start = head.lstrip()[:1024].lower()
    return start.startswith(("<!doctype html", "<html")) or "<html" in start or "<body" in start


def html_document(
    html: str,
    *,
    doc_id: str,
    origin: str,
    settings: Settings,
    url: str | None = None,
    fallback_date: dt.date | None = None,
    default_date: dt.date | None = None,
) -> Document:
    """A :class:`Document` from an HTML page, or :class:`DocumentError`.

    ``url`` (a WARC target URI) is used when the page gives no canonical URL.
    """
    try:
        extracted = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=_DATE_PARAMS,
        )
    # Hostile markup fails this page, not the batch. lxml also asserts on some broken trees
    # ("<svg><html>": trafilatura's date finder drops an element that has no parent).
    except (RecursionError, AssertionError, etree.LxmlError) as exc:
        raise DocumentError(origin, f"cannot parse the HTML page: {type(exc).__name__}: {exc}") from exc
    text = getattr(extracted, "text", None) if extracted is not None else None
    if not text or not text.strip():
        raise DocumentError(origin, "no main text found in the HTML page.")
    try:
        page_date = parse_date(getattr(extracted, "date", None), doc=origin)
    except DocumentError:
        logger.debug("%s: ignoring the page's unreadable date %r", origin, extracted.date)
        page_date = None
    return make_document(
        doc_id=doc_id,
        text=text,
        origin=origin,
        settings=settings,
        date=page_date or fallback_date,
        default_date=default_date,
        title=getattr(extracted, "title", None),
        url=getattr(extracted, "url", None) or url,
        source=getattr(extracted, "sitename", None),
    )


def fragment_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry), one block a line.

    Text that has no markup is returned with its lines tidied only.
    """
    if "<" not in fragment:
        return _tidy_lines(fragment)
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError, AssertionError):  # lxml asserts on some fragments ("<html>")
        return _tidy_lines(fragment)
    etree.strip_elements(root, "script", "style", with_tail=False)
    parts: list[str] = []
    _walk(root, parts)
    return _tidy_lines("".join(parts))


def _walk(node: etree._Element, parts: list[str]) -> None:
    element = isinstance(node.tag, str)  # not a comment or processing instruction
    block = element and node.tag.lower() in _BLOCK_TAGS
    if block:
        parts.append("\n")
    if element and node.text:
        parts.append(node.text)
    for child in node:
        _walk(child, parts)
        if child.tail:
            parts.append(child.tail)
    if block:
        parts.append("\n")


def _tidy_lines(text: str) -> str:
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)
