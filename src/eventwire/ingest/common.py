"""Shared pieces of the readers: result type, stable ids, dates, checks.

Every reader yields :data:`ReadResult` items: a :class:`~eventwire.records.Document`
for each document read, or a :class:`~eventwire.errors.DocumentError` for each
document that could not be read, so that a batch goes on past a bad document.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time

from ..config import Settings
from ..errors import DocumentError
from ..records import Document

ReadResult = Document | DocumentError


def stable_id(key: str) -> str:
    """A short, stable id made from a content key (URL or text)."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def normalize_newlines(text: str) -> str:
    """Line ends as ``\\n`` only, so that every later stage splits lines the same way."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse_date(value: object, *, doc: str) -> dt.date | None:
    """A document date from a ``YYYY-MM-DD`` string, an ISO timestamp or a date.

    ``None`` and empty strings give ``None``; anything else that is not a date
    raises :class:`DocumentError` naming ``doc`` and the value.
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, time.struct_time):
        return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
    if isinstance(value, str):
        raw = value.strip()
        if not raw:
            return None
        try:
            if len(raw) == 10:
                return dt.date.fromisoformat(raw)
            return dt.datetime.fromisoformat(raw).date()
        except ValueError:
            pass
    raise DocumentError(
        doc,
        f"bad date {value!r}; give dates as YYYY-MM-DD or an ISO timestamp "
        "such as 2019-08-19T14:30:00Z.",
    )


def check_size(text: str, *, doc: str, settings: Settings) -> None:
    """Raise :class:`DocumentError` when ``text`` is longer than ``max_doc_chars``."""
    if len(text) > settings.max_doc_chars:
        raise DocumentError(
            doc,
            f"document has {len(text):,} characters, more than the limit "
            f"max_doc_chars={settings.max_doc_chars:,}; raise the setting max_doc_chars "
            "(EVENTWIRE_MAX_DOC_CHARS or --max-doc-chars) to read it.",
        )


def make_document(
    *,
    doc_id: str,
    text: str,
    origin: str,
    settings: Settings,
    date: object = None,
    default_date: dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Document:
    """Build a checked :class:`Document`, or raise :class:`DocumentError`.

    The text gets ``\\n`` line ends; an empty text, a text over
    ``max_doc_chars`` and a bad date are errors that name ``origin``.
    """
    text = normalize_newlines(text)
    if not text.strip():
        raise DocumentError(origin, "empty: the document has no text.")
    check_size(text, doc=origin, settings=settings)
    parsed = parse_date(date, doc=origin)
    return Document(
        id=doc_id,
        text=text,
        date=parsed if parsed is not None else default_date,
        title=_clean_field(title),
        url=_clean_field(url),
        source=_clean_field(source),
        origin=origin,
    )


def _clean_field(value: object) -> str | None:
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None
