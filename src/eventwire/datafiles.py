"""Reading the shipped knowledge files (TSV): one place for the common rules.

Every data file is UTF-8, tab-separated, with a header line; blank lines
and lines starting with ``#`` are skipped; every problem is a
:class:`~eventwire.errors.KnowledgeBaseError` naming the file and line.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from importlib.abc import Traversable
from pathlib import Path

from .errors import KnowledgeBaseError


def tsv_lines(path: Path | Traversable) -> Iterator[tuple[int, list[str]]]:
    """(line number, cells) of every line that is not blank or a comment, the header first."""
    try:
        handle = path.open("r", encoding="utf-8", newline="")
    except OSError as exc:
        raise KnowledgeBaseError(str(path), None, f"cannot open ({exc})") from exc
    with handle:
        for lineno, line in enumerate(handle, start=1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            yield lineno, line.split("\t")


def word_set(path: Path | Traversable, *, lower: bool = False) -> frozenset[str]:
    """The first cell, stripped (and lower-cased with ``lower``), of every line of a word list
    (one word or name a line, no header) that is not blank or a comment."""
    words = (cells[0].strip() for _, cells in tsv_lines(path))
    return frozenset(w.lower() for w in words) if lower else frozenset(words)


def tsv_body(path: Path | Traversable) -> Iterator[tuple[int, list[str]]]:
    """The data lines after the header, cells stripped."""
    lines = tsv_lines(path)
    next(lines, None)
    for lineno, cells in lines:
        yield lineno, [c.strip() for c in cells]


def tsv_records(path: Path | Traversable, columns: Sequence[str]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, {column: value}) of each data line; the header must name ``columns``.

    Missing trailing cells are empty; more cells than the header names is an error.
    """
    header: list[str] | None = None
    for lineno, cells in tsv_lines(path):
        if header is None:
            header = cells
            missing = [c for c in columns if c not in header]
            if missing:
                raise KnowledgeBaseError(str(path), lineno, f"header lacks column(s) {missing}")
            continue
        if len(cells) > len(header):
            raise KnowledgeBaseError(str(path), lineno, f"{len(cells)} cells but the header has {len(header)}")
        cells += [""] * (len(header) - len(cells))
        yield lineno, {h: c.strip() for h, c in zip(header, cells)}
