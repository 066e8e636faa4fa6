"""A real Dask cluster of 2 local worker processes codes exactly what one process codes."""

from __future__ import annotations

import json

import pytest

from eventwire import extract_documents
from eventwire.output import event_to_dict
from eventwire.records import DocumentResult
from eventwire.scale import DaskExtractor
from eventwire.store import ingest_documents, open_store

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _events(results) -> list[dict]:
    return [event_to_dict(e) for r in results if isinstance(r, DocumentResult) for e in r.events]


def test_cluster_codes_the_events_of_one_process(client, corpus, settings):
    single = list(extract_documents(corpus, settings=settings))
    extractor = DaskExtractor(client, settings=settings, batch_size=3, in_flight=3)
    assert len(client.nthreads()) == 2
    parallel = list(extractor.extract(corpus))
    assert [type(r) for r in parallel] == [type(r) for r in single]
    assert [r.document.id for r in parallel] == [r.document.id for r in single]
    events = _events(single)
    assert events, "the fixture corpus has events"
    assert _events(parallel) == events


def test_errors_come_back_in_place(client, settings):
    extractor = DaskExtractor(client, settings=settings, batch_size=2)
    items = [{"id": "a", "text": "Russian forces attacked Ukraine."}, {"id": "bad"}, "Iran condemned Israel."]
    out = list(extractor.extract(items))
    assert [type(r).__name__ for r in out] == ["DocumentResult", "DocumentError", "DocumentResult"]
    assert out[1].doc == "bad"


def test_ingest_through_the_cluster_stores_what_a_single_run_stores(client, corpus, settings, tmp_path):
    stores = {}
    for name, extract in (("single", None), ("dask", DaskExtractor(client, settings=settings, in_flight=2))):
        store = open_store(f"sqlite:///{tmp_path / name}.db")
        with store:
            first = ingest_documents(corpus, store=store, settings=settings, extract=extract, batch_size=4)
            again = ingest_documents(corpus, store=store, settings=settings, extract=extract, batch_size=4)
            stores[name] = (first, again, sorted(json.dumps(e, sort_keys=True, default=str)
                                                 for e in store.events()))
    (f1, a1, ev1), (f2, a2, ev2) = stores["single"], stores["dask"]
    assert (f1.coded, f1.events, f1.duplicates) == (f2.coded, f2.events, f2.duplicates)
    assert a2.skipped == a2.read and a2.coded == 0  # idempotent through the cluster too
    assert ev1 == ev2 and ev1
