"""Per-document limits: pathological inputs are refused, one document at a time.

Two guards stand between the readers and the model:

* **cheap pre-checks** (:func:`check_document`), linear in the text, refuse a
  document before spaCy sees it when it has a run of more than
  ``max_token_chars`` characters without a space (spaCy's tokenizer takes
  time quadratic in such a token: 16,000 ``$`` take over a minute) or more
  than ``max_sentence_words`` words between two sentence ends (the coder's
  time grows with the square of a sentence's length). ``max_doc_chars`` is
  checked by the readers already.
* **a time limit** (:class:`LimitedExtract`) of ``doc_timeout`` seconds per
  document. In the main thread of a process whose ``SIGALRM`` timer is free
  (the CLI), a batch runs under a real-time interval timer
  (:func:`signal.setitimer`) of ``doc_timeout``; when it rings, the batch is
  interrupted and its documents run again one by one, each under the timer,
  and a document that rings it alone is refused. Elsewhere (a server's worker
  thread, a process that uses the timer itself) documents run one by one and
  are timed: one over the limit is refused after the fact.

Refused documents come back as :class:`~eventwire.errors.DocumentError` in
their place, so a batch command reports them, stores them in the error table
and goes on. A document on which the extraction raises an unexpected
exception is refused the same way, unless every document of a batch fails
alike: that is a bug, not bad input, and it is raised as an
:class:`~eventwire.errors.EventwireError`.

The library's :func:`eventwire.extract_documents` does not install signal
handlers (that is the embedding program's business); the ``eventwire``
commands and the server wrap it with :func:`limited`.
"""

from __future__ import annotations

import logging
import re
import signal
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from .config import Settings, load_settings
from .errors import DocumentError, EventwireError
from .records import Document, DocumentResult

log = logging.getLogger(__name__)

Outcome = DocumentResult | DocumentError
ExtractFn = Callable[..., Iterable[Outcome]]

_SENTENCE_ENDS = re.compile(r"[.!?\n]+")
_WORD_RUNS = re.compile(r"\S+")


class _Expired(BaseException):
    """The timer rang. A BaseException, so that no ``except Exception`` on the way swallows it."""


def check_document(document: Document, settings: Settings) -> DocumentError | None:
    """The reason to refuse ``document`` before the model sees it, or None (linear time)."""
    text = document.text
    name = _name(document)
    if len(text) > settings.max_doc_chars > 0:
        return DocumentError(name, f"document has {len(text):,} characters, more than the limit "
                                   f"max_doc_chars={settings.max_doc_chars:,}; raise the setting "
                                   "max_doc_chars (EVENTWIRE_MAX_DOC_CHARS) to code it.")
    if settings.max_token_chars > 0:
        longest = max((m.end() - m.start() for m in _WORD_RUNS.finditer(text)), default=0)
        if longest > settings.max_token_chars:
            return DocumentError(name, f"document has a run of {longest:,} characters without a space, "
                                       f"more than the limit max_token_chars={settings.max_token_chars:,}; "
                                       "raise the setting max_token_chars (EVENTWIRE_MAX_TOKEN_CHARS) "
                                       "to code it.")
    if settings.max_sentence_words > 0:
        longest = max((len(part.split()) for part in _SENTENCE_ENDS.split(text)), default=0)
        if longest > settings.max_sentence_words:
            return DocumentError(name, f"document has a sentence of {longest:,} words, more than the limit "
                                       f"max_sentence_words={settings.max_sentence_words:,}; raise the "
                                       "setting max_sentence_words (EVENTWIRE_MAX_SENTENCE_WORDS) to code it.")
    return None


def _name(document: Document) -> str:
    """The document id, with where it came from when that says more (``file:line``)."""
    origin = document.origin
    if origin and origin != document.id:
        return f"{document.id} ({origin})"
    return document.id


def timer_available() -> bool:
    """Whether :func:`signal.setitimer` can interrupt work here: main thread, timer not in use."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    return signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`_Expired` in the block after ``seconds`` (main thread only)."""
    armed = True

    def ring(_signum: int, _frame: object) -> None:
        if armed:
            raise _Expired()

    previous = signal.signal(signal.SIGALRM, ring)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        armed = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class LimitedExtract:
    """An extract function (``extract(documents, *, settings=...)``) with the per-document limits.

    Same calling convention as :func:`eventwire.extract_documents` and the
    ``extract=`` argument of :func:`eventwire.store.ingest`: one
    :class:`DocumentResult` or :class:`DocumentError` per document, in order.
    """

    def __init__(self, extract: ExtractFn, settings: Settings | None = None, *,
                 prepare: Callable[[Settings], object] | None = None) -> None:
        self.extract = extract
        self.settings = settings
        self.prepare = prepare  # run before the first document, outside the timer (loads the model)

    def __call__(self, documents: Iterable[Document], *, settings: Settings | None = None) -> Iterator[Outcome]:
        settings = settings or self.settings or load_settings()
        if self.prepare is not None:
            self.prepare(settings)
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= max(settings.batch_size, 1):
                yield from self._batch(batch, settings)
                batch = []
        if batch:
            yield from self._batch(batch, settings)

    def _batch(self, documents: list[Document], settings: Settings) -> list[Outcome]:
        outcomes: list[Outcome | None] = [check_document(d, settings) for d in documents]
        todo = [i for i, o in enumerate(outcomes) if o is None]
        for i, outcome in zip(todo, self._run([documents[i] for i in todo], settings)):
            outcomes[i] = outcome
        for outcome in outcomes:
            if isinstance(outcome, DocumentError):
                log.debug("refused: %s", outcome)
        return [o for o in outcomes if o is not None]

    def _run(self, documents: list[Document], settings: Settings) -> list[Outcome]:
        if not documents:
            return []
        timeout = settings.doc_timeout
        if timeout <= 0:
            return self._plain(documents, settings)
        if not timer_available():
            return [self._timed_after(d, settings, timeout) for d in documents]
        try:
            with time_limit(timeout):
                return self._call(documents, settings)
        except _Expired:
            if len(documents) == 1:
                return [_too_slow(documents[0], timeout)]
            log.info("a batch of %d documents took over doc_timeout=%s s; coding them one by one",
                     len(documents), timeout)
        except Exception:  # one document broke the batch: find it, one by one
            log.debug("a batch failed; coding its documents one by one", exc_info=True)
        outcomes = [self._one(d, settings, timeout) for d in documents]
        self._bug_check(outcomes)
        return outcomes

    def _plain(self, documents: list[Document], settings: Settings) -> list[Outcome]:
        try:
            return self._call(documents, settings)
        except Exception:  # one document broke the batch: find it, one by one
            log.debug("a batch failed; coding its documents one by one", exc_info=True)
        outcomes = [self._guarded(d, settings) for d in documents]
        self._bug_check(outcomes)
        return outcomes

    def _one(self, document: Document, settings: Settings, timeout: float) -> Outcome:
        try:
            with time_limit(timeout):
                return self._guarded(document, settings)
        except _Expired:
            return _too_slow(document, timeout)

    def _timed_after(self, document: Document, settings: Settings, timeout: float) -> Outcome:
        started = time.monotonic()
        outcome = self._guarded(document, settings)
        took = time.monotonic() - started
        if took > timeout and not isinstance(outcome, DocumentError):
            return _too_slow(document, timeout, took)
        return outcome

    def _guarded(self, document: Document, settings: Settings) -> Outcome:
        try:
            (outcome,) = self._call([document], settings)
        except Exception as exc:  # per document: refuse it, report it, go on
            log.debug("document %s failed", document.id, exc_info=True)
            return _Unexpected(_name(document), f"processing failed: {type(exc).__name__}: {exc}")
        return outcome

    def _call(self, documents: Sequence[Document], settings: Settings) -> list[Outcome]:
        outcomes = list(self.extract(documents, settings=settings))
        if len(outcomes) != len(documents):
            raise EventwireError(f"The extraction function gave {len(outcomes)} results for "
                                 f"{len(documents)} documents; it must give one per document.")
        return outcomes

    @staticmethod
    def _bug_check(outcomes: list[Outcome]) -> None:
        unexpected = [o for o in outcomes if isinstance(o, _Unexpected)]
        if len(outcomes) > 1 and len(unexpected) == len(outcomes):
            kinds = {o.problem.split(":")[1].strip() for o in unexpected}
            if len(kinds) == 1:
                raise EventwireError(
                    f"Every document of a batch of {len(outcomes)} failed alike ({unexpected[0].problem}); "
                    "that is a bug in eventwire or its installation, not bad input. Rerun with -vv for "
                    "the traceback and report it."
                )


class _Unexpected(DocumentError):
    """A document on which the extraction raised an unexpected exception."""


def _too_slow(document: Document, timeout: float, took: float | None = None) -> DocumentError:
    spent = f"took {took:.1f} s" if took is not None else "was stopped"
    return DocumentError(_name(document), f"processing {spent}, more than the limit doc_timeout={timeout:g} s; "
                                          "raise the setting doc_timeout (EVENTWIRE_DOC_TIMEOUT) to code it.")


def limited(extract: ExtractFn | None = None, settings: Settings | None = None) -> LimitedExtract:
    """``extract`` (default: :func:`eventwire.extract_documents`) with the per-document limits."""
    if extract is not None:
        return LimitedExtract(extract, settings)
    from .nlp.model import cached_pipeline
    from .pipeline import extract_documents

    # The model loads before the first document's clock starts.
    return LimitedExtract(extract_documents, settings, prepare=cached_pipeline)
