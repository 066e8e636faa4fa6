"""Watch a folder: hand over each file once it has arrived completely.

:func:`watch` polls ``directory`` (recursively, hidden files and names
ending in ``.part``, ``.tmp`` or ``~`` left out) every ``interval``
seconds. A file is *stable* when its size and modification time have not
changed for ``settle`` seconds; stable files new since the last round (or
changed since they were handed over) go to ``handle`` in name order. The
store remembers what it has coded (document ids are content hashes), so a
file handed over again after a restart is skipped there.

It runs until ``stop`` is set, ``max_rounds`` polls have run or
``timeout`` seconds have passed (all optional: the command runs until
Ctrl-C).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path

from ..errors import InputError

log = logging.getLogger(__name__)

PARTIAL_SUFFIXES = (".part", ".tmp", ".crdownload", "~")

Stamp = tuple[int, int]  # size, mtime in ns


def _candidates(directory: Path) -> dict[Path, Stamp]:
    found: dict[Path, Stamp] = {}
    for path in directory.rglob("*"):
        rel = path.relative_to(directory)
        if any(p.startswith(".") for p in rel.parts) or path.name.endswith(PARTIAL_SUFFIXES):
            continue
        try:
            if not path.is_file():
                continue
            st = path.stat()
        except OSError:  # removed while we looked
            continue
        found[path] = (st.st_size, st.st_mtime_ns)
    return found


def watch(
    directory: str | Path,
    handle: Callable[[list[Path]], None],
    *,
    interval: float = 2.0,
    settle: float = 1.0,
    stop: threading.Event | None = None,
    max_rounds: int | None = None,
    timeout: float | None = None,
) -> int:
    """Poll ``directory`` and call ``handle(files)`` with the newly stable files; returns the files handed over."""
    directory = Path(directory)
    if not directory.is_dir():
        raise InputError(f"{directory}: not a folder; --watch needs a folder to watch.")
    stop = stop or threading.Event()
    started = time.monotonic()
    seen: dict[Path, tuple[Stamp, float]] = {}  # stamp, and since when it has not changed
    done: dict[Path, Stamp] = {}
    rounds = handed = 0
    log.info("watching %s (every %.1f s)", directory, interval)
    while not stop.is_set():
        now = time.monotonic()
        ready = []
        for path, stamp in sorted(_candidates(directory).items()):
            previous = seen.get(path)
            if previous is None or previous[0] != stamp:
                seen[path] = (stamp, now)
                continue
            if done.get(path) != stamp and now - previous[1] >= settle:
                ready.append(path)
        if ready:
            handle(ready)
            for path in ready:
                done[path] = seen[path][0]
            handed += len(ready)
        rounds += 1
        if max_rounds is not None and rounds >= max_rounds:
            break
        if timeout is not None and time.monotonic() - started >= timeout:
            break
        stop.wait(interval)
    return handed
