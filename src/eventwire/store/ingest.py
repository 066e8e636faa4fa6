"""Ingest: documents in, events stored; idempotent and resumable.

The loop, per batch of ``settings.batch_size`` documents read:

1. skip documents whose id is already stored (a rerun, or a run resumed
   after a crash, starts where the store ends);
2. sort the rest into originals and duplicates (:class:`Deduper`), so a copy
   is never coded;
3. extract events from the originals (the pipeline, or the ``extract``
   function given);
4. write the batch, errors included, in one transaction
   (:meth:`Store.write_batch`).

Document and event ids are content hashes and every decision depends only on
what came before in the input, so a run killed at any point and started again
ends with the same documents, events and clusters as an uninterrupted run.
Progress (documents/s, and an ETA when the total is known) is logged on the
``eventwire.store.ingest`` logger.

A *pipelined* extractor (one with ``map_batches``, such as
:class:`eventwire.scale.DaskExtractor`) codes the next batches while this
process writes: each batch's new documents (ids not yet stored) are sent
ahead, and steps 1, 2 and 4 still run here, in input order, when the batch's
results are back. The stored outcome is the one of a sequential run; the
only difference is that a document later found to be a duplicate was coded
for nothing.
"""

from __future__ import annotations

import json
import logging
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import insert, update
from sqlalchemy.exc import SQLAlchemyError

from ..errors import DocumentError, StoreError
from ..records import Document, DocumentResult
from . import schema
from .dedup import Deduper

if TYPE_CHECKING:
    import datetime as dt

    from ..config import Settings
    from .engine import Store

log = logging.getLogger(__name__)

#: ``extract(documents, *, settings=...)``: one DocumentResult or DocumentError per document, in order.
ExtractFn = Callable[..., Iterable[DocumentResult | DocumentError]]
#: ``read(path, *, default_date=..., settings=...)``: Documents and DocumentErrors.
ReadFn = Callable[..., Iterable[Document | DocumentError]]


@dataclass(frozen=True, slots=True)
class IngestReport:
    run_id: str
    read: int = 0  # documents read (errors not included)
    skipped: int = 0  # already stored before this run
    coded: int = 0
    duplicates: int = 0
    failed: int = 0  # documents whose extraction failed
    errors: int = 0  # reading and extraction errors
    events: int = 0
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def default_extract() -> ExtractFn:
    try:
        from ..pipeline import extract_documents
    except ImportError as exc:
        raise StoreError(
            f"The extraction pipeline (eventwire.pipeline) cannot be imported ({exc}); "
            "install eventwire completely or pass extract= to ingest()."
        ) from exc
    return extract_documents


def default_read() -> ReadFn:
    try:
        from ..ingest import read_path
    except ImportError as exc:
        raise StoreError(
            f"The document readers (eventwire.ingest) cannot be imported ({exc}); "
            "install eventwire completely or pass read= to ingest()."
        ) from exc
    return read_path


def ingest(
    paths: Sequence[str | Path],
    *,
    store: Store,
    settings: Settings | None = None,
    extract: ExtractFn | None = None,
    read: ReadFn | None = None,
    default_date: dt.date | None = None,
) -> IngestReport:
    """Read every path (``-`` is stdin where the reader supports it) and store its events.

    Returns the counts of this run; per-document errors are stored and
    counted, not raised. Raises :class:`StoreError` when the store fails.
    """
    reader = read or default_read()

    def items() -> Iterator[Document | DocumentError]:
        for path in paths:
            yield from reader(path, default_date=default_date, settings=settings)

    total = None
    if read is None:
        from ..ingest.count import count_documents

        total = count_documents(paths)
    return ingest_documents(items(), store=store, settings=settings, extract=extract,
                            inputs=[str(p) for p in paths], total=total)


def ingest_documents(
    items: Iterable[Document | DocumentError],
    *,
    store: Store,
    settings: Settings | None = None,
    extract: ExtractFn | None = None,
    batch_size: int | None = None,
    inputs: Sequence[str] = (),
    total: int | None = None,
) -> IngestReport:
    """Store documents (and reading errors) from any iterable; see :func:`ingest`.

    ``batch_size`` defaults to ``settings.batch_size``; ``total``, when
    known, gives the progress log an ETA.
    """
    extractor = extract or default_extract()
    size = batch_size or (settings.batch_size if settings is not None else 64)
    if size < 1:
        raise StoreError(f"batch_size must be at least 1, not {size}.")
    if total is None and isinstance(items, Sequence):
        total = len(items)
    run_id = _start_run(store, inputs)
    deduper = Deduper(store)
    counts = dict(read=0, skipped=0, coded=0, duplicates=0, failed=0, errors=0, events=0)
    started = time.monotonic()
    status = "failed"
    if hasattr(extractor, "map_batches"):
        batches = _pipelined(_chunks(items, size), store, extractor)
    else:
        batches = ((chunk, extractor) for chunk in _chunks(items, size))
    try:
        for chunk, extract_chunk in batches:
            _one_batch(chunk, store, deduper, extract_chunk, settings, run_id, counts)
            _progress(counts, started, total)
        status = "done"
    finally:
        _finish_run(store, run_id, status, counts)
    report = IngestReport(run_id=run_id, seconds=round(time.monotonic() - started, 3), **counts)
    log.info("ingest %s: %s", status, report)
    return report


def _one_batch(
    chunk: list[Document | DocumentError], store: Store, deduper: Deduper, extractor: ExtractFn,
    settings: Settings | None, run_id: str, counts: dict[str, int],
) -> None:
    docs = [x for x in chunk if isinstance(x, Document)]
    errors: list[DocumentError] = [x for x in chunk if isinstance(x, DocumentError)]
    counts["read"] += len(docs)
    known = store.known_document_ids(d.id for d in docs)
    fresh: dict[str, Document] = {}
    for doc in docs:
        if doc.id not in known:
            fresh.setdefault(doc.id, doc)
    counts["skipped"] += len(docs) - len(fresh)
    if not fresh and not errors:
        return
    originals, duplicates, prints = deduper.check(list(fresh.values()))
    results: list[DocumentResult] = []
    failed: list[Document] = []
    if originals:
        outputs = iter(extractor(originals, settings=settings))
        for doc in originals:
            out = next(outputs, None)
            if isinstance(out, DocumentResult) and out.document.id == doc.id:
                results.append(out)
            elif isinstance(out, DocumentError):
                failed.append(doc)
                errors.append(out)
                log.warning("document failed: %s", out)
            else:
                raise StoreError(
                    f"The extraction function gave {type(out).__name__} for document {doc.id!r}; "
                    "it must yield one DocumentResult or DocumentError per document, in input order."
                )
    written = store.write_batch(results, errors, run_id, duplicates=duplicates, failed=failed,
                                fingerprints=prints)
    for key in ("coded", "duplicates", "failed", "events"):
        counts[key] += getattr(written, key)
    counts["errors"] += len(errors)


def _pipelined(
    chunks: Iterable[list[Document | DocumentError]], store: Store, extractor: Any,
) -> Iterator[tuple[list[Document | DocumentError], ExtractFn]]:
    """Batches with their results coded ahead by ``extractor.map_batches``."""

    def jobs() -> Iterator[tuple[list[Document | DocumentError], list[Document]]]:
        for chunk in chunks:
            docs = [x for x in chunk if isinstance(x, Document)]
            known = store.known_document_ids(d.id for d in docs)
            todo: dict[str, Document] = {}
            for doc in docs:
                if doc.id not in known:
                    todo.setdefault(doc.id, doc)
            yield chunk, list(todo.values())

    for chunk, results in extractor.map_batches(jobs()):
        yield chunk, _Coded(results, extractor)


class _Coded:
    """An extract function that answers from results coded ahead (else codes now)."""

    def __init__(self, results: Iterable[DocumentResult | DocumentError], extractor: ExtractFn) -> None:
        self.by_id = {(r.document.id if isinstance(r, DocumentResult) else r.doc): r for r in results}
        self.extractor = extractor

    def __call__(self, documents: Sequence[Document], *, settings: Settings | None = None,
                 ) -> list[DocumentResult | DocumentError]:
        missing = [d for d in documents if d.id not in self.by_id]
        if missing:  # not sent ahead (cannot happen while the store only grows): code them now
            self.by_id.update(zip((d.id for d in missing), self.extractor(missing, settings=settings)))
        return [self.by_id[d.id] for d in documents]


def _chunks(items: Iterable[Document | DocumentError], size: int) -> Iterator[list[Document | DocumentError]]:
    chunk: list[Document | DocumentError] = []
    n_docs = 0
    for item in items:
        chunk.append(item)
        if isinstance(item, Document):
            n_docs += 1
        if n_docs >= size:
            yield chunk
            chunk, n_docs = [], 0
    if chunk:
        yield chunk


def _progress(counts: dict[str, int], started: float, total: int | None) -> None:
    elapsed = max(time.monotonic() - started, 1e-9)
    rate = counts["read"] / elapsed
    eta = ""
    if total and rate > 0:
        eta = f", ETA {max(total - counts['read'], 0) / rate:.0f} s"
    log.info(
        "%d documents read (%d new coded, %d duplicates, %d skipped, %d errors), %d events; %.1f documents/s%s",
        counts["read"], counts["coded"], counts["duplicates"], counts["skipped"], counts["errors"],
        counts["events"], rate, eta,
    )


def _start_run(store: Store, inputs: Sequence[str]) -> str:
    run_id = uuid.uuid4().hex
    try:
        with store.engine.begin() as conn:
            conn.execute(insert(schema.ingest_runs).values(
                run_id=run_id, started_at=schema.now_iso(), status="running",
                inputs=json.dumps(list(inputs)), n_read=0, n_skipped=0, n_coded=0,
                n_duplicates=0, n_errors=0, n_events=0,
            ))
    except SQLAlchemyError as exc:
        raise StoreError(f"Cannot record the ingest run in {store!r}: {exc}") from exc
    return run_id


def _finish_run(store: Store, run_id: str, status: str, counts: dict[str, int]) -> None:
    r = schema.ingest_runs
    try:
        with store.engine.begin() as conn:
            conn.execute(update(r).where(r.c.run_id == run_id).values(
                status=status, finished_at=schema.now_iso(), n_read=counts["read"],
                n_skipped=counts["skipped"],
            ))
    except SQLAlchemyError:  # the store may be what failed; the original error matters more
        log.exception("could not record the end of ingest run %s", run_id)
        if status == "done":
            raise
