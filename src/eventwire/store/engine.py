"""Opening a store: the database URL, the engine and its settings.

``sqlite:///path.db`` (the default, an embedded file in WAL mode with foreign
keys on and a busy timeout) or ``postgresql://user@host/db`` (psycopg 3; the
``postgresql+psycopg://`` spelling works too). The schema is created or
migrated on open.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ..errors import StoreError
from . import schema

if TYPE_CHECKING:
    from ..errors import DocumentError
    from ..records import Document, DocumentResult
    from .dedup import Duplicate, Fingerprint
    from .query import DyadCount, StoreStats, TimelinePoint
    from .writer import BatchCounts

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 30_000


def normalise_url(url: str) -> str:
    """The SQLAlchemy URL for a store URL: PostgreSQL always through psycopg 3."""
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # SQLAlchemy, not the sqlite3 module, decides where transactions begin,
        # so that a batch is one real transaction (the pysqlite recipe).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


class Store:
    """An open event store. Make one with :func:`open_store`; close it when done.

    The query and export methods are the Python API of the ``eventwire
    events / dyads / timeline / stats / export`` commands.
    """

    def __init__(self, engine: Engine, url: str) -> None:
        self.engine = engine
        self.url = url

    @property
    def dialect(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self.engine.dialect.name

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({make_url(self.url).render_as_string(hide_password=True)!r})"

    # -- writing -----------------------------------------------------------
    def known_document_ids(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` that are already stored (coded, duplicate or failed)."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i:i + 500]
                rows = conn.execute(select(schema.documents.c.id).where(schema.documents.c.id.in_(chunk)))
                found.update(r[0] for r in rows)
        return found

    def write_batch(
        self,
        results: Sequence[DocumentResult],
        errors: Sequence[DocumentError] = (),
        run_id: str | None = None,
        *,
        duplicates: Sequence[Duplicate] = (),
        failed: Sequence[Document] = (),
        fingerprints: dict[str, Fingerprint] | None = None,
    ) -> BatchCounts:
        """Write one batch in one transaction; see :func:`eventwire.store.writer.write_batch`."""
        from .writer import write_batch

        return write_batch(
            self, results, errors, run_id, duplicates=duplicates, failed=failed, fingerprints=fingerprints
        )

    # -- queries -----------------------------------------------------------
    def events(self, **filters: Any) -> Iterator[dict[str, Any]]:
        """Stored event mentions; see :func:`eventwire.store.query.events`."""
        from .query import events

        return events(self, **filters)

    def dyads(self, **options: Any) -> list[DyadCount]:
        """Top dyads; see :func:`eventwire.store.query.dyads`."""
        from .query import dyads

        return dyads(self, **options)

    def timeline(self, a: str, b: str, **options: Any) -> list[TimelinePoint]:
        """One dyad over time; see :func:`eventwire.store.query.timeline`."""
        from .query import timeline

        return timeline(self, a, b, **options)

    def stats(self) -> StoreStats:
        """Counts of documents, events, clusters, duplicates and errors."""
        from .query import stats

        return stats(self)

    def export(self, out: str | Path | IO[Any], fmt: str = "jsonl", **filters: Any) -> int:
        """Write the events to ``out``; see :func:`eventwire.store.export.export`."""
        from .export import export

        return export(self, out, fmt, **filters)


def open_store(url: str = "sqlite:///eventwire.db", *, migrate: bool = True) -> Store:
    """Open (creating or migrating the schema unless ``migrate=False``) the store at ``url``.

    >>> store = open_store("sqlite:///events.db")  # doctest: +SKIP
    """
    target = normalise_url(url)
    try:
        parsed = make_url(target)
    except ArgumentError as exc:
        raise StoreError(
            f"Bad database URL {url!r}: {exc}. Use sqlite:///path/to/file.db or "
            "postgresql://user@host:port/dbname."
        ) from exc
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise StoreError(f"Unsupported database {backend!r} in {url!r}; use sqlite:/// or postgresql://.")
    if backend == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    try:
        engine = create_engine(target)
    except (SQLAlchemyError, ImportError) as exc:
        raise StoreError(f"Cannot open the store at {url!r}: {exc.__class__.__name__}: {exc}") from exc
    if backend == "sqlite":
        _sqlite_setup(engine)
    store = Store(engine, url)
    try:
        if migrate:
            with engine.begin() as conn:
                schema.migrate(conn)
    except SQLAlchemyError as exc:
        engine.dispose()
        raise StoreError(f"Cannot open the store at {url!r}: {exc.__class__.__name__}: {exc}") from exc
    except StoreError:
        engine.dispose()
        raise
    log.debug("opened store %r", store)
    return store
