"""Writing one batch: documents, duplicates, events, clusters, actors, quotes, errors.

A batch is one transaction: after a crash the store holds every document of
a batch or none. Rows are keyed by content hashes (document id, event id,
error id) and written with ``INSERT ... ON CONFLICT DO NOTHING``; documents
already stored are left alone, so writing a batch twice changes nothing.
Database rows are made here from the records (events through
:func:`eventwire.records.event_to_dict`, the one JSON form).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Table, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import SQLAlchemyError

from ..errors import DocumentError, StoreError
from ..records import Actor, Document, DocumentResult, Event, Mention, event_to_dict
from . import schema
from .cluster import assign_clusters, refresh_counts
from .dedup import Duplicate, Fingerprint, fingerprint

if TYPE_CHECKING:
    from .engine import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BatchCounts:
    """What one batch added to the store."""

    coded: int = 0
    duplicates: int = 0
    failed: int = 0
    errors: int = 0
    events: int = 0
    skipped: int = 0  # documents already stored


def insert_ignore(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """``INSERT ... ON CONFLICT DO NOTHING`` in the connection's own dialect."""
    if not rows:
        return
    maker = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    conn.execute(maker(table).on_conflict_do_nothing(), rows)


def error_id(doc: str, problem: str) -> str:
    return hashlib.sha1(f"{doc}\n{problem}".encode()).hexdigest()[:16]


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _day(event: Event, published: str | None) -> str | None:
    if event.date and event.date_precision == "day":
        try:
            return dt.date.fromisoformat(event.date[:10]).isoformat()
        except ValueError:
            pass
    return published


def _week(day: str | None) -> str | None:
    if not day:
        return None
    d = dt.date.fromisoformat(day)
    return (d - dt.timedelta(days=d.weekday())).isoformat()


def _document_row(doc: Document, fp: Fingerprint, status: str, run_id: str | None) -> dict[str, Any]:
    return {
        "id": doc.id, "content_hash": doc.content_hash, "text_hash": fp.text_hash,
        "url": doc.url, "title": doc.title, "source": doc.source, "origin": doc.origin,
        "published": _iso(doc.date), "clean_text": None, "status": status,
        "duplicate_of": None, "duplicate_kind": None, "similarity": None,
        "signature": fp.signature_bytes(), "n_events": 0, "run_id": run_id,
    }


def _event_row(event: Event, published: str | None) -> dict[str, Any]:
    data = event_to_dict(event)
    day = _day(event, published)
    loc = event.location
    return {
        "event_id": data["event_id"], "doc_id": event.doc_id,
        "sentence_index": event.sentence_index, "cameo": event.cameo,
        "cameo_root": event.cameo_root, "quad_class": event.quad_class,
        "goldstein": float(event.goldstein), "plover": event.plover, "modality": event.modality,
        "source_code": event.source.actor.code if event.source else None,
        "source_key": event.source.actor.key if event.source else None,
        "source_name": event.source.actor.name if event.source else None,
        "target_code": event.target.actor.code if event.target else None,
        "target_key": event.target.actor.key if event.target else None,
        "target_name": event.target.actor.name if event.target else None,
        "event_date": event.date[:10] if event.date else None,
        "date_precision": event.date_precision, "day": day, "week": _week(day),
        "month": day[:7] if day else None,
        "location_name": loc.name if loc else None, "location_country": loc.country if loc else None,
        "lat": loc.lat if loc else None, "lon": loc.lon if loc else None,
        "confidence": float(event.confidence), "cluster_id": None,
        "json": json.dumps(data, ensure_ascii=False),
    }


def _actor_row(actor: Actor) -> dict[str, Any]:
    return {"code": actor.code, "name": actor.name, "country": actor.country,
            "org": actor.org, "sector": actor.sector}


def _mentions_of(result: DocumentResult) -> list[Mention]:
    found = list(result.mentions)
    for ev in result.events:
        found.extend(m for m in (ev.source, ev.target, ev.attributed_to) if m is not None)
    for q in result.quotes:
        if q.speaker is not None:
            found.append(q.speaker)
    return found


def write_batch(
    store: Store,
    results: Sequence[DocumentResult],
    errors: Sequence[DocumentError] = (),
    run_id: str | None = None,
    *,
    duplicates: Sequence[Duplicate] = (),
    failed: Sequence[Document] = (),
    fingerprints: dict[str, Fingerprint] | None = None,
) -> BatchCounts:
    """Store one batch in one transaction and return what it added.

    ``results`` are coded documents, ``duplicates`` documents recognised as
    copies (stored, not coded), ``failed`` documents whose extraction failed
    (stored with status ``error`` so a rerun does not code them again; their
    errors are in ``errors``), ``errors`` every per-document error of the
    batch, reading errors included. ``fingerprints`` (from
    :meth:`Deduper.check`) saves computing them again. Documents already in the
    store are skipped; new events are clustered in order.
    """
    try:
        with store.engine.begin() as conn:
            return _write(conn, results, errors, run_id, duplicates, failed, fingerprints or {})
    except SQLAlchemyError as exc:
        raise StoreError(f"Cannot write a batch to {store!r}: {exc.__class__.__name__}: {exc}") from exc


def _write(
    conn: Connection,
    results: Sequence[DocumentResult],
    errors: Sequence[DocumentError],
    run_id: str | None,
    duplicates: Sequence[Duplicate],
    failed: Sequence[Document],
    prints: dict[str, Fingerprint],
) -> BatchCounts:
    d = schema.documents
    all_ids = [r.document.id for r in results] + [x.document.id for x in duplicates] + [f.id for f in failed]
    stored: set[str] = set()
    for i in range(0, len(all_ids), 500):
        stored.update(r[0] for r in conn.execute(select(d.c.id).where(d.c.id.in_(all_ids[i:i + 500]))))
    seen = set(stored)

    def fresh(doc_id: str) -> bool:
        if doc_id in seen:
            return False
        seen.add(doc_id)
        return True

    doc_rows: list[dict[str, Any]] = []
    band_rows: list[dict[str, Any]] = []
    event_rows: list[dict[str, Any]] = []
    actor_rows: dict[str, dict[str, Any]] = {}
    mention_rows: list[dict[str, Any]] = []
    quote_rows: list[dict[str, Any]] = []
    coded = n_dup = n_failed = 0
    event_ids: set[str] = set()

    def fp_of(doc: Document) -> Fingerprint:
        return prints.get(doc.id) or fingerprint(doc.text)

    for result in results:
        doc = result.document
        if not fresh(doc.id):
            continue
        fp = fp_of(doc)
        row = _document_row(doc, fp, "coded", run_id)
        row["clean_text"] = result.clean_text
        published = row["published"]
        n_events = 0
        for ev in result.events:
            ev_row = _event_row(ev, published)
            if ev_row["event_id"] in event_ids:
                continue
            event_ids.add(ev_row["event_id"])
            event_rows.append(ev_row)
            n_events += 1
        row["n_events"] = n_events
        doc_rows.append(row)
        band_rows.extend({"band_key": k, "doc_id": doc.id} for k in fp.band_keys)
        for m in _mentions_of(result):
            actor_rows.setdefault(m.actor.code, _actor_row(m.actor))
        mention_rows.extend(
            {"doc_id": doc.id, "start": m.start, "end": m.end, "text": m.text,
             "actor_code": m.actor.code, "rule": m.rule}
            for m in result.mentions
        )
        quote_rows.extend(
            {"doc_id": doc.id, "start": q.span[0], "end": q.span[1],
             "speaker_code": q.speaker.actor.code if q.speaker else None,
             "speaker_text": q.speaker.text if q.speaker else None, "text": q.text}
            for q in result.quotes
        )
        coded += 1
    for doc in failed:
        if fresh(doc.id):
            fp = fp_of(doc)
            doc_rows.append(_document_row(doc, fp, "error", run_id))
            band_rows.extend({"band_key": k, "doc_id": doc.id} for k in fp.band_keys)
            n_failed += 1
    for dup in duplicates:
        if fresh(dup.document.id):
            row = _document_row(dup.document, fp_of(dup.document), "duplicate", run_id)
            row.update(duplicate_of=dup.original_id, duplicate_kind=dup.kind,
                       similarity=dup.similarity, signature=None)
            doc_rows.append(row)
            n_dup += 1

    seq = conn.execute(select(func.coalesce(func.max(d.c.seq), 0))).scalar_one()
    for i, row in enumerate(doc_rows, start=seq + 1):
        row["seq"] = i
    eseq = conn.execute(select(func.coalesce(func.max(schema.events.c.seq), 0))).scalar_one()
    for i, row in enumerate(event_rows, start=eseq + 1):
        row["seq"] = i

    insert_ignore(conn, d, doc_rows)
    insert_ignore(conn, schema.doc_bands, band_rows)
    touched = assign_clusters(conn, event_rows)
    insert_ignore(conn, schema.events, event_rows)
    refresh_counts(conn, touched)
    insert_ignore(conn, schema.actors, list(actor_rows.values()))
    insert_ignore(conn, schema.mentions, mention_rows)
    insert_ignore(conn, schema.quotes, quote_rows)
    error_rows = {}
    for err in errors:
        eid = error_id(err.doc, err.problem)
        error_rows.setdefault(eid, {"error_id": eid, "doc": err.doc, "problem": err.problem, "run_id": run_id})
    insert_ignore(conn, schema.errors, list(error_rows.values()))

    counts = BatchCounts(
        coded=coded, duplicates=n_dup, failed=n_failed, errors=len(errors),
        events=len(event_rows), skipped=len(stored),
    )
    if run_id is not None:
        r = schema.ingest_runs
        conn.execute(
            update(r).where(r.c.run_id == run_id).values(
                n_coded=r.c.n_coded + counts.coded,
                n_duplicates=r.c.n_duplicates + counts.duplicates,
                n_errors=r.c.n_errors + counts.errors,
                n_events=r.c.n_events + counts.events,
            )
        )
    log.debug("batch written: %s", counts)
    return counts
