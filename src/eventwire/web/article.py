"""An article's cleaned text cut into segments for display.

The text is cut at every edge of an actor mention, a trigger and an event's
evidence sentence, so each segment knows which actor, which trigger and
which events cover it. The template writes the segments (escaped) and the
page highlights an event's evidence by the event ids on the segments.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..store.browse import Span


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    start: int
    actor: Span | None = None
    trigger: Span | None = None
    event_ids: tuple[str, ...] = ()


def segments(text: str, mentions: list[Span], triggers: list[Span], events: list[dict[str, Any]]) -> list[Segment]:
    """Cut ``text`` at every span edge; a sweep over the sorted edges (no quadratic scan)."""
    n = len(text)
    spans: list[tuple[int, int, str, Any]] = []
    spans.extend((m.start, m.end, "actor", m) for m in mentions)
    spans.extend((t.start, t.end, "trigger", t) for t in triggers)
    for ev in events:
        start, end = (ev.get("span") or (0, 0))[:2]
        spans.append((int(start), int(end), "event", ev["event_id"]))
    opens: dict[int, list[int]] = {}
    closes: dict[int, list[int]] = {}
    edges = {0, n}
    for i, (start, end, _, _) in enumerate(spans):
        start, end = max(0, min(start, n)), max(0, min(end, n))
        if start >= end:
            continue
        opens.setdefault(start, []).append(i)
        closes.setdefault(end, []).append(i)
        edges.update((start, end))
    active: set[int] = set()
    out: list[Segment] = []
    ordered = sorted(edges)
    for left, right in zip(ordered, ordered[1:]):
        active.difference_update(closes.get(left, ()))
        active.update(opens.get(left, ()))
        covering = [spans[i] for i in sorted(active)]
        actors = [s for s in covering if s[2] == "actor"]
        trigs = [s for s in covering if s[2] == "trigger"]
        out.append(Segment(
            text=text[left:right],
            start=left,
            # The innermost actor (the shortest span) names the segment.
            actor=min(actors, key=lambda s: s[1] - s[0])[3] if actors else None,
            trigger=trigs[0][3] if trigs else None,
            event_ids=tuple(dict.fromkeys(s[3] for s in covering if s[2] == "event")),
        ))
    return out
