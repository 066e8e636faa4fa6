"""The ingest stage: read news documents from files, folders, archives, feeds and stdin.

:func:`read_path` is the entry point (see :mod:`eventwire.ingest.read` for
the file types). It yields :class:`~eventwire.records.Document` items and,
for each document that cannot be read, a :class:`~eventwire.errors.DocumentError`
in its place, so a batch goes on past a bad document. :func:`read_stream`
reads a byte stream (stdin), :func:`read_text` checks one string.
"""

from __future__ import annotations

from .common import ReadResult, parse_date, stable_id
from .read import read_path, read_stream, read_text

__all__ = ["ReadResult", "parse_date", "read_path", "read_stream", "read_text", "stable_id"]
