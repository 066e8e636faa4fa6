"""Dashboard pages, rendered on the server; each has a ``.json`` twin with the same data.

=====================  ==============================  ===========================
page                   twin                            shows
=====================  ==============================  ===========================
``/``                  ``/index.json``                 counts, top dyads, recent events
``/events``            ``/events.json``                event search with filters
``/events/{id}``       ``/events/{id}.json``           one event, its evidence and cluster
``/documents/{id}``    ``/documents/{id}.json``        article with actor and trigger spans
``/actors``            ``/actors.json``                actor search
``/actors/{key}``      ``/actors/{key}.json``          counts over time, top partners
``/timeline``          ``/timeline.json``              a dyad: cooperation against conflict
``/network``           ``/network.json``               the actor network
=====================  ==============================  ===========================
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response

from ..api.errors import ApiError
from ..api.params import EventFilters, Limit, Offset, Period, Sort, event_filters, page_links
from ..records import MODALITIES
from ..store import browse
from .article import segments

router = APIRouter(include_in_schema=False)

Filters = Annotated[EventFilters, Depends(event_filters)]
QUAD_CLASSES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def _store(request: Request) -> Any:
    return request.app.state.store


def render(request: Request, template: str, data: dict[str, Any], json_twin: bool, **view: Any) -> Response:
    """The page, or its ``.json`` twin: ``data`` is the twin; ``view`` adds what only the page needs."""
    if json_twin:
        return JSONResponse(data)
    templates = request.app.state.templates
    path = request.url.path
    twin = quote("/index.json" if path == "/" else path.rstrip("/") + ".json")
    if request.url.query:
        twin += "?" + request.url.query
    context = {"data": data, "json_url": twin, "quad_classes": QUAD_CLASSES, **view}
    return templates.TemplateResponse(request, template, context)


def _overview(request: Request, json_twin: bool) -> Response:
    store = _store(request)
    data = {
        "stats": store.stats().as_dict(),
        "dyads": [d.as_dict() for d in store.dyads(limit=10)],
        "recent_events": browse.recent_events(store, limit=10),
    }
    return render(request, "overview.html", data, json_twin)


@router.get("/")
def overview(request: Request) -> Response:
    return _overview(request, False)


@router.get("/index.json")
def overview_json(request: Request) -> Response:
    return _overview(request, True)


def _events(request: Request, filters: EventFilters, limit: int, offset: int, sort: str, json_twin: bool) -> Response:
    page = browse.list_events(_store(request), limit=limit, offset=offset, sort=sort, **filters.values())
    data = {"filters": filters.values(), **page.as_dict()}
    return render(request, "events.html", data, json_twin, filters=filters, sorts=browse.SORTS,
                  modalities=MODALITIES, links=page_links(request, page.total, limit, offset))


@router.get("/events")
def events_page(request: Request, filters: Filters, limit: Limit = 50, offset: Offset = 0, sort: Sort = "seq") -> Response:
    return _events(request, filters, limit, offset, sort, False)


@router.get("/events.json")
def events_json(request: Request, filters: Filters, limit: Limit = 50, offset: Offset = 0, sort: Sort = "seq") -> Response:
    return _events(request, filters, limit, offset, sort, True)


def _event(request: Request, event_id: str, json_twin: bool) -> Response:
    found = browse.get_event(_store(request), event_id)
    if found is None:
        raise ApiError(404, f"No event {event_id!r} in the store.")
    return render(request, "event.html", found, json_twin)


@router.get("/events/{event_id}.json")
def event_json(request: Request, event_id: str) -> Response:
    return _event(request, event_id, True)


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: str) -> Response:
    return _event(request, event_id, False)


@router.get("/documents/{doc_id:path}")
def document_page(request: Request, doc_id: str,
                  event: Annotated[str | None, Query(max_length=64, description="event to highlight")] = None) -> Response:
    """The article; ``/documents/{id}.json`` is its twin (ids may hold '/', so one route serves both)."""
    store = _store(request)
    json_twin = False
    found = None
    if doc_id.endswith(".json"):
        found = browse.get_document(store, doc_id[: -len(".json")])
        json_twin = found is not None
    if found is None:
        found = browse.get_document(store, doc_id)
    if found is None:
        raise ApiError(404, f"No document {doc_id!r} in the store.")
    data = found.as_dict()
    if json_twin:
        return render(request, "document.html", data, True)
    parts = segments(found.text or "", found.mentions, found.triggers, found.events)
    return render(request, "document.html", data, False, segments=parts, selected=event)


def _actors(request: Request, q: str, json_twin: bool) -> Response:
    data = {"q": q, "items": browse.search_actors(_store(request), q, limit=100)}
    return render(request, "actors.html", data, json_twin)


Q = Annotated[str, Query(max_length=100, description="part of a code or name")]


@router.get("/actors")
def actors_page(request: Request, q: Q = "") -> Response:
    return _actors(request, q, False)


@router.get("/actors.json")
def actors_json(request: Request, q: Q = "") -> Response:
    return _actors(request, q, True)


def _actor(request: Request, key: str, by: str, json_twin: bool) -> Response:
    store = _store(request)
    found = browse.actor_profile(store, key, by=by)
    if found is None:
        raise ApiError(404, f"No actor {key!r}: no actor code or key and no event has it.")
    found["recent_events"] = browse.list_events(store, limit=20, sort="-day", actor=key).items
    return render(request, "actor.html", found, json_twin)


@router.get("/actors/{key}.json")
def actor_json(request: Request, key: str, by: Period = "month") -> Response:
    return _actor(request, key, by, True)


@router.get("/actors/{key}")
def actor_page(request: Request, key: str, by: Period = "month") -> Response:
    return _actor(request, key, by, False)


ActorParam = Annotated[str | None, Query(max_length=64, description="actor key or code")]


def _timeline(request: Request, a: str | None, b: str | None, by: str, both: bool, json_twin: bool) -> Response:
    store = _store(request)
    top = [d.as_dict() for d in store.dyads(limit=20)]
    a, b = (a or "").strip(), (b or "").strip()
    if not (a and b) and top:
        a, b = a or top[0]["source"], b or top[0]["target"]
    points = browse.dyad_timeline(store, a, b, by=by, both_directions=both) if a and b else []
    data = {"a": a, "b": b, "by": by, "both": both, "points": points, "dyads": top}
    return render(request, "timeline.html", data, json_twin)


@router.get("/timeline")
def timeline_page(request: Request, a: ActorParam = None, b: ActorParam = None, by: Period = "day",
                  both: bool = False) -> Response:
    return _timeline(request, a, b, by, both, False)


@router.get("/timeline.json")
def timeline_json(request: Request, a: ActorParam = None, b: ActorParam = None, by: Period = "day",
                  both: bool = False) -> Response:
    return _timeline(request, a, b, by, both, True)


def _network(request: Request, filters: EventFilters, limit: int, json_twin: bool) -> Response:
    data = {"filters": filters.values(), **browse.network(_store(request), limit=limit, **filters.values())}
    return render(request, "network.html", data, json_twin, filters=filters, modalities=MODALITIES)


EdgeLimit = Annotated[int, Query(ge=1, le=500, description="most edges shown")]


@router.get("/network")
def network_page(request: Request, filters: Filters, limit: EdgeLimit = 100) -> Response:
    return _network(request, filters, limit, False)


@router.get("/network.json")
def network_json(request: Request, filters: Filters, limit: EdgeLimit = 100) -> Response:
    return _network(request, filters, limit, True)
