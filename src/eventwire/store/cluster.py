"""Cross-document event clustering: many reports, one event.

Two mentions belong to the same real event when they have the same CAMEO
root and the same dyad (unordered for the symmetric roots in
:data:`SYMMETRIC_ROOTS`, where "A met B" and "B met A" are one meeting;
ordered otherwise), their days lie within :data:`WINDOW_DAYS` of the day of
the cluster's founding mention, and their location countries agree (or one is
unknown). Actors are compared by key (country or organisation), not full
code, because outlets name the same side at different levels ("Russia",
"the Russian government").

The clustering is incremental and deterministic: mentions are assigned in
arrival order, each to the best matching cluster already known (nearest
anchor day, then earliest cluster), or they found a new cluster whose id is
their own ``event_id``. A rerun of the same input in the same order, or a run
resumed after a kill, therefore gives the same clusters.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, bindparam, func, select, update

from . import schema

SYMMETRIC_ROOTS = frozenset({"04", "05", "06"})  # consult, diplomatic and material cooperation
WINDOW_DAYS = 2
NO_ACTOR = "-"


@dataclass(slots=True)
class _Cluster:
    cluster_id: str
    cameo_root: str
    actor_a: str
    actor_b: str
    anchor_day: str
    first_day: str
    last_day: str
    country: str | None
    seq: int
    new: bool
    changed: bool = False

    def row(self) -> dict[str, Any]:
        return {
            "cluster_id": self.cluster_id, "cameo_root": self.cameo_root,
            "actor_a": self.actor_a, "actor_b": self.actor_b, "anchor_day": self.anchor_day,
            "first_day": self.first_day, "last_day": self.last_day, "country": self.country,
            "n_mentions": 1, "n_documents": 1, "n_sources": 1, "seq": self.seq,
        }


def cluster_key(row: dict[str, Any]) -> tuple[str, str, str]:
    """(root, actor a, actor b) of an event row; a <= b for symmetric roots."""
    a = row["source_key"] or NO_ACTOR
    b = row["target_key"] or NO_ACTOR
    root = row["cameo_root"]
    if root in SYMMETRIC_ROOTS and b < a:
        a, b = b, a
    return root, a, b


def _shift(day: str, days: int) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _distance(a: str, b: str) -> int:
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def _compatible(cluster: _Cluster, country: str | None) -> bool:
    return cluster.country is None or country is None or cluster.country == country


class _Clusters:
    """The clusters one batch can join: loaded from the store on demand, plus new ones."""

    def __init__(self, conn: Connection, next_seq: int) -> None:
        self.conn = conn
        self.next_seq = next_seq
        self.by_id: dict[str, _Cluster] = {}
        self.by_key: dict[tuple[str, str, str], list[_Cluster]] = {}
        self.loaded: set[tuple[str, str, str, str]] = set()

    def candidates(self, key: tuple[str, str, str], day: str) -> list[_Cluster]:
        self._load(key, day)
        return [
            c for c in self.by_key.get(key, ())
            if c.anchor_day and _distance(c.anchor_day, day) <= WINDOW_DAYS
        ]

    def _load(self, key: tuple[str, str, str], day: str) -> None:
        if (*key, day) in self.loaded:
            return
        self.loaded.add((*key, day))
        t = schema.clusters
        rows = self.conn.execute(
            select(t).where(
                and_(
                    t.c.cameo_root == key[0], t.c.actor_a == key[1], t.c.actor_b == key[2],
                    t.c.anchor_day >= _shift(day, -WINDOW_DAYS), t.c.anchor_day <= _shift(day, WINDOW_DAYS),
                )
            )
        ).mappings()
        for r in rows:
            if r["cluster_id"] not in self.by_id:
                self._add(_Cluster(
                    r["cluster_id"], r["cameo_root"], r["actor_a"], r["actor_b"], r["anchor_day"],
                    r["first_day"], r["last_day"], r["country"], r["seq"], new=False,
                ))

    def _add(self, cluster: _Cluster) -> None:
        self.by_id[cluster.cluster_id] = cluster
        self.by_key.setdefault((cluster.cameo_root, cluster.actor_a, cluster.actor_b), []).append(cluster)

    def found(self, event_id: str, key: tuple[str, str, str], day: str, country: str | None) -> _Cluster:
        cluster = _Cluster(event_id, *key, day, day, day, country, self.next_seq, new=True)
        self.next_seq += 1
        self._add(cluster)
        return cluster


def assign_clusters(conn: Connection, rows: Sequence[dict[str, Any]]) -> set[str]:
    """Set ``row["cluster_id"]`` on each new event row, in order; store the clusters.

    Must run in the batch's transaction before the event rows are inserted;
    call :func:`refresh_counts` with the returned ids after they are.
    """
    t = schema.clusters
    next_seq = conn.execute(select(func.coalesce(func.max(t.c.seq), 0))).scalar_one() + 1
    known = _Clusters(conn, next_seq)
    touched: set[str] = set()
    for row in rows:
        key = cluster_key(row)
        day = row["day"]
        country = row["location_country"]
        if day is None or (key[1] == NO_ACTOR and key[2] == NO_ACTOR):
            # Nothing to match on: the mention is an event of its own.
            cluster = known.found(row["event_id"], key, day or "", country)
        else:
            options = [c for c in known.candidates(key, day) if _compatible(c, country)]
            if options:
                cluster = min(options, key=lambda c: (_distance(c.anchor_day, day), c.seq))
                cluster.first_day = min(cluster.first_day, day)
                cluster.last_day = max(cluster.last_day, day)
                if cluster.country is None and country is not None:
                    cluster.country = country
                cluster.changed = True
            else:
                cluster = known.found(row["event_id"], key, day, country)
        row["cluster_id"] = cluster.cluster_id
        touched.add(cluster.cluster_id)
    new = [c.row() for c in known.by_id.values() if c.new]
    if new:
        conn.execute(t.insert(), new)
    changed = [
        {"cid": c.cluster_id, "fd": c.first_day, "ld": c.last_day, "co": c.country}
        for c in known.by_id.values() if c.changed and not c.new
    ]
    if changed:
        conn.execute(
            update(t).where(t.c.cluster_id == bindparam("cid")).values(
                first_day=bindparam("fd"), last_day=bindparam("ld"), country=bindparam("co")
            ),
            changed,
        )
    return touched


def refresh_counts(conn: Connection, cluster_ids: Iterable[str]) -> None:
    """Recount mentions, documents and outlets of the given clusters from the events."""
    e, d, t = schema.events, schema.documents, schema.clusters
    ids = sorted(cluster_ids)
    counts = []
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        rows = conn.execute(
            select(
                e.c.cluster_id,
                func.count(),
                func.count(func.distinct(e.c.doc_id)),
                func.count(func.distinct(func.coalesce(d.c.source, d.c.id))),
            )
            .select_from(e.join(d, d.c.id == e.c.doc_id))
            .where(e.c.cluster_id.in_(chunk))
            .group_by(e.c.cluster_id)
        )
        counts.extend({"cid": r[0], "m": r[1], "n": r[2], "s": r[3]} for r in rows)
    if counts:
        conn.execute(
            update(t).where(t.c.cluster_id == bindparam("cid")).values(
                n_mentions=bindparam("m"), n_documents=bindparam("n"), n_sources=bindparam("s")
            ),
            counts,
        )
