"""The 295 Wikinews articles through the real readers and pipeline, twice: identical stats.

Skipped when the corpus (../shared/corpora/wikinews) is absent, or while the
readers or the pipeline cannot be imported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.store import Store, ingest

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpora" / "wikinews"

pytestmark = [pytest.mark.slow, pytest.mark.model]


def test_wikinews_twice_gives_identical_stats(store: Store) -> None:
    files = sorted(CORPUS.glob("*.csv"))
    if not files:
        pytest.skip(f"the Wikinews corpus is not at {CORPUS}")
    pipeline = pytest.importorskip("eventwire.pipeline", reason="the extraction pipeline is not importable",
                                   exc_type=ImportError)
    readers = pytest.importorskip("eventwire.ingest", reason="the document readers are not importable",
                                  exc_type=ImportError)
    from eventwire.config import load_settings

    settings = load_settings(env={})
    first = ingest(files, store=store, settings=settings, extract=pipeline.extract_documents,
                   read=readers.read_path)
    stats = store.stats()
    assert first.read + first.errors >= 295
    assert stats.documents + stats.errors >= 295
    assert stats.events > 0
    second = ingest(files, store=store, settings=settings, extract=pipeline.extract_documents,
                    read=readers.read_path)
    assert second.coded == 0 and second.events == 0
    assert store.stats() == stats
