"""A run killed with SIGKILL at several points, then rerun, ends with the database of an uninterrupted run."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select
from store_helpers import corpus, snapshot, write_corpus

from eventwire.store import open_store, schema

HELPER = Path(__file__).with_name("store_helpers.py")
BATCH = "3"
# (what the child reports, how many): "extracted" kills in the middle of a
# batch (before its transaction), "batch" right after a batch is committed.
KILL_POINTS = [("extracted", 1), ("batch", 1), ("extracted", 8), ("batch", 4), ("extracted", 20)]

pytestmark = pytest.mark.slow


def _run(url: str, corpus_path: Path, log: Path, kill_at: tuple[str, int] | None = None) -> None:
    with log.open("a") as err:
        proc = subprocess.Popen([sys.executable, str(HELPER), url, str(corpus_path), BATCH],
                                stdout=subprocess.PIPE, stderr=err, text=True)
        assert proc.stdout is not None
        seen = {"extracted": 0, "batch": 0}
        for line in proc.stdout:
            kind = line.strip()
            if kind in seen:
                seen[kind] += 1
            if kill_at and seen.get(kill_at[0]) == kill_at[1]:
                os.kill(proc.pid, signal.SIGKILL)
                break
        proc.stdout.close()
        code = proc.wait(timeout=120)
    if kill_at:
        assert code == -signal.SIGKILL, f"the child was not killed at {kill_at}: {log.read_text()}"
    else:
        assert code == 0, log.read_text()


def _no_half_documents(url: str) -> None:
    with open_store(url) as store, store.engine.connect() as conn:
        d, e = schema.documents, schema.events
        counted = dict(conn.execute(select(e.c.doc_id, func.count()).group_by(e.c.doc_id)).all())
        for doc_id, n_events in conn.execute(select(d.c.id, d.c.n_events).where(d.c.status == "coded")):
            assert counted.get(doc_id, 0) == n_events
        statuses = [r[0] for r in conn.execute(select(schema.ingest_runs.c.status))]
    assert statuses[-1] == "running"  # the killed run never finished


def test_killed_runs_converge(new_url: Callable[[], str], tmp_path: Path) -> None:
    corpus_path = tmp_path / "corpus.jsonl"
    write_corpus(corpus(), corpus_path)
    log = tmp_path / "child.log"

    reference = new_url()
    _run(reference, corpus_path, log)
    with open_store(reference) as store:
        expected = snapshot(store)
    assert expected["stats"]["clusters"] > 0 and expected["stats"]["duplicates"] == 2

    for point in KILL_POINTS:
        url = new_url()
        _run(url, corpus_path, log, kill_at=point)
        _no_half_documents(url)
        with open_store(url) as store:
            assert snapshot(store) != expected, f"killed at {point} after the end"
        _run(url, corpus_path, log)
        with open_store(url) as store:
            assert snapshot(store) == expected, f"killed at {point}"


def test_killed_twice_converges(new_url: Callable[[], str], tmp_path: Path) -> None:
    corpus_path = tmp_path / "corpus.jsonl"
    write_corpus(corpus(), corpus_path)
    log = tmp_path / "child.log"
    reference = new_url()
    _run(reference, corpus_path, log)
    url = new_url()
    _run(url, corpus_path, log, kill_at=("extracted", 5))
    _run(url, corpus_path, log, kill_at=("batch", 2))
    _run(url, corpus_path, log)
    _run(url, corpus_path, log)  # and once more: nothing changes
    with open_store(reference) as a, open_store(url) as b:
        assert snapshot(a) == snapshot(b)
