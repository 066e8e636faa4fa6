"""How many documents some paths hold, cheaply, for the progress ETA.

JSON Lines files count their non-empty lines, CSV files their lines less the
header, web pages and text files one each; WARC files, feeds, JSON lists and
stdin cannot be counted without reading them, so the count is then
unknown (``None``) and progress shows no ETA.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path

from .decode import DECOMPRESSION_ERRORS, compression_of, inner_suffix, open_binary

log = logging.getLogger(__name__)

ONE_DOCUMENT = {".txt", ".text", ".html", ".htm", ".xhtml", ""}
LINES = {".jsonl", ".ndjson"}


def count_documents(paths: Iterable[str | Path]) -> int | None:
    """The number of documents under ``paths``, or None when it cannot be told cheaply."""
    total = 0
    for path in paths:
        if str(path) == "-":
            return None
        path = Path(path)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            n = _count_file(file)
            if n is None:
                return None
            total += n
    return total


def _count_file(path: Path) -> int | None:
    if any(part.startswith(".") for part in path.parts[-1:]):
        return 0
    suffix = inner_suffix(path)
    if suffix in ONE_DOCUMENT:
        return 1
    if suffix not in LINES and suffix != ".csv":
        return None
    try:
        with open_binary(path, compression_of(path)) as stream:
            n = sum(1 for line in stream if line.strip())
    except (OSError, *DECOMPRESSION_ERRORS):
        log.debug("cannot count %s", path, exc_info=True)
        return None
    return max(n - 1, 0) if suffix == ".csv" else n
