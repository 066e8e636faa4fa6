"""The store on both backends: writing, idempotence, duplicates, clustering, queries."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from sqlalchemy import select
from store_helpers import corpus, make_doc, read_jsonl, snapshot, toy_extract, toy_result, write_corpus

from eventwire.config import Settings
from eventwire.errors import DocumentError, StoreError
from eventwire.records import Document
from eventwire.store import Deduper, Store, ingest, ingest_documents, open_store, schema


def _ingest(store: Store, items: list, batch_size: int = 4):
    return ingest_documents(items, store=store, extract=toy_extract, batch_size=batch_size)


def test_ingest_counts(store: Store) -> None:
    report = _ingest(store, corpus())
    stats = store.stats()
    assert report.read == 28
    assert stats.documents == 28
    assert stats.duplicates == 2 and stats.exact_duplicates == 1 and stats.near_duplicates == 1
    assert stats.failed == 1
    assert stats.errors == 2  # one reading error, one extraction error
    assert stats.coded == 25
    assert stats.events == report.events > 0
    assert stats.clusters < stats.events
    assert stats.quotes == 1


def test_ingest_twice_adds_nothing(store: Store) -> None:
    _ingest(store, corpus())
    first = snapshot(store)
    again = _ingest(store, corpus(), batch_size=5)
    assert again.coded == 0 and again.events == 0 and again.skipped == 28
    assert snapshot(store) == first


def test_write_batch_twice_adds_nothing(store: Store) -> None:
    docs = [d for d in corpus() if isinstance(d, Document)][:6]
    results = [toy_result(d) for d in docs]
    err = DocumentError("x.jsonl:3", "bad line")
    first = store.write_batch(results, [err])
    assert first.coded == 6
    before = snapshot(store)
    second = store.write_batch(results, [err])
    assert second.coded == 0 and second.events == 0 and second.skipped == 6
    assert snapshot(store) == before


def test_batch_is_one_transaction(store: Store) -> None:
    docs = [d for d in corpus() if isinstance(d, Document)][:3]
    results = [toy_result(d) for d in docs]
    bad = toy_result(make_doc("https://x.example/bad", "France met Germany.", date="2024-01-01"))
    bad_event = bad.events[0]
    # An event whose document is not in the batch breaks the foreign key: nothing is kept.
    import dataclasses

    orphan = dataclasses.replace(bad, events=[dataclasses.replace(bad_event, doc_id="missing")])
    with pytest.raises(StoreError):
        store.write_batch([*results, orphan])
    assert store.stats().documents == 0


def test_near_duplicate_recognised(store: Store) -> None:
    _ingest(store, corpus())
    docs = {d.url: d for d in corpus() if isinstance(d, Document)}
    with store.engine.connect() as conn:
        rows = {r.url: r for r in conn.execute(select(schema.documents))}
    wire, paper, mirror = (rows[u] for u in ("https://wire.example/kyiv", "https://paper.example/kyiv-strikes",
                                              "https://mirror.example/kyiv"))
    assert wire.status == "coded"
    assert (paper.status, paper.duplicate_kind, paper.duplicate_of) == ("duplicate", "near", wire.id)
    assert 0.8 <= paper.similarity < 1.0
    assert (mirror.status, mirror.duplicate_kind, mirror.duplicate_of) == ("duplicate", "exact", wire.id)
    assert paper.n_events == 0  # not coded
    assert docs["https://paper.example/kyiv-strikes"].title != docs["https://wire.example/kyiv"].title


def test_near_duplicate_of_a_stored_document_in_a_later_run(store: Store) -> None:
    items = corpus()
    copy = next(d for d in items if isinstance(d, Document) and d.url == "https://paper.example/kyiv-strikes")
    _ingest(store, [d for d in items if d is not copy])
    assert store.stats().near_duplicates == 0
    # A new run, a new Deduper: the signatures stored by the first run are found.
    originals, dups, _ = Deduper(store).check([copy])
    assert originals == [] and dups[0].kind == "near"
    _ingest(store, [copy])
    assert store.stats().near_duplicates == 1


def test_different_stories_are_not_duplicates(store: Store) -> None:
    a = make_doc("https://a.example/1", "France met Germany. " + "alpha beta gamma delta " * 5 + "x y z.",
                 date="2024-01-01")
    b = make_doc("https://b.example/1", "China met Japan. The weather was mild and the markets calm "
                 "as traders waited for the central bank decision on rates.", date="2024-01-01")
    originals, dups, _ = Deduper(store).check([a, b])
    assert [d.id for d in originals] == [a.id, b.id] and dups == []


def test_five_outlets_one_cluster(store: Store) -> None:
    _ingest(store, corpus())
    with store.engine.connect() as conn:
        clusters = conn.execute(
            select(schema.clusters).where(schema.clusters.c.cameo_root == "04",
                                          schema.clusters.c.actor_a == "DEU",
                                          schema.clusters.c.actor_b == "FRA")
            .order_by(schema.clusters.c.n_mentions.desc())
        ).all()
    top = clusters[0]
    assert (top.n_mentions, top.n_documents, top.n_sources) == (5, 5, 5)
    assert (top.first_day, top.last_day, top.country) == ("2024-03-05", "2024-03-06", "FRA")
    members = list(store.events(cluster=top.cluster_id))
    assert {m["outlet"] for m in members} == {f"outlet{i}" for i in range(5)}
    assert all(m["cluster_mentions"] == 5 and m["cluster_sources"] == 5 for m in members)
    # The cluster id is the event id of the mention that founded it (the first outlet's).
    assert top.cluster_id == next(m["event_id"] for m in members if m["outlet"] == "outlet0")


def test_clustering_is_incremental(store: Store) -> None:
    items = [d for d in corpus() if isinstance(d, Document) and d.source.startswith("outlet")]
    for doc in items:  # one document per run
        _ingest(store, [doc])
    assert store.stats().multi_report_clusters == 1
    stored = [e for e in store.events() if e["cameo_root"] == "04"]
    assert len({e["cluster_id"] for e in stored}) == 1


def test_far_dates_and_other_places_split_clusters(store: Store) -> None:
    docs = [
        make_doc("https://a.example/1", "France met Germany in Paris on 2024-03-05.", date="2024-03-05"),
        make_doc("https://b.example/1", "France met Germany in Berlin on 2024-03-05.", date="2024-03-05"),
        make_doc("https://c.example/1", "France met Germany in Paris on 2024-03-12.", date="2024-03-12"),
        make_doc("https://d.example/1", "Germany criticised France on 2024-03-05.", date="2024-03-05"),
    ]
    _ingest(store, docs)
    assert store.stats().clusters == 4


def test_events_query_filters(store: Store) -> None:
    _ingest(store, corpus())
    everything = list(store.events())
    assert len(everything) == store.stats().events
    assert all(e["schema"] == 1 and e["event_id"] for e in everything)
    rus = list(store.events(source="RUS"))
    assert rus and all(e["source"]["country"] == "RUS" for e in rus)
    police = list(store.events(source="FRACOP"))
    assert [e["source"]["code"] for e in police] == ["FRACOP"]
    assert len(list(store.events(source="FRA"))) > len(police)
    assert all("UKR" in (e["target"]["code"],) for e in store.events(target="UKR"))
    with_nato = list(store.events(actor="NATO"))
    assert with_nato and all("NATO" in (e["source"]["code"], (e["target"] or {}).get("code"))
                             for e in with_nato)
    fights = list(store.events(root="19"))
    assert fights and all(e["cameo_root"] == "19" for e in fights)
    assert list(store.events(root="040")) and all(e["cameo"].startswith("040") for e in store.events(root="040"))
    march = list(store.events(date_from="2024-03-01", date_to="2024-03-31"))
    assert march and all("2024-03-01" <= e["day"] <= "2024-03-31" for e in march)
    assert list(store.events(modality="asserted")) == everything
    assert list(store.events(modality="negated")) == []
    assert len(list(store.events(limit=3))) == 3


@pytest.mark.parametrize("bad", [{"root": "7; DROP TABLE events"}, {"date_from": "March"},
                                 {"modality": "maybe"}])
def test_bad_filters_raise(store: Store, bad: dict) -> None:
    with pytest.raises(StoreError):
        list(store.events(**bad))


def test_values_are_bound_not_formatted(store: Store) -> None:
    _ingest(store, corpus())
    assert list(store.events(source="RUS' OR '1'='1")) == []
    assert store.stats().events > 0


def test_dyads(store: Store) -> None:
    _ingest(store, corpus())
    top = store.dyads(limit=50)
    assert top == sorted(top, key=lambda d: (-d.events, d.source, d.target))
    pairs = {(d.source, d.target): d for d in top}
    meeting = pairs[("FRA", "DEU")]
    assert meeting.events >= 3 and meeting.clusters < meeting.events
    assert pairs[("RUS", "UKR")].goldstein < 0
    assert len(store.dyads(limit=2)) == 2
    assert all(d.events for d in store.dyads(root="19"))


@pytest.mark.parametrize(("by", "first"), [("day", "2024-03-05"), ("week", "2024-03-04"), ("month", "2024-03")])
def test_timeline(store: Store, by: str, first: str) -> None:
    _ingest(store, corpus())
    points = store.timeline("FRA", "DEU", by=by)
    assert points[0].period == first
    assert [p.period for p in points] == sorted(p.period for p in points)
    both = store.timeline("FRA", "DEU", by=by, both_directions=True)
    assert sum(p.events for p in both) > sum(p.events for p in points)
    with pytest.raises(StoreError):
        store.timeline("FRA", "DEU", by="year")


def test_ingest_from_paths_and_runs_recorded(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    write_corpus(corpus(), path)
    report = ingest([path], store=store, settings=Settings(batch_size=5), extract=toy_extract, read=read_jsonl)
    assert report.errors == 2 and report.read == 28
    with store.engine.connect() as conn:
        run = conn.execute(select(schema.ingest_runs)).one()
    assert (run.run_id, run.status, run.n_read, run.n_coded) == (report.run_id, "done", 28, 25)


def test_ingest_without_pipeline_says_how(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    mod = importlib.import_module("eventwire.store.ingest")

    monkeypatch.setattr(mod, "default_extract", lambda: (_ for _ in ()).throw(StoreError("no pipeline")))
    with pytest.raises(StoreError, match="no pipeline"):
        ingest_documents([], store=store)


def test_schema_version_and_reopen(new_url) -> None:
    url = new_url()
    with open_store(url) as s:
        with s.engine.connect() as conn:
            assert schema.current_version(conn) == schema.SCHEMA_VERSION
    with open_store(url) as s:  # opening again migrates nothing and keeps one version row
        with s.engine.connect() as conn:
            assert len(conn.execute(select(schema.schema_version)).all()) == 1


def test_newer_schema_is_refused(new_url) -> None:
    url = new_url()
    with open_store(url) as s, s.engine.begin() as conn:
        conn.execute(schema.schema_version.insert().values(version=99, applied_at="x"))
    with pytest.raises(StoreError, match="newer"):
        open_store(url)


def test_bad_url() -> None:
    with pytest.raises(StoreError, match="Unsupported"):
        open_store("mysql://x@y/z")
