"""The event store schema (SQLAlchemy Core) and its versioned migrations.

One :class:`~sqlalchemy.MetaData` describes the current schema. A fresh
database gets it with ``create_all`` and is stamped with
:data:`SCHEMA_VERSION`; an older database is brought forward by the ordered
functions in :data:`MIGRATIONS` (version ``n`` -> ``n + 1``), each in its own
transaction, and the ``schema_version`` table records every step.

Dates are ISO strings (``YYYY-MM-DD``; ``week`` is the ISO week's Monday,
``month`` is ``YYYY-MM``) so that the same SQL runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    inspect,
    select,
)

from ..errors import StoreError

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", String(32), nullable=False),
)

documents = Table(
    "documents",
    metadata,
    Column("id", String(128), primary_key=True),
    Column("content_hash", String(64), nullable=False),  # sha256 of the text as read
    Column("text_hash", String(64), nullable=False, index=True),  # sha256 of normalised words
    Column("url", Text),
    Column("title", Text),
    Column("source", Text),  # outlet
    Column("origin", Text),  # file (and line) it was read from
    Column("published", String(10), index=True),
    Column("clean_text", Text),  # set for coded documents
    Column("status", String(16), nullable=False),  # coded | duplicate | error
    Column("duplicate_of", String(128)),
    Column("duplicate_kind", String(8)),  # exact | near
    Column("similarity", Float),
    Column("signature", LargeBinary),  # MinHash hash values (uint64, little endian)
    Column("n_events", Integer, nullable=False, default=0),
    Column("run_id", String(32)),
    Column("seq", Integer, nullable=False),  # order of arrival; stable across reruns
)

doc_bands = Table(
    "doc_bands",
    metadata,
    Column("band_key", String(40), primary_key=True),
    Column("doc_id", String(128), primary_key=True),
)

clusters = Table(
    "clusters",
    metadata,
    Column("cluster_id", String(16), primary_key=True),  # event_id of the founding mention
    Column("cameo_root", String(2), nullable=False),
    Column("actor_a", String(32), nullable=False),
    Column("actor_b", String(32), nullable=False),
    Column("anchor_day", String(10), nullable=False),
    Column("first_day", String(10), nullable=False),
    Column("last_day", String(10), nullable=False),
    Column("country", String(8)),
    Column("n_mentions", Integer, nullable=False, default=1),
    Column("n_documents", Integer, nullable=False, default=1),
    Column("n_sources", Integer, nullable=False, default=1),
    Column("seq", Integer, nullable=False),
    Index("ix_clusters_key", "cameo_root", "actor_a", "actor_b", "anchor_day"),
)

events = Table(
    "events",
    metadata,
    Column("event_id", String(16), primary_key=True),
    Column("doc_id", String(128), ForeignKey("documents.id"), nullable=False, index=True),
    Column("seq", Integer, nullable=False),  # arrival order, for stable listings
    Column("sentence_index", Integer, nullable=False),
    Column("cameo", String(8), nullable=False),
    Column("cameo_root", String(2), nullable=False),
    Column("quad_class", Integer, nullable=False),
    Column("goldstein", Float, nullable=False),
    Column("plover", String(32)),
    Column("modality", String(16), nullable=False),
    Column("source_code", String(32)),
    Column("source_key", String(32)),
    Column("source_name", Text),
    Column("target_code", String(32)),
    Column("target_key", String(32)),
    Column("target_name", Text),
    Column("event_date", String(10)),
    Column("date_precision", String(10), nullable=False),
    Column("day", String(10)),  # event date if known to the day, else the published date
    Column("week", String(10)),
    Column("month", String(7)),
    Column("location_name", Text),
    Column("location_country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("confidence", Float, nullable=False),
    Column("cluster_id", String(16), index=True),
    Column("json", Text, nullable=False),  # records.event_to_dict, the one JSON form
    # Covering indexes: timelines read the first, top dyads the second.
    Index("ix_events_dyad", "source_key", "target_key", "day", "week", "goldstein", "cluster_id"),
    Index("ix_events_dyad_cluster", "source_key", "target_key", "cluster_id", "goldstein"),
    Index("ix_events_target", "target_key", "day"),
    Index("ix_events_root_day", "cameo_root", "day"),
    Index("ix_events_day", "day"),
)

actors = Table(
    "actors",
    metadata,
    Column("code", String(32), primary_key=True),
    Column("name", Text),
    Column("country", String(8)),
    Column("org", String(32)),
    Column("sector", String(8)),
)

mentions = Table(
    "mentions",
    metadata,
    Column("doc_id", String(128), ForeignKey("documents.id"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, primary_key=True),
    Column("text", Text, nullable=False),
    Column("actor_code", String(32), nullable=False),
    Column("rule", String(32)),
)

quotes = Table(
    "quotes",
    metadata,
    Column("doc_id", String(128), ForeignKey("documents.id"), primary_key=True),
    Column("start", Integer, primary_key=True),
    Column("end", Integer, primary_key=True),
    Column("speaker_code", String(32)),
    Column("speaker_text", Text),
    Column("text", Text, nullable=False),
)

ingest_runs = Table(
    "ingest_runs",
    metadata,
    Column("run_id", String(32), primary_key=True),
    Column("started_at", String(32), nullable=False),
    Column("finished_at", String(32)),
    Column("status", String(16), nullable=False),  # running | done | failed
    Column("inputs", Text),
    Column("n_read", Integer, nullable=False, default=0),
    Column("n_skipped", Integer, nullable=False, default=0),
    Column("n_coded", Integer, nullable=False, default=0),
    Column("n_duplicates", Integer, nullable=False, default=0),
    Column("n_errors", Integer, nullable=False, default=0),
    Column("n_events", Integer, nullable=False, default=0),
)

errors = Table(
    "errors",
    metadata,
    Column("error_id", String(16), primary_key=True),  # hash of document + problem
    Column("doc", Text, nullable=False),
    Column("problem", Text, nullable=False),
    Column("run_id", String(32)),
)


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


# Migration n upgrades a database at version n - 1 to version n. Append only:
# never edit a released step. A fresh database skips them (create_all + stamp).
MIGRATIONS: dict[int, Callable[[Connection], None]] = {}


def current_version(conn: Connection) -> int | None:
    """The schema version stored in the database, or None for an empty one."""
    if not inspect(conn).has_table("schema_version"):
        return None
    found = conn.execute(select(schema_version.c.version).order_by(schema_version.c.version.desc())).first()
    return int(found[0]) if found else None


def migrate(conn: Connection, target: int = SCHEMA_VERSION) -> int:
    """Create or upgrade the schema in ``conn`` (a transaction); returns the version."""
    version = current_version(conn)
    if version is None:
        metadata.create_all(conn)
        conn.execute(schema_version.insert().values(version=target, applied_at=now_iso()))
        log.info("created store schema version %s", target)
        return target
    if version > target:
        raise StoreError(
            f"The database has schema version {version}, newer than this eventwire "
            f"understands ({target}); upgrade eventwire or use another database."
        )
    for step in range(version + 1, target + 1):
        if step not in MIGRATIONS:
            raise StoreError(f"No migration to schema version {step}; the store code is incomplete.")
        MIGRATIONS[step](conn)
        conn.execute(schema_version.insert().values(version=step, applied_at=now_iso()))
        log.info("migrated store schema to version %s", step)
    return target
