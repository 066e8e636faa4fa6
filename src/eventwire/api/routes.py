"""The REST endpoints under ``/api/``: thin calls into the store and the pipeline.

Reads: events (filters, pagination, sorting), one event, one document,
actors, one actor, dyads, a dyad timeline, the actor network, statistics.
``POST /api/extract`` codes a text and stores nothing; ``POST /api/ingest``
stores documents and needs the API token of the settings (``api_token``,
``EVENTWIRE_API_TOKEN``) as ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

import hmac
import json
import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from ..errors import DocumentError, StoreError
from ..records import event_to_dict, mention_to_dict, quote_to_dict
from ..store import browse
from .errors import ApiError
from .models import (
    ERROR_RESPONSES,
    WRITE_RESPONSES,
    EventPageOut,
    ExtractOut,
    IngestIn,
    IngestOut,
    TextIn,
)
from .params import EventFilters, Limit, Offset, Period, Sort, event_filters, next_url

log = logging.getLogger(__name__)

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

Filters = Annotated[EventFilters, Depends(event_filters)]
ActorKey = Annotated[str, Query(min_length=1, max_length=64, description="actor key (USA, NATO) or code (USAGOV)")]


def store_of(request: Request) -> Any:
    return request.app.state.store


def settings_of(request: Request) -> Any:
    return request.app.state.settings


@router.get("/events", response_model=EventPageOut, tags=["events"])
def list_events(request: Request, filters: Filters, limit: Limit = 50, offset: Offset = 0,
                sort: Annotated[Sort, Query(description="field, '-' first for descending")] = "seq") -> dict[str, Any]:
    """Event mentions matching the filters of ``eventwire events``, one page at a time."""
    page = browse.list_events(store_of(request), limit=limit, offset=offset, sort=sort, **filters.values())
    return {**page.as_dict(), "next": next_url(request, page.total, limit, offset)}


@router.get("/events/{event_id}", tags=["events"])
def get_event(request: Request, event_id: str) -> dict[str, Any]:
    """One event mention with its evidence, a link to its document and its cluster."""
    found = browse.get_event(store_of(request), event_id)
    if found is None:
        raise ApiError(404, f"No event {event_id!r} in the store.")
    found["document"]["href"] = f"/api/documents/{found['doc_id']}"
    return found


@router.get("/documents/{doc_id:path}", tags=["documents"])
def get_document(request: Request, doc_id: str) -> dict[str, Any]:
    """A document's cleaned text with its actor mention and trigger spans, and its events."""
    found = browse.get_document(store_of(request), doc_id)
    if found is None:
        raise ApiError(404, f"No document {doc_id!r} in the store.")
    return found.as_dict()


@router.get("/actors", tags=["actors"])
def search_actors(request: Request, q: Annotated[str, Query(max_length=100, description="part of a code or name")] = "",
                  limit: Limit = 50) -> dict[str, Any]:
    """Actors whose code or name contains ``q``, most events first."""
    return {"q": q, "items": browse.search_actors(store_of(request), q, limit=limit)}


@router.get("/actors/{key}", tags=["actors"])
def get_actor(request: Request, key: str, by: Period = "month",
              partners: Annotated[int, Query(ge=1, le=100)] = 10) -> dict[str, Any]:
    """An actor's events as source and target over time, and its top partners."""
    found = browse.actor_profile(store_of(request), key, by=by, partners=partners)
    if found is None:
        raise ApiError(404, f"No actor {key!r}: no actor code or key and no event has it.")
    return found


@router.get("/dyads", tags=["dyads"])
def dyads(request: Request, filters: Filters, limit: Annotated[int, Query(ge=1, le=500)] = 20) -> dict[str, Any]:
    """Top (source key, target key) pairs by event mentions, with distinct clusters and Goldstein sums."""
    values = filters.without_actors()
    rows = store_of(request).dyads(limit=limit, **values)
    return {"items": [r.as_dict() for r in rows]}


@router.get("/timeline", tags=["dyads"])
def timeline(request: Request, a: ActorKey, b: ActorKey, filters: Filters, by: Period = "day",
             both: Annotated[bool, Query(description="count b to a as well")] = False) -> dict[str, Any]:
    """Events from ``a`` to ``b`` per day, week or month: cooperation against conflict, Goldstein."""
    points = browse.dyad_timeline(store_of(request), a, b, by=by, both_directions=both, **filters.without_actors())
    return {"a": a, "b": b, "by": by, "both": both, "points": points}


@router.get("/network", tags=["dyads"])
def network(request: Request, filters: Filters, limit: Annotated[int, Query(ge=1, le=500)] = 100,
            min_events: Annotated[int, Query(ge=1)] = 1) -> dict[str, Any]:
    """Actors (nodes) and directed dyads (edges) weighted by event counts and mean Goldstein."""
    return browse.network(store_of(request), limit=limit, min_events=min_events, **filters.values())


@router.get("/stats", tags=["store"])
def stats(request: Request) -> dict[str, Any]:
    """Counts of documents, events, clusters, duplicates and errors."""
    return store_of(request).stats().as_dict()


@router.post("/extract", response_model=ExtractOut, tags=["pipeline"])
def extract(request: Request, body: TextIn) -> dict[str, Any]:
    """Code one text and return its events; nothing is stored."""
    from ..ingest import read_text
    from ..limits import limited

    settings = settings_of(request)
    document = read_text(body.text, doc_id=body.id, date=body.date, settings=settings)
    if isinstance(document, DocumentError):
        raise ApiError(400, str(document))
    with request.app.state.nlp_lock:  # one spaCy pipeline, used by one request at a time
        # The per-document limits; in this worker thread the time limit is checked after the fact.
        (result,) = limited(settings=settings)([document], settings=settings)
    if isinstance(result, DocumentError):
        raise ApiError(400, str(result))
    return {
        "doc_id": document.id,
        "clean_text": result.clean_text,
        "events": [event_to_dict(e) for e in result.events],
        "mentions": [mention_to_dict(m) for m in result.mentions],
        "quotes": [quote_to_dict(q) for q in result.quotes],
    }


def require_token(request: Request) -> None:
    """The ``api_token`` setting as ``Authorization: Bearer <token>``; 401 without, 403 wrong."""
    expected = settings_of(request).api_token
    if not expected:
        raise ApiError(403, "Writes are disabled: no API token is configured. Set api_token in the "
                            "settings file or the EVENTWIRE_API_TOKEN environment variable, then "
                            "restart `eventwire serve`.")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(401, "This endpoint needs the API token: send 'Authorization: Bearer <token>'.",
                       headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(403, "Wrong API token.")


@router.post("/ingest", response_model=IngestOut, responses=WRITE_RESPONSES, tags=["pipeline"],
             dependencies=[Depends(require_token)])
def ingest(request: Request, body: IngestIn) -> dict[str, Any]:
    """Code documents and store them (idempotent: a document already stored is skipped)."""
    from ..ingest.jsonl import parse_record
    from ..limits import limited
    from ..store import ingest_documents

    settings = settings_of(request)
    documents = []
    for number, doc in enumerate(body.documents):
        record = json.dumps(doc.model_dump(mode="json", exclude_none=True))
        try:
            documents.append(parse_record(record, where=f"documents[{number}]", settings=settings))
        except DocumentError as exc:
            raise ApiError(400, str(exc)) from exc
    with request.app.state.nlp_lock:
        try:
            report = ingest_documents(documents, store=store_of(request), settings=settings,
                                      extract=limited(settings=settings), inputs=["POST /api/ingest"])
        except StoreError as exc:
            log.error("ingest through the API failed: %s", exc)
            raise ApiError(503, f"The store could not be written: {exc}") from exc
    return report.as_dict()
