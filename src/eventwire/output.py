"""Output formats for people and pipes: JSON Lines (default) and a readable table."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Sequence
from typing import TextIO

from .records import Event, Quote, event_to_dict, quote_to_dict, to_json_line


def write_jsonl(rows: Iterable[dict], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(to_json_line(row) + "\n")
        n += 1
    return n


def events_jsonl(events: Iterable[Event], out: TextIO) -> int:
    return write_jsonl((event_to_dict(e) for e in events), out)


def quotes_jsonl(quotes: Iterable[Quote], out: TextIO) -> int:
    return write_jsonl((quote_to_dict(q) for q in quotes), out)


def _clip(text: str, width: int) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: max(width - 1, 1)] + "…"


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], out: TextIO,
          widths: Sequence[int] | None = None) -> int:
    """A plain-text table: the last column takes what the terminal width leaves."""
    rows = [["" if v is None else str(v) for v in r] for r in rows]
    total = shutil.get_terminal_size((120, 20)).columns
    if widths is None:
        widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]
    widths = list(widths)
    used = sum(widths[:-1]) + 2 * (len(widths) - 1)
    widths[-1] = max(20, min(widths[-1], total - used))
    line = "  ".join(_clip(h, w).ljust(w) for h, w in zip(headers, widths))
    out.write(line.rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for r in rows:
        out.write("  ".join(_clip(v, w).ljust(w) for v, w in zip(r, widths)).rstrip() + "\n")
    return len(rows)


def _actor_label(m) -> str:
    if m is None:
        return "-"
    return m.actor.code + (f" ({m.actor.name})" if m.actor.name else "")


def events_table(events: Sequence[Event], out: TextIO) -> int:
    rows = [
        (e.doc_id, e.date or "", _actor_label(e.source), e.cameo, _actor_label(e.target),
         e.modality, e.evidence)
        for e in events
    ]
    headers = ("doc", "date", "source", "cameo", "target", "modality", "evidence")
    widths = [min(24, max([3, *(len(r[0]) for r in rows)])), 10, 28, 5, 28, 11, 60]
    return table(headers, rows, out, widths)


def quotes_table(quotes: Sequence[Quote], out: TextIO) -> int:
    rows = [(q.doc_id, _actor_label(q.speaker), q.text) for q in quotes]
    return table(("doc", "speaker", "quote"), rows, out, [16, 28, 80])
