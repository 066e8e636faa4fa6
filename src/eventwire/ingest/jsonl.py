"""JSON Lines: one document a line, ``{"id", "text", "date"?, "title"?, "url"?, "source"?}``.

Blank lines are skipped. A line that is not a JSON object, lacks a ``text``
string or has a bad field yields a :class:`DocumentError` naming
``file:line`` and the reason; the lines after it are still read. A missing
``id`` becomes a stable hash of the text.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Iterator
from typing import Any

from ..config import Settings
from ..errors import DocumentError
from ..records import Document
from .common import ReadResult, make_document, normalize_newlines, stable_id

logger = logging.getLogger(__name__)

FIELDS = ("id", "text", "date", "title", "url", "source")
_STRING_FIELDS = ("title", "url", "source")


def read_jsonl(
    lines: Iterable[bytes | str],
    *,
    name: str,
    settings: Settings,
    default_date: dt.date | None = None,
) -> Iterator[ReadResult]:
    """Documents (or errors) from the lines of a JSON Lines stream called ``name``."""
    for number, line in enumerate(lines, start=1):
        where = f"{name}:{number}"
        result: ReadResult
        try:
            text = _line_text(line, where=where, first=number == 1)
            if not text.strip():
                continue
            result = parse_record(text, where=where, settings=settings, default_date=default_date)
        except DocumentError as exc:
            logger.debug("%s", exc)
            result = exc
        yield result


def parse_record(
    line: str,
    *,
    where: str,
    settings: Settings,
    default_date: dt.date | None = None,
) -> Document:
    """One JSON Lines record as a :class:`Document`, or :class:`DocumentError`."""
    if len(line) > 6 * settings.max_doc_chars + 10_000:  # room for JSON escapes
        raise DocumentError(
            where,
            f"line has {len(line):,} characters, too long for max_doc_chars="
            f"{settings.max_doc_chars:,}; raise the setting max_doc_chars to read it.",
        )
    try:
        record: Any = json.loads(line)
    except json.JSONDecodeError as exc:
        raise DocumentError(where, f"not valid JSON: {exc}.") from exc
    return record_document(record, where=where, settings=settings, default_date=default_date)


def record_document(
    record: Any,
    *,
    where: str,
    settings: Settings,
    default_date: dt.date | None = None,
) -> Document:
    """A :class:`Document` from one decoded JSON record, or :class:`DocumentError`."""
    if not isinstance(record, dict):
        raise DocumentError(where, f"a record must be a JSON object, not {type(record).__name__}.")
    text = record.get("text")
    if text is None:
        raise DocumentError(where, 'missing "text": every record needs a "text" string.')
    if not isinstance(text, str):
        raise DocumentError(where, f'"text" must be a string, not {type(text).__name__}.')
    doc_id = record.get("id")
    if doc_id is None or doc_id == "":
        doc_id = stable_id(normalize_newlines(text))
    elif isinstance(doc_id, (str, int)) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)
    else:
        raise DocumentError(where, f'"id" must be a string or an integer, not {doc_id!r}.')
    for key in _STRING_FIELDS:
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise DocumentError(where, f'"{key}" must be a string, not {value!r}.')
    return make_document(
        doc_id=doc_id,
        text=text,
        origin=where,
        settings=settings,
        date=record.get("date"),
        default_date=default_date,
        title=record.get("title"),
        url=record.get("url"),
        source=record.get("source"),
    )


def _line_text(line: bytes | str, *, where: str, first: bool) -> str:
    if isinstance(line, str):
        text = line
    else:
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DocumentError(
                where, f"not UTF-8 ({exc.reason} at byte {exc.start}); JSON Lines must be UTF-8."
            ) from exc
    if first:
        text = text.removeprefix("\ufeff")
    return text
