"""Opening files (plain, gzip, zstandard) and turning bytes into text.

Bytes are decoded as UTF-8 (a byte-order mark is honoured); other encodings
are detected with charset-normalizer. Files with NUL bytes and no UTF-16/32
byte-order mark, or whose encoding cannot be detected, are binary files.
"""

from __future__ import annotations

import codecs
import contextlib
import gzip
import io
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import charset_normalizer
import zstandard

from ..config import Settings
from ..errors import DocumentError

logger = logging.getLogger(__name__)

COMPRESSIONS = {".gz": "gzip", ".gzip": "gzip", ".zst": "zstd", ".zstd": "zstd"}
# Errors that a broken compressed stream raises while it is read.
DECOMPRESSION_ERRORS = (gzip.BadGzipFile, EOFError, zstandard.ZstdError)
PREFERRED_LEGACY = frozenset(("cp1252", "latin_1", "iso8859_15"))
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def compression_of(path: Path) -> str | None:
    """``"gzip"``, ``"zstd"`` or ``None``, from the file name's last suffix."""
    return COMPRESSIONS.get(path.suffix.lower())


def inner_suffix(path: Path) -> str:
    """The type suffix under any compression suffix: ``a.jsonl.gz`` → ``.jsonl``."""
    name = Path(path.stem) if compression_of(path) else path
    return name.suffix.lower()


def doc_stem(path: Path) -> str:
    """The file name without its compression and type suffixes: ``a.txt.gz`` → ``a``."""
    name = Path(path.stem) if compression_of(path) else path
    return name.stem if name.suffix else name.name


@contextlib.contextmanager
def open_binary(path: Path, compression: str | None) -> Iterator[BinaryIO]:
    """Open ``path`` for reading its (decompressed) bytes."""
    with open(path, "rb") as raw:
        if compression == "gzip":
            with gzip.GzipFile(fileobj=raw, mode="rb") as stream:
                yield stream  # type: ignore[misc]
        elif compression == "zstd":
            with io.BufferedReader(_ZstdStream(raw)) as stream:
                yield stream
        else:
            yield raw


def byte_limit(settings: Settings) -> int:
    """The most bytes read for one document: 4 bytes a character covers any encoding."""
    return 4 * settings.max_doc_chars + 4


def read_limited(stream: BinaryIO, *, doc: str, settings: Settings) -> bytes:
    """All bytes of ``stream``, or a :class:`DocumentError` when there are too many."""
    limit = byte_limit(settings)
    try:
        data = stream.read(limit + 1)
    except DECOMPRESSION_ERRORS as exc:
        raise DocumentError(doc, f"cannot decompress: {exc}") from exc
    if len(data) > limit:
        raise DocumentError(
            doc,
            f"file is over {limit:,} bytes, too large for max_doc_chars="
            f"{settings.max_doc_chars:,}; raise the setting max_doc_chars "
            "(EVENTWIRE_MAX_DOC_CHARS or --max-doc-chars) to read it.",
        )
    return data


def decode_bytes(data: bytes, *, doc: str) -> str:
    """Text from bytes: UTF-8 (or a byte-order mark's encoding), else detected.

    Raises :class:`DocumentError` for an empty file and for a binary file.
    """
    if not data:
        raise DocumentError(doc, "empty: the file has no bytes.")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DocumentError(doc, f"bad {encoding} text after its byte-order mark: {exc}") from exc
    if b"\x00" in data:
        raise DocumentError(doc, "binary file: it has NUL bytes; give a text, HTML, JSON Lines, WARC or feed file.")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    matches = charset_normalizer.from_bytes(data)
    best = matches.best()
    if best is None:
        raise DocumentError(doc, "binary file: its text encoding cannot be detected; convert it to UTF-8.")
    # Ties are common on short texts; the web's usual legacy encoding wins them.
    for match in matches:
        if (match.chaos, match.coherence) == (best.chaos, best.coherence) and any(
            name in PREFERRED_LEGACY for name in match.could_be_from_charset
        ):
            best = match
            break
    logger.debug("%s: not UTF-8, decoded as %s", doc, best.encoding)
    return str(best)


class _ZstdStream(io.RawIOBase):
    """Decompressed bytes of a zstandard stream of one or more frames.

    Unlike ``ZstdDecompressor.stream_reader``, a stream that ends inside a
    frame (a truncated file) raises :class:`zstandard.ZstdError`.
    """

    def __init__(self, raw: BinaryIO) -> None:
        super().__init__()
        self._raw = raw
        self._context = zstandard.ZstdDecompressor()
        self._frame = self._context.decompressobj()
        self._in_frame = False
        self._buffer = bytearray()
        self._done = False

    def readable(self) -> bool:
        return True

    def readinto(self, target: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._buffer and not self._done:
            chunk = self._raw.read(1 << 16)
            if not chunk:
                if self._in_frame:
                    raise zstandard.ZstdError("truncated zstandard stream: it ends inside a frame")
                self._done = True
                break
            self._feed(chunk)
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        del self._buffer[:size]
        return size

    def _feed(self, chunk: bytes) -> None:
        while chunk:
            self._in_frame = True
            self._buffer += self._frame.decompress(chunk)
            if not self._frame.eof:
                return
            self._in_frame = False
            chunk = self._frame.unused_data
            self._frame = self._context.decompressobj()
