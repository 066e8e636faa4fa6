"""Scoring a whole gold file: the pipeline on its documents, then GUIDE.md section 6."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..config import Settings
from ..errors import DocumentError
from .gold import read_gold_jsonl
from .score import Score, gold_events, score_document


def score_gold_file(path: Path, *, settings: Settings | None = None,
                    on_error: Callable[[DocumentError], None] | None = None, texts: Path | None = None) -> Score:
    """Code every document of a GUIDE.md gold file and score it; bad documents go to ``on_error``.
    ``texts``: the corpus of stand-off records (:func:`.gold.read_gold_jsonl`)."""
    from ..pipeline import extract_documents

    records: dict[str, dict] = {}

    def report(error: DocumentError) -> None:
        if on_error is None:
            raise error
        on_error(error)

    def documents():
        for item in read_gold_jsonl(path, texts):
            if isinstance(item, DocumentError):
                report(item)
                continue
            doc, record = item
            records[doc.id] = record
            yield doc

    total = Score()
    for result in extract_documents(documents(), settings=settings):
        if isinstance(result, DocumentError):
            report(result)
            continue
        record = records[result.document.id]
        total.add(score_document(result.document.id, result.events, gold_events(record)))
    return total
