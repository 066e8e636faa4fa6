"""Read queries for browsing the store: the REST API and the dashboard.

A page of events (filters, sorting, offset), an event with its document and
cluster, a document with its cleaned text, actor mentions, trigger and
evidence spans, actor search, an actor's counts over time and top partners,
a dyad timeline split into cooperation and conflict, and the actor network.

Written with SQLAlchemy Core against :mod:`eventwire.store.schema`; every
value is a bound parameter. The event filters are the ones of
``eventwire events`` (:func:`eventwire.store.query.event_filters`).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, case, func, or_, select, union_all

from ..errors import StoreError
from . import schema
from .query import PERIODS, event_filters

if TYPE_CHECKING:
    from sqlalchemy import ColumnElement

    from .engine import Store

MAX_PAGE_SIZE = 500
#: ``sort`` values for :func:`list_events`; a leading ``-`` means descending.
SORT_KEYS = ("seq", "day", "goldstein", "confidence", "cameo")
SORTS = tuple(s for k in SORT_KEYS for s in (k, "-" + k))


@dataclass(frozen=True, slots=True)
class EventPage:
    total: int
    limit: int
    offset: int
    sort: str
    items: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of a document's cleaned text: an actor mention or a trigger."""

    start: int
    end: int
    text: str
    kind: str  # "actor" | "trigger"
    label: str  # actor code, or CAMEO code
    name: str | None = None  # actor name, or CAMEO name
    rule: str | None = None
    event_ids: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["event_ids"] = list(self.event_ids)
        return data


@dataclass(frozen=True, slots=True)
class DocumentView:
    id: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None
    status: str
    duplicate_of: str | None
    text: str | None  # the cleaned text every offset refers to
    events: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    triggers: list[Span] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "url": self.url, "source": self.source,
            "published": self.published, "status": self.status, "duplicate_of": self.duplicate_of,
            "text": self.text, "events": self.events,
            "mentions": [m.as_dict() for m in self.mentions],
            "triggers": [t.as_dict() for t in self.triggers],
            "quotes": self.quotes,
        }


def _event_record(row: Any) -> dict[str, Any]:
    record = json.loads(row.json)
    record.update(cluster_id=row.cluster_id, day=row.day)
    return record


def _order(sort: str) -> list[Any]:
    if sort not in SORTS:
        raise StoreError(f"Unknown sort {sort!r}; use one of {', '.join(SORTS)}.")
    e = schema.events
    column = e.c[sort.lstrip("-")]
    first = column.desc() if sort.startswith("-") else column.asc()
    # NULL days last either way; arrival order breaks ties so pages are stable.
    return [column.is_(None), first, e.c.seq.desc() if sort.startswith("-") else e.c.seq]


def list_events(
    store: Store, *, limit: int = 50, offset: int = 0, sort: str = "seq", **filters: Any,
) -> EventPage:
    """One page of event mentions with the total count; ``filters`` as in :func:`query.events`.

    Each item is the schema v1 JSON plus ``cluster_id``, ``day`` and the
    document's ``title``, ``url``, ``outlet`` and ``published``.
    """
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise StoreError(f"limit must be between 1 and {MAX_PAGE_SIZE}, not {limit}.")
    if offset < 0:
        raise StoreError(f"offset must be 0 or more, not {offset}.")
    e, d = schema.events, schema.documents
    where = and_(True, *event_filters(**filters))
    stmt = (
        select(e.c.json, e.c.cluster_id, e.c.day, d.c.title, d.c.url, d.c.source.label("outlet"), d.c.published)
        .select_from(e.join(d, d.c.id == e.c.doc_id))
        .where(where)
        .order_by(*_order(sort))
        .limit(limit)
        .offset(offset)
    )
    with store.engine.connect() as conn:
        total = conn.execute(select(func.count()).select_from(e).where(where)).scalar_one()
        items = []
        for row in conn.execute(stmt):
            record = _event_record(row)
            record.update(title=row.title, url=row.url, outlet=row.outlet, published=row.published)
            items.append(record)
    return EventPage(total=int(total), limit=limit, offset=offset, sort=sort, items=items)


def get_event(store: Store, event_id: str) -> dict[str, Any] | None:
    """One event mention with its document (link fields) and its cluster, or None.

    ``cluster`` holds the cluster row and ``mentions``: every mention of the
    same real event (event id, document, title, evidence, day).
    """
    e, d, c = schema.events, schema.documents, schema.clusters
    with store.engine.connect() as conn:
        row = conn.execute(
            select(e.c.json, e.c.cluster_id, e.c.day, d.c.id.label("doc"), d.c.title, d.c.url,
                   d.c.source.label("outlet"), d.c.published)
            .select_from(e.join(d, d.c.id == e.c.doc_id))
            .where(e.c.event_id == event_id)
        ).first()
        if row is None:
            return None
        record = _event_record(row)
        record["document"] = {"id": row.doc, "title": row.title, "url": row.url,
                              "outlet": row.outlet, "published": row.published}
        record["cluster"] = None
        if row.cluster_id:
            crow = conn.execute(select(c).where(c.c.cluster_id == row.cluster_id)).mappings().first()
            members = conn.execute(
                select(e.c.event_id, e.c.doc_id, e.c.day, e.c.json, d.c.title, d.c.source.label("outlet"))
                .select_from(e.join(d, d.c.id == e.c.doc_id))
                .where(e.c.cluster_id == row.cluster_id)
                .order_by(e.c.seq)
            )
            cluster = dict(crow) if crow else {"cluster_id": row.cluster_id}
            cluster["mentions"] = [
                {"event_id": m.event_id, "doc_id": m.doc_id, "day": m.day, "title": m.title,
                 "outlet": m.outlet, "evidence": json.loads(m.json)["evidence"]}
                for m in members
            ]
            record["cluster"] = cluster
    return record


def get_document(store: Store, doc_id: str) -> DocumentView | None:
    """A stored document with its events, actor mentions, triggers and quotes, or None."""
    d, e, m, a, q = schema.documents, schema.events, schema.mentions, schema.actors, schema.quotes
    with store.engine.connect() as conn:
        doc = conn.execute(select(d).where(d.c.id == doc_id)).mappings().first()
        if doc is None:
            return None
        events = [_event_record(r) for r in conn.execute(
            select(e.c.json, e.c.cluster_id, e.c.day).where(e.c.doc_id == doc_id)
            .order_by(e.c.sentence_index, e.c.seq)
        )]
        mention_rows = conn.execute(
            # The actors table names a code after its first mention ("USAGOV": a minister), so
            # only codes without a sector (states, organisations) carry a name here.
            select(m.c.start, m.c.end, m.c.text, m.c.actor_code, m.c.rule,
                   case((a.c.sector.is_(None), a.c.name), else_=None).label("name"))
            .select_from(m.outerjoin(a, a.c.code == m.c.actor_code))
            .where(m.c.doc_id == doc_id)
            .order_by(m.c.start, m.c.end)
        ).all()
        quotes = [dict(r) for r in conn.execute(
            select(q.c.start, q.c.end, q.c.speaker_code, q.c.speaker_text, q.c.text)
            .where(q.c.doc_id == doc_id).order_by(q.c.start)
        ).mappings()]
    mentions = [
        Span(r.start, r.end, r.text, "actor", r.actor_code, r.name, r.rule,
             tuple(ev["event_id"] for ev in events if _is_actor_of(ev, r.start, r.end, r.text)))
        for r in mention_rows
    ]
    return DocumentView(
        id=doc["id"], title=doc["title"], url=doc["url"], source=doc["source"],
        published=doc["published"], status=doc["status"], duplicate_of=doc["duplicate_of"],
        text=doc["clean_text"], events=events, mentions=mentions, triggers=_triggers(events, doc["clean_text"]),
        quotes=quotes,
    )


def _is_actor_of(event: dict[str, Any], start: int, end: int, text: str) -> bool:
    """Whether the mention at start:end is the source or target of the event.

    Events keep their actors' text but not their offsets, so a mention is the
    event's actor when it lies in the evidence sentence with the same text.
    """
    span = event.get("span") or (0, 0)
    if not (span[0] <= start and end <= span[1]):
        return False
    return any((event.get(side) or {}).get("text") == text for side in ("source", "target"))


def _triggers(events: list[dict[str, Any]], text: str | None) -> list[Span]:
    found: dict[tuple[int, int], Span] = {}
    for ev in events:
        trig = ev.get("trigger")
        if not trig or text is None:
            continue
        start, end = int(trig[0]), int(trig[1])
        old = found.get((start, end))
        ids = (old.event_ids if old else ()) + (ev["event_id"],)
        found[(start, end)] = Span(start, end, text[start:end], "trigger", ev["cameo"], ev.get("cameo_name"),
                                   ev.get("coder"), ids)
    return sorted(found.values(), key=lambda s: (s.start, s.end))


def _like(column: Any, q: str) -> ColumnElement[bool]:
    return func.lower(column).contains(q.lower(), autoescape=True)


def search_actors(store: Store, q: str = "", *, limit: int = 50) -> list[dict[str, Any]]:
    """Actors whose code, name, country or organisation matches ``q`` (all when empty).

    Each: ``code``, ``name``, ``country``, ``org``, ``sector``, ``key`` and
    ``events`` (mentions as source or target), most events first.
    """
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise StoreError(f"limit must be between 1 and {MAX_PAGE_SIZE}, not {limit}.")
    a, e = schema.actors, schema.events
    sides = union_all(
        select(e.c.source_code.label("code")).where(e.c.source_code.is_not(None)),
        select(e.c.target_code.label("code")).where(e.c.target_code.is_not(None)),
    ).subquery()
    counts = select(sides.c.code, func.count().label("n")).group_by(sides.c.code).subquery()
    n = func.coalesce(counts.c.n, 0).label("events")
    stmt = select(a, n).select_from(a.outerjoin(counts, counts.c.code == a.c.code))
    q = q.strip()
    if q:
        stmt = stmt.where(or_(_like(a.c.code, q), _like(a.c.name, q), a.c.country == q.upper(),
                              a.c.org == q.upper()))
    stmt = stmt.order_by(n.desc(), a.c.code).limit(limit)
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).mappings().all()
    return [{**dict(r), "key": r["org"] or r["country"]} for r in rows]


def _side(prefix: str, actor: str) -> ColumnElement[bool]:
    e = schema.events
    return or_(e.c[f"{prefix}_code"] == actor, e.c[f"{prefix}_key"] == actor)


def _period(by: str) -> Any:
    if by not in PERIODS:
        raise StoreError(f"Unknown period {by!r}; use one of {', '.join(PERIODS)}.")
    e = schema.events
    return {"day": e.c.day, "week": e.c.week, "month": func.substr(e.c.day, 1, 7)}[by].label("period")


def _quad_counts() -> list[Any]:
    e = schema.events
    return [func.sum(case((e.c.quad_class == k, 1), else_=0)).label(f"q{k}") for k in (1, 2, 3, 4)]


def actor_profile(store: Store, actor: str, *, by: str = "month", partners: int = 10) -> dict[str, Any] | None:
    """An actor (code such as ``USAGOV`` or key such as ``USA``): who it is, counts over time, partners.

    None when no actor or event matches. ``timeline``: per period, events as
    source and as target and the Goldstein mean; ``partners``: the other side's
    key, with events each way and the mean Goldstein.
    """
    a, e = schema.actors, schema.events
    period = _period(by)
    as_source, as_target = _side("source", actor), _side("target", actor)
    with store.engine.connect() as conn:
        known = conn.execute(
            select(a).where(or_(a.c.code == actor, a.c.org == actor, and_(a.c.org.is_(None), a.c.country == actor)))
            .order_by((a.c.code == actor).desc(), func.length(a.c.code), a.c.code)
        ).mappings().all()
        totals = conn.execute(select(
            func.sum(case((as_source, 1), else_=0)), func.sum(case((as_target, 1), else_=0)),
            func.avg(e.c.goldstein), func.count(),
        ).where(or_(as_source, as_target))).one()
        if not known and not totals[3]:
            return None
        timeline = [
            {"period": r.period, "as_source": int(r.n_source or 0), "as_target": int(r.n_target or 0),
             "events": int(r.n), "mean_goldstein": round(float(r.g), 3)}
            for r in conn.execute(
                select(period, func.sum(case((as_source, 1), else_=0)).label("n_source"),
                       func.sum(case((as_target, 1), else_=0)).label("n_target"), func.count().label("n"),
                       func.avg(e.c.goldstein).label("g"))
                .where(or_(as_source, as_target), e.c.day.is_not(None))
                .group_by(period).order_by(period)
            )
        ]
        other = case((as_source, e.c.target_key), else_=e.c.source_key).label("partner")
        rows = conn.execute(
            select(other, func.sum(case((as_source, 1), else_=0)).label("n_source"),
                   func.sum(case((as_source, 0), else_=1)).label("n_target"), func.count().label("n"),
                   func.avg(e.c.goldstein).label("g"))
            .where(or_(as_source, as_target), other.is_not(None))
            .group_by(other).order_by(func.count().desc(), other).limit(partners)
        ).all()
    exact = next((dict(k) for k in known if k["code"] == actor), None)
    first = dict(known[0]) if known else {"country": None, "org": None}
    return {
        "actor": actor,
        "name": exact["name"] if exact else None,  # a key (USA) is not named after one of its codes
        "country": first["country"],
        "org": first["org"],
        "codes": [dict(k) for k in known],
        "events": int(totals[3]),
        "as_source": int(totals[0] or 0),
        "as_target": int(totals[1] or 0),
        "mean_goldstein": round(float(totals[2]), 3) if totals[2] is not None else None,
        "by": by,
        "timeline": timeline,
        "partners": [
            {"partner": r.partner, "to_partner": int(r.n_source), "from_partner": int(r.n_target), "events": int(r.n),
             "mean_goldstein": round(float(r.g), 3)}
            for r in rows
        ],
    }


def dyad_timeline(
    store: Store, a: str, b: str, *, by: str = "day", both_directions: bool = False, **filters: Any,
) -> list[dict[str, Any]]:
    """Events from ``a`` to ``b`` (actor keys or codes) per period, cooperation against conflict.

    Each point: ``period``, ``events``, ``clusters``, ``goldstein`` (sum),
    ``mean_goldstein``, ``cooperation`` (quad classes 1 and 2), ``conflict``
    (3 and 4) and the four quad-class counts. ``filters``: root, date_from,
    date_to, modality.
    """
    e = schema.events
    period = _period(by)
    dyad = and_(_side("source", a), _side("target", b))
    if both_directions:
        dyad = or_(dyad, and_(_side("source", b), _side("target", a)))
    stmt = (
        select(period, func.count().label("n"), func.count(func.distinct(e.c.cluster_id)).label("c"),
               func.coalesce(func.sum(e.c.goldstein), 0.0).label("g"), *_quad_counts())
        .where(dyad, e.c.day.is_not(None), *event_filters(**filters))
        .group_by(period).order_by(period)
    )
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).all()
    points = []
    for r in rows:
        quads = [int(r.q1 or 0), int(r.q2 or 0), int(r.q3 or 0), int(r.q4 or 0)]
        points.append({
            "period": r.period, "events": int(r.n), "clusters": int(r.c), "goldstein": round(float(r.g), 3),
            "mean_goldstein": round(float(r.g) / int(r.n), 3), "cooperation": quads[0] + quads[1],
            "conflict": quads[2] + quads[3], "verbal_cooperation": quads[0], "material_cooperation": quads[1],
            "verbal_conflict": quads[2], "material_conflict": quads[3],
        })
    return points


def network(store: Store, *, limit: int = 100, min_events: int = 1, **filters: Any) -> dict[str, Any]:
    """The actor network over actor keys: the ``limit`` heaviest directed edges and their nodes.

    Edge: ``source``, ``target``, ``events``, ``mean_goldstein``,
    ``cooperation``, ``conflict``. Node: ``id`` (the key), ``name``,
    ``events`` (on the edges shown), ``mean_goldstein``. ``filters`` as in
    :func:`list_events` (root, date_from, date_to, modality, ...).
    """
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise StoreError(f"limit must be between 1 and {MAX_PAGE_SIZE}, not {limit}.")
    e, a = schema.events, schema.actors
    n = func.count().label("n")
    quads = _quad_counts()
    stmt = (
        select(e.c.source_key, e.c.target_key, n, func.avg(e.c.goldstein).label("g"),
               func.sum(e.c.goldstein).label("gs"), *quads)
        .where(e.c.source_key.is_not(None), e.c.target_key.is_not(None), e.c.source_key != e.c.target_key,
               *event_filters(**filters))
        .group_by(e.c.source_key, e.c.target_key)
        .having(func.count() >= min_events)
        .order_by(n.desc(), e.c.source_key, e.c.target_key)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        rows = conn.execute(stmt).all()
        keys = sorted({r.source_key for r in rows} | {r.target_key for r in rows})
        names: dict[str, str] = {}
        if keys:
            for row in conn.execute(select(a.c.code, a.c.name).where(a.c.code.in_(keys), a.c.name.is_not(None))):
                names[row.code] = row.name
    edges = [
        {"source": r.source_key, "target": r.target_key, "events": int(r.n),
         "mean_goldstein": round(float(r.g), 3), "cooperation": int((r.q1 or 0) + (r.q2 or 0)),
         "conflict": int((r.q3 or 0) + (r.q4 or 0))}
        for r in rows
    ]
    sums: dict[str, list[float]] = {k: [0, 0.0] for k in keys}
    for r in rows:
        for key in (r.source_key, r.target_key):
            sums[key][0] += int(r.n)
            sums[key][1] += float(r.gs)
    nodes = [
        {"id": k, "name": names.get(k, k), "events": int(sums[k][0]),
         "mean_goldstein": round(sums[k][1] / sums[k][0], 3) if sums[k][0] else 0.0}
        for k in keys
    ]
    return {"nodes": nodes, "edges": edges}


def recent_events(store: Store, *, limit: int = 10) -> list[dict[str, Any]]:
    """The latest events by day (then arrival), for the overview."""
    return list_events(store, limit=limit, sort="-day").items


__all__ = [
    "MAX_PAGE_SIZE",
    "SORTS",
    "DocumentView",
    "EventPage",
    "Span",
    "actor_profile",
    "dyad_timeline",
    "get_document",
    "get_event",
    "list_events",
    "network",
    "recent_events",
    "search_actors",
]
