"""The ingest stage: read documents from files, folders, archives, feeds and stdin.

:func:`read_path` yields a :class:`~eventwire.records.Document` for every
document read, or a :class:`~eventwire.errors.DocumentError` in its place
for one that cannot be read, so a batch goes on past a bad document.

What a path holds is told by its name and, failing that, by its content:
``.jsonl``/``.ndjson`` JSON Lines, ``.json`` one record or a list, ``.csv``
with a ``text`` column, ``.warc``
and ``.arc`` web archives, ``.html``/``.htm`` pages, ``.rss``/``.atom``/
``.xml`` feeds, anything else as plain text (sniffed for HTML and feeds);
each may be compressed (``.gz``, ``.zst``). A folder is read recursively in
name order. ``-`` is standard input: JSON Lines when every non-empty line
starts with ``{``, else one plain-text document.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from ..config import Settings, load_settings
from ..errors import DocumentError, InputError
from .common import ReadResult, make_document, stable_id
from .decode import compression_of, decode_bytes, doc_stem, inner_suffix, open_binary, read_limited
from .feed import looks_like_feed, read_feed
from .html import html_document, looks_like_html
from .jsonl import parse_record, read_jsonl
from .table import read_csv
from .warc import read_warc

__all__ = ["ReadResult", "read_path", "read_text"]

JSONL_SUFFIXES = {".jsonl", ".ndjson"}
WARC_SUFFIXES = {".warc", ".arc"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}


def read_path(
    path: str | Path,
    *,
    default_date: dt.date | None = None,
    settings: Settings | None = None,
) -> Iterator[ReadResult]:
    """Documents (or per-document errors) from a file, a folder or ``-`` (stdin).

    Raises :class:`InputError` when the path does not exist at all.
    """
    settings = settings or load_settings()
    if str(path) == "-":
        yield from read_stream(sys.stdin.buffer, name="<stdin>", settings=settings, default_date=default_date)
        return
    path = Path(path)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and not _hidden(p.relative_to(path)))
        for file in files:
            doc_id = file.relative_to(path).with_name(doc_stem(file)).as_posix()
            yield from _read_file(file, doc_id=doc_id, settings=settings, default_date=default_date)
        return
    if not path.exists():
        raise InputError(f"{path}: no such file or folder")
    yield from _read_file(path, doc_id=doc_stem(path), settings=settings, default_date=default_date)


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _read_file(path: Path, *, doc_id: str, settings: Settings, default_date: dt.date | None) -> Iterator[ReadResult]:
    name = str(path)
    compression = compression_of(path)
    suffix = inner_suffix(path)
    try:
        if suffix in WARC_SUFFIXES:
            # warcio reads gzipped archives itself.
            with open(path, "rb") as raw:
                yield from read_warc(raw, name=name, settings=settings, default_date=default_date)
            return
        with open_binary(path, compression) as stream:
            if suffix in JSONL_SUFFIXES:
                yield from read_jsonl(stream, name=name, settings=settings, default_date=default_date)
                return
            if suffix == ".csv":
                yield from read_csv(stream, name=name, settings=settings, default_date=default_date)
                return
            data = read_limited(stream, doc=name, settings=settings)
    except OSError as exc:
        yield DocumentError(name, f"cannot read: {exc.strerror or exc}")
        return
    except DocumentError as exc:
        yield exc
        return
    yield from _read_bytes(data, name=name, doc_id=doc_id, suffix=suffix, settings=settings,
                           default_date=default_date)


def _read_bytes(data: bytes, *, name: str, doc_id: str, suffix: str, settings: Settings,
                default_date: dt.date | None) -> Iterator[ReadResult]:
    try:
        if suffix in FEED_SUFFIXES or (suffix not in HTML_SUFFIXES and looks_like_feed(_head(data))):
            yield from read_feed(data, name=name, settings=settings, default_date=default_date)
            return
        text = decode_bytes(data, doc=name)
        if suffix == ".json":
            yield from _read_json(text, name=name, settings=settings, default_date=default_date)
            return
        if suffix in HTML_SUFFIXES or looks_like_html(text[:4096]):
            yield html_document(text, doc_id=doc_id, origin=name, settings=settings, default_date=default_date)
            return
        yield make_document(doc_id=doc_id, text=text, origin=name, settings=settings, default_date=default_date)
    except DocumentError as exc:
        yield exc


def _head(data: bytes) -> str:
    return data[:2048].decode("utf-8", errors="replace")


def _read_json(text: str, *, name: str, settings: Settings, default_date: dt.date | None) -> Iterator[ReadResult]:
    """A ``.json`` file: one document object, or a list of them."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield DocumentError(name, f"not valid JSON ({exc.msg} at line {exc.lineno}).")
        return
    records = value if isinstance(value, list) else [value]
    for number, record in enumerate(records, start=1):
        where = name if len(records) == 1 else f"{name}[{number}]"
        try:
            yield parse_record(json.dumps(record), where=where, settings=settings, default_date=default_date)
        except DocumentError as exc:
            yield exc


def read_stream(stream, *, name: str, settings: Settings, default_date: dt.date | None = None) -> Iterator[ReadResult]:
    """Documents from a byte stream: JSON Lines when every non-empty line starts with '{'."""
    try:
        data = read_limited(stream, doc=name, settings=settings)
    except DocumentError as exc:
        yield exc
        return
    lines = [line for line in data.split(b"\n") if line.strip()]
    if lines and all(line.lstrip().startswith(b"{") for line in lines):
        yield from read_jsonl(io.BytesIO(data), name=name, settings=settings, default_date=default_date)
        return
    try:
        text = decode_bytes(data, doc=name)
        yield make_document(doc_id=stable_id(text), text=text, origin=name, settings=settings,
                            default_date=default_date)
    except DocumentError as exc:
        yield exc


def read_text(text: str, *, doc_id: str = "text", date: dt.date | None = None,
              settings: Settings | None = None) -> ReadResult:
    """One plain-text document from a string (checked like a file)."""
    try:
        return make_document(doc_id=doc_id, text=text, origin=doc_id, settings=settings or load_settings(),
                             default_date=date)
    except DocumentError as exc:
        return exc
