"""CSV files of documents: a header naming a ``text`` column, and optionally
``id``, ``date``, ``title``, ``url``, ``source`` (extra columns are ignored).

Each row is one document; a row without text, or with a bad date, yields a
:class:`DocumentError` naming ``file:line``. A missing id becomes a stable
hash of the URL, else of the text.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
from collections.abc import Iterator
from typing import BinaryIO

from ..config import Settings
from ..errors import DocumentError
from .common import ReadResult, make_document, stable_id


def read_csv(stream: BinaryIO, *, name: str, settings: Settings,
             default_date: dt.date | None = None) -> Iterator[ReadResult]:
    """Documents from a CSV byte stream (UTF-8), read row by row."""
    csv.field_size_limit(min(sys.maxsize, 8 * settings.max_doc_chars))
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    try:
        yield from _rows(csv.DictReader(text), name=name, settings=settings, default_date=default_date)
    except UnicodeDecodeError as exc:
        yield DocumentError(name, f"not UTF-8 ({exc.reason} at byte {exc.start}); save the CSV as UTF-8.")
    finally:
        text.detach()


def _rows(reader: csv.DictReader, *, name: str, settings: Settings,
          default_date: dt.date | None) -> Iterator[ReadResult]:
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "text" not in fields:
        yield DocumentError(name, f"a CSV of documents needs a 'text' column; it has {fields}.")
        return
    reader.fieldnames = fields
    try:
        for row in reader:
            where = f"{name}:{reader.line_num}"
            body = row.get("text") or ""
            key = row.get("id") or row.get("url") or body
            try:
                yield make_document(doc_id=row.get("id") or stable_id(key), text=body, origin=where,
                                    settings=settings, date=row.get("date") or None, default_date=default_date,
                                    title=row.get("title"), url=row.get("url"), source=row.get("source"))
            except DocumentError as exc:
                yield exc
    except csv.Error as exc:
        yield DocumentError(f"{name}:{reader.line_num}", f"bad CSV ({exc}).")
