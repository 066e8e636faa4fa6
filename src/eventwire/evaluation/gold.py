"""Reading gold files: GUIDE.md JSON Lines (one document a line, with events)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

from ..errors import DocumentError, InputError
from ..records import Document


def read_gold_jsonl(path: Path, texts: Path | None = None) -> Iterator[tuple[Document, dict] | DocumentError]:
    """Each gold document as (Document, record), or a DocumentError for a bad line.

    Stand-off records (no "text", as in ``scripts/annotations/``) take their text, by
    id, from ``texts``: a JSON Lines corpus with "id" and "text" fields."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot open ({exc})") from exc
    corpus: dict[str, str] | None = None
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
            if isinstance(record, dict) and "text" not in record and texts is not None:
                if corpus is None:
                    corpus = _corpus_texts(texts)
                if record.get("id") not in corpus:
                    yield DocumentError(where, f"stand-off record: id {record.get('id')!r} is not in {texts}")
                    continue
                record = {**record, "text": corpus[record["id"]]}
            yield gold_document(record, where)


def _corpus_texts(path: Path) -> dict[str, str]:
    """id -> text of a JSON Lines corpus."""
    try:
        with path.open(encoding="utf-8") as lines:
            return {str(d["id"]): d["text"] for d in map(json.loads, filter(str.strip, lines))}
    except OSError as exc:
        raise InputError(f"{path}: cannot open the texts of stand-off gold records ({exc})") from exc
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise InputError(f"{path}: not a JSON Lines corpus with id and text ({exc})") from exc


def gold_document(record: dict, where: str) -> tuple[Document, dict] | DocumentError:
    """One parsed gold record as (Document, record), or a DocumentError saying what is wrong."""
    try:
        doc_date = dt.date.fromisoformat(record["date"][:10]) if record.get("date") else None
        doc = Document(id=str(record.get("id") or where), text=record["text"], date=doc_date,
                       title=record.get("title"), url=record.get("url"), origin=where)
    except (KeyError, TypeError, ValueError) as exc:
        hint = " (a stand-off record: give its corpus with --texts)" if isinstance(exc, KeyError) \
            and exc.args == ("text",) else ""
        return DocumentError(where, f"bad gold record ({type(exc).__name__}: {exc}){hint}")
    return doc, record
