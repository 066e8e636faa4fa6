"""Request and response models at the API edge (pydantic), for validation and /docs.

Events are the schema v1 JSON objects of the README (``eventwire.event_to_dict``)
plus store fields; they travel as objects, described here but not copied
field by field, so the one place that makes them stays ``records.py``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

EventJSON = dict[str, Any]


class ErrorDetail(BaseModel):
    status: int = Field(examples=[404])
    title: str = Field(examples=["Not Found"])
    detail: str = Field(examples=["No event 'abc'."])
    errors: list[dict[str, str]] | None = Field(default=None, description="validation problems: where, problem")


class ErrorBody(BaseModel):
    """Every error, from every endpoint and page."""

    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "Bad parameters"},
    404: {"model": ErrorBody, "description": "Not found"},
    500: {"model": ErrorBody, "description": "Unexpected error"},
}
WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    **ERROR_RESPONSES,
    401: {"model": ErrorBody, "description": "No API token given"},
    403: {"model": ErrorBody, "description": "Wrong API token, or writes disabled (no token configured)"},
}


class EventPageOut(BaseModel):
    total: int = Field(description="events matching the filters")
    limit: int
    offset: int
    sort: str
    next: str | None = Field(description="URL of the next page, or null")
    items: list[EventJSON] = Field(description="schema v1 events plus cluster_id, day, title, url, outlet, published")


class TextIn(BaseModel):
    """A text to code; nothing is stored."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, examples=["Blinken met Park Jin in Seoul on Thursday."])
    date: dt.date | None = Field(default=None, description="document date, YYYY-MM-DD", examples=["2023-11-09"])
    id: str = Field(default="text", max_length=128, description="document id used in event ids")


class ExtractOut(BaseModel):
    doc_id: str
    clean_text: str
    events: list[EventJSON]
    mentions: list[dict[str, Any]]
    quotes: list[dict[str, Any]]


class DocumentIn(BaseModel):
    """One document, as a JSON Lines record of ``eventwire ingest``."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    id: str | None = Field(default=None, max_length=128, description="default: a hash of the text")
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = Field(default=None, description="outlet")


class IngestIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: list[DocumentIn] = Field(min_length=1, max_length=1000)


class IngestOut(BaseModel):
    run_id: str
    read: int
    skipped: int
    coded: int
    duplicates: int
    failed: int
    errors: int
    events: int
    seconds: float
