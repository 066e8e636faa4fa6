"""What runs on a worker: code one batch of documents with the process's pipeline.

The pipeline is cached per process (:func:`eventwire.nlp.model.cached_pipeline`),
so a worker loads the model, the knowledge base and the lexicons once. A lock
keeps one batch at a time per process when a worker runs several threads.
Errors travel as plain tuples: :class:`~eventwire.errors.DocumentError` does
not survive pickling.
"""

from __future__ import annotations

import threading
from typing import Any

from ..config import Settings
from ..errors import DocumentError, EventwireError
from ..records import Document, DocumentResult

_LOCK = threading.Lock()

#: A batch result on the wire: DocumentResult, or ("error", doc, problem).
Wire = DocumentResult | tuple[str, str, str]


def code_batch(documents: list[Document], settings: Settings) -> list[Wire] | tuple[str, str]:
    """One result per document, in order; ``("fatal", message)`` when nothing can run."""
    from ..pipeline import extract_documents

    try:
        with _LOCK:
            return [to_wire(r) for r in extract_documents(documents, settings=settings)]
    except EventwireError as exc:  # the model or the knowledge base cannot load: every batch fails
        return ("fatal", str(exc))


def warm(settings: Settings) -> int:
    """Load the pipeline now (a worker's first batch then starts at full speed); returns the RSS."""
    from ..nlp.model import cached_pipeline

    cached_pipeline(settings)
    return peak_rss()


def peak_rss() -> int:
    """Peak resident memory of this process, in bytes."""
    import resource
    import sys

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def to_wire(result: DocumentResult | DocumentError) -> Wire:
    if isinstance(result, DocumentError):
        return ("error", result.doc, result.problem)
    return result


def from_wire(item: Any) -> DocumentResult | DocumentError:
    if isinstance(item, tuple):
        return DocumentError(item[1], item[2])
    return item
