"""``--watch``: files are taken once they are complete, once each; the command stops cleanly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from eventwire.ingest.watch import watch
from eventwire.store import ingest, open_store

ROOT = Path(__file__).resolve().parents[2]


def test_watch_hands_over_a_new_file_once_it_is_stable(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "old.txt").write_text("There before the watch started.")
    handed: list[list[str]] = []
    stop = threading.Event()

    def handle(files):
        handed.append([f.name for f in files])
        if any(f.name == "new.txt" for f in files):
            stop.set()

    thread = threading.Thread(target=watch, args=(inbox, handle),
                              kwargs=dict(interval=0.05, settle=0.2, stop=stop, timeout=20))
    thread.start()
    time.sleep(0.3)
    (inbox / "new.txt.part").write_text("still being written")  # partial names are left alone
    with open(inbox / "new.txt", "w") as f:  # written in two goes: taken only once stable
        f.write("Russian forces shelled Kharkiv ")
        f.flush()
        time.sleep(0.1)
        f.write("on Monday.")
    thread.join(timeout=30)
    assert not thread.is_alive()
    assert handed == [["old.txt"], ["new.txt"]]


def test_watch_stops_after_max_rounds(tmp_path):
    calls = []
    assert watch(tmp_path, calls.append, interval=0.01, max_rounds=3) == 0
    assert calls == []


@pytest.mark.model
@pytest.mark.slow
def test_watch_ingests_into_the_store(settings, tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    stop = threading.Event()
    with open_store(f"sqlite:///{tmp_path / 'w.db'}") as store:
        def handle(files):
            ingest(files, store=store, settings=settings)
            stop.set()

        thread = threading.Thread(target=watch, args=(inbox, handle),
                                  kwargs=dict(interval=0.05, settle=0.1, stop=stop, timeout=60))
        thread.start()
        time.sleep(0.2)
        (inbox / "kharkiv.txt").write_text("Russian forces shelled Kharkiv on Monday, Ukrainian officials said.")
        thread.join(timeout=90)
        stats = store.stats().as_dict()
    assert stats["documents"] == 1 and stats["events"] >= 1


@pytest.mark.model
@pytest.mark.slow
def test_cli_ingest_with_workers_then_watch(tmp_path):
    inbox = tmp_path / "in"
    inbox.mkdir()
    (inbox / "iran.txt").write_text("Iran condemned Israel over the strike on its consulate in Damascus.")
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    (tmp_path / "settings.cfg").write_text("[eventwire]\n")  # shipped defaults, whatever the user has
    env = {k: v for k, v in os.environ.items() if not k.startswith("EVENTWIRE_")}
    env["EVENTWIRE_CONFIG"] = str(tmp_path / "settings.cfg")
    run = subprocess.run(
        [sys.executable, "-m", "eventwire", "ingest", str(ROOT / "examples" / "wikinews.jsonl"), "--db", db,
         "--workers", "2", "--watch", str(inbox), "--poll", "0.2", "--stop-after", "3"],
        capture_output=True, text=True, timeout=240, env=env, cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert "documents/s" in run.stderr and "ETA" in run.stderr  # progress on stderr
    reports = [json.loads(line) for line in run.stderr.splitlines() if line.startswith("{")]
    assert [r["read"] for r in reports] == [8, 1]
    stats = subprocess.run([sys.executable, "-m", "eventwire", "stats", "--db", db, "--format", "json"],
                           capture_output=True, text=True, timeout=60, env=env, cwd=tmp_path)
    assert json.loads(stats.stdout)["documents"] == 9


def test_cli_ingest_needs_a_path_or_watch(tmp_path):
    from eventwire.cli import main

    assert main(["ingest", "--db", f"sqlite:///{tmp_path / 'x.db'}"]) == 2
