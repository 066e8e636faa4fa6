"""The event store: documents and events in SQLite (default) or PostgreSQL.

>>> from eventwire.store import open_store, ingest  # doctest: +SKIP
>>> with open_store("sqlite:///eventwire.db") as store:  # doctest: +SKIP
...     ingest(["news.jsonl"], store=store)
...     store.dyads(limit=10)
"""

from __future__ import annotations

from .dedup import Deduper, Duplicate
from .engine import Store, open_store
from .export import FORMATS, GDELT_COLUMNS, export, write_records
from .ingest import IngestReport, ingest, ingest_documents
from .query import DyadCount, StoreStats, TimelinePoint, dyads, events, stats, timeline
from .writer import BatchCounts

__all__ = [
    "FORMATS",
    "GDELT_COLUMNS",
    "BatchCounts",
    "Deduper",
    "Duplicate",
    "DyadCount",
    "IngestReport",
    "Store",
    "StoreStats",
    "TimelinePoint",
    "dyads",
    "events",
    "export",
    "ingest",
    "ingest_documents",
    "open_store",
    "stats",
    "timeline",
    "write_records",
]
