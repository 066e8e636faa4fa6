"""Reading gold files: GUIDE.md JSON Lines (one document a line, with events)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import DocumentError, InputError
from ..records import Document


def read_gold_jsonl(path: Path) -> Iterator[tuple[Document, dict] | DocumentError]:
    """Each gold document as (Document, record), or a DocumentError for a bad line."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot open ({exc})") from exc
    with handle:
        for lineno, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            where = f"{path}:{lineno}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield DocumentError(where, f"bad gold record ({type(exc).__name__}: {exc})")
                continue
            yield gold_document(record, where)


def gold_document(record: dict, where: str) -> tuple[Document, dict] | DocumentError:
    """One parsed gold record as (Document, record), or a DocumentError saying what is wrong."""
    try:
        doc_date = dt.date.fromisoformat(record["date"][:10]) if record.get("date") else None
        doc = Document(id=str(record.get("id") or where), text=record["text"], date=doc_date,
                       title=record.get("title"), url=record.get("url"), origin=where)
    except (KeyError, TypeError, ValueError) as exc:
        return DocumentError(where, f"bad gold record ({type(exc).__name__}: {exc})")
    return doc, record
