"""Query parameters shared by the REST endpoints and the dashboard pages."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Annotated, Any, Literal

from fastapi import Query, Request

from ..store.browse import MAX_PAGE_SIZE, SORTS

Period = Literal["day", "week", "month"]
Sort = Literal[SORTS]  # type: ignore[valid-type]


@dataclass(frozen=True, slots=True)
class EventFilters:
    """The filters of ``eventwire events``; empty values are left out."""

    source: str | None = None
    target: str | None = None
    actor: str | None = None
    root: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    modality: str | None = None

    def values(self) -> dict[str, str]:
        return {k: v for k, v in asdict(self).items() if v}

    def without_actors(self) -> dict[str, str]:
        return {k: v for k, v in self.values().items() if k not in ("source", "target", "actor")}


def _blank(value: str | None) -> str | None:
    value = value.strip() if value is not None else None
    return value or None


def event_filters(
    source: Annotated[str | None, Query(max_length=64, description="source actor key or code (USA, USAGOV, NATO)")] = None,
    target: Annotated[str | None, Query(max_length=64, description="target actor key or code")] = None,
    actor: Annotated[str | None, Query(max_length=64, description="actor on either side")] = None,
    root: Annotated[str | None, Query(max_length=4, description="CAMEO root (07) or code prefix (042)")] = None,
    date_from: Annotated[str | None, Query(alias="from", max_length=10, description="first day YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, Query(alias="to", max_length=10, description="last day YYYY-MM-DD")] = None,
    modality: Annotated[
        Literal["", "asserted", "reported", "uncertain", "future", "conditional", "negated"] | None,
        Query(description="asserted, reported, uncertain, future, conditional or negated"),
    ] = None,
) -> EventFilters:
    """A FastAPI dependency; a form that leaves a field empty sends ``field=``, which means no filter."""
    return EventFilters(_blank(source), _blank(target), _blank(actor), _blank(root), _blank(date_from),
                        _blank(date_to), _blank(modality))


Limit = Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description=f"page size, at most {MAX_PAGE_SIZE}")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="events to skip")]


def next_url(request: Request, total: int, limit: int, offset: int) -> str | None:
    if offset + limit >= total:
        return None
    return str(request.url.include_query_params(offset=offset + limit, limit=limit))


def page_links(request: Request, total: int, limit: int, offset: int) -> dict[str, Any]:
    """Previous and next page URLs (relative) for the pages."""
    def rel(off: int) -> str:
        url = request.url.include_query_params(offset=off, limit=limit)
        return f"{url.path}?{url.query}"

    return {
        "previous": rel(max(offset - limit, 0)) if offset > 0 else None,
        "next": rel(offset + limit) if offset + limit < total else None,
    }
