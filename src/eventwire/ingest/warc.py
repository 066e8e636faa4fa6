"""WARC and ARC files: each HTTP response with an HTML page is one document.

The page's text, title and date come from trafilatura (:mod:`.html`); the
record's target URI is the document's URL (unless the page names a canonical
one) and its id, and the WARC-Date is the date when the page states none.
Other records (requests, metadata, images, error pages) are skipped.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord, StatusAndHeadersParserException

from ..config import Settings
from ..errors import DocumentError
from .common import ReadResult, parse_date, stable_id
from .decode import DECOMPRESSION_ERRORS, byte_limit, decode_bytes
from .html import html_document, looks_like_html

logger = logging.getLogger(__name__)

HTML_TYPES = ("text/html", "application/xhtml+xml")
# How a WARC, an ARC or a gzipped one of either begins.
WARC_STARTS = (b"WARC/", b"filedesc://", b"\x1f\x8b")


def read_warc(
    stream: BinaryIO,
    *,
    name: str,
    settings: Settings,
    default_date: dt.date | None = None,
) -> Iterator[ReadResult]:
    """Documents (or errors) from a WARC or ARC stream (plain or gzipped) called ``name``."""
    peek = getattr(stream, "peek", None)
    head = peek(16)[:16] if peek is not None else b""
    if peek is not None and not head:
        yield DocumentError(name, "empty: the file has no bytes.")
        return
    if head and not head.lstrip().startswith(WARC_STARTS):
        yield DocumentError(name, "not a WARC/ARC file: it does not start with a WARC or ARC header.")
        return
    records = ArchiveIterator(stream, arc2warc=True)
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except (ArchiveLoadFailed, StatusAndHeadersParserException, *DECOMPRESSION_ERRORS) as exc:
            yield DocumentError(name, f"not a readable WARC/ARC file: {exc}")
            return
        result = _record_document(record, name=name, settings=settings, default_date=default_date)
        if result is not None:
            yield result


def _record_document(
    record: ArcWarcRecord,
    *,
    name: str,
    settings: Settings,
    default_date: dt.date | None,
) -> ReadResult | None:
    if record.rec_type != "response" or record.http_headers is None:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI") or None
    where = f"{name} {uri}" if uri else name
    status = record.http_headers.get_statuscode() or ""
    if not status.startswith("2"):
        logger.debug("%s: skipping HTTP status %s", where, status)
        return None
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    try:
        body = record.content_stream().read(byte_limit(settings) + 1)
        if len(body) > byte_limit(settings):
            return DocumentError(
                where,
                f"response is over {byte_limit(settings):,} bytes, too large for "
                f"max_doc_chars={settings.max_doc_chars:,}; raise the setting max_doc_chars to read it.",
            )
        if content_type and not any(kind in content_type for kind in HTML_TYPES):
            logger.debug("%s: skipping content type %s", where, content_type)
            return None
        html = _decode(body, content_type, where=where)
        if not content_type and not looks_like_html(html):
            logger.debug("%s: skipping a response that is not HTML", where)
            return None
        warc_date = parse_date(record.rec_headers.get_header("WARC-Date"), doc=where)
        return html_document(
            html,
            doc_id=stable_id(uri) if uri else stable_id(html),
            origin=where,
            settings=settings,
            url=uri,
            fallback_date=warc_date,
            default_date=default_date,
        )
    except DocumentError as exc:
        logger.debug("%s", exc)
        return exc


def _decode(body: bytes, content_type: str, *, where: str) -> str:
    """The body as text: the charset the headers declare, else UTF-8 or detected."""
    _, _, charset = content_type.partition("charset=")
    charset = charset.split(";")[0].strip().strip("\"'")
    if charset:
        try:
            codecs.lookup(charset)
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            logger.debug("%s: declared charset %r does not fit; detecting", where, charset)
    return decode_bytes(body, doc=where)
