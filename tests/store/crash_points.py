"""Kill an ingest with SIGKILL at random points, rerun it, compare with a clean run.

The machinery of ``test_resume.py`` (the fixture corpus, the toy extractor
and the ingest script of :mod:`store_helpers`, which reports ``extracted``
and ``batch`` on stdout), with the ingest run in a *forked* child instead of
a new interpreter: the child starts with everything imported, so a run takes
a fraction of a second and 20 or more kill points fit in a test. Used by
``test_crash_points.py`` and by ``bench/crash``.
"""

from __future__ import annotations

import os
import random
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from store_helpers import _main as ingest_main
from store_helpers import corpus, snapshot, write_corpus
from test_resume import BATCH, _no_half_documents

from eventwire.store import open_store

KINDS = ("extracted", "batch")


@dataclass(frozen=True)
class Outcome:
    point: tuple[str, int]
    killed: bool
    equal: bool


def run_child(url: str, corpus_path: Path, kill_at: tuple[str, int] | None = None) -> tuple[bool, dict[str, int]]:
    """One ingest in a forked child, killed with SIGKILL at ``kill_at``; (was it killed, what it reported)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: the store helper's ingest, progress lines into the pipe
        code = 1
        try:
            os.close(read_fd)
            sys.stdout = os.fdopen(write_fd, "w")
            ingest_main(url, str(corpus_path), int(BATCH))
            sys.stdout.flush()
            code = 0
        finally:
            os._exit(code)
    os.close(write_fd)
    seen = {kind: 0 for kind in KINDS}
    killed = False
    with os.fdopen(read_fd) as progress:
        for line in progress:
            kind = line.strip()
            if kind in seen:
                seen[kind] += 1
            if kill_at and seen.get(kill_at[0]) == kill_at[1]:
                os.kill(pid, signal.SIGKILL)
                killed = True
                break
    _, status = os.waitpid(pid, 0)
    if killed:
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status
    else:
        assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, f"the ingest child failed: {status}"
    return killed, seen


def kill_points(n: int, totals: dict[str, int], seed: int) -> list[tuple[str, int]]:
    """``n`` random points before the end of a run: (progress kind, how many of them)."""
    rnd = random.Random(seed)
    points = []
    for _ in range(n):
        kind = rnd.choice(KINDS)
        points.append((kind, rnd.randint(1, max(totals[kind] - 1, 1))))
    return points


def crash_loop(new_url: Callable[[], str], folder: Path, n: int, seed: int = 8) -> list[Outcome]:
    """Kill a run at ``n`` random points, rerun each to the end; compare each with a clean run."""
    corpus_path = folder / "corpus.jsonl"
    write_corpus(corpus(), corpus_path)
    reference = new_url()
    _, totals = run_child(reference, corpus_path)
    with open_store(reference) as store:
        expected = snapshot(store)
    outcomes = []
    for point in kill_points(n, totals, seed):
        url = new_url()
        killed, _ = run_child(url, corpus_path, kill_at=point)
        _no_half_documents(url)
        run_child(url, corpus_path)
        with open_store(url) as store:
            outcomes.append(Outcome(point, killed, snapshot(store) == expected))
    return outcomes
