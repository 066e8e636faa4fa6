"""``read_path``: read documents from a file, a folder or stdin, by file type.

=====================  ===================================================
input                  documents
=====================  ===================================================
``.txt`` / other text  one document; id = file stem, date = default date
``.html`` ``.htm``     one document: main text and metadata (trafilatura)
``.jsonl`` ``.ndjson`` one per line (:mod:`.jsonl`)
``.json``              one record, or a list of records, as in JSON Lines
``.csv``               one per row, with a ``text`` column (:mod:`.table`)
``.warc`` ``.arc``     one per HTML response (:mod:`.warc`)
``.rss`` ``.atom``     one per feed entry (:mod:`.feed`)
folder                 every file below it, recursively, in sorted order
``-``                  stdin (:func:`read_stream`): JSON Lines if every
                       non-empty line starts with ``{``, else one
                       plain-text document
=====================  ===================================================

Each of these may be compressed, ``.gz`` or ``.zst``. Files of another or no
suffix (and ``.xml``) are sniffed: WARC, feed, HTML, JSON Lines, else text.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..config import Settings, load_settings
from ..errors import DocumentError, InputError
from .common import ReadResult, make_document, normalize_newlines, parse_date, stable_id
from .decode import (
    DECOMPRESSION_ERRORS,
    compression_of,
    decode_bytes,
    doc_stem,
    inner_suffix,
    open_binary,
    read_limited,
)
from .feed import looks_like_feed, read_feed
from .html import html_document, looks_like_html
from .jsonl import read_jsonl, record_document
from .table import read_csv
from .warc import read_warc

logger = logging.getLogger(__name__)

SUFFIX_KINDS = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv",
    ".warc": "warc", ".arc": "warc",
    ".rss": "feed", ".atom": "feed",
}
STDIN_NAME = "<stdin>"
_SNIFF_BYTES = 4096


def read_path(
    path: str | os.PathLike[str],
    *,
    default_date: dt.date | str | None = None,
    settings: Settings | None = None,
) -> Iterator[ReadResult]:
    """Read the documents in ``path`` (a file, a folder, or ``-`` for stdin).

    Yields a :class:`~eventwire.records.Document` for each document read and
    a :class:`~eventwire.errors.DocumentError` (yielded, not raised) for each
    document that cannot be read, so that a batch goes on: a binary or empty
    file, a broken JSON line (named ``file:line``), a bad date, a document
    over ``settings.max_doc_chars``. Callers tell them apart with
    ``isinstance``. ``default_date`` (a date or ``YYYY-MM-DD``) is the date
    of documents that carry none. ``settings`` default to :func:`load_settings`.

    Ids are stable across runs: the file stem (the path below the folder,
    without suffixes, for files read from a folder), the JSON ``id`` or a
    hash of the text, a hash of the URL for WARC records, a hash of the entry
    id for feeds, for stdin text a hash of the text.

    Raises :class:`~eventwire.errors.InputError` at once when ``path`` does
    not exist or ``default_date`` is not a date.
    """
    settings = settings or load_settings()
    default = _default_date(default_date)
    if str(path) == "-":
        return read_stream(sys.stdin.buffer, name=STDIN_NAME, settings=settings, default_date=default)
    target = Path(path)
    if target.is_dir():
        return _read_folder(target, settings=settings, default_date=default)
    if not target.exists():
        raise InputError(f"{target}: no such file or folder; give a file, a folder, or - for stdin.")
    if not target.is_file():
        raise InputError(f"{target}: not a regular file or folder.")
    return _read_file(target, doc_id=doc_stem(target), settings=settings, default_date=default)


def _read_folder(folder: Path, *, settings: Settings, default_date: dt.date | None) -> Iterator[ReadResult]:
    """Every file below ``folder`` (hidden files and folders skipped), sorted by path."""
    files = []
    for path in folder.rglob("*"):
        relative = path.relative_to(folder)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        files.append((relative.as_posix(), path))
    logger.info("%s: %d files", folder, len(files))
    for relative, path in sorted(files):
        parent = Path(relative).parent
        doc_id = doc_stem(path) if parent == Path(".") else f"{parent.as_posix()}/{doc_stem(path)}"
        yield from _read_file(path, doc_id=doc_id, settings=settings, default_date=default_date)


def _read_file(
    path: Path, *, doc_id: str, settings: Settings, default_date: dt.date | None
) -> Iterator[ReadResult]:
    name = str(path)
    compression = compression_of(path)
    kind = SUFFIX_KINDS.get(inner_suffix(path))
    try:
        if kind is None:
            with open_binary(path, compression) as stream:
                kind = sniff(stream.read(_SNIFF_BYTES))
            logger.debug("%s: read as %s", name, kind)
        if kind == "warc":
            # warcio reads gzipped WARC files itself, record by record.
            with open_binary(path, None if compression == "gzip" else compression) as stream:
                yield from read_warc(stream, name=name, settings=settings, default_date=default_date)
        elif kind == "jsonl":
            with open_binary(path, compression) as stream:
                yield from read_jsonl(stream, name=name, settings=settings, default_date=default_date)
        elif kind == "csv":
            with open_binary(path, compression) as stream:
                yield from read_csv(stream, name=name, settings=settings, default_date=default_date)
        else:
            with open_binary(path, compression) as stream:
                data = read_limited(stream, doc=name, settings=settings)
            if kind == "feed":
                yield from read_feed(data, name=name, settings=settings, default_date=default_date)
            elif kind == "json":
                yield from _read_json(decode_bytes(data, doc=name), name=name, settings=settings,
                                      default_date=default_date)
            elif kind == "html":
                yield html_document(
                    decode_bytes(data, doc=name),
                    doc_id=doc_id,
                    origin=name,
                    settings=settings,
                    default_date=default_date,
                )
            else:
                yield make_document(
                    doc_id=doc_id,
                    text=decode_bytes(data, doc=name),
                    origin=name,
                    settings=settings,
                    default_date=default_date,
                )
    except DocumentError as exc:
        logger.debug("%s", exc)
        yield exc
    except DECOMPRESSION_ERRORS as exc:
        yield DocumentError(name, f"cannot decompress: {exc}")
    except OSError as exc:
        yield DocumentError(name, f"cannot read: {exc.strerror or exc}")


def sniff(head: bytes) -> str:
    """The kind of a file from its first bytes: warc, feed, html, jsonl or text."""
    if head.startswith((b"WARC/", b"filedesc://")):
        return "warc"
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff")
    if looks_like_feed(text):
        return "feed"
    if looks_like_html(text):
        return "html"
    first = next((line for line in text.splitlines() if line.strip()), "")
    if first.lstrip().startswith("{"):
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except json.JSONDecodeError:
            pass
    return "text"


def read_stream(
    stream: BinaryIO,
    *,
    name: str = STDIN_NAME,
    settings: Settings | None = None,
    default_date: dt.date | str | None = None,
) -> Iterator[ReadResult]:
    """Documents from a byte stream such as stdin, read to its end.

    JSON Lines when every non-empty line starts with ``{``, else one
    plain-text document whose id is a hash of its text.
    """
    settings = settings or load_settings()
    default = _default_date(default_date)
    try:
        text = normalize_newlines(decode_bytes(stream.read(), doc=name))
    except DocumentError as exc:
        yield exc
        return
    lines = text.split("\n")
    if all(line.lstrip().startswith("{") for line in lines if line.strip()):
        yield from read_jsonl(lines, name=name, settings=settings, default_date=default)
        return
    result: ReadResult
    try:
        result = make_document(
            doc_id=stable_id(text), text=text, origin=name, settings=settings, default_date=default
        )
    except DocumentError as exc:
        result = exc
    yield result


def read_text(
    text: str,
    *,
    doc_id: str = "text",
    date: dt.date | str | None = None,
    settings: Settings | None = None,
) -> ReadResult:
    """One plain-text document from a string, checked like a file (empty, size, date)."""
    try:
        return make_document(
            doc_id=doc_id, text=text, origin=doc_id, settings=settings or load_settings(), date=date
        )
    except DocumentError as exc:
        return exc


def _default_date(value: dt.date | str | None) -> dt.date | None:
    try:
        return parse_date(value, doc="default date")
    except DocumentError as exc:
        raise InputError(f"{exc.problem} (the default date)") from exc


def _read_json(
    text: str, *, name: str, settings: Settings, default_date: dt.date | None
) -> Iterator[ReadResult]:
    """A ``.json`` file: one document record, or a list of them (named ``file[n]``)."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield DocumentError(name, f"not valid JSON: {exc}.")
        return
    records = value if isinstance(value, list) else [value]
    for number, record in enumerate(records, start=1):
        where = name if not isinstance(value, list) else f"{name}[{number}]"
        result: ReadResult
        try:
            result = record_document(record, where=where, settings=settings, default_date=default_date)
        except DocumentError as exc:
            result = exc
        yield result
