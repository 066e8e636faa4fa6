"""Documents coded on a Dask cluster, results back in input order.

:class:`DaskExtractor` keeps at most ``in_flight`` batches on the cluster
(backpressure: reading stops while the workers are busy) and hands results
back in the order the batches were read, so that one writer can store them
with the store's resume and idempotence guarantees. It is an ``extract``
function for :func:`eventwire.store.ingest` (a call codes one batch) and,
through :meth:`map_batches`, a pipelined one: the ingest loop reads and
writes while the workers code.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any, TypeVar

from ..config import Settings, load_settings
from ..errors import DocumentError, EventwireError
from ..pipeline import as_document
from ..records import Document, DocumentResult
from .tasks import code_batch, from_wire, peak_rss, warm

log = logging.getLogger(__name__)

K = TypeVar("K")
Result = DocumentResult | DocumentError


class DaskExtractor:
    """Code documents on the workers of ``client``; see the module docstring."""

    def __init__(self, client: Any, *, settings: Settings | None = None, batch_size: int | None = None,
                 in_flight: int | None = None) -> None:
        self.client = client
        self.settings = settings or load_settings()
        self.batch_size = batch_size or self.settings.batch_size
        threads = sum(client.nthreads().values()) or 1
        self.in_flight = in_flight or 2 * threads

    # -- the plain ExtractFn -------------------------------------------------------
    def __call__(self, documents: Iterable[Document], *, settings: Settings | None = None) -> list[Result]:
        """One result per document, in order (the batch is split across the workers)."""
        docs = list(documents)
        chunks = [docs[i:i + self.batch_size] for i in range(0, len(docs), self.batch_size)]
        return [r for _, results in self.map_batches((None, c) for c in chunks) for r in results]

    # -- streaming -------------------------------------------------------------------
    def map_batches(self, jobs: Iterable[tuple[K, list[Document]]]) -> Iterator[tuple[K, list[Result]]]:
        """For each ``(key, documents)``, ``(key, results)`` in the order given.

        ``jobs`` is pulled only while fewer than ``in_flight`` batches are on
        the cluster. An empty batch is answered without a task.
        """
        pending: deque[tuple[K, Any]] = deque()
        jobs = iter(jobs)
        try:
            while True:
                while len(pending) < self.in_flight:
                    job = next(jobs, None)
                    if job is None:
                        break
                    key, docs = job
                    future = self.client.submit(code_batch, list(docs), self.settings, pure=False) if docs else None
                    pending.append((key, future))
                if not pending:
                    return
                key, future = pending.popleft()
                yield key, self._gather(future)
        finally:
            for _, future in pending:
                if future is not None:
                    future.cancel()

    def extract(self, documents: Iterable[Document | dict | str]) -> Iterator[Result]:
        """Like :func:`eventwire.extract_documents`, on the cluster: one result per input, in order."""
        def jobs() -> Iterator[tuple[list[Result | Document], list[Document]]]:
            batch: list[DocumentError | Document] = []
            for index, item in enumerate(documents):
                try:
                    batch.append(as_document(item, index))
                except DocumentError as exc:
                    batch.append(exc)
                if len(batch) >= self.batch_size:
                    yield batch, [d for d in batch if isinstance(d, Document)]
                    batch = []
            if batch:
                yield batch, [d for d in batch if isinstance(d, Document)]

        for batch, results in self.map_batches(jobs()):
            coded = iter(results)
            for item in batch:
                yield item if isinstance(item, DocumentError) else next(coded)

    def warm_up(self) -> dict[str, int]:
        """Load the pipeline on every worker now; returns each worker's peak RSS in bytes."""
        return self.client.run(warm, self.settings)

    def peak_rss(self) -> dict[str, int]:
        """Each worker's peak resident memory so far, in bytes."""
        return self.client.run(peak_rss)

    @staticmethod
    def _gather(future: Any) -> list[Result]:
        if future is None:
            return []
        wire = future.result()
        future.release()
        if isinstance(wire, tuple) and wire and wire[0] == "fatal":
            raise EventwireError(f"A Dask worker cannot code documents: {wire[1]}")
        return [from_wire(x) for x in wire]
