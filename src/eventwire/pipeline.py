"""The whole path for documents: clean -> spaCy + eventwire components -> records.

:func:`extract_documents` is the batch entry point: it yields, in input order,
a :class:`~eventwire.records.DocumentResult` per document, or a
:class:`~eventwire.errors.DocumentError` in its place when that document
fails (the others go on). :func:`extract` codes one text and raises.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from .clean import clean_text
from .coding.dates import filing_day
from .config import Settings, load_settings
from .errors import DocumentError, EventwireError
from .nlp.model import cached_pipeline
from .nlp.runner import SelectiveRunner
from .records import Document, DocumentResult, Event, Quote

log = logging.getLogger(__name__)


def _prepare(nlp: Language, document: Document) -> tuple[Doc, str]:
    text = clean_text(document.text)
    doc = nlp.make_doc(text)
    doc._.doc_id = document.id
    # the day a dateline states when the story was filed before its document date (dates45)
    doc._.date = filing_day(text, document.date)
    return doc, text


def day_read(document: Document) -> dt.date | None:
    """The day the coder reads ``document``'s relative dates from, as :func:`_prepare` sets it:
    its date, or the day its dateline states (for an undated document, only one that gives its
    year: date50); None when it has neither (the command-line notice of undated documents)."""
    return filing_day(clean_text(document.text), document.date)


def dyads_only(events: Iterable[Event]) -> list[Event]:
    """The events with both a source and a target (setting ``require_dyad``, PETRARCH's option
    of that name): "North Korea launched a missile" (no target) and "a drone struck the
    building" (no source) are dropped."""
    return [e for e in events if e.source is not None and e.target is not None]


def _result(document: Document, text: str, doc: Doc) -> DocumentResult:
    from .coding.component import to_mention
    from .actors.component import SPAN_KEY

    return DocumentResult(
        document=document,
        clean_text=text,
        events=list(doc._.events or []),
        quotes=list(doc._.quotes or []),
        mentions=[to_mention(s) for s in doc.spans.get(SPAN_KEY, [])],
    )


def _process_one(runner: SelectiveRunner, document: Document, doc: Doc, text: str) -> DocumentResult | DocumentError:
    try:
        (doc,) = runner.run([doc])
    except EventwireError as exc:
        return DocumentError(document.id, str(exc))
    except (ValueError, IndexError, KeyError, RuntimeError) as exc:
        log.debug("document %s failed", document.id, exc_info=True)
        return DocumentError(document.id, f"processing failed: {type(exc).__name__}: {exc}")
    return _result(document, text, doc)


def as_document(item: Document | dict | str, index: int) -> Document:
    """A Document from a Document, a ``{id?, text, date?, title?, url?, source?}`` dict or a text."""
    if isinstance(item, Document):
        return item
    if isinstance(item, str):
        return Document(id=f"doc-{index}", text=item)
    if isinstance(item, dict):
        where = str(item.get("id") or f"doc-{index}")
        if not isinstance(item.get("text"), str):
            raise DocumentError(where, 'missing "text": every document needs a "text" string.')
        date = item.get("date")
        if isinstance(date, str):
            try:
                date = dt.date.fromisoformat(date[:10])
            except ValueError as exc:
                raise DocumentError(where, f"bad date {date!r}; use YYYY-MM-DD") from exc
        return Document(id=where, text=item["text"], date=date, title=item.get("title"),
                        url=item.get("url"), source=item.get("source"))
    raise DocumentError(f"doc-{index}", f"cannot read a {type(item).__name__} as a document")


def extract_documents(
    documents: Iterable[Document | dict | str], *, settings: Settings | None = None,
    nlp: Language | None = None, select: bool = True,
) -> Iterator[DocumentResult | DocumentError]:
    """Code every document; yields a result (or the document's error) per input, in order.

    Items are :class:`Document` records, dicts ``{id?, text, date?, title?, url?}``
    or plain texts. The model runs only on the sentences that name an actor
    (:mod:`eventwire.nlp.runner`); ``select=False`` runs it on the whole text
    (the same events, slower; for comparisons).
    """
    settings = settings or load_settings()
    nlp = nlp or cached_pipeline(settings)
    runner = SelectiveRunner(nlp, batch_size=settings.batch_size, select=select)
    # Failed documents wait in the batch as errors so that output keeps input order.
    batch: list[tuple[Document, Doc, str] | DocumentError] = []

    def flush() -> Iterator[DocumentResult | DocumentError]:
        entries = [e for e in batch if not isinstance(e, DocumentError)]
        try:
            processed = iter(runner.run([d for _, d, _ in entries]))
            redo = False
        except (EventwireError, ValueError, IndexError, KeyError, RuntimeError):
            # One document broke the batch: redo them one by one to find it.
            processed, redo = iter(()), True
        for entry in batch:
            if isinstance(entry, DocumentError):
                yield entry
                continue
            result = _retry(runner, entry[0]) if redo else _result(entry[0], entry[2], next(processed))
            if settings.require_dyad and isinstance(result, DocumentResult):
                result = dataclasses.replace(result, events=dyads_only(result.events))
            yield result

    for index, item in enumerate(documents):
        try:
            document = as_document(item, index)
            doc, text = _prepare(nlp, document)
            batch.append((document, doc, text))
        except DocumentError as exc:
            batch.append(exc)
        except EventwireError as exc:
            batch.append(DocumentError(str(getattr(item, "id", f"doc-{index}")), str(exc)))
        if len(batch) >= settings.batch_size:
            yield from flush()
            batch = []
    if batch:
        yield from flush()


def annotated_docs(documents: Iterable[Document], *, settings: Settings | None = None,
                   nlp: Language | None = None) -> Iterator[tuple[Document, Doc]]:
    """The annotated and coded spaCy Docs of documents, in order (for training and
    inspection; the run is the same as :func:`extract_documents`, errors raise)."""
    settings = settings or load_settings()
    nlp = nlp or cached_pipeline(settings)
    runner = SelectiveRunner(nlp, batch_size=settings.batch_size)
    prepared = ((document, _prepare(nlp, document)[0]) for document in documents)
    while batch := [item for _, item in zip(range(settings.batch_size), prepared)]:
        yield from zip([d for d, _ in batch], runner.run([doc for _, doc in batch]))


def _retry(runner: SelectiveRunner, document: Document) -> DocumentResult | DocumentError:
    doc, text = _prepare(runner.nlp, document)
    return _process_one(runner, document, doc, text)


def extract_document(document: Document, *, settings: Settings | None = None) -> DocumentResult:
    """Code one document; raises :class:`DocumentError` when it fails."""
    (result,) = extract_documents([document], settings=settings)
    if isinstance(result, DocumentError):
        raise result
    return result


def extract(text: str, *, date: dt.date | str | None = None, doc_id: str = "text",
            settings: Settings | None = None) -> list[Event]:
    """The events in one text. ``date`` is the document date (a date or ``YYYY-MM-DD``)."""
    return extract_document(_text_document(text, date, doc_id), settings=settings).events


def extract_quotes(text: str, *, date: dt.date | str | None = None, doc_id: str = "text",
                   settings: Settings | None = None) -> list[Quote]:
    return extract_document(_text_document(text, date, doc_id), settings=settings).quotes


def _text_document(text: str, date: dt.date | str | None, doc_id: str) -> Document:
    if isinstance(date, str):
        try:
            date = dt.date.fromisoformat(date)
        except ValueError as exc:
            raise DocumentError(doc_id, f"bad date {date!r}; use YYYY-MM-DD") from exc
    return Document(id=doc_id, text=text, date=date)
