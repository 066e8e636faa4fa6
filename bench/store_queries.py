"""Bench the event store: query speed at 1,000,000 events in SQLite, and the store's ingest rate.

    .venv/bin/python bench/store_queries.py [--events 1000000] [--db /tmp/ew-bench.db] [--ingest 2000]

1. Generates synthetic events (Zipf-distributed actors, two years of days,
   all CAMEO roots) straight into a SQLite store made by ``open_store`` (bulk
   insert with the indexes dropped, then rebuilt), and times the top-dyads
   and dyad-timeline queries: the median of several runs each.
2. Times ``ingest_documents`` on synthetic documents with a trivial
   extractor (three events per document): the store's side of ingest
   (dedup fingerprints, clustering, one transaction per batch), not NLP.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from eventwire.records import Actor, Document, DocumentResult, Event, Mention
from eventwire.store import ingest_documents, open_store, schema

N_ACTORS = 250
N_DOCS_PER_EVENT = 5


def _actors(rnd: random.Random) -> list[str]:
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    names: list[str] = []
    while len(names) < N_ACTORS:
        code = "".join(rnd.choice(letters) for _ in range(3))
        if code not in names:
            names.append(code)
    return names


def generate(path: Path, n_events: int, seed: int = 7) -> float:
    """Fill a new SQLite store at ``path`` with ``n_events`` events; return seconds taken."""
    started = time.perf_counter()
    path.unlink(missing_ok=True)
    open_store(f"sqlite:///{path}").close()
    rnd = random.Random(seed)
    actors = _actors(rnd)
    weights = [1 / (i + 1) for i in range(N_ACTORS)]
    start = dt.date(2023, 1, 1)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    index_names = [ix.name for t in (schema.events, schema.documents) for ix in t.indexes]
    for name in index_names:
        con.execute(f"DROP INDEX IF EXISTS {name}")
    n_docs = n_events // N_DOCS_PER_EVENT + 1
    con.executemany(
        "INSERT INTO documents (id, content_hash, text_hash, status, n_events, seq, published) "
        "VALUES (?, ?, ?, 'coded', ?, ?, ?)",
        ((f"d{i}", f"h{i}", f"t{i}", N_DOCS_PER_EVENT, i, (start + dt.timedelta(days=i % 730)).isoformat())
         for i in range(n_docs)),
    )

    def rows() -> Iterator[tuple[Any, ...]]:
        for i in range(n_events):
            src, tgt = rnd.choices(actors, weights, k=2)
            root = f"{rnd.randint(1, 20):02d}"
            day = start + dt.timedelta(days=rnd.randrange(730))
            week = day - dt.timedelta(days=day.weekday())
            goldstein = round(rnd.uniform(-10, 10), 1)
            eid = hashlib.sha1(str(i).encode()).hexdigest()[:16]
            cluster = eid if i % 3 else hashlib.sha1(str(i - 1).encode()).hexdigest()[:16]
            data = json.dumps({"schema": 1, "event_id": eid, "cameo": root + "0", "source": {"code": src},
                               "target": {"code": tgt}, "goldstein": goldstein})
            yield (eid, f"d{i // N_DOCS_PER_EVENT}", i, 0, root + "0", root, 1, goldstein, "asserted", src, src,
                   tgt, tgt, "document", day.isoformat(), week.isoformat(), day.isoformat()[:7], 0.5, cluster, data)

    con.executemany(
        "INSERT INTO events (event_id, doc_id, seq, sentence_index, cameo, cameo_root, quad_class, goldstein, "
        "modality, source_code, source_key, target_code, target_key, date_precision, day, week, month, "
        "confidence, cluster_id, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows(),
    )
    con.commit()
    con.close()
    with open_store(f"sqlite:///{path}") as store, store.engine.begin() as conn:
        for table in (schema.events, schema.documents):
            for ix in table.indexes:
                ix.create(conn, checkfirst=True)
        conn.exec_driver_sql("ANALYZE")
    return time.perf_counter() - started


def median_ms(fn: Callable[[], Any], runs: int = 7) -> float:
    fn()  # warm the page cache once
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def bench_queries(path: Path) -> dict[str, float]:
    with open_store(f"sqlite:///{path}") as store:
        top = store.dyads(limit=20)
        a, b = top[0].source, top[0].target
        small = store.dyads(limit=2000)[-1]
        return {
            "events": store.stats().events,
            "top_dyads_ms": median_ms(lambda: store.dyads(limit=20)),
            "timeline_day_top_dyad_ms": median_ms(lambda: store.timeline(a, b, by="day")),
            "timeline_week_top_dyad_ms": median_ms(lambda: store.timeline(a, b, by="week")),
            "timeline_month_top_dyad_both_ways_ms": median_ms(
                lambda: store.timeline(a, b, by="month", both_directions=True)),
            "timeline_day_small_dyad_ms": median_ms(lambda: store.timeline(small.source, small.target)),
            "top_dyad_events": top[0].events,
        }


def _trivial_extract(documents: Iterable[Document], *, settings: Any = None) -> Iterator[DocumentResult]:
    for doc in documents:
        words = doc.text.split()
        a = Mention(words[0], 0, 3, Actor(words[0], words[0]))
        b = Mention(words[1], 4, 7, Actor(words[1], words[1]))
        events = [Event(doc.id, k, doc.text[:50], (0, 50), a, b, f"0{k + 4}0", "x", 1, 1.0, None,
                        date=doc.date.isoformat(), date_precision="day") for k in range(3)]
        yield DocumentResult(doc, doc.text, events=events, mentions=[a, b])


def bench_ingest(n_docs: int) -> dict[str, float]:
    rnd = random.Random(3)
    vocab = [f"w{i}" for i in range(5000)]
    actors = _actors(rnd)[:40]
    docs = [Document(id=f"doc{i}", text=" ".join([rnd.choice(actors), rnd.choice(actors)]
                                                  + rnd.choices(vocab, k=300)),
                     date=dt.date(2024, 1, 1) + dt.timedelta(days=i % 60), source=f"s{i % 9}")
            for i in range(n_docs)]
    with tempfile.TemporaryDirectory() as tmp, open_store(f"sqlite:///{tmp}/ingest.db") as store:
        t = time.perf_counter()
        report = ingest_documents(docs, store=store, extract=_trivial_extract, batch_size=64)
        seconds = time.perf_counter() - t
    return {"documents": n_docs, "documents_per_s": round(n_docs / seconds, 1),
            "events_per_s": round(report.events / seconds, 1), "clusters_from": report.events}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "eventwire-bench.db")
    parser.add_argument("--ingest", type=int, default=2000, help="documents for the ingest-rate bench (0: skip)")
    parser.add_argument("--reuse", action="store_true", help="reuse an existing --db instead of generating")
    args = parser.parse_args(argv)
    if not (args.reuse and args.db.exists()):
        seconds = generate(args.db, args.events)
        print(f"generated {args.events:,} events into {args.db} in {seconds:.1f} s")
    for name, value in bench_queries(args.db).items():
        print(f"{name:40s} {value:,.1f}" if isinstance(value, float) else f"{name:40s} {value:,}")
    if args.ingest:
        for name, value in bench_ingest(args.ingest).items():
            print(f"ingest {name:33s} {value:,}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
