"""Ingest killed with SIGKILL at 20 random points (fixed seed), each followed by a rerun: the clean run's database.

SQLite in WAL mode and PostgreSQL, one transaction per batch. ``bench/crash``
runs the same loop with more points.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from crash_points import crash_loop

pytestmark = pytest.mark.slow

POINTS = 20


def test_twenty_random_kills_each_rerun_equal_a_clean_run(new_url: Callable[[], str], tmp_path: Path) -> None:
    outcomes = crash_loop(new_url, tmp_path, POINTS, seed=8)
    assert len(outcomes) == POINTS and all(o.killed for o in outcomes)
    assert len({o.point for o in outcomes}) >= POINTS // 2  # spread over the run, not one point
    assert [o.point for o in outcomes if not o.equal] == []
